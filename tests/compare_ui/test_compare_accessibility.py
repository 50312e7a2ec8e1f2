"""The compare window (toolbar, every mode, its sliders), the time-lapse dialog and the photo
viewer, as a screen reader and a keyboard user meet them (issue 14): every control has a name
Orca/NVDA would hear, Tab reaches each in reading order, and at 1.5× the system font no label
or button is cut off. Same checks as tests/i18n/test_accessibility.py for the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from a11y import clipped, out_of_reading_order, tab_chain, unnamed, unreachable
from face_photos import Pair
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from needlejournal.photos.comparison import MODES
from needlejournal.ui.accessibility import reading_order
from needlejournal.ui.compare.window import CompareWindow
from needlejournal.ui.gallery.viewer import PhotoViewer
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers

Open = Callable[..., CompareWindow]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _none(problems: list[str]) -> None:
    assert not problems, "\n".join(problems)


def _in_mode(window: CompareWindow, qtbot: QtBot, mode: str) -> CompareWindow:
    window.mode_actions[mode].trigger()
    qtbot.wait(10)
    assert window.mode == mode
    return window


@pytest.mark.parametrize("mode", MODES)
def test_every_compare_control_has_a_name_in_every_mode(
    open_window: Open, qtbot: QtBot, mode: str
) -> None:
    window = _in_mode(open_window(), qtbot, mode)
    _none(unnamed(window))
    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.isVisibleTo(window)]
    assert len(buttons) >= len(MODES) + 6  # the toolbar itself was checked, not skipped


def test_the_overlay_slider_is_named_and_reachable(open_window: Open, qtbot: QtBot) -> None:
    window = _in_mode(open_window(), qtbot, "overlay")
    assert window.opacity.isVisibleTo(window)
    assert window.opacity.accessibleName() or window.opacity_label.buddy() is window.opacity
    assert window.opacity in tab_chain(window)


@pytest.mark.parametrize("mode", MODES)
def test_tab_reaches_every_compare_control_in_reading_order(
    open_window: Open, qtbot: QtBot, mode: str
) -> None:
    window = _in_mode(open_window(), qtbot, mode)
    _none(unreachable(window))
    _none(out_of_reading_order(window))


@pytest.mark.parametrize("mode", MODES)
def test_no_compare_text_is_cut_off_at_one_and_a_half_times_the_font(
    open_window: Open, qtbot: QtBot, large_font: float, mode: str
) -> None:
    window = _in_mode(open_window(), qtbot, mode)
    assert window.font().pointSizeF() == pytest.approx(large_font)
    _none(clipped(window))


def _timelapse(window: CompareWindow, qtbot: QtBot) -> QWidget:
    window.open_timelapse()
    dialog = window.timelapse
    qtbot.waitExposed(dialog)
    return dialog


def test_the_timelapse_dialog_is_named_reachable_and_unclipped(
    open_window: Open, qtbot: QtBot
) -> None:
    dialog = _timelapse(open_window(), qtbot)
    _none(unnamed(dialog))
    _none(unreachable(dialog))
    _none(out_of_reading_order(dialog))


def test_the_timelapse_dialog_at_one_and_a_half_times_the_font(
    open_window: Open, qtbot: QtBot, large_font: float
) -> None:
    dialog = _timelapse(open_window(), qtbot)
    _none(clipped(dialog))


@pytest.fixture
def viewer(qtbot: QtBot, pair: Pair, tmp_path: Path) -> PhotoViewer:
    """The photo viewer on the pair's first photo, opened from the main window's gallery."""
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, Workers(InlinePool()))
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.attach_journal(pair.journal)
    window.select_client(pair.client_id)
    window.middle.setCurrentWidget(window.gallery)
    gallery = window.gallery
    qtbot.waitUntil(lambda: gallery.model.rowCount() > 0)
    opened = gallery.open_viewer(gallery.model.index(0))
    assert opened is not None
    qtbot.waitExposed(opened)
    return opened


@pytest.mark.parametrize("tab", ["details", "metrics"])
def test_the_photo_viewer_is_named_reachable_and_in_reading_order(
    viewer: PhotoViewer, qtbot: QtBot, tab: str
) -> None:
    viewer.side.setCurrentWidget(getattr(viewer, tab))
    qtbot.wait(10)
    _none(unnamed(viewer))
    _none(unreachable(viewer))
    # The photo holds the focus when the viewer opens (arrow keys step through the photos);
    # the ring Tab goes round is read from the first tool at the top left.
    next(w for w in reading_order(viewer) if w.isEnabled()).setFocus()
    _none(out_of_reading_order(viewer))


def test_the_photo_viewer_at_one_and_a_half_times_the_font(
    viewer: PhotoViewer, qtbot: QtBot, large_font: float
) -> None:
    qtbot.wait(10)
    _none(clipped(viewer))
