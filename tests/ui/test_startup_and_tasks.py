"""Paint first, open later; the single worker lane; the second-instance refusal."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from needlejournal.instance_lock import InstanceLock
from needlejournal.paths import resolve
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers
from needlejournal.ui.startup import (
    LOCK_TIMEOUT_S,
    _AfterFirstPaint,
    finish_start,
    start_opening,
    take_lock,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def answer_just_me(qtbot: QtBot, window: MainWindow) -> None:
    """A new journal asks who it is for (ui/first_run); these tests take "Just me"."""
    qtbot.waitUntil(lambda: window.mode_question is not None, timeout=10_000)
    box = window.mode_question
    assert box is not None
    (just_me,) = [b for b in box.buttons() if b.text() == "Just me"]
    just_me.click()


def test_window_paints_before_the_journal_opens(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Painted, and calm: the loading state, nothing to click yet.
    assert window.timeline.empty.text() == "Opening your journal…"
    assert window.timeline.stack.currentWidget() is window.timeline.empty
    assert not window.clients.isEnabled() and not window.new_session_action.isEnabled()
    assert window.clients.empty.text() == ""  # not "No clients yet" before they are listed
    opened: list[object] = []
    start_opening(window, resolve(tmp_path / "data"), opened)  # type: ignore[arg-type]
    answer_just_me(qtbot, window)
    qtbot.waitUntil(lambda: window.client_model.rowCount() == 1, timeout=10_000)
    assert window.client_model.data(window.client_model.index(0)) == "Me"
    assert window.new_session_action.isEnabled()
    # Once their (empty) history has arrived, not while it loads: then it says what to do.
    qtbot.waitUntil(lambda: "Ctrl+N" in window.timeline.empty.text(), timeout=10_000)
    window.close()  # waits for the worker
    for journal in opened:
        journal.close()  # type: ignore[attr-defined]


def test_the_shell_paints_first_and_the_panels_are_built_after_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), deferred=True
    )
    qtbot.addWidget(window)
    # The shell: menus, three placeholders in the splitter, the status line; no panels yet.
    assert not window.panels_ready and not hasattr(window, "timeline")
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Journal",
        "&Library",
        "&Photos",
        "&View",
    ]
    assert window.splitter.count() == 3 and window.status.text() == "Opening your journal…"
    painted: list[bool] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened: list[object] = []
    paths = resolve(tmp_path / "data")

    def after_paint() -> None:
        painted.append(window.panels_ready)
        finish_start(app, window, paths, opened)  # type: ignore[arg-type]

    _AfterFirstPaint(window, after_paint, fallback_ms=5_000)
    window.show()
    qtbot.waitUntil(lambda: window.panels_ready, timeout=5_000)
    assert painted == [False]  # built only once the shell had painted
    panels = [window.splitter.widget(i) for i in range(window.splitter.count())]
    assert panels == [window.clients, window.middle, window.details]
    # The middle panel still takes what the window gains (the stretch lives in the widget).
    stretch = [p.sizePolicy().horizontalStretch() for p in panels if p is not None]
    assert stretch == [0, 1, 0]
    assert window.middle.widget(1) is window.gallery
    assert window.gallery.import_action in window.photos_menu.actions()
    assert not app.windowIcon().isNull()
    # …and they work: the journal opens into them.
    answer_just_me(qtbot, window)
    qtbot.waitUntil(lambda: window.client_model.rowCount() == 1, timeout=10_000)
    assert window.new_session_action.isEnabled() and window.clients.isEnabled()
    # Once their (empty) history has arrived, not while it loads: then it says what to do.
    qtbot.waitUntil(lambda: "Ctrl+N" in window.timeline.empty.text(), timeout=10_000)
    window.close()
    for journal in opened:
        journal.close()  # type: ignore[attr-defined]


def test_attaching_a_journal_to_the_shell_builds_the_panels(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        Workers(InlinePool()),
        deferred=True,
    )
    qtbot.addWidget(window)
    from needlejournal.journal.api import Journal

    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        window.attach_journal(journal)
        answer_just_me(qtbot, window)
        assert window.panels_ready and window.client_model.rowCount() == 1
        window.build_panels()  # a second call changes nothing
        assert window.splitter.count() == 3 and window.splitter.widget(0) is window.clients
        window.close()
    finally:
        journal.close()


SHELL_SHOWN = (
    "import sys\n"
    "from needlejournal.ui.startup import make_application\n"
    "from needlejournal.ui.main_window import MainWindow\n"
    "app = make_application(['x'])\n"
    "w = MainWindow(deferred=True)\n"
    "w.show()\n"
    "app.processEvents()\n"
)


def after_the_shells_first_paint(tmp_path: Path, then: str) -> list[str]:
    """The lines ``then`` prints in a fresh process once the window's shell has painted."""
    out = subprocess.run(
        [sys.executable, "-c", SHELL_SHOWN + then],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout, out.stderr
    return out.stdout.split("\n")


def test_the_shell_imports_none_of_the_panels(tmp_path: Path) -> None:
    lines = after_the_shells_first_paint(
        tmp_path,
        "heavy = ('theme', 'timeline_view', 'details_panel', 'client_list', 'gallery',"
        " 'dialogs_opener', 'score_chart', 'formatting')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[-1] in heavy"
        " or m.startswith('needlejournal.ui.gallery')))\n"
        "w.build_panels()\n"
        "print('needlejournal.ui.gallery.panel' in sys.modules)\n",
    )
    assert lines[:2] == ["[]", "True"], lines


def test_a_journal_that_cannot_open_is_a_message_not_a_traceback(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = resolve(tmp_path / "data").ensure()
    paths.db_file.write_bytes(b"this is not a database at all" * 100)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    start_opening(window, paths, [])
    qtbot.waitUntil(lambda: "could not be opened" in window.status.text(), timeout=10_000)
    shown = window.timeline.empty.text()
    assert "Traceback" not in shown and len(shown) > 20
    assert not window.clients.isEnabled()


def test_second_instance_is_refused_quickly_with_a_message(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = resolve(tmp_path / "data")
    first = take_lock(paths, show=False)
    assert isinstance(first, InstanceLock)
    try:
        started = time.monotonic()
        refused = take_lock(paths, show=False)
        elapsed = time.monotonic() - started
        assert not isinstance(refused, InstanceLock)
        assert elapsed < 2.0 and LOCK_TIMEOUT_S < 2.0
        assert "already open" in refused.text()
        assert "already open" in capsys.readouterr().err
    finally:
        first.release()
    again = take_lock(paths, show=False)
    assert isinstance(again, InstanceLock)
    again.release()


def test_main_exits_1_when_another_instance_holds_the_journal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    lock = take_lock(resolve(data), show=False)
    assert isinstance(lock, InstanceLock)
    try:
        # A child process: main() would block in a modal box, so the test auto-closes it.
        code = (
            "import sys\n"
            "from PySide6.QtWidgets import QMessageBox\n"
            "QMessageBox.exec = lambda self: 0\n"
            "from needlejournal.app import main\n"
            f"sys.exit(main(['--data-dir', {str(data)!r}]))\n"
        )
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30
        )
        assert done.returncode == 1, done.stderr
        assert "already open" in done.stderr and "Traceback" not in done.stderr
        assert time.monotonic() - started < 15
    finally:
        lock.release()


def test_first_paint_path_imports_no_database_or_imaging_code() -> None:
    code = (
        "import sys\n"
        "import needlejournal.app, needlejournal.ui.startup, needlejournal.ui.main_window\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PIL')"
        " or m.startswith('needlejournal.db') or m == 'needlejournal.journal.api')\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == ""


def test_worker_errors_reach_the_user_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)

    def fail() -> None:
        raise ValueError("bad thing")

    window.workers.journal.run(fail)
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=5000)
    assert window.last_error is not None
    assert window.last_error.text() == "Something went wrong: bad thing"


def test_an_empty_clinic_says_no_clients_yet_once_listed(qtbot: QtBot, tmp_path: Path) -> None:
    from needlejournal.journal.api import Journal

    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        journal.set_mode("clinic")
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Workers(InlinePool()))
        qtbot.addWidget(window)
        assert window.clients.empty.text() == ""
        window.attach_journal(journal)
        assert window.client_model.rowCount() == 0
        assert window.clients.empty.text().startswith("No clients yet.")
        window.close()
    finally:
        journal.close()


def test_the_first_paint_waits_for_no_helper_module_it_does_not_use(tmp_path: Path) -> None:
    """typing_extensions (for ``@override``) and uuid (one lock file's name) cost ~5 ms of the
    ~45 ms the app adds to a bare window's first paint (issue 15)."""
    lines = after_the_shells_first_paint(
        tmp_path,
        "print(sorted(m for m in ('typing_extensions', 'uuid') if m in sys.modules))\n",
    )
    assert lines[0] == "[]", lines


def test_the_first_paint_does_not_wait_for_pysides_qt_namespace(tmp_path: Path) -> None:
    """The first import of ``Qt`` (or a call that resolves against a Qt-namespace overload, as
    ``QSplitter(parent)`` does) builds PySide's whole namespace, ~20 ms on this machine that
    the bare window the first paint is measured against never pays: the shell paints without
    it, and the colour scheme is asked for after the paint."""
    lines = after_the_shells_first_paint(
        tmp_path, "import PySide6.QtCore as core\nprint('Qt' in core.__dict__)\n"
    )
    assert lines[0] == "False", lines
