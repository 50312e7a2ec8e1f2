"""Verified snapshots of an SQLite journal: taken daily and before migrations, restorable.

A snapshot is made with SQLite's online backup API (never a file copy of a live database or
its ``-wal``), written to a temporary name, checked with ``integrity_check`` and only then
renamed, so every snapshot in the folder is known good. Restoring never deletes anything: the
damaged journal (with its ``-wal``/``-shm``) is moved aside into ``backups/damaged-…/``.
"""

from __future__ import annotations

import os
import re
import shutil
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
    every = every or timedelta(days=1)
    daily = [s for s in list_snapshots(backup_dir) if s.reason == "daily"]
    if daily and now - daily[0].taken_at < every:
        return None
    source = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        path = write_verified_copy(source, backup_dir / f"{DAILY_PREFIX}{_stamp(now)}.sqlite3")
    finally:
        source.close()
    for stale in [s for s in list_snapshots(backup_dir) if s.reason == "daily"][KEEP_DAILY:]:
        stale.path.unlink(missing_ok=True)
    return path


def verify(snapshot: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA integrity_check").fetchone() == ("ok",))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def newest_verified(backup_dir: Path) -> Snapshot | None:
    for snapshot in list_snapshots(backup_dir):
        if verify(snapshot.path):
            return snapshot
    return None


def restore(snapshot: Path, db_file: Path, backup_dir: Path) -> Path:
    """Put ``snapshot`` in place of the journal; returns where the old journal was moved.

    Call only with no connection open on the journal (the window holds the instance lock).
    """
    if not verify(snapshot):
        raise sqlite3.DatabaseError(f"the snapshot {snapshot.name} is damaged too")
    aside = backup_dir / f"damaged-{_stamp(datetime.now(UTC))}"
    aside.mkdir(parents=True, exist_ok=True, mode=0o700)
    incoming = db_file.with_name(db_file.name + ".restoring")
    fault_point("snapshot.restore.copy")
    shutil.copyfile(snapshot, incoming)
    with open(incoming, "rb") as f:
        os.fsync(f.fileno())
    for suffix in ("", "-wal", "-shm"):
        old = db_file.with_name(db_file.name + suffix)
        if old.exists():
            fault_point("snapshot.restore.move_aside")
            os.replace(old, aside / old.name)
    fault_point("snapshot.restore.rename")
    os.chmod(incoming, 0o600)
    os.replace(incoming, db_file)
    fsync_dir(db_file.parent)
    return aside
