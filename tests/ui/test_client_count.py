"""The status line counts what the list shows: "3 of 12 clients" while a search shows three.

Driven through the real search box (Ctrl+F, then typing key by key). Archived clients are left
out of the list until a search finds them, so the count says how many are hidden.
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

NAMES = ["Aisha Chen", "Wei Chen", "Chenoa Blue", "Adam Fontaine", "Bea Klein", "Carl Ode"]


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.clients.search
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    search.selectAll()
    qtbot.keyClicks(search, text)


def fill(journal: Journal, *, archived: tuple[str, ...] = ()) -> None:
    for name in [*NAMES, *archived]:
        journal.save_client(ClientDraft(name, archived=name in archived))


def test_a_search_says_how_many_of_all_clients_it_shows(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    fill(journal)
    window = make_window("clinic")
    assert window.status.text() == "6 clients"
    search_for(qtbot, window, "chen")
    assert window.clients.proxy.rowCount() == 3
    assert window.status.text() == "3 of 6 clients"
    search_for(qtbot, window, "zzz")
    assert window.status.text() == "0 of 6 clients"
    qtbot.keyClick(window.clients.search, Qt.Key.Key_Escape)  # clears the search
    assert window.status.text() == "6 clients"


def test_archived_clients_are_counted_apart_and_found_by_a_search(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    fill(journal, archived=("Ivo Chen",))
    window = make_window("clinic")
    assert window.clients.proxy.rowCount() == 6
    assert window.status.text() == "6 clients · 1 archived (a search finds it)"
    search_for(qtbot, window, "chen")
    assert window.clients.proxy.rowCount() == 4
    assert window.status.text() == "4 of 7 clients (1 archived)"


def test_the_count_follows_the_list_but_never_hides_a_message(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    fill(journal)
    window = make_window("clinic")
    # A client added at another seat (read in, no save here): the count follows.
    window.client_model.update_client(journal.save_client(ClientDraft("Dora Chen")))
    assert window.status.text() == "7 clients"
    assert window.controller is not None
    window.controller.save_client(ClientDraft("Eve Chen"), lambda _c: None, lambda _p: None)
    assert window.status.text() == "Saved."  # the save's own word stays
    search_for(qtbot, window, "chen")  # a person asked: the count is the answer
    assert window.status.text() == "5 of 8 clients"
    qtbot.keyClick(window.clients.search, Qt.Key.Key_Escape)
    assert window.status.text() == "8 clients"


def test_a_personal_journal_says_so_and_no_count(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window("personal")
    assert window.status.text() == "Personal journal"
    window.client_model.update_client(journal.save_client(ClientDraft("Someone Else")))
    assert window.status.text() == "Personal journal"
