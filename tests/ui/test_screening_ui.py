"""The screening checklist in the window: edited in a dialog from the client's details, shown
on the timeline, and read by the session dialog's live guidance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.journal.screening_records import ScreeningChange, ScreeningDraft
from needlejournal.ui.client_dialog import ClientDialog
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.screening_dialog import ScreeningDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def _window(journal: Journal, make_window: MakeWindow) -> tuple[MainWindow, int]:
    client = journal.save_client(ClientDraft("Bea")).client
    window = make_window("clinic")
    window.select_client(client.id)
    return window, client.id


def test_the_client_dialog_opens_the_checklist_and_a_save_keeps_the_earlier_answer(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    journal.save_client(ClientDraft("Bea"))
    journal.save_screening(
        ScreeningDraft(1, (ScreeningChange("pregnancy", "yes"),), date(2026, 1, 10), "Dr Vega")
    )
    window = make_window("clinic")
    window.select_client(1)
    qtbot.waitUntil(lambda: window.screening() is not None, timeout=5000)
    client_dialog = window.opener.edit_client()
    assert isinstance(client_dialog, ClientDialog)
    assert client_dialog.screening_button.isVisibleTo(client_dialog)
    qtbot.mouseClick(client_dialog.screening_button, Qt.MouseButton.LeftButton)
    dialog = window.opener.current
    assert isinstance(dialog, ScreeningDialog)
    assert dialog.answers["pregnancy"].currentData() == "yes"
    assert "Dr Vega" in dialog.history.toPlainText()
    dialog.answers["pregnancy"].setCurrentIndex(dialog.answers["pregnancy"].findData("no"))
    dialog.dates["isotretinoin"].setText("2026-01-01")  # a date means yes
    dialog.reviewed.setDate(QDate(2026, 2, 1))
    dialog.reviewer.setText("Dr Kim")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    record = journal.screening(1)
    assert {e.item: e.answer for e in record.current} == {"pregnancy": "no", "isotretinoin": "yes"}
    assert [e.answer for e in record.history if e.item == "pregnancy"] == ["yes", "no"]
    assert record.answer("isotretinoin").item_date == date(2026, 1, 1)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "Dr Kim" in window.timeline.screening.text(), timeout=5000)
    line = window.timeline.screening.text()
    assert "Isotretinoin (1 Jan 2026)" in line and "11 unknown or not asked" in line
    client_dialog.reject()


def test_a_bad_date_is_refused_in_words_and_nothing_is_recorded(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window, client = _window(journal, make_window)
    dialog = window.opener.client_screening()
    assert dialog is not None
    dialog.dates["filler"].setText("last spring")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "last spring" in dialog.problems.text()
    assert journal.screening(client).history == ()
    dialog.reject()


def test_the_session_dialog_warns_live_from_the_screening_on_file(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    client = journal.save_client(ClientDraft("Bea")).client.id
    journal.save_screening(
        ScreeningDraft(client, (ScreeningChange("bleeding", "yes"),), date.today(), "Dr Vega")
    )
    window = make_window("personal")
    window.select_client(client)
    qtbot.waitUntil(lambda: window.screening() is not None, timeout=5000)
    session = window.opener.new_session()
    assert session is not None
    warnings = [w for w in session.current_warnings() if w.rule == "screening"]
    assert len(warnings) == 1 and "Bleeding disorder" in warnings[0].message
    session.reject()


def test_no_screening_on_file_shows_no_line(journal: Journal, make_window: MakeWindow) -> None:
    window, _ = _window(journal, make_window)
    assert window.timeline.screening.isHidden()
