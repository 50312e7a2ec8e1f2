"""The window laid out right to left, as Qt does for Arabic or Hebrew (issue 14): no such
language ships, but Qt switches the whole application's direction when a catalogue says so
(qtbase_ar.qm's QT_LAYOUT_DIRECTION), so the window must already mirror: the client list on
the right, the action bar reading from the right, Tab from right to left within a row, and
nothing overlapping or cut off."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from a11y import clipped, out_of_reading_order, tab_chain, unnamed
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _box(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def overlapping(root: QWidget) -> list[str]:
    """Visible widgets placed by the same layout whose boxes cross each other."""
    problems = []
    for holder in [root, *root.findChildren(QWidget)]:
        layout = holder.layout()
        if layout is None or not holder.isVisibleTo(root):
            continue
        placed = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isVisibleTo(root) and widget.width() > 0:
                placed.append(widget)
        for a, b in itertools.combinations(placed, 2):
            if a.geometry().intersected(b.geometry()).width() > 1 and (
                a.geometry().intersected(b.geometry()).height() > 1
            ):
                problems.append(f"{type(a).__name__} × {type(b).__name__} in {type(holder)}")
    return problems


@pytest.fixture
def window(right_to_left: None, window_in: WindowIn, journal: Journal, qtbot: QtBot) -> MainWindow:
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    journal.save_treatment(
        TreatmentDraft(
            client.id,
            datetime.now(UTC).replace(microsecond=0),
            (AreaDraft("cheeks", 1.0, 2, "erythema"),),
        )
    )
    w = window_in("en", "clinic")
    w.select_client(client.id)
    qtbot.waitUntil(lambda: w.timeline_model.rowCount() == 1)
    return w


def test_the_window_mirrors(window: MainWindow) -> None:
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The client list, left of the timeline in English, is on its right.
    assert _box(window.clients, window).left() > _box(window.middle, window).left()
    # The action bar reads from the right: its first action is the rightmost.
    buttons = [window.action_bar.widgetForAction(a) for a in window.action_bar.actions()]
    shown = [b for b in buttons if b is not None and b.isVisible()]
    assert len(shown) >= 2
    assert _box(shown[0], window).left() > _box(shown[1], window).left()


def test_nothing_overlaps_or_is_cut_off_right_to_left(window: MainWindow) -> None:
    assert overlapping(window) == []
    assert clipped(window.action_bar) == []
    assert clipped(window.details) == []
    assert unnamed(window) == []


@pytest.mark.parametrize("which", ["session", "skin check", "new client", "settings"])
def test_a_dialog_right_to_left_reads_from_the_right(
    window: MainWindow, qtbot: QtBot, which: str
) -> None:
    opener = window.opener
    open_it = {
        "session": opener.new_session,
        "skin check": opener.new_observation,
        "new client": opener.new_client,
        "settings": opener.guidance_settings,
    }[which]
    open_it()
    dialog = opener.current
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(10)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert overlapping(dialog) == []
    assert clipped(dialog) == []
    assert out_of_reading_order(dialog) == []
    # Within a row, Tab goes from right to left.
    side_by_side = 0
    for before, after in itertools.pairwise(tab_chain(dialog)):
        a, b = _box(before, dialog), _box(after, dialog)
        if a.center().y() == b.center().y() and not before.isAncestorOf(after):
            side_by_side += 1
            assert b.left() < a.left(), (type(before).__name__, type(after).__name__)
    assert side_by_side > 0  # the dialog has a row of two controls: the order was checked
    # Dates and times keep their order ("16:04", not "04:16"), as in the window's text.
    for field in dialog.findChildren(QDateTimeEdit):
        assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight, which
