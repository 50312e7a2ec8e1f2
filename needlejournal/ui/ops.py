"""Work off the GUI thread: one generic ``Op[T]``, run on a ``Lane``, answered on the GUI thread.

Modelled on MusicBrainz Picard's ``run_task`` (+ its ``FakeThreadPool`` in tests) and Anki's
``CollectionOp``:

- ``Op[T]`` is one piece of work and what to do with its outcome: ``success(fn)`` gets the result
  with its type kept, ``progress(fn)`` gets ``(done, total)``, ``failure(fn)`` gets the error as
  one sentence. The work receives an ``OpContext``: a progress callback and a cancel token that
  ``op.cancel()`` sets (cooperative: the work checks it and keeps what it finished).
- A ``Lane`` runs ops on a pool. The journal lane has one thread, so the database sees one
  writer at a time and calls run in the order they were asked for (as Anki's taskman does).
- Every error reaches one handler: an op's own ``failure`` handlers when it has them, else the
  lane's ``failed`` signal, which ``Workers`` gathers for the window's ``show_error``. Anything
  that is not a ``JournalError`` is logged with its traceback and shown as "Something went wrong".
- The pool is injected. The app uses ``threads()``; tests and the screenshot scripts pass
  ``InlinePool``, which runs each op to its end inside ``start`` through the very same signals
  (a signal emitted on the receiver's own thread is delivered at once): no inline branch here.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)

from needlejournal.phrases import sentences
from needlejournal.ui.memory import fresh_pages_for_large_blocks
from needlejournal.ui.overrides import override

log = logging.getLogger(__name__)

T = TypeVar("T")

ErrorHandler = Callable[[str], None]
ProgressHandler = Callable[[int, int], None]


def user_message(error: BaseException) -> str:
    """The sentence a user sees for an error raised by an op: a journal error's own message
    as it was raised (a ``phrases.Said`` or ``Told`` still carries what it says, for the
    window's language), else "Something went wrong" with the error."""
    # Imported lazily: errors.py is tiny, but keep the first paint free of the journal package.
    from needlejournal.journal.errors import JournalError

    if isinstance(error, JournalError) or _is_rejection(error):
        raised = error.args[0] if len(error.args) == 1 else None
        return raised if isinstance(raised, str) else str(error)
    return QCoreApplication.translate("Ops", "Something went wrong: {error}").format(error=error)


def inline(problems: Callable[[list[str]], None] | None) -> ErrorHandler | None:
    """A form's problem list as an op's failure handler (None: the window shows the error):
    each problem the journal gave one item, as it said it (a ``Said`` the window translates)."""
    return (lambda message: problems(sentences(message))) if problems is not None else None


class Pool(Protocol):
    """What a lane needs of a thread pool (QThreadPool has it; so does InlinePool)."""

    def start(self, runnable: QRunnable, priority: int = 0) -> None: ...

    def waitForDone(self, msecs: int = -1) -> bool: ...


# Worker threads share the GIL with the GUI thread. At Python's default switch interval (5 ms)
# a worker running Python keeps the GUI thread waiting up to 5 ms for every worker in line
# before it (an import runs several): a frame lost to waiting. At 1 ms one wait stays a
# fraction of a frame; the workers lose little (their heavy parts release the GIL anyway).
GUI_SWITCH_INTERVAL_S = 0.001


def spare_cores() -> int:
    """Cores left once the GUI thread has one (at least one): how many threads the window's
    CPU-heavy work (thumbnails, an import's decoding) may run beside it. Two import decoders
    beside the GUI thread on two cores made its frames wait 15-20 ms for the CPU and the GIL
    (p99 over 200 photos; issue 15); one left them at 4.5 ms."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 2
    return max(1, cores - 1)


def threads(count: int = 1) -> QThreadPool:
    """A pool of ``count`` worker threads (the app's lanes)."""
    if sys.getswitchinterval() > GUI_SWITCH_INTERVAL_S:
        sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    fresh_pages_for_large_blocks()  # a worker's image allocations never zero memory under the GIL
    pool = QThreadPool()
    pool.setMaxThreadCount(count)
    return pool


class InlinePool:
    """Runs each op to its end on the calling thread, inside ``start`` (tests, scripts)."""

    def start(self, runnable: QRunnable, priority: int = 0) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True


class CancelToken:
    """Set once by the GUI thread, read by the work between its steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class OpContext:
    """Handed to the work: report progress, and check whether the op was cancelled."""

    progress: ProgressHandler
    cancelled: CancelToken


class _Relay(QObject):
    """Made on the GUI thread: the worker emits, the slots run back on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, op: Op[Any], lane: Lane) -> None:
        super().__init__(_keeper())
        self._op: Op[Any] | None = op
        self._lane = lane
        # Slots of a QObject (not bare closures), so the connection is queued across threads.
        self.progressed.connect(self._progressed)
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._op is not None:
            self._op._progressed(done, total)

    @Slot(object)
    def _finished(self, result: object) -> None:
        op = self._retire()
        self._lane._settle(op)
        op._succeeded(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        op = self._retire()
        self._lane._settle(op)
        if not _is_journal_error(error):
            log.error("op failed", exc_info=(type(error), error, error.__traceback__))
        op._failed(user_message(error), self._lane)

    def _retire(self) -> Op[Any]:
        """The answer is here: undo the op ↔ relay cycle, so the op, its work and its result
        (a client's 10,000 photo records) are freed by reference counting when their last user
        lets go. Left to the cyclic collector, they were walked and freed in one full pass that
        held the GIL 15-20 ms, on whichever thread set it off: a stalled frame (and the relay
        was destroyed on that thread). The relay is deleted by the GUI thread's event loop,
        never inside its own slot; its keeper owns it until then, so a worker letting go of
        it last never deletes it. A relay without a keeper keeps the cycle, as before."""
        op = self._op
        assert op is not None, "an op answered twice"
        if self.parent() is not None:
            self._op = op._relay = None
            self.deleteLater()
        return op


def _keeper() -> QObject | None:
    """The relays' parent, on the GUI thread; None off it, or before a QCoreApplication
    exists (scripts running ops inline, where no event loop deletes anything later)."""
    global _relay_keeper
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    if _relay_keeper is None or not shiboken6.isValid(_relay_keeper):
        _relay_keeper = QObject(app)
    return _relay_keeper


_relay_keeper: QObject | None = None


def _is_journal_error(error: BaseException) -> bool:
    from needlejournal.journal.errors import JournalError

    return isinstance(error, JournalError) or _is_rejection(error)


def _is_rejection(error: BaseException) -> bool:
    """A photo refused for a catalogued reason (a file, not a bug): said, never logged as a
    failure. Looked up, not imported: no rejection exists before its module (and Pillow) is."""
    rejections = sys.modules.get("needlejournal.photos.rejections")
    return rejections is not None and isinstance(error, rejections.PhotoRejected)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[OpContext], Any], context: OpContext, relay: _Relay) -> None:
        super().__init__()
        self._work, self._context, self._relay = work, context, relay
        self.setAutoDelete(True)

    @override
    def run(self) -> None:
        try:
            result = self._work(self._context)
        except BaseException as e:
            self._answer("failed", e)
        else:
            self._answer("finished", result)

    def _answer(self, signal: str, outcome: object) -> None:
        try:
            getattr(self._relay, signal).emit(outcome)
        except RuntimeError:
            # The application is going: its teardown deleted the relay's keeper, and with it
            # the relay. Nobody is left to hear the answer; the work itself has finished.
            if shiboken6.isValid(self._relay):
                raise


