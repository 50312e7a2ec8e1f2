"""The journal's verified snapshots in ``backups/`` for the front ends (SQLite journals only).

The file work (verified copies, rotation, restore) lives in ``db.snapshots``; front ends go
through here and ``api.restore_snapshot``, never to the database layer themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from needlejournal.db import snapshots
from needlejournal.paths import DataPaths


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    taken_at: datetime
    reason: str  # "daily" or "before migration"
    ok: bool  # passed SQLite's integrity check just now


def list_snapshots(paths: DataPaths) -> list[SnapshotInfo]:
    """Every snapshot, newest first, each verified."""
    return [
        SnapshotInfo(s.path, s.taken_at, s.reason, snapshots.verify(s.path))
        for s in snapshots.list_snapshots(paths.backup_dir)
    ]


def newest_verified(paths: DataPaths) -> SnapshotInfo | None:
    found = snapshots.newest_verified(paths.backup_dir)
    return None if found is None else SnapshotInfo(found.path, found.taken_at, found.reason, True)


def take_snapshot(paths: DataPaths) -> Path:
    """A verified snapshot now, whatever the daily schedule (the journal must be healthy)."""
    path = snapshots.take_daily_snapshot(
        paths.db_file, paths.backup_dir, now=datetime.now(UTC), every=timedelta(0)
    )
    assert path is not None  # ``every=0`` always takes one
    return path


def why_not_restorable(path: Path) -> str | None:
    """Why ``path`` cannot replace the journal (not a journal, newer, empty, broken
    references…), or ``None`` when it can; nothing is touched."""
    from needlejournal.db import restore

    try:
        restore.inspect_candidate(path)
    except restore.NotRestorable as e:
        return str(e)
    return None
