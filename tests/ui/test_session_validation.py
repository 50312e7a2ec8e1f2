"""The session dialog validates live, next to each field; "Not saved:" never goes stale.

Issue 7, bug 8: the list still said "got 5 mm" after the depth was fixed (and after the area
was removed), and live guidance ignored depths over 3 mm.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from helpers import client_with_history
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.session_dialog import SessionDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def set_local(edit: QDateTimeEdit, when: datetime) -> None:
    t = when.astimezone()
    edit.setDateTime(QDateTime(t.year, t.month, t.day, t.hour, t.minute, 0))


def new_session(journal: Journal, make_window: MakeWindow) -> SessionDialog:
    client_with_history(journal)
    window = make_window("clinic")
    dialog = window.opener.new_session()
    assert dialog is not None
    return dialog


def test_too_deep_is_said_next_to_the_depth_and_guidance_reads_it(
    journal: Journal, make_window: MakeWindow
) -> None:
    s = new_session(journal, make_window)
    row = s.area_rows[0]
    assert row.note.isHidden()
    row.depth.setValue(5.0)  # typed, nothing pressed
    assert not row.note.isHidden() and "at most 3.0 mm" in row.note.text()
    assert "got 5 mm" in row.note.text()
    assert not s.guidance.isHidden()
    assert any("5.0 mm" in w.message and w.rule == "depth_area" for w in s.current_warnings())
    row.depth.setValue(1.0)
    assert row.note.isHidden()


def test_not_saved_list_follows_the_fix_of_the_depth(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    s = new_session(journal, make_window)
    s.area_rows[0].depth.setValue(5.0)
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert "got 5 mm" in s.problem_text()
    s.area_rows[0].depth.setValue(1.0)
    assert s.problem_text() == ""  # not stale: nothing is wrong any more
    assert s.isVisible()


def test_not_saved_list_follows_removing_the_area_and_adding_one(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    s = new_session(journal, make_window)
    s.area_rows[0].depth.setValue(5.0)
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert "got 5 mm" in s.problem_text()
    qtbot.mouseClick(s.area_rows[0].remove, Qt.MouseButton.LeftButton)
    assert "got 5 mm" not in s.problem_text()  # the area is gone, so is its problem
    assert "at least one treated area" in s.problem_text()
    assert "at least one treated area" in s.areas_note.text() and not s.areas_note.isHidden()
    s.add_area("forehead", 0.5)
    assert s.problem_text() == "" and s.areas_note.isHidden()


def test_a_future_date_is_said_next_to_the_date_while_typed(
    journal: Journal, make_window: MakeWindow
) -> None:
    s = new_session(journal, make_window)
    assert s.when_note.isHidden()
    set_local(s.when, datetime.now(UTC) + timedelta(days=3))
    assert not s.when_note.isHidden() and "in the future" in s.when_note.text()
    set_local(s.when, datetime.now(UTC) - timedelta(days=1))
    assert s.when_note.isHidden()


def test_every_edit_dialog_keeps_its_list_current(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    """The class of problem, not one dialog: the skin check and client dialogs follow too."""
    client_with_history(journal)
    window = make_window("clinic")
    o = window.opener.new_observation()
    assert o is not None
    qtbot.mouseClick(o.save_button, Qt.MouseButton.LeftButton)
    assert "at least one score or note" in o.problem_text()
    o.note.setPlainText("calm today")
    assert o.problem_text() == ""
    o.reject()
    c = window.opener.new_client()
    assert c is not None
    qtbot.mouseClick(c.save_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in c.problem_text()
    qtbot.keyClicks(c.name, "Dana Wolf")
    assert c.problem_text() == ""
    c.reject()
    products = window.opener.product_library()
    assert products is not None
    products.edit(None)
    qtbot.mouseClick(products.save_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in products.problems.text() and not products.problems.isHidden()
    qtbot.keyClicks(products.name, "Peptide serum")
    assert products.problems.isHidden()
