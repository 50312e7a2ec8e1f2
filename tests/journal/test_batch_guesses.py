"""Import that understands a batch: role from capture time vs the session, view from the name
or the order, far dates flagged, and per-file drafts honoured by the import."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.batch_import import guess_batch, preview_file, view_from_name
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve

SESSION = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "view"),
    [
        ("front.jpg", "front"),
        ("IMG_0042_frontal.JPG", "front"),
        ("left45.jpg", "left45"),
        ("Left-45.heic", "left45"),
        ("right oblique.png", "right45"),
        ("right_90.jpg", "right90"),
        ("profile-left.jpg", "left90"),
        ("cheek closeup.jpg", "closeup"),
        ("macro 2.jpg", "closeup"),
        ("IMG_0042.jpg", None),
        ("leftover.jpg", None),
    ],
)
def test_the_view_a_name_says(name: str, view: str | None) -> None:
    assert view_from_name(name) == view


def test_roles_from_capture_time_and_views_from_the_order() -> None:
    t = SESSION
    files = [
        ("IMG_1.jpg", t - timedelta(minutes=20)),
        ("IMG_2.jpg", t - timedelta(minutes=19)),
        ("IMG_3.jpg", t - timedelta(minutes=18)),
        ("IMG_5.jpg", t + timedelta(minutes=41)),  # after, taken second
        ("IMG_4.jpg", t + timedelta(minutes=40)),  # after, taken first
        ("closeup.jpg", t + timedelta(minutes=42)),
        ("no-exif.jpg", None),
    ]
    guesses = guess_batch(files, t)
    assert [g.role for g in guesses] == ["before"] * 3 + ["after"] * 3 + [None]
    assert [g.view for g in guesses[:3]] == ["front", "left45", "right45"]
    assert guesses[4].view == "front" and guesses[3].view == "left45"  # by capture time
    assert guesses[5].view == "closeup"  # the name wins over the order
    assert guesses[6].view is None  # alone in its group: no guess
    assert all(g.days_from_session is None for g in guesses)


def test_a_capture_date_far_from_the_session_is_flagged() -> None:
    guesses = guess_batch(
        [
            ("a.jpg", SESSION - timedelta(days=40)),
            ("b.jpg", SESSION + timedelta(days=1)),
            ("c.jpg", SESSION - timedelta(minutes=9)),
            ("d.jpg", SESSION - timedelta(minutes=8)),
        ],
        SESSION,
    )
    assert guesses[0].days_from_session == 40 and guesses[0].role == "before"
    assert guesses[1].days_from_session is None  # a day later is the same visit, near enough
    # The far photo is from another visit: it takes no place in this visit's order.
    assert guesses[0].view is None
    assert [g.view for g in guesses[2:]] == ["front", "left45"]


def test_without_a_session_every_photo_is_a_progress_photo() -> None:
    guesses = guess_batch([("front.jpg", SESSION), ("x.jpg", None)], None)
    assert [g.role for g in guesses] == ["progress", "progress"]
    assert [g.days_from_session for g in guesses] == [None, None]


def exif_photo(path: Path, when: datetime | None) -> Path:
    im = Image.new("RGB", (400, 300), (180, 120, 100))
    exif = Image.Exif()
    if when is not None:
        exif.get_ifd(0x8769)[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
        exif.get_ifd(0x8769)[0x9011] = "+00:00"
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif)
    path.write_bytes(buf.getvalue())
    return path


def test_preview_reads_the_capture_time_and_never_raises(tmp_path: Path) -> None:
    p = preview_file(exif_photo(tmp_path / "a.jpg", SESSION), 64)
    assert p.taken_at == SESSION and p.image is not None and max(p.image.size) <= 64
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a photo")
    q = preview_file(bad)
    assert q.image is None and q.problem


def test_each_file_is_imported_with_its_own_role_and_view(tmp_path: Path) -> None:
    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        client = journal.save_client(ClientDraft("Ines")).client
        lib = PhotoLibrary(journal)
        a = exif_photo(tmp_path / "a.jpg", SESSION)
        b = tmp_path / "b.jpg"
        Image.new("RGB", (300, 200), (10, 200, 30)).save(b, "JPEG")
        shared = PhotoDraft(client.id, "progress", "front")
        result = lib.import_files(
            [a, b], shared, per_file={b: PhotoDraft(client.id, "progress", "closeup")}
        )
        assert not result.rejected
        views = {Path(p.original_name).name: p.view for p in lib.list_photos(client.id)}
        assert views == {"a.jpg": "front", "b.jpg": "closeup"}
        # A per-file draft that cannot be saved stops the import before any file is touched.
        with pytest.raises(InvalidInput):
            lib.import_files([a], shared, per_file={a: PhotoDraft(client.id, "after", "front")})
        assert len(lib.list_photos(client.id)) == 2
    finally:
        journal.close()
