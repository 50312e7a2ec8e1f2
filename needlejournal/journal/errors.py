"""Errors the journal API raises; each message is one sentence a user understands."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from needlejournal.phrases import Told


class JournalError(Exception):
    """Base class: the message is meant for the user.

    Raised with a ``phrases.Said`` (or ``Told``), the message keeps what it says as data, so
    the window can say it in its own language (``ui.validation_words.said_text``); ``str(e)``
    is the command line's English either way.
    """


class NotFound(JournalError):
    pass


class UnknownEntry(NotFound):
    """No device or product by that name; ``known`` lists the names the library holds."""

    def __init__(self, message: str, what: str, known: list[str]) -> None:
        super().__init__(message)
        self.what = what  # "device" or "product"
        self.known = known


class InvalidInput(JournalError):
    """Input refused before anything was written; ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(Told(problems))  # str(e): the problems joined, as before
        self.problems = list(problems)


class Conflict(JournalError):
    """Someone else changed the record since it was read (optimistic locking).

    ``theirs`` is the record as now stored (a ``ClientRecord``, ``TreatmentRecord``,
    ``ObservationRecord``, ``PhotoRecord``…), ``changed_by`` the seat and user who saved it
    ("FRONT-DESK (ana)", "" when unknown) and ``changed_at`` when; ``journal.conflicts``
    compares it with the edit that was refused. ``theirs`` is None when the record is gone.
    """

    def __init__(
        self,
        message: str,
        theirs: object | None = None,
        changed_by: str = "",
        changed_at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.changed_by = changed_by
        self.changed_at = changed_at


class JournalDamaged(JournalError):
    """The database failed its integrity check at start-up.

    ``snapshot`` is the newest verified snapshot (``backups/``) the user can restore, if any,
    and ``snapshot_taken_at`` when it was taken.
    """

    def __init__(
        self, message: str, snapshot: Path | None = None, snapshot_taken_at: datetime | None = None
    ) -> None:
        super().__init__(message)
        self.snapshot = snapshot
        self.snapshot_taken_at = snapshot_taken_at


class JournalUnavailable(JournalError):
    """The journal cannot be opened (too new, not a journal, locked, unreachable)."""


class ImportInterrupted(JournalError):
    """A photo import stopped on a journal error; ``imported`` were committed before it."""

    def __init__(self, message: str, imported: tuple[object, ...]) -> None:
        super().__init__(message)
        self.imported = imported


class JournalBusy(JournalError):
    """Another process holds the journal's lock (a restore, a repair, a running command)."""
