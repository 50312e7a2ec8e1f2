"""One background lane for journal work, results handed back to the GUI thread by signal.

Every journal call runs on a single worker thread (a QThreadPool capped at one thread), so the
database sees one writer at a time and calls run in the order they were asked for, as Anki's
taskman does. A QRunnable cannot carry signals, so each task owns a small QObject whose signals
are queued back to the thread that created it (the GUI thread). Every error reaches the user:
a JournalError's message as it is, anything else logged and shown as "Something went wrong".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

ErrorHandler = Callable[[str], None]


def user_message(error: BaseException) -> str:
    """The sentence a user sees for an error raised by a task."""
    # Imported lazily: errors.py is tiny, but keep the first paint free of the journal package.
    from needlejournal.journal.errors import JournalError

    if isinstance(error, JournalError):
        return str(error)
    return f"Something went wrong: {error}"


class _TaskSignals(QObject):
    """Lives on the GUI thread; the worker emits, the slots run back on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        # Slots of a QObject (not bare closures), so the connection is queued across threads.
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _failed(self, error: Any) -> None:
        self._on_error(error)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self._fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as e:
            self.signals.failed.emit(e)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread, one at a time, in order.

    ``inline=True`` runs each task immediately on the calling thread (tests, like Picard's
    fake thread pool), delivering results through the same callbacks.
    """

    failed = Signal(str)  # a task failed and had no error handler of its own
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._live: set[_TaskSignals] = set()

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        if self.inline:
            try:
                result = fn()
            except Exception as e:
                self._deliver_error(e, on_error)
            else:
                if on_done is not None:
                    on_done(result)
            return
        holder: list[_TaskSignals] = []

        def done(result: Any) -> None:
            self._settle(holder[0])
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._settle(holder[0])
            self._deliver_error(error, on_error)

        signals = _TaskSignals(done, failed)  # created here: its slots run on this thread
        holder.append(signals)
        self._live.add(signals)
        self._set_pending(self._pending + 1)
        self._pool.start(_Task(fn, signals))

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every started task has run (used on quit, so no write is cut short)."""
        return self._pool.waitForDone(timeout_ms)

    def _settle(self, signals: _TaskSignals) -> None:
        self._live.discard(signals)
        self._set_pending(self._pending - 1)

    def _set_pending(self, value: int) -> None:
        was_busy = self._pending > 0
        self._pending = value
        if was_busy != (value > 0):
            self.busy_changed.emit(value > 0)

    def _deliver_error(self, error: BaseException, on_error: ErrorHandler | None) -> None:
        from needlejournal.journal.errors import JournalError

        if not isinstance(error, JournalError):
            log.error("task failed", exc_info=(type(error), error, error.__traceback__))
        message = user_message(error)
        if on_error is not None:
            on_error(message)
        else:
            self.failed.emit(message)