class Op(Generic[T]):
    """One piece of work; handlers may be added before or after it ran (then called at once)."""

    def __init__(self, work: Callable[[OpContext], T]) -> None:
        self._work = work
        self.token = CancelToken()
        self._on_success: list[Callable[[T], None]] = []
        self._on_failure: list[ErrorHandler] = []
        self._on_progress: list[ProgressHandler] = []
        self._outcome: tuple[bool, Any] | None = None  # (succeeded, result or message)
        self._report = False  # failure handlers only tidy up: the lane's handler shows it
        self._relay: _Relay | None = None

    @classmethod
    def call(cls, fn: Callable[[], T]) -> Op[T]:
        """An op for work that neither reports progress nor can be cancelled."""
        return cls(lambda _context: fn())

    def success(self, fn: Callable[[T], None] | None) -> Op[T]:
        if fn is not None:
            if self._outcome is not None and self._outcome[0]:
                fn(self._outcome[1])
            self._on_success.append(fn)
        return self

    def failure(self, fn: ErrorHandler | None, *, report: bool = False) -> Op[T]:
        """Handle the error here (a dialog shows it inline) instead of the lane's one handler.

        With ``report`` the lane's handler shows it too: ``fn`` only tidies up after it.
        """
        if fn is not None:
            if self._outcome is not None and not self._outcome[0]:
                fn(self._outcome[1])
            self._on_failure.append(fn)
            self._report = self._report or report
        return self

    def progress(self, fn: ProgressHandler) -> Op[T]:
        self._on_progress.append(fn)
        return self

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token()

    @property
    def finished(self) -> bool:
        return self._outcome is not None

    def run_in(self, lane: Lane) -> Op[T]:
        lane.start(self)
        return self

    # ---- called by the lane and the relay, on the GUI thread ------------------------------

    def _start(self, lane: Lane) -> QRunnable:
        relay = _Relay(self, lane)
        self._relay = relay  # kept alive with the op until it settles
        return _Runnable(self._work, OpContext(relay.progressed.emit, self.token), relay)

    def _progressed(self, done: int, total: int) -> None:
        for fn in list(self._on_progress):
            fn(done, total)

    def _succeeded(self, result: T) -> None:
        self._outcome = (True, result)
        for fn in list(self._on_success):
            fn(result)

    def _failed(self, message: str, lane: Lane) -> None:
        self._outcome = (False, message)
        if (self._report or not self._on_failure) and shiboken6.isValid(lane):
            lane.failed.emit(message)
        for fn in list(self._on_failure):
            fn(message)


