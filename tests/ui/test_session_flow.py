"""Clients, sessions and skin checks through the real dialogs, against a real journal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from helpers import client_with_history, library
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ObservationRecord, TreatmentRecord
from needlejournal.ui.dialog_base import EditDialog
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.timeline_model import TimelineModel
from needlejournal.ui.timeline_view import card_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def set_local(edit: QDateTimeEdit, when: datetime) -> None:
    t = when.astimezone()
    edit.setDateTime(QDateTime(t.year, t.month, t.day, t.hour, t.minute, 0))


def click_save(qtbot: QtBot, dialog: EditDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_add_client_then_session_shows_on_timeline_card(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    pen, ha, _ = library(journal)
    window = make_window("clinic")
    d = window.opener.new_client()
    assert d is not None
    d.name.setText("Bea Klein")
    d.skin_type.setCurrentIndex(d.skin_type.findData("IV"))
    click_save(qtbot, d)
    assert [c.name for c in journal.list_clients()] == ["Bea Klein"]
    client = window.current_client()
    assert client is not None and client.name == "Bea Klein" and client.skin_type == "IV"
    assert "Ctrl+N" in window.timeline.empty.text()  # the empty state says what to do next

    s = window.opener.new_session()
    assert s is not None
    when = datetime.now(UTC) - timedelta(days=2)
    set_local(s.when, when)
    s.device.setCurrentIndex(s.device.findData(pen.id))
    row = s.area_rows[0]
    row.area.setCurrentIndex(row.area.findData("forehead"))
    row.depth.setValue(0.75)
    row.passes.setValue(3)
    row.endpoint.setCurrentIndex(row.endpoint.findData("erythema"))
    p = s.add_product(ha.id, "post")
    p.lot.setText("LOT-77")
    s.texture_score.setValue(6)
    s.texture_note.setText("smoother on the forehead")
    s.pain.setValue(4)
    click_save(qtbot, s)
    assert not s.isVisible()

    saved = [e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)]
    assert len(saved) == 1
    t = saved[0]
    assert (t.areas[0].area, t.areas[0].depth_mm, t.areas[0].passes) == ("forehead", 0.75, 3)
    assert t.products[0].lot_number == "LOT-77" and t.products[0].phase == "post"
    assert abs((t.performed_at - when).total_seconds()) < 60
    assert t.device is not None and t.device.id == pen.id

    model = window.timeline_model
    assert model.rowCount() == 1
    summary = model.data(model.index(0), TimelineModel.SummaryRole)
    assert "Forehead 0.75 mm · 3 passes · erythema" in summary
    assert "Hyaluronic Glide (post), lot LOT-77" in summary
    doc = card_document(t, window.palette(), window.font(), 500)
    text = doc.toPlainText()
    assert "Dermapen 4" in text and "6/10 smoother on the forehead" in text and "pain 4/10" in text
    assert window.timeline.stack.currentWidget() is window.timeline.view
    # The list row now counts the session.
    listed = window.client_model.summary_of(client.id)
    assert listed is not None and listed.treatment_count == 1


def test_rendered_card_paints_text(qtbot: QtBot, journal: Journal, make_window: MakeWindow) -> None:
    client_with_history(journal)
    window = make_window("clinic")
    qtbot.waitExposed(window)
    image = window.timeline.view.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 200, 3)}
    assert len(colours) > 8  # cards with text, not an empty viewport
    assert window.timeline_model.rowCount() == 3
    assert [e.kind for e in window.timeline_model.entries()] == [
        "observation",
        "treatment",
        "treatment",
    ]  # newest first


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("too_deep", "at most 3.0 mm"),
        ("future", "in the future"),
        ("no_area", "at least one treated area"),
    ],
)
def test_invalid_session_is_refused_and_nothing_saved(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, case: str, message: str
) -> None:
    client = client_with_history(journal)
    window = make_window("clinic")  # sets the mode first: warnings depend on it
    before = journal.timeline(client.id).entries
    s = window.opener.new_session()
    assert s is not None
    if case == "too_deep":
        s.area_rows[0].depth.setValue(3.5)
    elif case == "future":
        set_local(s.when, datetime.now(UTC) + timedelta(days=3))
    else:
        qtbot.mouseClick(s.area_rows[0].remove, Qt.MouseButton.LeftButton)
    click_save(qtbot, s)
    assert message in s.problem_text()
    assert s.isVisible() and s.save_button.isEnabled()
    assert journal.timeline(client.id).entries == before
    assert window.timeline_model.rowCount() == len(before)


def test_edit_then_delete_session(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, confirm_yes: list[str]
) -> None:
    client = client_with_history(journal)
    window = make_window("clinic")
    newest = window.timeline_model.treatments()[0]
    d = window.opener.edit_session(newest)
    assert d is not None
    assert d.area_rows[0].depth.value() == pytest.approx(newest.areas[0].depth_mm)
    d.area_rows[0].depth.setValue(1.5)
    d.notes.setPlainText("deeper this time")
    click_save(qtbot, d)
    stored = journal.get_treatment(newest.id)
    assert stored.areas[0].depth_mm == 1.5 and stored.notes == "deeper this time"
    assert window.timeline_model.treatments()[0].notes == "deeper this time"
    assert window.details.entry() == window.timeline_model.treatments()[0]  # re-selected

    d2 = window.opener.edit_session(stored)
    assert d2 is not None and d2.delete_button is not None
    qtbot.mouseClick(d2.delete_button, Qt.MouseButton.LeftButton)
    assert confirm_yes and "Delete this session" in confirm_yes[0]
    remaining = [e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)]
    assert [t.id for t in remaining] == [window.timeline_model.treatments()[0].id]
    assert newest.id not in [t.id for t in window.timeline_model.treatments()]


def test_add_skin_check_and_refuse_an_empty_one(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    client = client_with_history(journal)
    window = make_window("clinic")
    o = window.opener.new_observation()
    assert o is not None
    click_save(qtbot, o)
    assert "at least one score or note" in o.problem_text()
    o.tone_score.setValue(8)
    o.tone_note.setText("brighter")
    o.redness.setCurrentIndex(o.redness.findData(1))
    click_save(qtbot, o)
    checks = [e for e in journal.timeline(client.id).entries if isinstance(e, ObservationRecord)]
    assert any(c.tone_score == 8 and c.redness == 1 and c.tone_note == "brighter" for c in checks)
    first = window.timeline_model.entries()[0]
    assert isinstance(first, ObservationRecord) and first.tone_score == 8
    assert "Redness 1/4 (faint)" in window.timeline_model.data(
        window.timeline_model.index(0), TimelineModel.SummaryRole
    )


def test_guidance_warning_shown_on_card_and_details_with_source(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    client = client_with_history(journal)
    vit_c = next(p for p in journal.list_products() if p.name == "Vitamin C 15%")
    window = make_window("clinic")
    s = window.opener.new_session()
    assert s is not None
    s.add_product(vit_c.id, "during")
    assert any("Vitamin C 15%" in w.message for w in s.current_warnings())
    assert not s.guidance.isHidden()  # live preview, not blocking
    click_save(qtbot, s)
    t = window.timeline_model.treatments()[0]
    assert t.warnings and journal.timeline(client.id)
    assert "⚠" in window.timeline_model.data(
        window.timeline_model.index(0), TimelineModel.SummaryRole
    )
    window.timeline.select_entry("treatment", t.id)
    assert "Source:" in window.details.plain_text()


def test_personal_mode_shows_only_me(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window("personal")
    model = window.client_model
    assert model.rowCount() == 1
    assert model.data(model.index(0)) == "Me"
    assert [c.name for c in journal.list_clients()] == ["Me"]  # ensure_self ran
    assert window.clients.search.isHidden()
    assert not window.new_client_action.isVisible()
    assert window.current_client() is not None and window.current_client().is_self  # type: ignore[union-attr]


def test_search_filters_the_client_list(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    from needlejournal.journal.records import ClientDraft

    for name in ("Amelia Hart", "Jonas Becker", "Priya Raman"):
        journal.save_client(ClientDraft(name))
    window = make_window("clinic")
    panel = window.clients
    assert panel.proxy.rowCount() == 3
    panel.search.setText("E")  # case-insensitive: Amelia, Jonas Becker
    names = sorted(panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount()))
    assert names == ["Amelia Hart", "Jonas Becker"]
    panel.search.setText("zzz")
    assert panel.proxy.rowCount() == 0
    assert panel.stack.currentWidget() is panel.empty and "zzz" in panel.empty.text()
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(panel.search.hasFocus, timeout=2000)
