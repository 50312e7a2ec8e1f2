"""Photo use-cases on a real journal and store: import, dedup, edit, delete/undo, check."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import AreaDraft, PhotoDraft, PhotoEdit, TreatmentDraft

Ago = Callable[[float], datetime]


def make_jpeg(path: Path, colour: tuple[int, int, int], *, taken: str | None = None) -> Path:
    im = Image.new("RGB", (320, 240), colour)
    exif = Image.Exif()
    if taken:
        exif[0x8769] = {0x9003: taken}  # ExifIFD.DateTimeOriginal
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif.tobytes())
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture
def library(journal: Journal) -> PhotoLibrary:
    return PhotoLibrary(journal)


def test_import_dedups_and_reads_exif_date(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    me = journal.ensure_self()
    a = make_jpeg(tmp_path / "a.jpg", (200, 150, 130), taken="2026:03:03 10:00:00")
    first = library.import_one(a, PhotoDraft(me.id))
    again = library.import_one(a, PhotoDraft(me.id))
    assert not first.duplicate and again.duplicate and again.id == first.id
    photo = library.get(first.id)
    assert (photo.width, photo.height, photo.media_type) == (320, 240, "image/jpeg")
    assert photo.taken_at.date() == datetime(2026, 3, 3).date()
    assert library.original_path(photo).read_bytes() == a.read_bytes()
    assert library.thumbnail_path(photo).exists()
    assert len(list(library.store.iter_stored())) == 1


def test_before_photo_needs_a_session_of_the_same_client(
    journal: Journal, library: PhotoLibrary, tmp_path: Path, ago: Ago
) -> None:
    me = journal.ensure_self()
    a = make_jpeg(tmp_path / "a.jpg", (10, 20, 30))
    with pytest.raises(InvalidInput, match="belongs to a session"):
        library.import_one(a, PhotoDraft(me.id, role="before"))
    assert list(library.store.iter_stored()) == []
    t = journal.save_treatment(TreatmentDraft(me.id, ago(2), (AreaDraft("cheeks", 0.5),)))
    ok = library.import_one(a, PhotoDraft(me.id, role="before", treatment_id=t.treatment.id))
    assert library.list_photos(me.id, treatment_id=t.treatment.id)[0].id == ok.id


def test_batch_import_reports_rejections_and_progress(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    me = journal.ensure_self()
    good = [make_jpeg(tmp_path / f"g{i}.jpg", (i * 40, 100, 100)) for i in range(4)]
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    seen: list[tuple[int, int]] = []
    result = library.import_files(
        [*good, text, empty],
        PhotoDraft(me.id, view="left45"),
        progress=lambda d, n: seen.append((d, n)),
    )
    assert len(result.imported) == 4
    assert {r.code for r in result.rejected} == {"not_an_image", "empty_file"}
    assert all(r.reason.endswith(".") for r in result.rejected)
    assert seen[-1] == (6, 6)
    assert {p.view for p in library.list_photos(me.id)} == {"left45"}
    assert library.check() == []


def test_cancel_keeps_what_was_imported(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    me = journal.ensure_self()
    files = [make_jpeg(tmp_path / f"c{i}.jpg", (i * 9, 50, 60)) for i in range(20)]
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    result = library.import_files(files, PhotoDraft(me.id), cancelled=cancelled, threads=2)
    assert result.cancelled
    assert 3 <= len(result.imported) < 20
    assert len(library.list_photos(me.id)) == len(result.imported)
    assert library.check() == []  # nothing half-done: every stored file has its row


def test_delete_undo_and_purge(journal: Journal, library: PhotoLibrary, tmp_path: Path) -> None:
    me = journal.ensure_self()
    imported = library.import_one(make_jpeg(tmp_path / "d.jpg", (1, 2, 3)), PhotoDraft(me.id))
    deleted = library.delete(imported.id)
    assert library.list_photos(me.id) == []
    restored = library.undo_delete(deleted)
    assert restored.sha256 == deleted.record.sha256
    deleted = library.delete(restored.id)
    assert library.purge([deleted.record.sha256]) == 1
    assert list(library.store.iter_stored()) == []
    assert library.check() == []


def test_check_finds_both_kinds_of_damage_and_repair_quarantines(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    me = journal.ensure_self()
    kept = library.import_one(make_jpeg(tmp_path / "k.jpg", (5, 5, 5)), PhotoDraft(me.id))
    orphan = library.store.ingest(make_jpeg(tmp_path / "o.jpg", (9, 9, 9)))  # no row
    library.original_path(library.get(kept.id)).unlink()
    kinds = sorted(p.kind for p in library.check())
    assert kinds == ["missing_file", "orphan_file"]
    done = library.repair()
    assert any("moved" in line for line in done)
    assert orphan.path.exists() is False
    assert any(library.store.quarantine_dir.iterdir())
    assert [p.kind for p in library.check()] == ["missing_file"]


def test_edit_view_and_date(journal: Journal, library: PhotoLibrary, tmp_path: Path) -> None:
    me = journal.ensure_self()
    imported = library.import_one(make_jpeg(tmp_path / "e.jpg", (7, 7, 7)), PhotoDraft(me.id))
    when = datetime(2026, 5, 1, 9, tzinfo=UTC)
    shown = PhotoEdit.of(library.get(imported.id))
    edited = library.update(replace(shown, view="right90", taken_at=when, note="window light"))
    assert (edited.view, edited.taken_at, edited.note) == ("right90", when, "window light")
    with pytest.raises(InvalidInput):
        library.update(replace(PhotoEdit.of(edited), view="upside-down"))
