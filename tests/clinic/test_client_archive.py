"""Export a client → import into another journal: records and photo bytes equal; importing
twice adds nothing; a photo already in the store is not stored twice; damaged, foreign and
newer archives are refused in one sentence with the journal untouched."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from clinic_helpers import Clinic, cli_json, import_photo, noon, photo_with_gps, run_cli

from needlejournal.journal.api import Journal
from needlejournal.journal.client_archive import export_client
from needlejournal.journal.client_import import ArchiveRefused, import_client
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import (
    ClientRecord,
    ObservationDraft,
    PhotoEdit,
    PhotoRecord,
    TreatmentRecord,
)
from needlejournal.paths import resolve


def _fill(clinic: Clinic, tmp_path: Path) -> int:
    ana = clinic.client(
        "Ana Lima",
        skin_type="IV",
        concerns="melasma",
        consent_on=date(2026, 1, 5),
        notes="prefers mornings",
        birth_date=date(1990, 6, 1),
        phone="+351 912 345 678",
        email="ana@example.pt",
    )
    t1 = clinic.session(
        ana,
        date(2026, 2, 1),
        {"cheeks": 1.0, "forehead": 0.5},
        lot="HA-1",
        notes="first, gentle",
        texture=4,
        tone=3,
    )
    t2 = clinic.session(ana, date(2026, 3, 1), {"cheeks": 1.5}, lot="HA-2", texture=6, tone=5)
    clinic.journal.save_observation(
        ObservationDraft(
            ana.id,
            noon(date(2026, 2, 3)),
            texture_score=5,
            tone_score=4,
            redness=2,
            note="mild redness",
            treatment_id=t1.id,
        )
    )
    library = PhotoLibrary(clinic.journal)
    for i, (t, role) in enumerate(((t1, "before"), (t1, "after"), (t2, "before"))):
        pid = import_photo(
            clinic.journal,
            photo_with_gps(tmp_path / f"ana-{i}.jpg", i),
            ana.id,
            t.id,
            role,
            "front",
        )
        if i == 0:
            shown = PhotoEdit.of(library.get(pid))
            landmarks: dict[str, object] = {"left_eye": [10, 20], "right_eye": [30, 20]}
            library.update(replace(shown, landmarks=landmarks, note="reference"))
    import_photo(
        clinic.journal,
        photo_with_gps(tmp_path / "loose.jpg", 9),
        ana.id,
        None,
        "progress",
        "left45",
    )
    return ana.id


def _entries(journal: Journal, client_id: int) -> list[dict[str, Any]]:
    """Timeline entries without journal-local ids, versions or computed warnings."""
    out = []
    for e in journal.timeline(client_id).entries:
        d = asdict(e)
        for key in ("id", "client_id", "version", "warnings", "treatment_id"):
            d.pop(key, None)
        if isinstance(e, TreatmentRecord):
            d["device"] = e.device.name if e.device else None
            d["products"] = [(u.product_name, u.phase, u.lot_number) for u in e.products]
        out.append(d)
    return out


def _photos(journal: Journal, client_id: int) -> list[tuple[Any, ...]]:
    def key(p: PhotoRecord) -> tuple[Any, ...]:
        return (
            p.sha256,
            p.role,
            p.view,
            p.taken_at,
            p.capture,
            p.landmarks,
            p.note,
            p.original_name,
            p.width,
            p.height,
            p.bytes,
            p.treatment_id is None,
        )

    return sorted(key(p) for p in PhotoLibrary(journal).list_photos(client_id))


def _store_files(root: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(".") and len(p.stem) == 64
    }


def test_round_trip_records_and_photo_bytes_and_twice_adds_nothing(
    clinic: Clinic, tmp_path: Path
) -> None:
    ana_id = _fill(clinic, tmp_path)
    archive = tmp_path / "ana.zip"
    done = export_client(clinic.journal, ana_id, archive)
    assert (done.treatments, done.observations, done.photos) == (2, 1, 4)
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        report = import_client(other, archive)
        assert report.created_client
        assert report.added == {
            "devices": 1,
            "products": 1,
            "treatments": 2,
            "observations": 1,
            "photos": 4,
            "consents": 0,
            "regions": 0,
            "measures": 0,
        }
        a = clinic.journal.find_client(str(ana_id))
        b = other.find_client(str(report.client_id))

        def record(c: ClientRecord) -> tuple[object, ...]:
            return (c.name, c.skin_type, c.concerns, c.consent_on, c.notes, c.birth_date)

        assert record(a) == record(b)
        assert (b.phone, b.email, b.birth_date) == (
            "+351 912 345 678",
            "ana@example.pt",
            date(1990, 6, 1),
        )
        assert _entries(other, b.id) == _entries(clinic.journal, a.id)
        assert _photos(other, b.id) == _photos(clinic.journal, a.id)
        originals = _store_files(clinic.journal.paths.photo_dir)
        assert _store_files(other.paths.photo_dir) == originals  # byte for byte
        # Sessions keep their photos and the skin check its session.
        linked = [p for p in PhotoLibrary(other).list_photos(b.id) if p.treatment_id]
        assert len(linked) == 3
        again = import_client(other, archive)
        assert not again.added_anything and again.added == dict.fromkeys(again.added, 0)
        assert again.already_there == {
            "treatments": 2,
            "observations": 1,
            "photos": 4,
            "consents": 0,
            "regions": 0,
        }
        assert len(other.timeline(b.id).entries) == 3
        assert _store_files(other.paths.photo_dir) == originals
    finally:
        other.close()


def test_archive_members_csv_and_manifest(clinic: Clinic, tmp_path: Path) -> None:
    ana_id = _fill(clinic, tmp_path)
    archive = tmp_path / "ana.zip"
    export_client(clinic.journal, ana_id, archive)
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert manifest["format"] == "needlejournal-client" and manifest["format_version"] == 3
        assert set(manifest["members"]) == set(z.namelist()) - {"manifest.json"}
        for name, entry in manifest["members"].items():
            assert hashlib.sha256(z.read(name)).hexdigest() == entry["sha256"]
        doc = json.loads(z.read("client.json"))
        assert doc["format_version"] == 3 and doc["client"]["name"] == "Ana Lima"
        areas = list(csv.DictReader(io.StringIO(z.read("csv/treatment_areas.csv").decode())))
        assert [(r["area"], r["depth_mm"]) for r in areas] == [
            ("cheeks", "1.0"),
            ("forehead", "0.5"),
            ("cheeks", "1.5"),
        ]
        uses = list(csv.DictReader(io.StringIO(z.read("csv/product_uses.csv").decode())))
        assert [r["lot_number"] for r in uses] == ["HA-1", "HA-2"]
        photos = [n for n in z.namelist() if n.startswith("photos/")]
        assert len(photos) == 4
    assert archive.stat().st_mode & 0o777 == 0o600


def test_a_photo_already_in_the_store_is_not_stored_twice(clinic: Clinic, tmp_path: Path) -> None:
    ana_id = _fill(clinic, tmp_path)
    archive = tmp_path / "ana.zip"
    export_client(clinic.journal, ana_id, archive)
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        from needlejournal.journal.records import ClientDraft

        bob = other.save_client(ClientDraft("Bob"))
        import_photo(other, tmp_path / "loose.jpg", bob.id, None, "progress", "front")
        before = _store_files(other.paths.photo_dir)
        report = import_client(other, archive)
        assert report.added["photos"] == 4
        after = _store_files(other.paths.photo_dir)
        assert len(after) == len(before) + 3  # the shared photo's bytes are there once
    finally:
        other.close()


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> None:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w") as b:
        for info in a.infolist():
            data = change.get(info.filename, a.read(info.filename))
            if data is not None:
                b.writestr(info, data)


def _state(root: Path) -> tuple[int, dict[str, bytes]]:
    j = Journal.open(resolve(root))
    try:
        return len(j.list_clients(include_archived=True)), _store_files(j.paths.photo_dir)
    finally:
        j.close()


@pytest.mark.parametrize(
    "damage", ["photo byte", "not a zip", "foreign", "newer", "extra", "records"]
)
def test_damaged_or_foreign_archives_are_refused_untouched(
    clinic: Clinic, tmp_path: Path, cli_env: dict[str, str], damage: str
) -> None:
    ana_id = _fill(clinic, tmp_path)
    good = tmp_path / "ana.zip"
    export_client(clinic.journal, ana_id, good)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as z:
        photo = next(n for n in z.namelist() if n.startswith("photos/"))
        data = bytearray(z.read(photo))
        manifest = json.loads(z.read("manifest.json"))
    data[len(data) // 2] ^= 0xFF
    if damage == "photo byte":
        _rewrite(good, bad, {photo: bytes(data)})
    elif damage == "not a zip":
        bad.write_bytes(b"PK\x03\x04 this is not really a zip" * 10)
    elif damage == "foreign":
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("hello.txt", "a zip from somewhere else")
    elif damage == "newer":
        newer = {**manifest, "format_version": 99}
        _rewrite(good, bad, {"manifest.json": json.dumps(newer).encode()})
    elif damage == "extra":
        _rewrite(good, bad, {})
        with zipfile.ZipFile(bad, "a") as z:
            z.writestr("photos/extra.jpg", b"smuggled")
    else:  # valid checksums over broken records
        broken = b'{"format": "needlejournal-client", "client": {}}'
        members = {
            **manifest["members"],
            "client.json": {"sha256": hashlib.sha256(broken).hexdigest(), "bytes": len(broken)},
        }
        _rewrite(
            good,
            bad,
            {
                "client.json": broken,
                "manifest.json": json.dumps({**manifest, "members": members}).encode(),
            },
        )
    target = tmp_path / "target"
    with pytest.raises(ArchiveRefused):
        j = Journal.open(resolve(target))
        try:
            import_client(j, bad)
        finally:
            j.close()
    assert _state(target) == (0, {})
    if damage in ("photo byte", "foreign"):  # the CLI's sentence and exit code, twice suffices
        done = run_cli(cli_env, "--data-dir", target, "client", "import", bad)
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "nothing was changed" in lines[0], done.stderr
        assert _state(target) == (0, {})


def test_cli_export_import_round_trip(
    clinic: Clinic, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    _fill(clinic, tmp_path)
    source = clinic.journal.paths.data_dir
    clinic.journal.close()
    out = tmp_path / "ana.zip"
    exported = cli_json(
        cli_env, "--data-dir", source, "client", "export", "--client", "ana lima", "--out", out
    )
    assert exported["photos"] == 4 and out.is_file()
    target = tmp_path / "target"
    first = cli_json(cli_env, "--data-dir", target, "client", "import", out)
    assert first["created_client"] and first["added"]["photos"] == 4
    second = run_cli(cli_env, "--data-dir", target, "client", "import", out)
    assert second.returncode == 0 and "Nothing to add" in second.stdout
    listed = cli_json(cli_env, "--data-dir", target, "client", "list")
    assert [c["name"] for c in listed] == ["Ana Lima"] and listed[0]["treatments"] == 2
    wrong = run_cli(
        cli_env,
        "--data-dir",
        source,
        "client",
        "export",
        "--client",
        "Nobody",
        "--out",
        tmp_path / "n.zip",
    )
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "n.zip").exists()
