"""Verified snapshots of an SQLite journal: taken daily and before migrations, restorable.

A snapshot is made with SQLite's online backup API (never a file copy of a live database or
its ``-wal``), written to a temporary name, checked with ``integrity_check`` and only then
renamed, so every snapshot in the folder is known good. Restoring (``db.restore``) never
deletes anything: the replaced journal is kept in ``backups/damaged-…/``. Rotation never
deletes the newest snapshot that holds data for empty ones (a journal found empty or missing
must not push yesterday's real one out).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from needlejournal.durable import fsync_dir
from needlejournal.faults import fault_point

DAILY_PREFIX = "journal-daily-"
MIGRATION_PREFIX = "journal-before-migration-"
KEEP_DAILY = 7
_STAMP = re.compile(r"(\d{8}T\d{6}Z)\.sqlite3$")


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken_at: datetime
    reason: str  # "daily" or "before migration"


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def list_snapshots(backup_dir: Path) -> list[Snapshot]:
    """Every snapshot in ``backup_dir``, newest first."""
    found: list[Snapshot] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.glob("journal-*.sqlite3"):
        m = _STAMP.search(path.name)
        if m is None:
            continue
        taken = datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        reason = "daily" if path.name.startswith(DAILY_PREFIX) else "before migration"
        found.append(Snapshot(path, taken, reason))
    return sorted(found, key=lambda s: s.taken_at, reverse=True)


def write_verified_copy(source: sqlite3.Connection, final: Path) -> Path:
    """Back ``source`` up to ``final`` through a temp name, verified before the rename."""
    final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = final.with_suffix(".partial")
    fault_point("snapshot.backup")
    target = sqlite3.connect(temp)
    try:
        source.backup(target)
        (result,) = target.execute("PRAGMA integrity_check").fetchone()
        if result != "ok":
            raise sqlite3.DatabaseError(f"the copy failed its integrity check: {result}")
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except BaseException:
        target.close()
        temp.unlink(missing_ok=True)
        raise
    target.close()
    os.chmod(temp, 0o600)
    with open(temp, "rb") as f:
        os.fsync(f.fileno())
    fault_point("snapshot.rename")
    os.replace(temp, final)
    fsync_dir(final.parent)
    return final


def take_daily_snapshot(
    db_file: Path, backup_dir: Path, *, now: datetime | None = None, every: timedelta | None = None
) -> Path | None:
    """Snapshot the journal if the newest daily one is older than ``every`` (a day)."""
    now = now or datetime.now(UTC)
    every = timedelta(days=1) if every is None else every  # timedelta(0) is falsy: "always"
    daily = [s for s in list_snapshots(backup_dir) if s.reason == "daily"]
    if daily and now - daily[0].taken_at < every:
        return None
    source = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        path = write_verified_copy(source, backup_dir / f"{DAILY_PREFIX}{_stamp(now)}.sqlite3")
    finally:
        source.close()
    daily = [s for s in list_snapshots(backup_dir) if s.reason == "daily"]
    keep = newest_verified(backup_dir)  # the newest with data, wherever it falls
    for stale in daily[KEEP_DAILY:]:
        if keep is None or stale.path != keep.path:
            stale.path.unlink(missing_ok=True)
    return path


def verify(snapshot: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA integrity_check").fetchone() == ("ok",))
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False


def has_data(snapshot: Path) -> bool:
    """True when the snapshot holds at least one client (an empty journal's copy does not)."""
    try:
        conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            (n,) = conn.execute("SELECT count(*) FROM client").fetchone()
            return bool(n)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return False


def newest_verified(backup_dir: Path, *, with_data: bool = True) -> Snapshot | None:
    """The newest snapshot that passes ``integrity_check`` (and holds data, by default)."""
    for snapshot in list_snapshots(backup_dir):
        if (not with_data or has_data(snapshot.path)) and verify(snapshot.path):
            return snapshot
    return None
