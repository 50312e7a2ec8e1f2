"""One unit of work per use-case, and the user's sentence for whatever a database raises.

``UnitsOfWork`` is the base of the ``Journal`` facade (``journal/api.py``): the use-case
groups (``journal/facade_records.py``, ``facade_measures.py``) run through its ``run``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from needlejournal.db import models as m
from needlejournal.db.engine import make_sessionmaker
from needlejournal.journal import opening, stale
from needlejournal.journal.errors import Conflict, InvalidInput, JournalError
from needlejournal.paths import DataPaths
from needlejournal.phrases import said

T = TypeVar("T")


class UnitsOfWork:
    """A journal's engine and sessions: each use-case commits, or rolls back and raises a
    ``JournalError`` whose message is meant for the user."""

    def __init__(self, paths: DataPaths, engine: Engine, read_only: str | None) -> None:
        self.paths = paths
        self.engine = engine
        self._sessions: sessionmaker[Session] = make_sessionmaker(engine)
        # Why this journal can only be browsed (another user's, a read-only disk), or None.
        self.read_only = read_only

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
