"""Bug 6 in the window: a new journal asks who it is for; Settings changes the mode."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from needlejournal.journal.api import Journal
from needlejournal.ui.first_run import QUESTION
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def answer(qtbot: object, box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible() and box.text() == QUESTION
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_a_new_journal_asks_and_i_see_clients_makes_a_clinic(
    qtbot: object, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window(None)  # nobody chose a mode yet
    assert journal.chosen_mode() is None
    answer(qtbot, window.mode_question, "I see clients")
    assert journal.chosen_mode() == "clinic"
    assert window.new_client_action.isVisible() and window.clinic_action.isChecked()
    assert journal.list_clients() == []  # no "Me" in a clinic's journal
    assert window.mode_question is None


def test_just_me_makes_a_personal_journal_with_me(
    qtbot: object, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window(None)
    answer(qtbot, window.mode_question, "Just me")
    assert journal.chosen_mode() == "personal"
    current = window.current_client()
    assert current is not None and current.is_self and current.name == "Me"
    assert not window.new_client_action.isVisible()


def test_a_chosen_mode_is_not_asked_again(journal: Journal, make_window: MakeWindow) -> None:
    window = make_window("personal")
    assert window.mode_question is None


def test_settings_dialog_switches_the_mode(
    qtbot: object, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window("personal")
    dialog = window.opener.guidance_settings()
    assert dialog is not None and dialog.chosen_mode() == "personal"
    dialog.mode.setCurrentIndex(dialog.mode.findData("clinic"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not dialog.isVisible()
    assert journal.chosen_mode() == "clinic"
    assert window.new_client_action.isVisible()


def test_a_personal_journal_lists_me_first_and_a_partner_added_later(
    journal: Journal, make_window: MakeWindow
) -> None:
    from needlejournal.journal.records import ClientDraft

    journal.set_mode("personal")
    partner = journal.add_client(ClientDraft("Partner"))
    window = make_window("personal")
    names = [window.client_model.data(window.client_model.index(r)) for r in range(2)]
    assert names == ["Me", "Partner"] and journal.mode() == "personal"
    assert window.client_model.summary_of(partner.id) is not None


def test_closing_the_question_keeps_the_default_and_never_blocks_quitting(
    journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window(None)
    box = window.mode_question
    assert box is not None
    assert box.close()  # a box that refused to close would stop the app from quitting
    assert journal.chosen_mode() == "personal"
    assert window.current_client() is not None


def test_a_journal_with_people_but_no_chosen_mode_does_not_ask(
    journal: Journal, make_window: MakeWindow
) -> None:
    journal.ensure_self()  # e.g. made through the API before a mode was ever chosen
    window = make_window(None)
    assert window.mode_question is None
    assert journal.chosen_mode() is None and window.current_client() is not None
