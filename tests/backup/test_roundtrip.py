"""Backup → restore round trip (RELIABILITY.md promise 5): photos byte-identical by SHA-256,
the journal logically identical (compared table by table, not by file bytes)."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from backup_helpers import (
    make_photos,
    reopen_and_save,
    stored_photos,
    table_contents,
    verify_data_dir,
)

from needlejournal.backup.archive import write_backup
from needlejournal.backup.errors import BackupError
from needlejournal.backup.manifest import MANIFEST_NAME, Manifest
from needlejournal.backup.progress import Cancelled, CancelToken
from needlejournal.backup.restore import JournalHasData, restore_backup
from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve


def test_round_trip_into_an_empty_folder(filled: Path, tmp_path: Path) -> None:
    before = verify_data_dir(filled)
    photos_before = stored_photos(filled / "photos")
    archive = write_backup(resolve(filled), tmp_path / "b.zip")
    assert archive.photo_count == 4 and archive.skipped == []
    with zipfile.ZipFile(archive.path) as zf:
        photo_infos = [i for i in zf.infolist() if i.filename.startswith("photos/")]
        assert photo_infos and all(i.compress_type == zipfile.ZIP_STORED for i in photo_infos)
        manifest = Manifest.from_json(zf.read(MANIFEST_NAME))
    assert manifest.counts["photo"] == 4 and manifest.counts["client"] == 4
    assert manifest.schema_revision

    target = tmp_path / "restored"
    result = restore_backup(resolve(target), archive.path)
    assert result.moved_aside is None and result.photos_added == 4
    assert verify_data_dir(target) == before
    assert stored_photos(target / "photos") == photos_before
    reopen_and_save(target)


def test_backup_holds_commits_still_in_the_wal(filled: Path, tmp_path: Path) -> None:
    """The app keeps the journal open (WAL not checkpointed): the backup has the last save."""
    journal = Journal.open(resolve(filled))
    try:
        journal.save_client(ClientDraft(name="Saved a second ago"))
        assert (filled / "journal.sqlite3-wal").stat().st_size > 0
        archive = write_backup(resolve(filled), tmp_path / "b.zip")
    finally:
        journal.close()
    restore_backup(resolve(tmp_path / "r"), archive.path)
    names = {row[1] for row in table_contents(tmp_path / "r" / "journal.sqlite3")["client"]}
    assert "Saved a second ago" in names


def test_restore_in_place_keeps_the_replaced_journal_and_its_own_photos(
    filled: Path, tmp_path: Path
) -> None:
    archive = write_backup(resolve(filled), tmp_path / "b.zip").path
    backed_up = verify_data_dir(filled)
    journal = Journal.open(resolve(filled))
    try:
        client = journal.save_client(ClientDraft(name="Added after the backup"))
        extra = make_photos(tmp_path / "later", 2, seed=9)
        PhotoLibrary(journal).import_files(extra, PhotoDraft(client.id))
    finally:
        journal.close()
    newer = verify_data_dir(filled)

    with pytest.raises(JournalHasData):
        restore_backup(resolve(filled), archive)
    assert verify_data_dir(filled) == newer  # refused: untouched

    result = restore_backup(resolve(filled), archive, replace=True)
    assert verify_data_dir(filled) == backed_up
    assert result.moved_aside is not None and result.photos_set_aside == 2
    kept = result.moved_aside
    assert table_contents(kept / "journal.sqlite3") == newer
    assert len(list((kept / "photos").glob("??/*.jpg"))) == 2
    assert not (filled / ".restore-plan.json").exists()
    assert not (filled / ".restore-staging").exists()
    reopen_and_save(filled)


def test_restore_over_a_damaged_journal_keeps_its_wal(filled: Path, tmp_path: Path) -> None:
    archive = write_backup(resolve(filled), tmp_path / "b.zip").path
    db = filled / "journal.sqlite3"
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # the schema page is garbage now
    db.write_bytes(bytes(raw))
    damaged = bytes(raw)
    result = restore_backup(resolve(filled), archive, replace=True)
    assert result.moved_aside is not None
    assert (result.moved_aside / "journal.sqlite3").read_bytes() == damaged
    verify_data_dir(filled)


def test_progress_reaches_the_total_and_cancel_leaves_nothing(filled: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    write_backup(
        resolve(filled), tmp_path / "b.zip", progress=lambda d, t, w: seen.append((d, t, w))
    )
    assert seen[-1][0] == seen[-1][1] > 0

    token = CancelToken()

    def cancel_half_way(done: int, total: int, what: str) -> None:
        if done > total // 2:
            token.cancel()

    with pytest.raises(Cancelled):
        write_backup(resolve(filled), tmp_path / "c.zip", progress=cancel_half_way, cancel=token)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "data"]

    token = CancelToken()
    with pytest.raises(Cancelled):
        restore_backup(resolve(tmp_path / "r"), tmp_path / "b.zip", progress=cancel_half_way,
                       cancel=token)  # fmt: skip
    assert not (tmp_path / "r" / "journal.sqlite3").exists()
    assert not (tmp_path / "r" / ".restore-staging").exists()


def test_a_photo_missing_from_the_store_is_named_and_the_rest_backed_up(
    filled: Path, tmp_path: Path
) -> None:
    victim = next((filled / "photos").glob("??/*.jpg"))
    victim.unlink()
    result = write_backup(resolve(filled), tmp_path / "b.zip")
    assert result.photo_count == 3
    assert len(result.skipped) == 1 and victim.stem[:12] in result.skipped[0]
    restore_backup(resolve(tmp_path / "r"), result.path)  # consistent with its source


def test_a_damaged_photo_in_the_store_is_left_out_not_archived(
    filled: Path, tmp_path: Path
) -> None:
    victim = next((filled / "photos").glob("??/*.jpg"))
    victim.write_bytes(victim.read_bytes()[:-10] + b"0123456789")
    result = write_backup(resolve(filled), tmp_path / "b.zip")
    assert result.photo_count == 3 and victim.stem[:12] in result.skipped[0]
    with zipfile.ZipFile(result.path) as zf:
        assert not any(victim.stem in n for n in zf.namelist())


def test_no_journal_or_a_clinic_journal_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no journal"):
        write_backup(resolve(tmp_path / "empty"), tmp_path / "b.zip")
    clinic = resolve(tmp_path / "c", database_url="postgresql+psycopg://db/nj")
    with pytest.raises(BackupError, match="PostgreSQL"):
        write_backup(clinic, tmp_path / "b.zip")


def test_backup_is_a_consistent_database_not_a_file_copy(filled: Path, tmp_path: Path) -> None:
    archive = write_backup(resolve(filled), tmp_path / "b.zip").path
    with zipfile.ZipFile(archive) as zf:
        (tmp_path / "db").write_bytes(zf.read("journal.sqlite3"))
    conn = sqlite3.connect(tmp_path / "db")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_round_trip_with_the_photo_store_in_its_own_folder(filled: Path, tmp_path: Path) -> None:
    archive = write_backup(resolve(filled), tmp_path / "b.zip").path
    target = resolve(tmp_path / "journal", photo_dir=tmp_path / "elsewhere" / "photos")
    restore_backup(target, archive)
    assert stored_photos(tmp_path / "elsewhere" / "photos") == stored_photos(filled / "photos")
    assert not (tmp_path / "elsewhere" / "photos" / ".restore-staging").exists()
    again = write_backup(target, tmp_path / "again.zip")
    assert again.photo_count == 4 and again.skipped == []
    restore_backup(target, again.path, replace=True)  # in place, photos in their own folder
    assert stored_photos(tmp_path / "elsewhere" / "photos") == stored_photos(filled / "photos")
