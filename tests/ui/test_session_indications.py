"""The session dialog: indications, areas typed by their common names, aftercare start days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from helpers import library
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft, ProductDraft, TreatmentRecord
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.session_dialog import SessionDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def _dialog(journal: Journal, make_window: MakeWindow) -> tuple[SessionDialog, int, int]:
    pen, _, _ = library(journal)
    cream = journal.save_product(ProductDraft("Night cream", ingredients=("Aqua, Retinol",)))
    client = journal.save_client(ClientDraft("Bea")).client
    window = make_window("clinic")
    dialog = window.opener.new_session()
    assert dialog is not None
    dialog.device.setCurrentIndex(dialog.device.findData(pen.id))
    dialog.when.setDateTime(dialog.when.dateTime().addDays(-1))
    return dialog, client.id, cream.id


def _type_area(qtbot: QtBot, s: SessionDialog, row_index: int, text: str) -> None:
    row = s.area_rows[row_index]
    row.area.setEditText(text)
    row.resolve_typed()  # what leaving the box does (editingFinished)


def test_typed_common_names_pick_the_area_and_indication(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    s, client, _ = _dialog(journal, make_window)
    _type_area(qtbot, s, 0, "upper lip")
    assert s.area_rows[0].area.currentData() == "perioral"
    s.add_area()
    _type_area(qtbot, s, 1, "stretch marks")
    assert s.area_rows[1].area.currentData() == "body"
    assert s.area_rows[1].indication.currentData() == "stretch_marks"
    s.add_area()
    _type_area(qtbot, s, 2, "eyelid")
    assert s.area_rows[2].area.currentData() == "periorbital"
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    assert not s.isVisible()
    [t] = [e for e in journal.timeline(client).entries if isinstance(e, TreatmentRecord)]
    assert [(a.area, a.indication) for a in t.areas] == [
        ("perioral", "general"),
        ("body", "stretch_marks"),
        ("periorbital", "general"),
    ]


def test_an_unknown_typed_area_is_named_under_its_row(
    journal: Journal, make_window: MakeWindow
) -> None:
    s, _, _ = _dialog(journal, make_window)
    s.area_rows[0].area.setEditText("ear lobe")
    assert s.build_draft().areas[0].area == "ear lobe"
    assert any("Unknown area" in p for p in s.draft_problems(s.build_draft()))


def test_the_indication_changes_the_live_depth_guidance(
    journal: Journal, make_window: MakeWindow
) -> None:
    s, _, _ = _dialog(journal, make_window)
    row = s.area_rows[0]
    row.area.setCurrentIndex(row.area.findData("cheeks"))
    row.depth.setValue(2.5)
    assert any(w.rule == "depth_area" for w in s.current_warnings())
    row.indication.setCurrentIndex(row.indication.findData("acne_scars"))
    assert not any(w.rule == "depth_area" for w in s.current_warnings())
    row.area.setCurrentIndex(row.area.findData("periorbital"))
    assert any(w.rule == "depth_area" for w in s.current_warnings())


def test_an_aftercare_start_day_silences_the_caution_once_past_the_washout(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    s, client, cream = _dialog(journal, make_window)
    s.area_rows[0].depth.setValue(0.5)
    p = s.add_product(cream, "during")
    assert not p.day.isEnabled()  # a start day belongs to aftercare
    p.phase.setCurrentIndex(p.phase.findData("aftercare"))
    assert p.day.isEnabled()
    p.day.set_optional_value(3)
    [caution] = [w for w in s.current_warnings() if w.rule == "product_phase"]
    assert "from day 3" in caution.message and "14 days" in caution.message
    p.day.set_optional_value(14)
    assert [w for w in s.current_warnings() if w.rule == "product_phase"] == []
    qtbot.mouseClick(s.save_button, Qt.MouseButton.LeftButton)
    [t] = [e for e in journal.timeline(client).entries if isinstance(e, TreatmentRecord)]
    assert t.products[0].day_offset == 14
    edit = SessionDialog(
        journal.find_client(str(client)),
        journal.list_devices(),
        journal.list_products(),
        [t],
        journal.guidance_settings(),
        personal=False,
        existing=t,
    )
    assert edit.product_rows[0].day.optional_value() == 14
    edit.close()


def test_a_start_day_left_on_a_row_switched_away_from_aftercare_is_dropped(
    journal: Journal, make_window: MakeWindow
) -> None:
    s, _, cream = _dialog(journal, make_window)
    p = s.add_product(cream, "aftercare")
    p.day.set_optional_value(5)
    p.phase.setCurrentIndex(p.phase.findData("post"))
    assert s.build_draft().products[0].day_offset is None
    assert datetime.now(UTC) - timedelta(days=400) < s.build_draft().performed_at
