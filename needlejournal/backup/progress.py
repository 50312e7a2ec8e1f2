"""Progress reports and cancellation for long backup and restore runs (no Qt, thread-safe).

The window passes a callback that forwards to a Qt signal and a token its Cancel button sets;
the CLI passes neither. Work checks the token between chunks, so Cancel answers within one
chunk (≈ 1 MB) and leaves nothing half-written behind: the caller removes its temp files.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from needlejournal.journal.errors import JournalError

# (bytes done, bytes in all, what is being done now)
ProgressFn = Callable[[int, int, str], None]


class Cancelled(JournalError):
    """The user cancelled; nothing was changed."""


class CancelToken:
    """Set from any thread (the Cancel button); checked by the worker between chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self, what: str = "The backup") -> None:
        if self._event.is_set():
            raise Cancelled(f"{what} was cancelled; nothing was changed.")


@dataclass
class Meter:
    """Counts bytes against a total and reports to an optional callback."""

    total: int
    report: ProgressFn | None = None
    cancel: CancelToken | None = None
    done: int = 0
    what: str = ""

    def stage(self, what: str) -> None:
        self.what = what
        self._emit()

    def add(self, n: int) -> None:
        self.done += n
        self._emit()

    def check(self, what: str = "The backup") -> None:
        if self.cancel is not None:
            self.cancel.check(what)

    def _emit(self) -> None:
        if self.report is not None:
            self.report(min(self.done, self.total), self.total, self.what)
