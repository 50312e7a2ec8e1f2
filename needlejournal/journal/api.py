"""The journal facade: opens a journal safely and runs each use-case as one unit of work.

Front ends (window, CLI, benchmarks) talk only to ``Journal``; it returns frozen records.
Every method is a complete unit of work: it commits, or rolls back and raises a
``JournalError`` whose message is meant for the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from needlejournal import journal_lock
from needlejournal.backup.restore import finish_interrupted as finish_interrupted_restore
from needlejournal.db.engine import make_engine, make_sessionmaker
from needlejournal.db.migrate import (
    MigrationReport,
    NotAJournal,
    SchemaTooNew,
    needs_upgrade,
    upgrade_to_head,
)
from needlejournal.guidance import GuidanceSettings
from needlejournal.journal import (
    access,
    clients,
    convert,
    library,
    named_session,
    opening,
    ratings,
    settings,
    treatments,
)
from needlejournal.journal.check import Problem, database_problems, repair_text
from needlejournal.journal.errors import (
    Conflict,
    InvalidInput,
    JournalError,
    JournalUnavailable,
)
from needlejournal.journal.opening import restore_snapshot as restore_snapshot
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
    RatingDraft,
    RatingRecord,
    SavedTreatment,
    Timeline,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.paths import DataPaths

T = TypeVar("T")
log = logging.getLogger(__name__)


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
        read_only: str | None = None,
    ) -> None:
        self.paths = paths
        self.engine = engine
        self.migration = migration
        self._sessions: sessionmaker[Session] = make_sessionmaker(engine)
        # The shared journal lock, held while this journal is open (released by ``close``).
        self._hold = hold
        # Why this journal can only be browsed (another user's, a read-only disk), or None.
        self.read_only = read_only

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
        if read_only is not None:
            engine = make_engine(access.read_only_url(paths.db_file), read_only=True)
        else:
            engine = make_engine(paths.sqlite_url)
        try:
            if paths.is_sqlite and paths.db_file.exists() and paths.db_file.stat().st_size:
                damage = database_problems(engine, quick=True)
                if damage:
                    raise opening.damaged(paths, damage[0].message)
            if needs_upgrade(engine) and read_only is not None:
                raise JournalUnavailable(
                    f"The journal needs an upgrade but can only be read: {read_only}."
                )
            if needs_upgrade(engine):
                # Creating or migrating the schema is done alone (promise 9).
                with hold.alone(wait_s=journal_lock.SHARED_WAIT_S):
                    report = upgrade_to_head(engine, paths.backup_dir)
            else:
                report = upgrade_to_head(engine, paths.backup_dir)
            if paths.is_sqlite and read_only is None and paths.db_file.exists():
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
        except BaseException:
            engine.dispose()
            hold.release()
            raise
        journal = cls(paths, engine, report, hold, read_only)
        if read_only is None:
            opening.recover_interrupted_imports(journal)
        return journal

    def close(self) -> None:
        self.engine.dispose()
        if self._hold is not None:
            self._hold.release()
            self._hold = None

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the journal alone (repair): this journal's shared hold is traded for the
        exclusive one and taken back after; ``JournalBusy`` if others keep it busy."""
        if self._hold is None:
            with journal_lock.exclusive(self.paths):
                yield
            return
        with self._hold.alone():
            yield

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
        except OverflowError:
            # Backstop for limits.py: a number beyond SQLite's 64-bit integers.
            s.rollback()
            raise InvalidInput(["A number in this request is too large."]) from None
        except UnicodeEncodeError:
            # Backstop for limits.py: text holding bytes that were not UTF-8.
            s.rollback()
            raise InvalidInput(
                ["Some text holds bytes that are not valid UTF-8; type it again."]
            ) from None
        except OperationalError as e:
            s.rollback()
            if "readonly database" in str(e.orig):
                why = self.read_only or "its files cannot be written by this account"
                raise JournalError(
                    f"The journal can only be read: {why}. Nothing was saved."
                ) from None
            if "Could not decode" in str(e.orig):  # a read failure, not a write one
                raise JournalError(
                    "The journal holds text that cannot be read (bytes that are not UTF-8); "
                    "run “needlejournal check --repair” to replace them."
                ) from None
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

    # ---- named scales ------------------------------------------------------------------

    def add_rating(
        self,
        client_id: int,
        draft: RatingDraft,
        *,
        treatment_id: int | None = None,
        observation_id: int | None = None,
        when: datetime | None = None,
    ) -> RatingRecord:
        """Rate a session or skin check on a named scale (a new skin check when neither)."""
        return self.run(
            lambda s: ratings.add_rating(
                s,
                client_id,
                draft,
                treatment_id=treatment_id,
                observation_id=observation_id,
                when=when,
            )
        )

    def delete_rating(self, rating_id: int) -> None:
        self.run(lambda s: ratings.delete_rating(s, rating_id))

    def ratings(self, client_id: int, scale: str | None = None) -> list[RatingRecord]:
        """One client's ratings on the named scales (one scale when given), oldest first."""
        return self.run(lambda s: ratings.client_ratings(s, client_id, scale))

    # ---- integrity ---------------------------------------------------------------------

    def check(self) -> list[Problem]:
        """Full integrity check of the database (the photo store adds its own problems)."""
        return database_problems(self.engine)

    def repair_text(self) -> list[str]:
        """Replace bytes that are not UTF-8 in text columns by U+FFFD; say where (alone)."""
        with self.exclusive():
            return repair_text(self.engine)
