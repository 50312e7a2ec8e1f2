"""Searching the client list never switches the loaded client; Enter or a click chooses.

Driven through the real search box with key clicks (issue 7, bug 1): with a prefix of another
client the loaded one stays; with no match the journal view clears and every client action is
disabled, so nothing can be added to a client nobody chose.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from held_pool import HeldPool
from helpers import client_with_history
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft, ClientRecord
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import Workers

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def two_clients(journal: Journal) -> tuple[ClientRecord, ClientRecord]:
    amelia = client_with_history(journal, "Amelia Hart")
    bea = journal.save_client(ClientDraft("Bea Klein", concerns="pigmentation")).client
    return amelia, bea


def client_actions(window: MainWindow, *, compare: bool = True) -> dict[str, bool]:
    """Whether each action on the shown client is enabled (compare also needs photos)."""
    actions = {
        "new session": window.new_session_action.isEnabled(),
        "skin check": window.new_check_action.isEnabled(),
        "edit client": window.edit_client_action.isEnabled(),
        "import": window.gallery.import_action.isEnabled(),
        "import button": window.gallery.import_button.isEnabled(),
        "compare": window.gallery.compare_action.isEnabled(),
        "compare button": window.gallery.compare_button.isEnabled(),
    }
    if not compare:
        del actions["compare"], actions["compare button"]
    return actions


def shown_id(window: MainWindow) -> int | None:
    client = window.current_client()
    return client.id if client is not None else None


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Ctrl+F then type, key by key, into the real search box."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.clients.search
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    qtbot.keyClicks(search, text)


def test_typing_a_prefix_of_another_client_keeps_the_loaded_one(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    amelia, _bea = two_clients(journal)
    window = make_window("clinic")
    window.clients.select_client(amelia.id)
    assert window.timeline.title.text() == "Amelia Hart"
    search_for(qtbot, window, "Be")  # matches only Bea Klein
    assert shown_id(window) == amelia.id
    assert window.timeline.title.text() == "Amelia Hart"
    assert window.timeline_model.rowCount() == 3  # still Amelia's history
    assert window.gallery.client_id == amelia.id
    assert all(client_actions(window, compare=False).values())


def test_no_match_clears_the_view_and_disables_client_actions(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    amelia, bea = two_clients(journal)
    window = make_window("clinic")
    window.clients.select_client(amelia.id)
    search_for(qtbot, window, "zzz")
    assert "zzz" in window.clients.empty.text()
    assert window.current_client() is None
    assert window.timeline_model.rowCount() == 0
    assert "Amelia" not in window.timeline.title.text()
    assert window.timeline.stack.currentWidget() is window.timeline.empty
    assert window.details.entry() is None
    assert window.gallery.client_id is None and window.gallery.model.rowCount() == 0
    assert "Amelia" not in window.gallery.header.text()
    assert not any(client_actions(window).values()), client_actions(window)
    # Ctrl+N does nothing harmful: no dialog opens for a client nobody chose.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.opener.new_session() is None
    assert window.opener.new_observation() is None
    # An import cannot land on anyone.
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 64)
    assert window.gallery.start_import([photo]) is None
    assert journal.list_clients()  # nothing else changed
    assert {c.id for c in journal.list_clients()} == {amelia.id, bea.id}


def test_enter_on_a_match_loads_it_and_clearing_the_search_shows_it(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    amelia, bea = two_clients(journal)
    window = make_window("clinic")
    window.clients.select_client(amelia.id)
    search_for(qtbot, window, "zzz")
    assert window.current_client() is None
    for _ in range(3):
        qtbot.keyClick(window.clients.search, Qt.Key.Key_Backspace)
    qtbot.keyClicks(window.clients.search, "klein")
    assert shown_id(window) == amelia.id
    qtbot.keyClick(window.clients.search, Qt.Key.Key_Return)
    chosen = window.current_client()
    assert chosen is not None and chosen.id == bea.id
    assert window.timeline.title.text() == "Bea Klein"
    assert window.gallery.client_id == bea.id
    assert all(client_actions(window, compare=False).values())
    # Ctrl+N from the search box opens a session for the client now shown.
    qtbot.keyClick(window.clients.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.opener.current
    assert dialog is not None and dialog.isVisible() and "Bea Klein" in dialog.windowTitle()
    dialog.reject()


def test_a_click_on_a_filtered_row_chooses_it(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    amelia, bea = two_clients(journal)
    window = make_window("clinic")
    window.clients.select_client(amelia.id)
    search_for(qtbot, window, "bea")
    view = window.clients.view
    rect = view.visualRect(window.clients.proxy.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = window.current_client()
    assert chosen is not None and chosen.id == bea.id
    assert window.timeline.title.text() == "Bea Klein"


def test_the_client_name_is_shown_wherever_something_is_added(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    from test_gallery import make_photos, seed

    client, _photos = seed(journal, tmp_path)
    window = make_window("clinic")
    window.clients.select_client(client.id)
    name = client.name
    assert name in window.gallery.header.text()  # the Photos tab
    session = window.opener.new_session()
    assert session is not None and name in session.windowTitle()
    session.reject()
    check = window.opener.new_observation()
    assert check is not None and name in check.windowTitle()
    check.reject()
    gallery = window.gallery
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 5)
    dialog = gallery.start_import(make_photos(tmp_path / "new", 1))
    assert dialog is not None and name in dialog.windowTitle()
    dialog.reject()
    viewer = gallery.open_viewer(gallery.model.index(0))
    assert viewer is not None and name in viewer.windowTitle()
    viewer.close()
    compare = gallery.compare_selected()
    assert compare is not None and name in compare.windowTitle()
    qtbot.waitUntil(lambda: compare.session.images.pending == 0, timeout=10_000)
    compare.close()
    qtbot.wait(200)


def test_while_a_clients_history_loads_the_view_does_not_say_no_sessions(
    qtbot: QtBot, journal: Journal, settings_path: Path
) -> None:
    """It once showed "2 sessions" above "No sessions yet" while the answer was on its way."""
    amelia, _bea = two_clients(journal)
    journal.set_mode("clinic")
    pool = HeldPool()
    window = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat), Workers(pool))
    qtbot.addWidget(window)
    window.attach_journal(journal)
    pool.release()  # the snapshot: clients listed, the last one chosen, its timeline asked for
    window.clients.select_client(amelia.id)
    assert window.timeline.title.text() == "Amelia Hart"
    assert "2 sessions" in window.timeline.subtitle.text()
    assert "No sessions yet" not in window.timeline.empty.text()
    pool.release()
    assert window.timeline_model.rowCount() == 3
    assert window.timeline.stack.currentWidget() is window.timeline.view


def test_choosing_a_client_says_nothing_about_saving_and_a_save_does(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    amelia, bea = two_clients(journal)
    window = make_window("clinic")
    window.clients.select_client(bea.id)
    window.clients.select_client(amelia.id)
    assert window.status.text() not in ("Saving…", "Saved.")  # reading is not saving
    dialog = window.opener.new_observation()
    assert dialog is not None
    dialog.note.setPlainText("calm")
    assert dialog.try_save()
    assert window.status.text() == "Saved."
