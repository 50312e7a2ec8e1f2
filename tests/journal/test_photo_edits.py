"""Bugs 4 and 5: photo edits are optimistically locked; a pair's anchors are one transaction.

Two seats are two ``Journal`` objects on one journal (a SQLite file, or PostgreSQL when
NEEDLEJOURNAL_TEST_PG_URL is set), as two clinic workstations would be.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from test_photos import make_jpeg

from needlejournal.journal.api import Journal
from needlejournal.journal.compare import CompareService
from needlejournal.journal.errors import Conflict, InvalidInput
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoDraft, PhotoEdit, PhotoRecord
from needlejournal.paths import DataPaths

ON_A = ((100.0, 80.0), (220.0, 80.0))
ON_B = ((110.0, 90.0), (230.0, 95.0))


@pytest.fixture
def seats(paths: DataPaths, journal: Journal) -> Iterator[tuple[PhotoLibrary, PhotoLibrary]]:
    other = Journal.open(paths)
    yield PhotoLibrary(journal), PhotoLibrary(other)
    other.close()


def _two_photos(library: PhotoLibrary, tmp_path: Path) -> tuple[PhotoRecord, PhotoRecord]:
    me = library.journal.ensure_self()
    a, b = (
        library.import_one(make_jpeg(tmp_path / f"{n}.jpg", colour), PhotoDraft(me.id))
        for n, colour in (("a", (20, 30, 40)), ("b", (40, 30, 20)))
    )
    return library.get(a.id), library.get(b.id)


def test_a_stale_photo_edit_is_refused_not_silently_written(
    seats: tuple[PhotoLibrary, PhotoLibrary], tmp_path: Path
) -> None:
    front, back = seats
    photo, _ = _two_photos(front, tmp_path)
    seen_front, seen_back = PhotoEdit.of(front.get(photo.id)), PhotoEdit.of(back.get(photo.id))

    saved = front.update(replace(seen_front, note="window light, no flash"))
    assert saved.version == photo.version + 1

    with pytest.raises(Conflict, match="changed elsewhere"):
        back.update(replace(seen_back, note="ring light"))  # edited a stale copy
    assert back.get(photo.id).note == "window light, no flash"
    # Reopened, the edit goes through.
    again = back.update(replace(PhotoEdit.of(back.get(photo.id)), note="ring light"))
    assert again.note == "ring light" and again.version == saved.version + 1


def test_photo_edit_checks_its_fields(
    seats: tuple[PhotoLibrary, PhotoLibrary], tmp_path: Path
) -> None:
    library, _ = seats
    photo, _ = _two_photos(library, tmp_path)
    with pytest.raises(InvalidInput, match="view"):
        library.update(replace(PhotoEdit.of(photo), view="upside-down"))
    with pytest.raises(InvalidInput, match="session"):
        library.update(replace(PhotoEdit.of(photo), role="before"))  # needs a session
    assert library.get(photo.id) == photo


def test_anchors_of_a_pair_are_saved_together(
    seats: tuple[PhotoLibrary, PhotoLibrary], tmp_path: Path
) -> None:
    library, _ = seats
    a, b = _two_photos(library, tmp_path)
    saved_a, saved_b = CompareService(library).save_pair_anchors(a, ON_A, b, ON_B)
    assert saved_a.landmarks == {"anchors": [list(p) for p in ON_A]}
    assert saved_b.landmarks == {"anchors": [list(p) for p in ON_B]}
    assert (library.get(a.id), library.get(b.id)) == (saved_a, saved_b)


@pytest.mark.parametrize("stale", ["first", "second"])
def test_a_conflict_on_either_photo_saves_neither_anchor(
    seats: tuple[PhotoLibrary, PhotoLibrary], tmp_path: Path, stale: str
) -> None:
    front, back = seats
    a, b = _two_photos(front, tmp_path)
    # The other seat edits one of the two photos after this seat loaded the pair.
    edited = a if stale == "first" else b
    back.update(replace(PhotoEdit.of(back.get(edited.id)), note="edited at the desk"))

    with pytest.raises(Conflict):
        CompareService(front).save_pair_anchors(a, ON_A, b, ON_B)
    assert front.get(a.id).landmarks is None
    assert front.get(b.id).landmarks is None


def test_an_anchor_outside_the_second_photo_saves_neither(
    seats: tuple[PhotoLibrary, PhotoLibrary], tmp_path: Path
) -> None:
    library, _ = seats
    a, b = _two_photos(library, tmp_path)
    with pytest.raises(InvalidInput, match="outside the photo"):
        CompareService(library).save_pair_anchors(a, ON_A, b, ((10.0, 10.0), (9000.0, 10.0)))
    assert library.get(a.id).landmarks is None
