"""Every compare tool is one click away at any window width (no overflow "»"), in English and
German (the longest words): the tools wrap onto a second row instead."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from a11y import clipped
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from needlejournal.ui import language
from needlejournal.ui.compare.window import CompareWindow

Open = Callable[..., CompareWindow]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(params=["en", "de"])
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    language.install(qapp, request.param)
    yield request.param
    language.install(qapp, "en")


def _box(button: QToolButton, window: CompareWindow) -> QRect:
    return QRect(button.mapTo(window, button.rect().topLeft()), button.size())


@pytest.mark.parametrize("width", [820, 1100, 1440])
def test_every_tool_is_on_screen_without_an_overflow(
    open_window: Open, qtbot: QtBot, speaking: str, width: int
) -> None:
    window = open_window()
    window.resize(width, 760)
    qtbot.waitUntil(lambda: window.width() == width)
    qtbot.wait(20)
    assert window.findChild(QToolButton, "qt_toolbar_ext_button") is None
    buttons = window.toolbar.buttons()
    shown = {b.defaultAction() for b in buttons if b.isVisibleTo(window)}
    wanted = [
        *window.mode_actions.values(),
        window.sync_action,
        window.flicker_action,
        window.anchor_action,
        window.lighting_action,
        window.export_action,
        window.help_action,
    ]
    assert all(action in shown for action in wanted)
    assert len(shown) == 14  # 4 modes, sync, flicker, fit, anchors, align, light, 4 more
    for button in buttons:
        assert window.rect().contains(_box(button, window)), button.text()
    assert clipped(window.toolbar) == []
    boxes = [_box(b, window) for b in buttons]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert window.toolbar.rows() <= 2
    if width >= 1440:
        assert window.toolbar.rows() == 1


def test_date_labels_are_in_the_export_menu_and_keep_their_key(
    open_window: Open, qtbot: QtBot
) -> None:
    window = open_window()
    (export,) = [b for b in window.toolbar.buttons() if b.defaultAction() is window.export_action]
    menu = export.menu()
    assert menu is not None and window.labels_action in menu.actions()
    assert window.labels_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert (window.labels_on_export, window.labels_action.isChecked()) == (False, False)


def test_the_mode_keys_still_switch_and_check_their_button(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_3)
    assert window.mode == "overlay"
    (overlay,) = [
        b for b in window.toolbar.buttons() if b.defaultAction() is window.mode_actions["overlay"]
    ]
    assert overlay.isChecked()
