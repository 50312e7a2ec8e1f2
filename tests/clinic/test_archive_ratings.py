"""A client archive carries the ratings on named scales, and an import brings them back."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

from clinic_helpers import Clinic, noon

from needlejournal.journal.api import Journal
from needlejournal.journal.client_archive import export_client
from needlejournal.journal.client_import import import_client
from needlejournal.journal.records import (
    ClientDraft,
    ObservationDraft,
    RatingDraft,
    RatingRecord,
)
from needlejournal.paths import resolve


def _ratings(journal: Journal, client_id: int) -> list[tuple[object, ...]]:
    def key(r: RatingRecord) -> tuple[object, ...]:
        return (r.record[0], r.when, r.scale, r.scale_version, r.area, r.value, r.rater, r.note)

    return sorted(key(r) for r in journal.ratings(client_id))


def test_ratings_round_trip_through_a_client_archive(clinic: Clinic, tmp_path: Path) -> None:
    j = clinic.journal
    ana = clinic.client("Ana Lima")
    t = clinic.session(ana, date(2026, 3, 1), {"cheeks": 1.0}, texture=4)
    j.add_rating(ana.id, RatingDraft("goodman-baron", 3, rater="Dr Ruiz"), treatment_id=t.id)
    j.add_rating(ana.id, RatingDraft("texture", 6, rater="Dr Ruiz"), treatment_id=t.id)
    check = j.save_observation(
        ObservationDraft(ana.id, noon(date(2026, 3, 15)), redness=2, rater="Sam")
    )
    j.add_rating(
        ana.id, RatingDraft("visia-pores", 1, area="cheeks", note="nose"), observation_id=check.id
    )
    j.add_rating(ana.id, RatingDraft("glogau", 2), when=noon(date(2026, 4, 1)))
    archive = tmp_path / "ana.zip"
    export_client(j, ana.id, archive)
    with zipfile.ZipFile(archive) as z:
        rows = list(csv.DictReader(io.StringIO(z.read("csv/ratings.csv").decode())))
    assert {(r["scale"], r["value"], r["rater"]) for r in rows} >= {
        ("goodman-baron", "3", "Dr Ruiz"),
        ("visia-redness", "2", "Sam"),
        ("glogau", "2", ""),
    }
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        report = import_client(other, archive)
        assert _ratings(other, report.client_id) == _ratings(j, ana.id)
        assert report.added["observations"] == 2  # the rating-only check came across too
        again = import_client(other, archive)
        assert not again.added_anything
        assert _ratings(other, report.client_id) == _ratings(j, ana.id)
    finally:
        other.close()


def test_gais_keeps_its_baseline_photo_through_an_archive(clinic: Clinic, tmp_path: Path) -> None:
    from PIL import Image

    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoDraft

    j = clinic.journal
    ana = clinic.client("Ana Lima")
    t = clinic.session(ana, date(2026, 3, 1), {"cheeks": 1.0})
    library = PhotoLibrary(j)
    ids = []
    for i, colour in enumerate(((200, 160, 140), (190, 150, 130))):
        path = tmp_path / f"p{i}.png"
        Image.new("RGB", (64, 48), colour).save(path)
        ids.append(library.import_one(path, PhotoDraft(ana.id, view="front")).id)
    # The second photo is the baseline the esthetician judged against (not the default first).
    chosen = library.get(ids[1])
    j.add_rating(
        ana.id,
        RatingDraft("gais", 2, rater="Dr Ruiz", baseline_photo_id=chosen.id),
        treatment_id=t.id,
    )
    j.add_rating(ana.id, RatingDraft("gais", 3), when=noon(date(2026, 4, 1)))  # the default
    archive = tmp_path / "ana.zip"
    export_client(j, ana.id, archive)
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        # A photo of someone else first, so ids differ between the two journals.
        bob = other.save_client(ClientDraft("Bob")).client
        Image.new("RGB", (32, 32), (10, 20, 30)).save(tmp_path / "bob.png")
        PhotoLibrary(other).import_one(tmp_path / "bob.png", PhotoDraft(bob.id, view="front"))
        report = import_client(other, archive)
        imported = PhotoLibrary(other)
        by_sha = {p.sha256: p.id for p in other.timeline(report.client_id, photos=True).photos}
        gais = {r.rater: r for r in other.ratings(report.client_id, "gais")}
        assert set(gais) == {"Dr Ruiz", ""}
        assert gais["Dr Ruiz"].baseline_photo_id == by_sha[chosen.sha256]
        assert imported.get(by_sha[chosen.sha256]).client_id == report.client_id
        first = library.get(ids[0])
        assert gais[""].baseline_photo_id == by_sha[first.sha256]
    finally:
        other.close()
