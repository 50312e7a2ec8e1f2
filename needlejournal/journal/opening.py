"""What ``Journal.open`` checks before it trusts the file at the live path.

- An interrupted snapshot restore is finished or rolled back (``db.restore``), alone.
- A missing or empty (0-byte) journal in a folder that has snapshots with data or stored
  photos is *not* silently replaced by a new empty journal (promise 3): the user is told and
  offered the newest snapshot that holds data.
- A damaged journal is refused with the newest verified snapshot with data: the header and
  schema on every open, the full check when ``shutdown_mark`` says it is owed.

SQLAlchemy is imported only where an engine is used: ``plain_read`` shares the rest.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal import journal_lock
from needlejournal.dates import format_moment
from needlejournal.db import restore, snapshots
from needlejournal.journal import full_check, shutdown_mark
from needlejournal.journal.errors import JournalDamaged, JournalError
from needlejournal.paths import DataPaths

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from needlejournal.journal.api import Journal

STAGING = ".staging"  # photos.store_claims.STAGING, without importing Pillow

log = logging.getLogger(__name__)


def damaged(paths: DataPaths, problem: str) -> JournalDamaged:
    newest = snapshots.newest_verified(paths.backup_dir)
    if newest is None:
        return JournalDamaged(
            f"The journal database is damaged ({problem}) and there is no snapshot to "
            f"restore; the file is {paths.db_file}."
        )
    return JournalDamaged(
        f"The journal database is damaged ({problem}); the newest verified snapshot is from "
        f"{format_moment(newest.taken_at)}: restore it from the window or with "
        "“needlejournal snapshot restore --yes”.",
        newest.path,
        newest.taken_at,
    )


def _store_has_photos(photo_dir: Path) -> bool:
    try:
        return any(
            not shard.name.startswith(".") and shard.is_dir() and any(shard.iterdir())
            for shard in photo_dir.iterdir()
        )
    except OSError:
        return False


def missing_journal(paths: DataPaths) -> JournalDamaged | None:
    """A missing or 0-byte journal beside snapshots with data or photos: say so, offer one."""
    db = paths.db_file
    try:
        if db.stat().st_size > 0:
            return None
        state = "is empty (0 bytes)"
    except FileNotFoundError:
        state = "is missing"
    newest = snapshots.newest_verified(paths.backup_dir)
    if newest is not None:
        return JournalDamaged(
            f"The journal file {db} {state}, but this folder has a snapshot with data from "
            f"{format_moment(newest.taken_at)}: restore it from the window or with "
            "“needlejournal snapshot restore --yes” (a new empty journal was not started).",
            newest.path,
            newest.taken_at,
        )
    if _store_has_photos(paths.photo_dir):
        return JournalDamaged(
            f"The journal file {db} {state}, but the photo store {paths.photo_dir} holds "
            "photos; put the journal file back (or restore a backup) first, so a new empty "
            "journal does not leave them without their records."
        )
    return None


# backup.restore's plan and staging names, without importing it (and zipfile, hashing…).
BACKUP_RESTORE_PLAN = ".restore-plan.json"
BACKUP_RESTORE_STAGING = ".restore-staging"


def backup_restore_left_over(paths: DataPaths) -> bool:
    """A backup restore a kill interrupted left its plan or staging folders (three ``stat``
    calls, so every open does not import the backup layer)."""
    leftovers = (
        paths.data_dir / BACKUP_RESTORE_PLAN,
        paths.data_dir / BACKUP_RESTORE_STAGING,
        paths.photo_dir / BACKUP_RESTORE_STAGING,
    )
    return any(p.exists() for p in leftovers)


def finish_interrupted_backup_restore(paths: DataPaths) -> None:
    """A backup restore a kill interrupted is finished first (``backup.restore``)."""
    if not paths.is_sqlite:
        return
    if backup_restore_left_over(paths):
        from needlejournal.backup.restore import finish_interrupted

        finish_interrupted(paths)


def settle_interrupted_restore(paths: DataPaths, hold: journal_lock.Hold) -> None:
    """Finish or roll back a restore a kill interrupted (alone: nobody may open it midway)."""
    if not restore.interrupted(paths.db_file):
        return
    with hold.alone(wait_s=journal_lock.SHARED_WAIT_S):
        done = restore.finish_interrupted(paths.db_file, paths.backup_dir)
    if done:
        log.warning("%s", done)


def _has_leftovers(staging: Path) -> bool:
    try:
        with os.scandir(staging) as entries:
            return any(e.name.endswith((".claim", ".part")) for e in entries)
    except OSError:
        return False


def recover_interrupted_imports(journal: Journal) -> int:
    """Roll back photo imports a kill interrupted, at every start (issue 8 defect 11).

    Cheap when there is nothing to do (one directory listing; the photo layer and Pillow are
    imported only when the staging folder holds claims or partial files). Safe beside a live
    import: only claims whose process is gone are touched. A failure here is logged, never
    keeps the journal closed (``check`` still reports what is left).
    """
    if not _has_leftovers(journal.paths.photo_dir / STAGING):
        return 0
    from needlejournal.journal.photos import PhotoLibrary

    try:
        return PhotoLibrary(journal).recover()
    except (OSError, JournalError) as e:
        log.warning("could not roll back interrupted imports: %s", e)
        return 0


def snapshot_quietly(paths: DataPaths) -> None:
    # A snapshot that cannot be written (disk full…) must not keep the journal closed.
    try:
        snapshots.take_daily_snapshot(paths.db_file, paths.backup_dir)
    except (OSError, sqlite3.Error) as e:
        log.warning("could not take the daily snapshot: %s", e)


def restore_snapshot(paths: DataPaths, snapshot: Path) -> Path:
    """Replace the journal by a verified snapshot; the old files are kept aside.

    Returns the folder the previous journal was kept in. Takes the journal lock exclusively
    (``JournalBusy`` while a command or a window has the journal open: close it first).
    """
    with journal_lock.exclusive(paths):
        try:
            return restore.restore(snapshot, paths.db_file, paths.backup_dir)
        except restore.NotRestorable as e:
            raise JournalError(
                f"The snapshot cannot be restored: {e}. Nothing was changed."
            ) from None
        except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
            raise JournalError(f"The snapshot cannot be restored: {e}.") from None


# ---- the integrity check on open (RELIABILITY.md promise 3; see ``shutdown_mark``) ---------


def cheap_check(paths: DataPaths, engine: Engine) -> None:
    """What every open checks: the file's header, and that its schema can be read."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    problem = shutdown_mark.header_problem(paths.db_file)
    if problem is None:
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except OperationalError:
            raise  # locked, unreadable: not damage
        except DatabaseError as e:
            problem = f"database damage: {e.orig}"
        except UnicodeDecodeError:
            # SQLite's own error message quoted damaged bytes (a malformed schema page).
            problem = "database damage: its schema cannot be read"
    if problem is not None:
        raise damaged(paths, problem)


