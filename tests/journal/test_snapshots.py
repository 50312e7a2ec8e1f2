"""Daily verified snapshots, and restoring one when the journal is damaged."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from needlejournal.db import snapshots
from needlejournal.journal.api import Journal, restore_snapshot
from needlejournal.journal.errors import JournalDamaged, JournalError
from needlejournal.journal.records import AreaDraft, TreatmentDraft
from needlejournal.paths import DataPaths

Ago = Callable[[float], datetime]


def _log_sessions(paths: DataPaths, ago: Ago, n: int, *, snapshot: bool = False) -> None:
    j = Journal.open(paths, daily_snapshot=snapshot)
    me = j.ensure_self()
    for i in range(n):
        j.save_treatment(
            TreatmentDraft(me.id, ago(300 - i), (AreaDraft("cheeks", 0.5),), notes="x" * 400)
        )
    j.close()


def _scribble(db_file: Path) -> None:
    raw = bytearray(db_file.read_bytes())
    mid = len(raw) // 2
    raw[mid : mid + 8192] = b"\xa5" * 8192
    db_file.write_bytes(bytes(raw))


def test_daily_snapshot_is_verified_taken_once_a_day_and_rotated(
    sqlite_paths: DataPaths, ago: Ago
) -> None:
    _log_sessions(sqlite_paths, ago, 3, snapshot=True)
    first = snapshots.list_snapshots(sqlite_paths.backup_dir)
    assert [s.reason for s in first] == ["daily"]
    assert snapshots.verify(first[0].path)
    with sqlite3.connect(first[0].path) as c:  # the snapshot holds the journal's content
        assert c.execute("SELECT count(*) FROM treatment").fetchone() == (0,)
    Journal.open(sqlite_paths, daily_snapshot=True).close()  # same day: no second one
    assert len(snapshots.list_snapshots(sqlite_paths.backup_dir)) == 1
    start = datetime.now(UTC)
    for day in range(1, 10):
        taken = snapshots.take_daily_snapshot(
            sqlite_paths.db_file, sqlite_paths.backup_dir, now=start + timedelta(days=day)
        )
        assert taken is not None
    daily = snapshots.list_snapshots(sqlite_paths.backup_dir)
    assert len(daily) == snapshots.KEEP_DAILY
    assert daily[0].taken_at.date() == (start + timedelta(days=9)).date()


def test_damaged_journal_offers_the_newest_verified_snapshot_and_restores_it(
    sqlite_paths: DataPaths, ago: Ago
) -> None:
    _log_sessions(sqlite_paths, ago, 120)
    snapshots.take_daily_snapshot(sqlite_paths.db_file, sqlite_paths.backup_dir)
    _log_sessions(sqlite_paths, ago, 80)  # after the snapshot: lost by a restore, kept aside
    _scribble(sqlite_paths.db_file)

    with pytest.raises(JournalDamaged) as info:
        Journal.open(sqlite_paths)
    assert info.value.snapshot is not None and "snapshot" in str(info.value)

    aside = restore_snapshot(sqlite_paths, info.value.snapshot)
    assert (aside / "journal.sqlite3").exists()  # the damaged file is kept, never deleted
    j = Journal.open(sqlite_paths)
    me = j.ensure_self()
    assert len(j.timeline(me.id).entries) == 120
    assert j.check() == []
    j.close()


def test_a_damaged_snapshot_is_never_offered_nor_restored(
    sqlite_paths: DataPaths, ago: Ago
) -> None:
    _log_sessions(sqlite_paths, ago, 120)
    taken = snapshots.take_daily_snapshot(sqlite_paths.db_file, sqlite_paths.backup_dir)
    assert taken is not None
    _scribble(taken)
    _scribble(sqlite_paths.db_file)
    with pytest.raises(JournalDamaged, match="no snapshot") as info:
        Journal.open(sqlite_paths)
    assert info.value.snapshot is None
    before = sqlite_paths.db_file.read_bytes()
    with pytest.raises(JournalError, match="cannot be restored"):
        restore_snapshot(sqlite_paths, taken)
    assert sqlite_paths.db_file.read_bytes() == before


def test_migration_backups_are_listed_as_snapshots(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with sqlite3.connect(tmp_path / "j.sqlite3") as c:
        c.execute("CREATE TABLE t (x)")
    source = sqlite3.connect(tmp_path / "j.sqlite3")
    snapshots.write_verified_copy(
        source, folder / f"{snapshots.MIGRATION_PREFIX}0001-20260101T000000Z.sqlite3"
    )
    source.close()
    (folder / "notes.txt").write_text("not a snapshot")
    listed = snapshots.list_snapshots(folder)
    assert [(s.reason, s.taken_at.year) for s in listed] == [("before migration", 2026)]
