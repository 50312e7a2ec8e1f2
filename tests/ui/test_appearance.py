"""View → Colours: System, Light or Dark chosen in the app and remembered (issue 9)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from needlejournal.ui import scheme
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers

MakeWindow = Callable[..., MainWindow]


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@pytest.fixture(autouse=True)
def _back_to_system() -> Iterator[None]:
    yield
    scheme.choose_scheme(_app(), "system")  # the application is shared by every test


def _dark() -> bool:
    return scheme.is_dark(_app().palette())


def test_dark_and_light_are_chosen_from_the_view_menu_and_remembered(
    qtbot: QtBot, make_window: MakeWindow, settings_path: Path
) -> None:
    window = make_window("personal")
    labels = [a.text() for a in window.view_menu.actions()]
    assert labels[:3] == ["Colours as the &system", "&Light", "&Dark"]
    assert window.appearance.actions["system"].isChecked()
    window.appearance.actions["dark"].trigger()
    assert _dark() and window.appearance.actions["dark"].isChecked()
    assert not window.appearance.actions["system"].isChecked()
    window.close()
    # The next window (next start) opens dark before its first paint.
    scheme.choose_scheme(_app(), "system")
    assert not _dark()
    again = MainWindow(
        QSettings(str(settings_path), QSettings.Format.IniFormat), Workers(InlinePool())
    )
    qtbot.addWidget(again)
    assert _dark() and again.appearance.actions["dark"].isChecked()
    text = _app().palette().color(QPalette.ColorRole.Text)
    assert text.lightness() > 128  # light text on the dark palette
    again.appearance.actions["light"].trigger()
    assert not _dark()
    assert (
        QSettings(str(settings_path), QSettings.Format.IniFormat).value("ui/color_scheme")
        == "light"
    )


def test_a_chosen_scheme_holds_when_the_system_changes(make_window: MakeWindow) -> None:
    window = make_window("personal")
    window.appearance.actions["dark"].trigger()
    scheme.follow_system_scheme(_app())  # what a system scheme change calls
    assert _dark()
    window.appearance.actions["system"].trigger()
    assert not _dark()  # the offscreen platform has no dark scheme: the style's palette again
    assert _app().styleHints().colorScheme() != Qt.ColorScheme.Dark
