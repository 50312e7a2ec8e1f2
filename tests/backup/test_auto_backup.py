"""Automatic backups into a chosen folder: incremental by content, rotated, restorable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from backup_helpers import make_photos, stored_photos, verify_data_dir

from needlejournal.backup.auto import Archive, auto_backup, is_due, keep_set, list_archives
from needlejournal.backup.errors import ArchiveRefused, BackupError
from needlejournal.backup.restore import restore_backup
from needlejournal.backup.schedule import BackupSettings, status_line
from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoDraft
from needlejournal.paths import resolve

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _add_photos(data: Path, n: int, seed: int) -> None:
    journal = Journal.open(resolve(data))
    try:
        me = journal.ensure_self()
        PhotoLibrary(journal).import_files(make_photos(data.parent / f"s{seed}", n, seed),
                                           PhotoDraft(me.id))  # fmt: skip
    finally:
        journal.close()


def test_photos_are_copied_once_and_every_archive_restores(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    first = auto_backup(resolve(filled), folder, now=T0)
    assert first.photos_copied == 4 and first.backup.photo_count == 4
    second = auto_backup(resolve(filled), folder, now=T0 + timedelta(days=1))
    assert second.photos_copied == 0 and second.backup.photo_count == 4
    _add_photos(filled, 1, seed=5)
    third = auto_backup(resolve(filled), folder, now=T0 + timedelta(days=2))
    assert third.photos_copied == 1 and third.backup.photo_count == 5
    assert len(list((folder / "photos").glob("??/*.jpg"))) == 5
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in (folder / "photos").glob("??/*"))

    target = tmp_path / "restored"
    restore_backup(resolve(target), third.backup.path)
    assert verify_data_dir(target) == verify_data_dir(filled)
    assert stored_photos(target / "photos") == stored_photos(filled / "photos")
    older = tmp_path / "older"
    restore_backup(resolve(older), first.backup.path)  # its photos are still in the folder
    assert len(stored_photos(older / "photos")) == 4


def test_a_damaged_or_missing_shared_photo_refuses_the_restore(
    filled: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    archive = auto_backup(resolve(filled), folder, now=T0).backup.path
    victim = next((folder / "photos").glob("??/*.jpg"))
    good = victim.read_bytes()
    victim.write_bytes(good[:100] + bytes([good[100] ^ 1]) + good[101:])
    with pytest.raises(ArchiveRefused, match="does not match its checksum"):
        restore_backup(resolve(tmp_path / "r1"), archive)
    victim.unlink()
    with pytest.raises(ArchiveRefused, match="missing from its folder"):
        restore_backup(resolve(tmp_path / "r2"), archive)
    assert not (tmp_path / "r2" / "journal.sqlite3").exists()


def test_keep_set_is_7_daily_4_weekly_12_monthly() -> None:
    archives = [
        Archive(Path(f"a{i}"), T0 - timedelta(days=i)) for i in range(0, 500)
    ]  # a backup every day for 500 days, newest first
    kept = sorted((a for a in archives if a.path in keep_set(archives)), key=lambda a: a.taken_at)
    days_old = sorted({(T0 - a.taken_at).days for a in kept})
    assert days_old[:7] == [0, 1, 2, 3, 4, 5, 6]  # every day of the last week
    assert len(kept) <= 7 + 4 + 12 and len(kept) >= 12
    months = {(a.taken_at.year, a.taken_at.month) for a in kept}
    assert len(months) == 12
    assert max(days_old) < 366


def test_rotation_never_removes_the_last_good_backup(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    for hours in (0, 1, 2):
        auto_backup(resolve(filled), folder, now=T0 + timedelta(hours=hours))
    (kept,) = list_archives(folder)  # same day: only the newest is kept
    assert kept.taken_at == T0 + timedelta(hours=2)
    # A backup that fails (the journal is gone) removes nothing: the last good one stays.
    moved = filled.parent / "elsewhere"
    filled.rename(moved)
    with pytest.raises(BackupError):
        auto_backup(resolve(filled), folder, now=T0 + timedelta(days=3))
    assert list_archives(folder) == [kept]
    moved.rename(filled)
    # A damaged archive is replaced only by a newer one that was verified.
    raw = bytearray(kept.path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    kept.path.write_bytes(bytes(raw))
    later = auto_backup(resolve(filled), folder, now=T0 + timedelta(hours=3))
    assert [a.path for a in list_archives(folder)] == [later.backup.path]
    restore_backup(resolve(tmp_path / "r"), later.backup.path)


def test_rotation_collects_photos_no_archive_needs(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    auto_backup(resolve(filled), folder, now=T0)
    journal = Journal.open(resolve(filled))
    try:
        library = PhotoLibrary(journal)
        (photo,) = library.list_photos(journal.find_client("Photo Owner 1").id)[:1]
        library.delete(photo.id)
    finally:
        journal.close()
    auto_backup(resolve(filled), folder, now=T0 + timedelta(hours=1))
    assert len(list((folder / "photos").glob("??/*.jpg"))) == 3


def test_due_at_most_daily_and_a_missing_drive_is_one_sentence(
    filled: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    assert is_due(folder, T0)
    auto_backup(resolve(filled), folder, now=T0)
    assert not is_due(folder, T0 + timedelta(hours=23))
    assert is_due(folder, T0 + timedelta(hours=24))
    with pytest.raises(BackupError, match="is the drive connected"):
        auto_backup(resolve(filled), tmp_path / "unplugged")


def test_status_line_and_settings_round_trip() -> None:
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    assert status_line(BackupSettings(), now).startswith("No backup yet")
    fresh = BackupSettings(last_at=now - timedelta(hours=1))
    assert status_line(fresh, now).startswith("Last backup: today") and not fresh.overdue(now)
    old = BackupSettings(last_at=now - timedelta(days=9))
    assert "9 days ago" in status_line(old, now) and "back up soon" in status_line(old, now)
    lenient = BackupSettings(last_at=now - timedelta(days=9), warn_after_days=30)
    assert "soon" not in status_line(lenient, now)
    assert BackupSettings.from_json(json.loads(json.dumps(old.to_json()))) == old
    assert BackupSettings.from_json({"warn_after_days": "x"}) == BackupSettings()


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    return subprocess.run([sys.executable, "-m", "needlejournal", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip


def test_auto_backup_from_the_command_line(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    status = json.loads(_cli("--data-dir", filled, "backup", "--status", "--json").stdout)
    assert status["last_at"] is None and status["overdue"] is True
    done = _cli("--data-dir", filled, "backup", "--auto-folder", folder, "--warn-after", "3",
                "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["photos_copied"] == 4
    again = json.loads(_cli("--data-dir", filled, "backup", "--auto", "--json").stdout)
    assert again["photos_copied"] == 0
    status = json.loads(_cli("--data-dir", filled, "backup", "--status", "--json").stdout)
    assert status["folder"] == str(folder) and status["warn_after_days"] == 3
    assert status["last_file"] == again["file"] and status["overdue"] is False
    off = _cli("--data-dir", filled, "backup", "--auto-off")
    assert off.returncode == 0
    refused = _cli("--data-dir", filled, "backup", "--auto")
    assert refused.returncode == 2 and "--auto-folder" in refused.stderr
    both = _cli("--data-dir", filled, "backup", "x.zip", "--auto")
    assert both.returncode == 2 and len(both.stderr.strip().splitlines()) == 1
