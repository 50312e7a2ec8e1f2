"""Every empty state has a button that does the next step, not only a shortcut hint (issue 9)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.ui.client_dialog import ClientDialog
from needlejournal.ui.empty_state import EmptyState
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.session_dialog import SessionDialog

MakeWindow = Callable[..., MainWindow]


def _shown_button(qtbot: QtBot, empty: EmptyState, stack_current: object, label: str) -> None:
    assert stack_current is empty
    assert empty.button.isVisible() and empty.button.isEnabled()
    assert empty.button.text() == label


def test_no_sessions_offers_log_the_first_session(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("personal")
    timeline = window.timeline
    assert timeline.empty.text().startswith("No sessions yet")
    _shown_button(qtbot, timeline.empty, timeline.stack.currentWidget(), "Log the first session")
    qtbot.mouseClick(timeline.empty.button, Qt.MouseButton.LeftButton)
    assert isinstance(window.opener.current, SessionDialog)  # the New session action's dialog
    window.opener.current.reject()


def test_no_clients_offers_add_the_first_client(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("clinic")
    clients = window.clients
    assert clients.empty.text().startswith("No clients yet")
    _shown_button(qtbot, clients.empty, clients.stack.currentWidget(), "Add the first client")
    timeline = window.timeline  # the middle says it too, with the same button
    _shown_button(qtbot, timeline.empty, timeline.stack.currentWidget(), "Add the first client")
    qtbot.mouseClick(clients.empty.button, Qt.MouseButton.LeftButton)
    assert isinstance(window.opener.current, ClientDialog)
    window.opener.current.reject()


def test_no_photos_offers_add_photos(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window("personal")
    window.middle.setCurrentWidget(window.gallery)
    gallery = window.gallery
    qtbot.waitUntil(lambda: gallery.empty.button.isEnabled())  # the photo library opens
    _shown_button(qtbot, gallery.empty, gallery.stack.currentWidget(), "Add photos")
    asked: list[str] = []

    def choose(_parent: object, title: str, *_a: object) -> tuple[list[str], str]:
        asked.append(title)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    qtbot.mouseClick(gallery.empty.button, Qt.MouseButton.LeftButton)
    assert asked == ["Import photos"]  # the Import photos action ran


def test_words_only_states_have_no_button(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("personal")
    window.timeline.show_message("The journal could not be opened.")
    assert window.timeline.empty.button.isHidden()
    window.timeline.show_message("x", action=window.new_session_action, button="Go")
    window.new_session_action.setEnabled(False)
    assert not window.timeline.empty.button.isEnabled()  # it follows its action


def test_empty_state_button_tracks_its_action(qtbot: QtBot, journal: Journal) -> None:
    from PySide6.QtGui import QAction

    empty = EmptyState()
    qtbot.addWidget(empty)
    first, second = QAction("One"), QAction("Two")
    fired: list[str] = []
    first.triggered.connect(lambda: fired.append("one"))
    second.triggered.connect(lambda: fired.append("two"))
    empty.say("a", first, "Do one")
    empty.say("b", second)
    first.setEnabled(False)  # the old action no longer drives the button
    assert empty.button.isEnabled() and empty.button.text() == "Two"
    empty.button.click()
    assert fired == ["two"]
