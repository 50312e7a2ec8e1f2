"""Start the window: paint first, then build the panels and open the journal.

Order matters for the first paint: the window shows a shell saying "Opening your journal…"
before SQLAlchemy (~300 ms to import) is even loaded, and before the panels' modules are
imported (~50 ms); ``needlejournal.journal.api`` is imported inside the worker task that opens
the journal. Only what the shell needs is imported at module level here. A second instance on
the same data dir is refused in < 2 s.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from needlejournal import APP_NAME
from needlejournal.instance_lock import AlreadyRunning, InstanceLock
from needlejournal.journal_lock import describe_process
from needlejournal.ui import language
from needlejournal.ui.main_window import MainWindow, default_settings, journal_settings
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from needlejournal.journal.api import Journal
    from needlejournal.paths import DataPaths

LOCK_TIMEOUT_S = 1.0  # a just-closed instance may still be exiting; the user waits < 2 s


def refuse_second_instance(message: str, *, show: bool = True) -> QMessageBox:
    """Tell the user another window has this journal open: on stderr and in a message box."""
    from PySide6.QtWidgets import QMessageBox

    from needlejournal.ui import theme

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


def start_opening(window: MainWindow, paths: DataPaths, opened: list[Journal]) -> None:
    """Open the journal on the worker (offering a snapshot if it is damaged)."""
    from needlejournal.ui import journal_opening

    journal_opening.start_opening(window, paths, opened)


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

    @override
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
    # Before any widget exists: a widget reads its words when it is built.
    language.install(app, language.stored_choice(default_settings()))
    # The colours: the window applies the stored choice (or the system's last answer) before
    # its first paint and asks the system after it (``finish_start``); the icon is set after
    # it too: windows pick up the application's icon when it changes.
    return app


def finish_start(
    app: QApplication, window: MainWindow, paths: DataPaths, opened: list[Journal]
) -> None:
    """After the first paint: the client list from a first look, then the other panels, the
    icon and the journal (opening on the worker meanwhile).

    The first look (plain sqlite3, ``journal.first_look``) runs first on the journal lane, so
    the names are on screen before SQLAlchemy or the other panels' modules are imported; the
    open follows on the same lane and replaces the list with its own (the same records).
    """
    from needlejournal.journal.first_look import FirstLook, first_look
    from needlejournal.ui.appearance import settle_scheme

    def looked(look: FirstLook | None) -> None:
        window.show_first_look(look)
        # The system's colour scheme, asked once the names are on screen: its answer is a
        # ``Qt`` enum, and PySide builds that whole namespace (~25 ms) at its first use.
        settle_scheme(window.settings)
        start_opening(window, paths, opened)
        QTimer.singleShot(0, lambda: build_the_rest(app, window, paths, opened))

    # Whatever goes wrong with the first look, the journal still opens (and says what is wrong).
    window.workers.journal.run(lambda: first_look(paths), looked, lambda _message: looked(None))
    window.build_client_list()  # meanwhile: its modules import while the worker reads


def build_the_rest(
    app: QApplication, window: MainWindow, paths: DataPaths, opened: list[Journal]
) -> None:
    from needlejournal.ui import theme
    from needlejournal.ui.backup_dialogs import BackupActions

    window.build_panels()
    app.setWindowIcon(theme.app_icon())
    window.backups = BackupActions(window, paths, lambda: start_opening(window, paths, opened))
    if window.controller is not None:  # the journal arrived first: show its backup status
        window.backups.refresh()


def run(paths: DataPaths, qt_args: Sequence[str]) -> int:
    """Show the window on the journal at ``paths``; the exit code of the event loop."""
    app = make_application(qt_args)
    lock = take_lock(paths)
    if not isinstance(lock, InstanceLock):
        return 1
    describe_process("the NeedleJournal window")  # named in a busy message while it is open
    opened: list[Journal] = []
    try:
        window = MainWindow(journal_settings(paths.window_state_file), deferred=True)
        window.show()
        _AfterFirstPaint(window, lambda: finish_start(app, window, paths, opened))
        code = app.exec()
        window.workers.journal.wait()
        return code
    finally:
        for journal in opened:
            journal.close()
        lock.release()
