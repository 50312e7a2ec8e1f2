"""The Progress tab's left column at every window size, font and language: nothing clipped.

The column (series picker, "Hide photos taken under other conditions", "What worked…") is
narrow on purpose; its words wrap instead of being cut off or pushing a horizontal scroll bar.
Checked at 1440 × 900, 1100 × 700 and 820 × 580, at the system font and 1.5× it, in English,
German and Spanish (German is the longest).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from a11y import clipped
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    RatingDraft,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]

SIZES = [(1440, 900), (1100, 700), (820, 580)]
LONG_RATER = "Dr Alexandra Fontaine-Whitfield"


def _client_with_long_series(journal: Journal) -> int:
    client = journal.save_client(ClientDraft("Ana Ruiz", skin_type="III")).client
    now = datetime.now(UTC).replace(microsecond=0)
    for days, texture in ((60, 4), (30, 5)):
        journal.save_treatment(
            TreatmentDraft(
                client_id=client.id,
                performed_at=now - timedelta(days=days),
                areas=(AreaDraft("cheeks", 1.0, 2, "erythema"),),
                texture_score=texture,
            )
        )
    sessions = [e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)]
    for session, value in zip(sessions, (3, 2), strict=True):
        for scale, area in (("glogau", ""), ("visia-brown-areas", "cheeks")):
            journal.add_rating(
                client.id,
                RatingDraft(scale, value, area=area, rater=LONG_RATER),
                treatment_id=session.id,
            )
    return client.id


@pytest.fixture(params=[1.0, 1.5], ids=["font", "large-font"])
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * request.param)
    qapp.setFont(bigger)
    yield request.param
    qapp.setFont(before)


def _texts_wider_than_their_widget(root: QWidget) -> list[str]:
    """A label or button's text on one line is wider than the widget (unless it wraps)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            need = widget.fontMetrics().horizontalAdvance(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        else:
            continue
        if need > widget.width():
            found.append(f"{type(widget).__name__} {widget.text()!r}: {need} > {widget.width()}")
    return found


@pytest.mark.parametrize("language", ["en", "de", "es"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_progress_column_wraps_instead_of_clipping(
    qtbot: QtBot,
    window_in: WindowIn,
    journal: Journal,
    font_scale: float,
    language: str,
    size: tuple[int, int],
) -> None:
    client_id = _client_with_long_series(journal)
    window = window_in(language, "clinic")
    window.resize(*size)
    window.select_client(client_id)
    window.middle.setCurrentWidget(window.progress)
    panel = window.progress
    qtbot.waitUntil(lambda: panel.picker.count() >= 3)
    qtbot.wait(200)  # the layout settles (the list lays its rows out again after a resize)
    column = panel.hide_odd_row.parentWidget()
    assert column is not None
    assert clipped(column) == []
    assert _texts_wider_than_their_widget(column) == []
    picker = panel.picker
    assert not picker.horizontalScrollBar().isVisible()
    longest = max(
        (picker.item(i) for i in range(picker.count())), key=lambda item: len(item.text())
    )
    assert LONG_RATER in longest.text()
    # Each series' whole name is shown: its row is as wide as the list and tall enough.
    rect = picker.visualItemRect(longest)
    assert rect.right() <= picker.viewport().width()
    needs = picker.fontMetrics().boundingRect(
        rect.adjusted(24, 0, 0, 0), int(Qt.TextFlag.TextWordWrap), longest.text()
    )
    assert needs.height() <= rect.height() + 1, (needs, rect)
    assert panel.hide_odd.isVisibleTo(window) and panel.what_worked_button.isVisibleTo(window)


def test_the_wrapping_label_toggles_its_box_and_names_it(
    qtbot: QtBot, window_in: WindowIn, journal: Journal
) -> None:
    window = window_in("de", "clinic")
    row = window.progress.hide_odd_row
    assert row.box.accessibleName() == "Fotos unter anderen Bedingungen ausblenden"
    assert row.label.text() == row.box.accessibleName() and row.label.buddy() is row.box
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
    assert window.progress.hide_odd.isChecked() and window.progress.chart.hide_odd
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
    assert not window.progress.chart.hide_odd
