"""The client list is on screen before the journal is open (issue 15: the window half).

Opening imports SQLAlchemy and the models and may wait for a lock, an upgrade or the check
after an unclean exit; the names come from a first look (plain sqlite3) meanwhile. Here the
open is held back for real: another holder keeps the journal's lock until the names show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from needlejournal import journal_lock
from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import DataPaths, resolve
from needlejournal.ui.main_window import OPENING, MainWindow
from needlejournal.ui.startup import finish_start

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _clinic(paths: DataPaths, *names: str) -> None:
    journal = Journal.open(paths)
    try:
        journal.set_mode("clinic")
        for name in names:
            journal.add_client(ClientDraft(name))
    finally:
        journal.close()


def _shown_names(window: MainWindow) -> list[str]:
    proxy = window.clients.proxy
    return [str(proxy.data(proxy.index(row, 0))) for row in range(proxy.rowCount())]


def _start(qtbot: QtBot, tmp_path: Path, paths: DataPaths) -> tuple[MainWindow, list[Journal]]:
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), deferred=True
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened: list[Journal] = []
    finish_start(app, window, paths, opened)
    return window, opened


def test_the_names_show_while_the_journal_is_still_opening(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve(tmp_path / "data")
    _clinic(paths, "Cleo", "ada", "Bea")
    hold = journal_lock.acquire(paths, exclusive=True)  # the open waits behind this
    try:
        window, opened = _start(qtbot, tmp_path, paths)
        qtbot.waitUntil(lambda: window.client_model.rowCount() == 3, timeout=10_000)
        assert window.controller is None and not opened  # still opening
        assert _shown_names(window) == ["ada", "Bea", "Cleo"]  # the journal's order
        assert window.clients.stack.currentWidget() is window.clients.view
        assert window.clients.view.isVisible()
        assert not window.clients.isEnabled()  # nothing to choose until it is open
        assert window.status.text() == OPENING
    finally:
        hold.release()
    # Once open, the journal's own list takes over: same names, now to choose from.
    qtbot.waitUntil(
        lambda: window.controller is not None and window.clients.isEnabled(), timeout=20_000
    )
    assert _shown_names(window) == ["ada", "Bea", "Cleo"]
    assert window.current_client() is not None  # the first client is shown, as before
    assert window.panels_ready and window.backups is not None
    window.close()
    for journal in opened:
        journal.close()


def test_a_new_journal_shows_no_early_list_and_asks_who_it_is_for(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = resolve(tmp_path / "data")
    window, opened = _start(qtbot, tmp_path, paths)
    qtbot.waitUntil(lambda: window.mode_question is not None, timeout=20_000)
    assert window.client_model.rowCount() == 0
    assert window.clients.empty.text() == ""  # not "No clients yet" before the answer
    box = window.mode_question
    assert box is not None
    (just_me,) = [b for b in box.buttons() if b.text() == "Just me"]
    just_me.click()
    qtbot.waitUntil(lambda: window.client_model.rowCount() == 1, timeout=20_000)
    window.close()
    for journal in opened:
        journal.close()


def test_a_first_look_that_fails_still_opens_the_journal(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from needlejournal.journal import first_look

    def broken(_paths: DataPaths) -> None:
        raise RuntimeError("an unforeseen fault in the first look")

    monkeypatch.setattr(first_look, "first_look", broken)
    paths = resolve(tmp_path / "data")
    _clinic(paths, "Ada", "Bo")
    window, opened = _start(qtbot, tmp_path, paths)
    qtbot.waitUntil(
        lambda: window.controller is not None and window.clients.isEnabled(), timeout=20_000
    )
    assert _shown_names(window) == ["Ada", "Bo"] and window.last_error is None
    window.close()
    for journal in opened:
        journal.close()
