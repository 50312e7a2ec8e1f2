"""Start the window: paint first, then open the journal on the worker thread.

Order matters for the first paint: the window shows "Opening your journal…" before SQLAlchemy
(~300 ms to import) is even loaded; ``needlejournal.journal.api`` is imported inside the worker
task that opens the journal. A second instance on the same data dir is refused in < 2 s.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from needlejournal import APP_NAME
from needlejournal.instance_lock import AlreadyRunning, InstanceLock
from needlejournal.paths import DataPaths
from needlejournal.ui import theme
from needlejournal.ui.main_window import MainWindow

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal

LOCK_TIMEOUT_S = 1.0  # a just-closed instance may still be exiting; the user waits < 2 s


def refuse_second_instance(message: str, *, show: bool = True) -> QMessageBox:
    """Tell the user another window has this journal open: on stderr and in a message box."""
    print(message, file=sys.stderr, flush=True)
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, message)
    box.setWindowIcon(theme.app_icon())
    if show:
        box.exec()
    return box


def take_lock(paths: DataPaths, *, show: bool = True) -> InstanceLock | QMessageBox:
    """The instance lock, or the message box that refused the start (already shown)."""
    try:
        paths.ensure()
        return InstanceLock(paths.lock_file).acquire(timeout_s=LOCK_TIMEOUT_S)
    except AlreadyRunning as e:
        return refuse_second_instance(str(e), show=show)
    except OSError as e:
        reason = e.strerror or str(e)
        return refuse_second_instance(
            f"The journal folder {paths.data_dir} cannot be used: {reason}.", show=show
        )


def open_journal(paths: DataPaths) -> Journal:
    """Runs on the worker thread: the only place the database layer gets imported."""
    from needlejournal.journal.api import Journal

    return Journal.open(paths)


def start_opening(window: MainWindow, paths: DataPaths, opened: list[Journal]) -> None:
    def attach(journal: Journal) -> None:
        opened.append(journal)
        window.attach_journal(journal)

    window.runner.run(lambda: open_journal(paths), attach, window.show_open_error)


class _AfterFirstPaint(QObject):
    """Calls ``then`` once the window has painted (or after ``fallback_ms``, whichever first).

    Opening the journal imports SQLAlchemy on the worker; started any earlier, that import
    holds the GIL while the GUI thread is trying to paint, and the first paint waits for it.
    """

    def __init__(
        self, window: MainWindow, then: Callable[[], None], fallback_ms: int = 400
    ) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        self._window = window
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)  # after this paint has been flushed
        return False

    def _fire(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._window.removeEventFilter(self)
            then()


def make_application(qt_args: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([*qt_args])
    app.setOrganizationName("NeedleJournal")
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("needlejournal")
    app.setWindowIcon(theme.app_icon())
    theme.follow_system_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _s: theme.follow_system_scheme(app))
    return app


def run(paths: DataPaths, qt_args: Sequence[str]) -> int:
    """Show the window on the journal at ``paths``; the exit code of the event loop."""
    app = make_application(qt_args)
    lock = take_lock(paths)
    if not isinstance(lock, InstanceLock):
        return 1
    opened: list[Journal] = []
    try:
        window = MainWindow()
        window.show()
        _AfterFirstPaint(window, lambda: start_opening(window, paths, opened))
        code = app.exec()
        window.runner.wait()
        return code
    finally:
        for journal in opened:
            journal.close()
        lock.release()
