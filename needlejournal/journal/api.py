"""The journal facade: opens a journal safely and runs each use-case as one unit of work.

Front ends (window, CLI, benchmarks) talk only to ``Journal``; it returns frozen records.
Every method is a complete unit of work: it commits, or rolls back and raises a
``JournalError`` whose message is meant for the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from needlejournal import journal_lock
from needlejournal.db import models as m
from needlejournal.db.engine import make_engine, make_sessionmaker
from needlejournal.db.migrate import (
    MigrationReport,
    NotAJournal,
    SchemaTooNew,
    needs_upgrade,
    upgrade_to_head,
)
from needlejournal.journal import (
    access,
    audit,
    audit_hook,
    clients,
    convert,
    full_check,
    library,
    named_session,
    notify,
    opening,
    ratings,
    screening,
    settings,
    stale,
    treatments,
)
from needlejournal.journal import timeline as timelines
from needlejournal.journal.errors import (
    Conflict,
    InvalidInput,
    JournalDamaged,
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
from needlejournal.journal.region_records import Box, MeasureRecord, RegionDraft, RegionRecord
from needlejournal.journal.screening_records import ScreeningDraft, ScreeningRecord
from needlejournal.paths import DataPaths
from needlejournal.phrases import said

if TYPE_CHECKING:
    from needlejournal.guidance import GuidanceSettings
    from needlejournal.journal.audit import Action, AuditFilter, AuditRecord
    from needlejournal.journal.audit_chain import ChainCheck
    from needlejournal.journal.check import Problem

T = TypeVar("T")
log = logging.getLogger(__name__)


def current_actor() -> tuple[str, str]:
    """Who the audit trail names: this computer's seat and the OS account."""
    from needlejournal.seat import os_user, seat_name

    return seat_name(), os_user()


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
        if read_only is None:
            # Every unit of work writes its audit lines in its own transaction.
            audit_hook.install(self._sessions, current_actor)
        # Clinic mode: every change tells the other seats which client it touched.
        self.notifies = notify.install(self._sessions, engine)
        # The shared journal lock, held while this journal is open (released by ``close``).
        self._hold = hold
        # Why this journal can only be browsed (another user's, a read-only disk), or None.
        self.read_only = read_only
        # Opened to write (its clean-shutdown mark is cleared until ``close`` seals it).
        self._writes = False
        self._checked_at: float | None = None  # when the full check last passed
        # ``check``'s full pass while the file is unchanged since it passed (``full_check``).
        self._passed: full_check.FullCheck | None = None

    # ---- opening -----------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        paths: DataPaths,
        *,
        daily_snapshot: bool = False,
        for_reading: bool = False,
        defer_daily_check: bool = False,
    ) -> Journal:
        """Open (creating, migrating) the journal; refuse a damaged or newer one untouched.

        With ``daily_snapshot`` a verified snapshot is taken when the newest is more than a
        day old, so a damaged journal can be rolled back to yesterday. ``for_reading``: the
        caller only reads (a listing command): the full integrity check is never waited for
        and any write is refused. ``defer_daily_check``: the daily full check is left to
        ``daily_upkeep`` (the window runs it in the background after its first screen); the
        check after an unclean exit still runs here, before anything is written.
        """
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
        journal = cls(paths, engine, report, hold, read_only)
        writer = read_only is None and not reading
        journal._writes = paths.is_sqlite and writer  # the clean mark and checks: SQLite only
        journal._checked_at = verified
        if passed_at is not None and journal._writes:
            journal._passed = full_check.FullCheck.start(paths.db_file, passed_at)
        if writer:  # interrupted imports are rolled back on PostgreSQL journals too
            opening.recover_interrupted_imports(journal)
        return journal

    def daily_upkeep(self) -> JournalDamaged | None:
        """The daily full check, then the daily snapshot (the window's background task).

        Returns what is wrong when the check finds damage (nothing is snapshotted then).
        """
        if not self._writes:
            return None
        checked = opening.daily_check(self.paths, self.engine)
        if isinstance(checked, JournalDamaged):
            self._writes = False  # never sealed as clean: the next open checks it in full
            return checked
        if checked is not None:
            self._checked_at = checked
        opening.snapshot_quietly(self.paths)
        return None

    def close(self) -> None:
        self.engine.dispose()
        passed, self._passed = self._passed, None
        if self._hold is not None:
            if self._writes:
                opening.mark_clean(self.paths, self._hold, self._checked_at, passed)
            self._hold.release()
            self._hold = None
        if passed is not None:
            passed.watch.close()
        self._writes = False

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
            raise Conflict(
                said(
                    "That record was changed elsewhere; reopen it and try again.", "record_changed"
                )
            ) from None
        except IntegrityError as e:
            s.rollback()
            refused = f"The journal refused this change ({e.orig})."
            raise InvalidInput([said(refused, "change_refused", detail=str(e.orig))]) from None
        except OverflowError:
            # Backstop for limits.py: a number beyond SQLite's 64-bit integers.
            s.rollback()
            raise InvalidInput(
                [said("A number in this request is too large.", "number_too_large")]
            ) from None
        except UnicodeEncodeError:
            # Backstop for limits.py: text holding bytes that were not UTF-8.
            s.rollback()
            message = "Some text holds bytes that are not valid UTF-8; type it again."
            raise InvalidInput([said(message, "some_text_not_utf8")]) from None
        except OperationalError as e:
            s.rollback()
            if "readonly database" in str(e.orig):
                why = self.read_only or "its files cannot be written by this account"
                message = f"The journal can only be read: {why}. Nothing was saved."
                raise JournalError(said(message, "read_only", why=why)) from None
            if "Could not decode" in str(e.orig):  # a read failure, not a write one
                raise self._unreadable_text() from None
            if "disk is full" in str(e.orig):
                message = (
                    "The disk is full, so this change was not saved; free some space and "
                    "try again (everything saved before is safe)."
                )
                raise JournalError(said(message, "disk_full")) from None
            message = f"The journal could not be written: {e.orig}."
            raise JournalError(said(message, "not_written", detail=str(e.orig))) from None
        except DatabaseError as e:
            # "database disk image is malformed": damage a reading command met (it does not
            # wait for the full check) or that appeared since the check; never a traceback.
            s.rollback()
            if self.paths.is_sqlite:
                raise opening.damaged(self.paths, f"database damage: {e.orig}") from None
            message = f"The journal could not be read: {e.orig}."
            raise JournalError(said(message, "not_read", detail=str(e.orig))) from None
        except UnicodeDecodeError:
            # Text that is not UTF-8 on the way out: a damaged page when the file fails its
            # check (offer the snapshot), else bytes written by another tool (check --repair).
            s.rollback()
            raise self._unreadable_text() from None
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def _unreadable_text(self) -> JournalError:
        if self.paths.is_sqlite:
            from needlejournal.journal.check import database_problems

            damage = database_problems(self.engine, quick=True)
            if damage:
                return opening.damaged(self.paths, damage[0].message)
        message = (
            "The journal holds text that cannot be read (bytes that are not UTF-8); "
            "run “needlejournal check --repair” to replace them."
        )
        return JournalError(said(message, "unreadable_text"))

    def run(self, use_case: Callable[[Session], T]) -> T:
        with self.unit() as s:
            return use_case(s)

    def run_edit(
        self, use_case: Callable[[Session], T], model: type[m.Base], row_id: int | None, what: str
    ) -> T:
        """``run`` for a save over row ``row_id``: a race lost at flush (another seat committed
        between our read and our write) becomes the same ``Conflict`` as a stale read, with
        the row as the other seat left it."""
        try:
            return self.run(use_case)
        except Conflict as e:
            if e.theirs is not None or row_id is None:
                raise
            raise self.run(lambda s: stale.reread_conflict(s, model, row_id, what)) from None

    def listen(self, changed: Callable[[int], None]) -> notify.ClientListener | None:
        """Call ``changed(client_id)`` (on a thread of its own) whenever any seat changes a
        client's records; None on SQLite, where no other seat can write."""
        if not self.notifies:
            return None
        try:
            return notify.ClientListener(notify.libpq_url(self.engine), changed)
        except Exception:  # the seat works on without live updates; saves still conflict
            log.warning("cannot listen for other seats' changes", exc_info=True)
            return None

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
        return self.run_edit(lambda s: clients.save_client(s, draft), m.Client, draft.id, "client")

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
        return self.run_edit(lambda s: library.save_device(s, draft), m.Device, draft.id, "device")

    def find_device(self, name_or_id: str) -> DeviceRecord:
        return self.run(lambda s: convert.device(library.find_device(s, name_or_id)))

    def list_products(self, *, include_archived: bool = False) -> list[ProductRecord]:
        return self.run(lambda s: library.list_products(s, include_archived=include_archived))

    def save_product(self, draft: ProductDraft) -> ProductRecord:
        return self.run_edit(
            lambda s: library.save_product(s, draft), m.Product, draft.id, "product"
        )

    def find_product(self, name_or_id: str) -> ProductRecord:
        return self.run(lambda s: convert.product(library.find_product(s, name_or_id)))

    # ---- sessions and skin checks ------------------------------------------------------

    def save_treatment(self, draft: TreatmentDraft) -> SavedTreatment:
        return self.run_edit(
            lambda s: treatments.save_treatment(s, draft), m.Treatment, draft.id, "session"
        )

    def save_named_session(self, request: NamedSession) -> tuple[ClientRecord, SavedTreatment]:
        """A session given by names (the command line): resolved and saved in one unit."""
        return self.run(lambda s: named_session.save_named_session(s, request))

    def get_treatment(self, treatment_id: int) -> TreatmentRecord:
        return self.run(lambda s: treatments.get_treatment(s, treatment_id))

    def delete_treatment(self, treatment_id: int) -> None:
        self.run(lambda s: treatments.delete_treatment(s, treatment_id))

    def save_observation(self, draft: ObservationDraft) -> ObservationRecord:
        return self.run_edit(
            lambda s: treatments.save_observation(s, draft), m.Observation, draft.id, "skin check"
        )

    def delete_observation(self, observation_id: int) -> None:
        self.run(lambda s: treatments.delete_observation(s, observation_id))

    def timeline(self, client_id: int, *, photos: bool = False) -> Timeline:
        return self.run(lambda s: timelines.timeline(s, client_id, photos=photos))

    # ---- audit trail -------------------------------------------------------------------

    def audit_entries(self, wanted: AuditFilter | None = None) -> list[AuditRecord]:
        """Audit lines matching ``wanted`` (every line without one), oldest first."""
        return self.run(lambda s: audit.entries(s, wanted or audit.AuditFilter()))

    def verify_audit(self) -> ChainCheck:
        """Walk the audit trail's hash chain; say where it breaks."""
        return self.run(audit.verify)

    def record(
        self,
        action: Action,
        *,
        client_id: int | None = None,
        kind: str = "",
        record_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Record an action that changed nothing here (a report printed, a backup made)."""
        if self.read_only is not None:
            return  # a journal this account may only browse cannot hold a line either
        self.run(
            lambda s: audit.record(
                s, action, client_id=client_id, kind=kind, record_id=record_id, details=details
            )
        )

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

    # ---- photo regions and their measures (measuring itself: ``region_measure``) -------

    def save_region(self, draft: RegionDraft) -> RegionRecord:
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.save_region(s, draft))

    def regions(self, client_id: int, view: str | None = None) -> list[RegionRecord]:
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.list_regions(s, client_id, view))

    def delete_region(self, region_id: int) -> None:
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        self.run(lambda s: regions.delete_region(s, region_id))

    def set_grey_card(self, region_id: int, photo_id: int, box: Box | None) -> RegionRecord:
        """The grey card (on the region's own photo) its measures are balanced against."""
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.set_grey_card(s, region_id, photo_id, box))

    def set_colour_chart(
        self, region_id: int, photo_id: int, corners: Sequence[tuple[float, float]] | None
    ) -> RegionRecord:
        """The ColorChecker (four corners on the region's own photo) its measures are
        colour-corrected against."""
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.set_colour_chart(s, region_id, photo_id, corners))

    def measures(self, client_id: int) -> list[MeasureRecord]:
        """Every stored region measure of the client's photos, oldest photo first."""
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.list_measures(s, client_id))

    # ---- screening ---------------------------------------------------------------------

    def screening(self, client_id: int) -> ScreeningRecord:
        """The client's screening checklist: current answers and every earlier version."""
        return self.run(lambda s: screening.get_screening(s, client_id))

    def save_screening(self, draft: ScreeningDraft) -> ScreeningRecord:
        """Record answers (rows are only added: the previous answers stay on file)."""
        now = datetime.now(UTC)
        return self.run(lambda s: screening.save_screening(s, draft, now=now))

    # ---- integrity ---------------------------------------------------------------------

    def check(self, *, full: bool = True) -> list[Problem]:
        """The database's integrity in full: SQLite's ``integrity_check``, foreign keys, text
        that is not UTF-8 and the audit trail's hash chain (the photo store adds its own).

        ``full=False`` reads nothing when ``unchanged_since_full_check`` says the file is as
        the last full pass left it (an empty list then).
        """
        if not full and self.unchanged_since_full_check() is not None:
            return []
        from needlejournal.journal.check import database_problems, journal_problems

        if self._passed is not None:
            self._passed.watch.close()
        # Watching from before the pass: a commit from now on voids it.
        passed = full_check.FullCheck.start(self.paths.db_file) if self._writes else None
        problems = journal_problems(database_problems(self.engine), self.verify_audit)
        if problems and passed is not None:
            passed.watch.close()
            passed = None
        self._passed = passed
        if passed is not None:
            self._checked_at = passed.at  # integrity_check covers the open path's check too
        return problems

    def unchanged_since_full_check(self) -> float | None:
        """When ``check``'s full pass last passed, if nothing has changed the journal since
        (``full_check`` says how that is known); None when it must be read again."""
        return self._passed.still_valid() if self._passed is not None else None

    def repair_text(self) -> list[str]:
        """Replace bytes that are not UTF-8 in text columns by U+FFFD; say where (alone)."""
        from needlejournal.journal.check import repair_text

        with self.exclusive():
            return repair_text(self.engine)
