"""The journal facade: opens a journal safely and runs each use-case as one unit of work.

Front ends (window, CLI, benchmarks) talk only to ``Journal``; it returns frozen records.
Every method is a complete unit of work: it commits, or rolls back and raises a
``JournalError`` whose message is meant for the user.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from needlejournal import journal_lock
from needlejournal.backup.restore import finish_interrupted as finish_interrupted_restore
from needlejournal.dates import format_moment
from needlejournal.db import snapshots
from needlejournal.db.engine import make_engine, make_sessionmaker
from needlejournal.db.migrate import (
    MigrationReport,
    NotAJournal,
    SchemaTooNew,
    needs_upgrade,
    upgrade_to_head,
)
from needlejournal.guidance import GuidanceSettings
from needlejournal.journal import clients, convert, library, named_session, settings, treatments
from needlejournal.journal.check import Problem, database_problems
from needlejournal.journal.errors import (
    Conflict,
    InvalidInput,
    JournalDamaged,
    JournalError,
    JournalUnavailable,
)
from needlejournal.journal.records import (
    ClientDraft,
    ClientRecord,
    ClientSummary,
    DeviceDraft,
    DeviceRecord,
    Mode,
    NamedSession,
    ObservationDraft,
    ObservationRecord,
    ProductDraft,
    ProductRecord,
    SavedTreatment,
    Timeline,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.paths import DataPaths

T = TypeVar("T")
log = logging.getLogger(__name__)


def _damaged(paths: DataPaths, problem: str) -> JournalDamaged:
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


def _snapshot_quietly(paths: DataPaths) -> None:
    # A snapshot that cannot be written (disk full…) must not keep the journal closed.
    try:
        snapshots.take_daily_snapshot(paths.db_file, paths.backup_dir)
    except (OSError, sqlite3.Error) as e:
        log.warning("could not take the daily snapshot: %s", e)


def restore_snapshot(paths: DataPaths, snapshot: Path) -> Path:
    """Replace a damaged journal by a verified snapshot; the old files are moved aside.

    Returns the folder the damaged journal was moved to. Takes the journal lock exclusively
    (``JournalBusy`` while a command or a window has the journal open: close it first).
    """
    with journal_lock.exclusive(paths):
        try:
            return snapshots.restore(snapshot, paths.db_file, paths.backup_dir)
        except sqlite3.DatabaseError as e:
            raise JournalError(f"The snapshot cannot be restored: {e}.") from None


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


class Journal:
    def __init__(
        self,
        paths: DataPaths,
        engine: Engine,
        migration: MigrationReport,
        hold: journal_lock.Hold | None = None,
    ) -> None:
        self.paths = paths
        self.engine = engine
        self.migration = migration
        self._sessions: sessionmaker[Session] = make_sessionmaker(engine)
        # The shared journal lock, held while this journal is open (released by ``close``).
        self._hold = hold

    # ---- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, paths: DataPaths, *, daily_snapshot: bool = False) -> Journal:
        """Open (creating, migrating) the journal; refuse a damaged or newer one untouched.

        With ``daily_snapshot`` (the window passes it) a verified snapshot is taken when the
        newest is more than a day old, so a damaged journal can be rolled back to yesterday.
        """
        if paths.is_sqlite:
            refuse_network_folder(paths)
        paths.ensure()
        finish_interrupted_restore(paths)  # a restore a kill interrupted: finished first
        hold = journal_lock.acquire(paths, exclusive=False)
        engine = make_engine(paths.sqlite_url)
        try:
            if paths.is_sqlite and paths.db_file.exists() and paths.db_file.stat().st_size:
                damage = database_problems(engine, quick=True)
                if damage:
                    raise _damaged(paths, damage[0].message)
            if needs_upgrade(engine):
                # Creating or migrating the schema is done alone (promise 9): trade the
                # shared hold for the exclusive one, then come back to sharing.
                hold.release()
                with journal_lock.exclusive(paths, wait_s=journal_lock.SHARED_WAIT_S):
                    report = upgrade_to_head(engine, paths.backup_dir)
                hold = journal_lock.acquire(paths, exclusive=False)
            else:
                report = upgrade_to_head(engine, paths.backup_dir)
            if paths.is_sqlite and paths.db_file.exists():
                paths.db_file.chmod(0o600)
                if daily_snapshot:
                    _snapshot_quietly(paths)
        except (SchemaTooNew, NotAJournal) as e:
            engine.dispose()
            hold.release()
            raise JournalUnavailable(str(e)) from None
        except OperationalError as e:
            engine.dispose()
            hold.release()
            raise JournalUnavailable(f"The journal could not be opened: {e.orig}.") from None
        except BaseException:
            engine.dispose()
            hold.release()
            raise
        return cls(paths, engine, report, hold)

    def close(self) -> None:
        self.engine.dispose()
        if self._hold is not None:
            self._hold.release()
            self._hold = None

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the journal alone (repair): this journal's shared hold is traded for the
        exclusive one and taken back after; ``JournalBusy`` if others keep it busy."""
        if self._hold is not None:
            self._hold.release()
        try:
            with journal_lock.exclusive(self.paths):
                yield
        finally:
            self._hold = journal_lock.acquire(self.paths, exclusive=False)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        s = self._sessions()
        try:
            yield s
            s.commit()
        except StaleDataError:
            s.rollback()
            raise Conflict("That record was changed elsewhere; reopen it and try again.") from None
        except IntegrityError as e:
            s.rollback()
            raise InvalidInput([f"The journal refused this change ({e.orig})."]) from None
        except OperationalError as e:
            s.rollback()
            if "disk is full" in str(e.orig):
                raise JournalError(
                    "The disk is full, so this change was not saved; free some space and "
                    "try again (everything saved before is safe)."
                ) from None
            raise JournalError(f"The journal could not be written: {e.orig}.") from None
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def run(self, use_case: Callable[[Session], T]) -> T:
        with self.unit() as s:
            return use_case(s)

    # ---- settings ----------------------------------------------------------------------

    def mode(self) -> Mode:
        """The mode the guidance rules use (personal until the user chooses)."""
        return self.run(settings.get_mode)

    def chosen_mode(self) -> Mode | None:
        """The mode the user chose; None on a new journal (the window asks on first run)."""
        return self.run(settings.stored_mode)

    def set_mode(self, mode: Mode) -> None:
        self.run(lambda s: settings.set_mode(s, mode))

    def guidance_settings(self) -> GuidanceSettings:
        return self.run(settings.get_guidance)

    def set_guidance_settings(self, value: GuidanceSettings) -> None:
        self.run(lambda s: settings.set_guidance(s, value))

    # ---- clients -----------------------------------------------------------------------

    def list_clients(
        self, query: str = "", *, include_archived: bool = False
    ) -> list[ClientSummary]:
        return self.run(lambda s: clients.list_clients(s, query, include_archived=include_archived))

    def client_summary(self, client_id: int) -> ClientSummary:
        """One row of the client list, refreshed after a write, without listing every client."""
        return self.run(lambda s: clients.client_summary(s, client_id))

    def add_client(self, draft: ClientDraft) -> ClientSummary:
        """A new client; never switches the mode (see ``clients.add_client``)."""
        return self.run(lambda s: clients.add_client(s, draft))

    def save_client(self, draft: ClientDraft) -> ClientSummary:
        """Save a client as drafted (new or edited), without any mode rule."""
        return self.run(lambda s: clients.save_client(s, draft))

    def ensure_self(self) -> ClientSummary:
        return self.run(clients.ensure_self)

    def find_client(self, name_or_id: str) -> ClientRecord:
        return self.run(lambda s: convert.client(clients.find_client(s, name_or_id)))

    def delete_client(self, client_id: int) -> None:
        self.run(lambda s: clients.delete_client(s, client_id))

    # ---- libraries ---------------------------------------------------------------------

    def list_devices(self, *, include_archived: bool = False) -> list[DeviceRecord]:
        return self.run(lambda s: library.list_devices(s, include_archived=include_archived))

    def save_device(self, draft: DeviceDraft) -> DeviceRecord:
        return self.run(lambda s: library.save_device(s, draft))

    def find_device(self, name_or_id: str) -> DeviceRecord:
        return self.run(lambda s: convert.device(library.find_device(s, name_or_id)))

    def list_products(self, *, include_archived: bool = False) -> list[ProductRecord]:
        return self.run(lambda s: library.list_products(s, include_archived=include_archived))

    def save_product(self, draft: ProductDraft) -> ProductRecord:
        return self.run(lambda s: library.save_product(s, draft))

    def find_product(self, name_or_id: str) -> ProductRecord:
        return self.run(lambda s: convert.product(library.find_product(s, name_or_id)))

    # ---- sessions and skin checks ------------------------------------------------------

    def save_treatment(self, draft: TreatmentDraft) -> SavedTreatment:
        return self.run(lambda s: treatments.save_treatment(s, draft))

    def save_named_session(self, request: NamedSession) -> tuple[ClientRecord, SavedTreatment]:
        """A session given by names (the command line): resolved and saved in one unit."""
        return self.run(lambda s: named_session.save_named_session(s, request))

    def get_treatment(self, treatment_id: int) -> TreatmentRecord:
        return self.run(lambda s: treatments.get_treatment(s, treatment_id))

    def delete_treatment(self, treatment_id: int) -> None:
        self.run(lambda s: treatments.delete_treatment(s, treatment_id))

    def save_observation(self, draft: ObservationDraft) -> ObservationRecord:
        return self.run(lambda s: treatments.save_observation(s, draft))

    def delete_observation(self, observation_id: int) -> None:
        self.run(lambda s: treatments.delete_observation(s, observation_id))

    def timeline(self, client_id: int, *, photos: bool = False) -> Timeline:
        return self.run(lambda s: treatments.timeline(s, client_id, photos=photos))

    # ---- integrity ---------------------------------------------------------------------

    def check(self) -> list[Problem]:
        """Full integrity check of the database (the photo store adds its own problems)."""
        return database_problems(self.engine)
