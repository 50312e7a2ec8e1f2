"""Named scales entered in the session and skin-check dialogs (issue 12)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import client_with_history
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ObservationRecord, RatingDraft
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def _texts(widget: object) -> str:
    assert hasattr(widget, "findChildren")
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_a_session_gets_ratings_on_named_scales_with_their_meaning(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    client = client_with_history(journal)
    window = make_window("clinic")
    newest = window.timeline_model.treatments()[0]
    d = window.opener.edit_session(newest)
    assert d is not None
    # The old 0–10 fields say what their numbers mean, where they are entered.
    assert "0 (very rough" in _texts(d) and "0 (very uneven" in _texts(d)
    row = d.scales.add_row()
    row.scale.setCurrentIndex(row.scale.findData("glogau"))
    assert "wrinkles at rest" in row.meaning.text()  # the meaning follows the chosen scale
    assert not row.area.isEnabled()  # Glogau is for the whole face
    row.value.setCurrentIndex(row.value.findData(3))
    assert row.value.currentText() == "III · at rest"
    row.rater.setText("Dr Ruiz")
    visia = d.scales.add_row()
    visia.scale.setCurrentIndex(visia.scale.findData("visia-pores"))
    assert visia.area.isEnabled()
    visia.area.setCurrentIndex(visia.area.findData("cheeks"))
    visia.value.setCurrentIndex(visia.value.findData(2))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    got = {(r.scale, r.value, r.area, r.rater) for r in journal.ratings(client.id)}
    assert ("glogau", 3, "", "Dr Ruiz") in got and ("visia-pores", 2, "cheeks", "") in got
    # The details panel lists them under the session.
    window.timeline.select_entry("treatment", newest.id)
    shown = window.details.plain_text()
    assert "Glogau photoageing type: III · at rest, by Dr Ruiz" in shown
    assert "Pores (VISIA): 2 · mild (Cheeks)" in shown

    # Reopened: the ratings are there (the own texture score stays in its field), and a
    # removed row is deleted on save.
    again = window.opener.edit_session(journal.get_treatment(newest.id))
    assert again is not None
    assert [r.scale.currentData() for r in again.scales.rows] == ["glogau", "visia-pores"]
    assert again.scales.rows[0].rater.text() == "Dr Ruiz"
    qtbot.mouseClick(again.scales.rows[1].remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    scales = [r.scale for r in journal.ratings(client.id) if r.treatment_id == newest.id]
    assert "visia-pores" not in scales and "glogau" in scales


def test_a_skin_check_with_only_a_rating_is_saved(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    client = client_with_history(journal)
    window = make_window("clinic")
    o = window.opener.new_observation()
    assert o is not None
    row = o.scales.add_row()
    row.scale.setCurrentIndex(row.scale.findData("goodman-baron"))
    row.value.setCurrentIndex(row.value.findData(2))
    qtbot.mouseClick(o.save_button, Qt.MouseButton.LeftButton)
    assert o.problem_text() == ""
    checks = [e for e in journal.timeline(client.id).entries if isinstance(e, ObservationRecord)]
    newest = max(checks, key=lambda c: c.id)
    (rating,) = journal.timeline(client.id).ratings_of("observation", newest.id)
    assert (rating.scale, rating.value, rating.rater) == ("goodman-baron", 2, "")


def test_twice_the_same_scale_is_refused_in_the_dialog(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    client = client_with_history(journal)
    window = make_window("clinic")
    newest = window.timeline_model.treatments()[0]
    journal.add_rating(client.id, RatingDraft("glogau", 2), treatment_id=newest.id)
    assert window.controller is not None
    window.controller.load_timeline(client.id)  # the rating was added beside the window
    d = window.opener.edit_session(journal.get_treatment(newest.id))
    assert d is not None and len(d.scales.rows) == 1
    row = d.scales.add_row()
    row.scale.setCurrentIndex(row.scale.findData("glogau"))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "given twice by the same rater" in d.problem_text()
    assert [r.value for r in journal.ratings(client.id, "glogau")] == [2]
