"""The client dialog says, without blocking, when another client already has that name.

Issue 7, bug 7: duplicate names were accepted silently; two people may share a name, so the
dialog warns next to the name (case and spaces ignored) and still saves.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def test_a_taken_name_is_warned_about_and_can_still_be_saved(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    journal.save_client(ClientDraft("Amelia Hart"))
    journal.save_client(ClientDraft("Bea Klein"))
    window = make_window("clinic")
    d = window.opener.new_client()
    assert d is not None
    qtbot.keyClicks(d.name, "  amelia   HART ")
    assert not d.name_note.isHidden()
    assert "already called “Amelia Hart”" in d.name_note.text()
    assert d.save_button.isEnabled()
    d.name.clear()
    qtbot.keyClicks(d.name, "Amelia Harte")
    assert d.name_note.isHidden()
    d.name.setText("Amelia Hart")
    assert not d.name_note.isHidden()
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert sorted(c.name for c in journal.list_clients()) == [
        "Amelia Hart",
        "Amelia Hart",
        "Bea Klein",
    ]


def test_editing_a_client_does_not_warn_about_its_own_name(
    journal: Journal, make_window: MakeWindow
) -> None:
    amelia = journal.save_client(ClientDraft("Amelia Hart"))
    window = make_window("clinic")
    window.clients.select_client(amelia.id)
    d = window.opener.edit_client()
    assert d is not None
    assert d.name.text() == "Amelia Hart" and d.name_note.isHidden()
    d.name.setText("AMELIA HART")
    assert d.name_note.isHidden()
