"""A client archive carries the photo regions and their measures (format 3): moving a client to
another journal keeps the regions drawn on their photos and the figures "what worked" reads."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from clinic_helpers import Clinic
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.client_archive import export_client
from needlejournal.journal.client_import import ArchiveRefused, import_client, verify_archive
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoDraft, PhotoEdit
from needlejournal.journal.region_measure import measure_view
from needlejournal.journal.region_records import MeasureRecord, RegionDraft, RegionRecord
from needlejournal.paths import resolve

CHEEK = (60, 40, 80, 60)


def _skin(seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    rgb = np.clip(rng.normal((205, 160, 140), 4, (160, 240, 3)), 0, 255)
    rgb[70:76, 90:96] *= 0.7  # a spot
    return Image.fromarray(rgb.astype(np.uint8), "RGB")


def _measured_client(clinic: Clinic, tmp_path: Path) -> int:
    j = clinic.journal
    ana = clinic.client("Ana Lima")
    library = PhotoLibrary(j)
    photos = []
    for i in range(3):
        path = tmp_path / f"p{i}.png"
        _skin(i).save(path)
        photo = library.get(library.import_one(path, PhotoDraft(ana.id, view="front")).id)
        photos.append(
            library.update(
                replace(PhotoEdit.of(photo), taken_at=datetime(2026, 3, 1 + 14 * i, tzinfo=UTC))
            )
        )
    cheek = j.save_region(RegionDraft(photos[0].id, "left cheek", CHEEK, "ellipse"))
    j.set_grey_card(cheek.id, photos[0].id, (2, 2, 20, 20))
    measure_view(j, cheek, photos)
    j.save_region(RegionDraft(photos[0].id, "forehead", (10, 10, 50, 20)))
    return ana.id


def _regions(journal: Journal, client_id: int) -> list[tuple[object, ...]]:
    def key(r: RegionRecord) -> tuple[object, ...]:
        return (r.view, r.name, r.shape, r.x, r.y, r.w, r.h, r.grey_card, r.colour_chart)

    return sorted(key(r) for r in journal.regions(client_id))


def _measures(journal: Journal, client_id: int) -> list[tuple[object, ...]]:
    def key(mm: MeasureRecord) -> tuple[object, ...]:
        return (
            mm.region_name,
            mm.view,
            mm.taken_at.replace(tzinfo=None),
            mm.px,
            mm.alignment,
            tuple(sorted(mm.values.items())),
            mm.metrics_version,
            mm.white_balance,
        )

    return sorted(key(mm) for mm in journal.measures(client_id))


def test_regions_and_measures_round_trip_through_a_client_archive(
    clinic: Clinic, tmp_path: Path
) -> None:
    j = clinic.journal
    client_id = _measured_client(clinic, tmp_path)
    assert len(j.measures(client_id)) == 3
    archive = tmp_path / "ana.zip"
    export_client(j, client_id, archive)
    with zipfile.ZipFile(archive) as z:
        doc = json.loads(z.read("client.json"))
        assert doc["format_version"] == 3
        rows = list(csv.DictReader(io.StringIO(z.read("csv/regions.csv").decode())))
        assert {r["name"] for r in rows} == {"left cheek", "forehead"}
        assert len(list(csv.DictReader(io.StringIO(z.read("csv/measures.csv").decode())))) == 3
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        report = import_client(other, archive)
        assert (report.added["regions"], report.added["measures"]) == (2, 3)
        assert _regions(other, report.client_id) == _regions(j, client_id)
        assert _measures(other, report.client_id) == _measures(j, client_id)
        # The reference photo is this journal's copy of the same original.
        by_id = {p.id: p.sha256 for p in other.timeline(report.client_id, photos=True).photos}
        originals = {p.id: p.sha256 for p in j.timeline(client_id, photos=True).photos}
        for mine, theirs in zip(
            sorted(other.regions(report.client_id), key=lambda r: r.name),
            sorted(j.regions(client_id), key=lambda r: r.name),
            strict=True,
        ):
            assert mine.reference_photo_id is not None and theirs.reference_photo_id is not None
            assert by_id[mine.reference_photo_id] == originals[theirs.reference_photo_id]
        again = import_client(other, archive)
        assert not again.added_anything
        assert again.already_there["regions"] == 2
        assert _measures(other, report.client_id) == _measures(j, client_id)
    finally:
        other.close()


def test_a_region_the_client_already_has_is_kept(clinic: Clinic, tmp_path: Path) -> None:
    """Same view and name in the target: its rectangle stays, the archive's measures of the
    other rectangle are left out (they would chart a different spot)."""
    j = clinic.journal
    client_id = _measured_client(clinic, tmp_path)
    archive = tmp_path / "ana.zip"
    export_client(j, client_id, archive)
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        first = import_client(other, archive)
        mine = next(r for r in other.regions(first.client_id) if r.name == "left cheek")
        ref = next(
            p for p in other.timeline(first.client_id, photos=True).photos
            if p.id == mine.reference_photo_id
        )  # fmt: skip
        moved = other.save_region(
            RegionDraft(ref.id, "left cheek", (100, 60, 40, 40), id=mine.id, version=mine.version)
        )
        before = _measures(other, first.client_id)
        again = import_client(other, archive)
        assert again.already_there["regions"] == 2
        assert again.added["measures"] == 0
        kept = next(r for r in other.regions(first.client_id) if r.name == "left cheek")
        assert (kept.x, kept.w) == (moved.x, moved.w)
        assert _measures(other, first.client_id) == before
    finally:
        other.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["regions"][0].update(w=0),
        lambda d: d["regions"][0].update(grey_card=[1, 2]),
        lambda d: d["measures"][0].update(region="r999999"),
        lambda d: d["measures"][0].update(values="bright"),
        lambda d: d["measures"][0].update(measured_at="yesterday"),
    ],
    ids=["empty-box", "short-grey-card", "unknown-region", "values-not-numbers", "bad-date"],
)
def test_a_damaged_region_entry_refuses_the_whole_archive(
    clinic: Clinic, tmp_path: Path, damage: object
) -> None:
    j = clinic.journal
    client_id = _measured_client(clinic, tmp_path)
    archive = tmp_path / "ana.zip"
    export_client(j, client_id, archive)
    doc = json.loads(zipfile.ZipFile(archive).read("client.json"))
    damage(doc)  # type: ignore[operator]
    rewritten = tmp_path / "damaged.zip"
    _rewrite(archive, rewritten, json.dumps(doc).encode())
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        with pytest.raises(ArchiveRefused, match="records are incomplete or damaged"):
            import_client(other, rewritten)
        assert other.list_clients() == [] or all(c.name != "Ana Lima" for c in other.list_clients())
    finally:
        other.close()


def test_an_older_app_refuses_a_format_3_archive_rather_than_dropping_regions(
    clinic: Clinic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from needlejournal.journal import archive_reading

    client_id = _measured_client(clinic, tmp_path)
    archive = tmp_path / "ana.zip"
    export_client(clinic.journal, client_id, archive)
    monkeypatch.setattr(archive_reading, "FORMAT_VERSION", 2)  # the app before regions
    with pytest.raises(ArchiveRefused, match="newer NeedleJournal"):
        verify_archive(archive)


def _rewrite(source: Path, target: Path, records: bytes) -> None:
    """The archive with new records and a manifest that matches them (a consistent file)."""
    import hashlib

    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w") as out:
        manifest = json.loads(z.read("manifest.json"))
        for name in z.namelist():
            if name == "manifest.json":
                continue
            data = records if name == "client.json" else z.read(name)
            out.writestr(name, data)
            manifest["members"][name] = {
                "sha256": hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
            }
        out.writestr("manifest.json", json.dumps(manifest))