class Lane(QObject):
    """Runs ops on one pool; says when it is busy and every error no op handled itself."""

    failed = Signal(object)  # str: a Said or Told keeps its phrase (Signal(str) would copy)
    busy_changed = Signal(bool)

    def __init__(self, pool: Pool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._live: list[Op[Any]] = []  # ops started and not yet settled (keeps them alive)

    @property
    def pending(self) -> int:
        return len(self._live)

    def start(self, op: Op[Any]) -> None:
        runnable = op._start(self)
        self._live.append(op)
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        self.pool.start(runnable)

    def run(
        self,
        fn: Callable[[], T],
        done: Callable[[T], None] | None = None,
        failed: ErrorHandler | None = None,
    ) -> Op[T]:
        """Shorthand for ``Op.call(fn).success(done).failure(failed).run_in(lane)``."""
        return Op.call(fn).success(done).failure(failed).run_in(self)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every started op has run (on quit, so no write is cut short)."""
        return self.pool.waitForDone(timeout_ms)

    def _settle(self, op: Op[Any]) -> None:
        if op in self._live:
            self._live.remove(op)
            # A lane owned by a closed viewer may be gone when a late answer lands.
            if not self._live and shiboken6.isValid(self):
                self.busy_changed.emit(False)


class Workers(QObject):
    """The app's lanes: the journal lane (one thread, in order) and new lanes on demand.

    Made once by the app and handed to the widgets that start work. ``failed`` gathers every
    error no op handled itself, from every lane made here: the window shows it (``show_error``).
    """

    failed = Signal(object)  # str, as Lane.failed

    def __init__(
        self,
        journal_pool: Pool | None = None,
        pool_for: Callable[[], Pool] = threads,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool_for = pool_for
        self.journal = self._adopt(Lane(journal_pool if journal_pool is not None else threads()))

    @classmethod
    def inline(cls, parent: QObject | None = None) -> Workers:
        """Every lane runs its ops inside ``start`` (tests and scripts)."""
        return cls(InlinePool(), InlinePool, parent)

    def lane(self, parent: QObject | None = None) -> Lane:
        """A new lane of its own (imports, image decoding), its errors gathered here too."""
        lane = self._adopt(Lane(self._pool_for()))
        if parent is not None:
            lane.setParent(parent)
        return lane

    def _adopt(self, lane: Lane) -> Lane:
        # Not parented here: a lane lives as long as whoever runs ops on it keeps it.
        lane.failed.connect(self.failed)
        return lane
