"""The Progress chart's legend in a narrow chart (issue 14): a series name longer than the
chart is cut short with "…" inside the chart and said whole on hover, never drawn past the
chart's edge (the Spanish Glogau title with a long rater's name at 1.5× the font)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, RatingDraft, TreatmentDraft
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]
RATER = "Dr Alexandra Fontaine-Whitfield"
SOFT_HYPHEN = "\u00ad"


@pytest.mark.parametrize("language", ["es", "de", "en"])
def test_a_series_name_longer_than_the_chart_is_cut_short_and_said_whole(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, large_font: float, language: str
) -> None:
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    now = datetime.now(UTC)
    for days, value in ((40, 3), (10, 2)):
        session = journal.save_treatment(
            TreatmentDraft(client.id, now - timedelta(days=days), (AreaDraft("cheeks", 1.0),))
        ).treatment
        journal.add_rating(
            client.id, RatingDraft("glogau", value, rater=RATER), treatment_id=session.id
        )
    window = window_in(language, "clinic")
    window.resize(820, 620)
    window.select_client(client.id)
    window.middle.setCurrentWidget(window.progress)
    panel = window.progress
    qtbot.waitUntil(lambda: panel.picker.count() > 0, timeout=5000)
    for i in range(panel.picker.count()):
        item = panel.picker.item(i)
        if RATER in item.text():
            item.setCheckState(Qt.CheckState.Checked)
            title = item.text()
    qtbot.wait(50)
    chart = panel.chart
    legend = [m for m in chart.marks() if m.kind == "legend"]
    assert legend, "the legend says each series on hover"
    glogau = next(m for m in legend if RATER in m.text)
    assert glogau.text.startswith(title)  # the whole name, with its range
    fm = chart.fontMetrics()
    assert fm.horizontalAdvance(glogau.text) > chart.width()  # longer than the chart …
    for mark in legend:  # … and yet nothing is drawn past the chart's edge
        assert mark.rect.right() <= chart.width(), (mark.rect, chart.width(), mark.text)
    said = chart.text_at(glogau.rect.center())
    assert said is not None and said.replace(SOFT_HYPHEN, "") == glogau.text.replace(
        SOFT_HYPHEN, ""
    )
