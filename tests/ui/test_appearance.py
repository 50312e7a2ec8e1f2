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
from needlejournal.ui.appearance import SYSTEM_DARK_KEY, settle_scheme
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


def test_the_first_paint_uses_the_systems_last_answer_and_the_answer_after_it_corrects_it(
    qtbot: QtBot, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Following the system, the window does not ask it before the first paint (asking builds
    PySide's whole Qt namespace, ~20 ms): it uses the answer remembered from the last start,
    and asks right after the paint (``settle_scheme``), which corrects and remembers it."""
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    monkeypatch.setattr(scheme, "follow_system_scheme", lambda _app: True)  # a dark desktop
    settle_scheme(settings)
    assert settings.value(SYSTEM_DARK_KEY, False, type=bool) is True
    monkeypatch.undo()

    window = MainWindow(settings, Workers(InlinePool()))  # the next start: before any paint
    qtbot.addWidget(window)
    assert _dark() and window.appearance.actions["system"].isChecked()

    settle_scheme(settings)  # the offscreen platform has no dark scheme: the style's again
    assert not _dark()
    assert settings.value(SYSTEM_DARK_KEY, True, type=bool) is False
    again = MainWindow(settings, Workers(InlinePool()))
    qtbot.addWidget(again)
    assert not _dark()


def test_a_chosen_scheme_is_not_replaced_by_the_systems_remembered_one(
    qtbot: QtBot, settings_path: Path
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue(SYSTEM_DARK_KEY, True)
    settings.setValue("ui/color_scheme", "light")
    window = MainWindow(settings, Workers(InlinePool()))
    qtbot.addWidget(window)
    assert not _dark() and window.appearance.actions["light"].isChecked()
    settle_scheme(settings)
    assert not _dark()
