"""The engine ``Journal.open`` hands its journal: the file checked, locked and migrated.

``open_engine`` runs the opening steps in their order (``journal/opening.py`` holds each
step); ``Journal.open`` builds the facade from what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from needlejournal import journal_lock
from needlejournal.db.engine import make_engine
from needlejournal.db.migrate import (
    MigrationReport,
    NotAJournal,
    SchemaTooNew,
    needs_upgrade,
    upgrade_to_head,
)
from needlejournal.journal import access, opening
from needlejournal.journal.errors import JournalUnavailable
from needlejournal.paths import DataPaths


def refuse_network_folder(paths: DataPaths) -> None:
    """SQLite's WAL cannot work over a network file system (RELIABILITY.md promise 10)."""
    from needlejournal.netfs import network_fs_type

    fstype = network_fs_type(paths.data_dir)
    if fstype is not None:
        raise JournalUnavailable(
            f"The journal folder {paths.data_dir} is on a network drive ({fstype}), where the "
            "journal file could be corrupted; use a local folder, or for several computers "
            "use clinic mode with a PostgreSQL server (--database-url postgresql+psycopg://…)."
        )


@dataclass(frozen=True)
class OpenedEngine:
    engine: Engine
    migration: MigrationReport
    hold: journal_lock.Hold  # the shared journal lock, released by ``Journal.close``
    read_only: str | None  # why the journal can only be browsed, or None
    writer: bool  # opened to write: not read-only, not a reading command
    verified: float | None  # when the file's check last passed
    passed_at: float | None  # when the full pass last passed (``full_check``)


def open_engine(
    paths: DataPaths, *, daily_snapshot: bool, for_reading: bool, defer_daily_check: bool
) -> OpenedEngine:
    """Open (creating, migrating) the journal; refuse a damaged or newer one untouched
    (``Journal.open`` says what the flags mean)."""
    if paths.is_sqlite:
        refuse_network_folder(paths)
    paths.ensure()
    opening.finish_interrupted_backup_restore(paths)  # a restore a kill interrupted: first
    hold = journal_lock.acquire(paths, exclusive=False)
    read_only: str | None = None
    if paths.is_sqlite:
        try:
            read_only = access.prepare(paths)
            if read_only is None:
                opening.settle_interrupted_restore(paths, hold)
            missing = opening.missing_journal(paths)
        except BaseException:
            hold.release()
            raise
        if missing is not None:
            hold.release()
            raise missing
    existing = paths.is_sqlite and paths.db_file.exists() and paths.db_file.stat().st_size
    reading = for_reading and bool(existing)
    if read_only is not None:
        engine = make_engine(access.read_only_url(paths.db_file), read_only=True)
    else:
        engine = make_engine(paths.sqlite_url, query_only=reading)
    try:
        if existing:
            opening.cheap_check(paths, engine)
        upgrade = needs_upgrade(engine)
        if upgrade and read_only is not None:
            raise JournalUnavailable(
                f"The journal needs an upgrade but can only be read: {read_only}."
            )
        if upgrade and reading:  # an older schema: migrated first, like any writer
            reading = False
            engine.dispose()
            engine = make_engine(paths.sqlite_url)
        verified, passed_at = None, None
        if existing:
            verified, passed_at = opening.check_on_open(
                paths,
                hold,
                engine,
                writes=read_only is None and not reading,
                defer_daily=defer_daily_check and not upgrade,
            )
        if upgrade:
            # Creating or migrating the schema is done alone (promise 9).
            with hold.alone(wait_s=journal_lock.SHARED_WAIT_S):
                report = upgrade_to_head(engine, paths.backup_dir)
            if not existing and paths.is_sqlite:
                verified = opening.mark_in_use(paths, checked=True)  # nothing to check yet
        else:
            report = upgrade_to_head(engine, paths.backup_dir)  # refuses a newer schema
        if paths.is_sqlite and read_only is None and paths.db_file.exists():
            if not reading:
                paths.db_file.chmod(0o600)
            if daily_snapshot:
                opening.snapshot_quietly(paths)
    except (SchemaTooNew, NotAJournal) as e:
        engine.dispose()
        hold.release()
        raise JournalUnavailable(str(e)) from None
    except OperationalError as e:
        engine.dispose()
        hold.release()
        raise JournalUnavailable(f"The journal could not be opened: {e.orig}.") from None
    except DatabaseError as e:  # "file is not a database", "malformed": damage
        engine.dispose()
        hold.release()
        raise opening.damaged(paths, f"database damage: {e.orig}") from None
    except BaseException:
        engine.dispose()
        hold.release()
        raise
    writer = read_only is None and not reading
    return OpenedEngine(engine, report, hold, read_only, writer, verified, passed_at)
