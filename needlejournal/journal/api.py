"""The journal facade: opens a journal safely and runs each use-case as one unit of work.

Front ends (window, CLI, benchmarks) talk only to ``Journal``; it returns frozen records.
Every method is a complete unit of work: it commits, or rolls back and raises a
``JournalError`` whose message is meant for the user.

The facade is put together from its concerns: ``unit_of_work`` (the unit of work and the
user's sentence for a database error), ``open_engine`` (the opening steps),
``facade_records`` (settings, clients, libraries, sessions) and ``facade_assessments``
(named scales, regions, screening); the opening, closing, audit trail and integrity check
stay here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from needlejournal import journal_lock
from needlejournal.db.migrate import MigrationReport
from needlejournal.journal import (
    audit,
    audit_hook,
    full_check,
    notify,
    opening,
)
from needlejournal.journal.errors import JournalDamaged
from needlejournal.journal.facade_assessments import AssessmentUseCases
from needlejournal.journal.facade_records import RecordUseCases
from needlejournal.journal.open_engine import open_engine
from needlejournal.journal.open_engine import refuse_network_folder as refuse_network_folder
from needlejournal.journal.opening import restore_snapshot as restore_snapshot
from needlejournal.paths import DataPaths

if TYPE_CHECKING:
    from needlejournal.journal.audit import Action, AuditFilter, AuditRecord
    from needlejournal.journal.audit_chain import ChainCheck
    from needlejournal.journal.check import Problem

log = logging.getLogger(__name__)


def current_actor() -> tuple[str, str]:
    """Who the audit trail names: this computer's seat and the OS account."""
    from needlejournal.seat import os_user, seat_name

    return seat_name(), os_user()


class Journal(RecordUseCases, AssessmentUseCases):
    def __init__(
        self,
        paths: DataPaths,
        engine: Engine,
        migration: MigrationReport,
        hold: journal_lock.Hold | None = None,
        read_only: str | None = None,
    ) -> None:
        super().__init__(paths, engine, read_only)
        self.migration = migration
        if read_only is None:
            # Every unit of work writes its audit lines in its own transaction.
            audit_hook.install(self._sessions, current_actor)
        # Clinic mode: every change tells the other seats which client it touched.
        self.notifies = notify.install(self._sessions, engine)
        # The shared journal lock, held while this journal is open (released by ``close``).
        self._hold = hold
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
        opened = open_engine(
            paths,
            daily_snapshot=daily_snapshot,
            for_reading=for_reading,
            defer_daily_check=defer_daily_check,
        )
        journal = cls(paths, opened.engine, opened.migration, opened.hold, opened.read_only)
        # The clean mark and the checks: SQLite only.
        journal._writes = paths.is_sqlite and opened.writer
        journal._checked_at = opened.verified
        if opened.passed_at is not None and journal._writes:
            journal._passed = full_check.FullCheck.start(paths.db_file, opened.passed_at)
        if opened.writer:  # interrupted imports are rolled back on PostgreSQL journals too
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