def check_on_open(
    paths: DataPaths, hold: journal_lock.Hold, engine: Engine, *, writes: bool, defer_daily: bool
) -> tuple[float | None, float | None]:
    """Run the full check when it is owed; clear the clean mark before a writer writes.

    Returns when the full check last passed (None: never), and when ``check``'s full pass
    last passed if the file is exactly as it left it (``full_check``; None otherwise).
    Raises ``JournalDamaged``.
    """
    mark = shutdown_mark.read(paths.data_dir)
    if not writes:
        return mark.checked_at, None  # reading cannot make damage worse: never wait for it
    alive, _dead = hold.others()
    verified_at = full_check.verified_on_open(paths.db_file, mark, alone=not alive)
    unclean = None if alive else shutdown_mark.unclean_reason(paths.db_file, mark)
    checked_at = mark.checked_at
    if unclean is not None or (shutdown_mark.check_due(mark) and not defer_daily):
        if unclean is not None:
            log.info("full integrity check: %s", unclean)
        checked_at = _full_check(paths, engine)
        hold.forget_dead()
    if mark.clean is not None or checked_at != mark.checked_at or mark.verified is not None:
        shutdown_mark.clear(paths.data_dir, checked_at)
    return checked_at, verified_at


def _full_check(paths: DataPaths, engine: Engine) -> float:
    from needlejournal.journal.check import database_problems

    started = time.time()
    damage = database_problems(engine, quick=True)
    if damage:
        raise damaged(paths, damage[0].message)
    return started


def mark_in_use(paths: DataPaths, *, checked: bool) -> float | None:
    """A journal just created: in use, and (empty as it is) checked now."""
    checked_at = time.time() if checked else None
    shutdown_mark.clear(paths.data_dir, checked_at)
    return checked_at


def daily_check(paths: DataPaths, engine: Engine) -> float | JournalDamaged | None:
    """The full check when the last one is a day old: when it passed, the damage, or None."""
    mark = shutdown_mark.read(paths.data_dir)
    if not shutdown_mark.check_due(mark):
        return None
    try:
        checked_at = _full_check(paths, engine)
    except JournalDamaged as e:
        return e
    shutdown_mark.write(paths.data_dir, shutdown_mark.Mark(mark.clean, checked_at))
    return checked_at


def mark_clean(
    paths: DataPaths,
    hold: journal_lock.Hold,
    checked_at: float | None,
    passed: full_check.FullCheck | None = None,
) -> None:
    """On close: the last holder, with nobody killed meanwhile, seals the file as clean.

    ``passed``: ``check``'s full pass, recorded with the seal when nothing was committed
    since (its watch is closed here in any case, just before the seal).
    """
    try:
        alive, dead = hold.others()
        mark = shutdown_mark.read(paths.data_dir)
        newest = max((t for t in (checked_at, mark.checked_at) if t is not None), default=None)
        verified_at = passed.finish() if passed is not None else None
        if alive or dead:
            if newest != mark.checked_at:
                shutdown_mark.write(paths.data_dir, shutdown_mark.Mark(mark.clean, newest))
            return
        stamp = shutdown_mark.seal(paths.db_file)
        verified = stamp if verified_at is not None else None
        shutdown_mark.write(
            paths.data_dir, shutdown_mark.Mark(stamp, newest, verified, verified_at)
        )
    except OSError as e:  # the next open checks in full: safe, only slower
        log.warning("could not mark the journal closed cleanly: %s", e)
    finally:
        if passed is not None:
            passed.watch.close()
