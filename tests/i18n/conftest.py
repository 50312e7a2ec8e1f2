"""Fixtures for the language tests: a window language switched for one test, then back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import Mode
from needlejournal.paths import resolve
from needlejournal.ui import language
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers


@pytest.fixture
def speak(qtbot: QtBot, qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """``speak("de")`` installs that language's catalogues as start-up would; English after."""

    def install(choice: str) -> str:
        return language.install(qapp, choice)

    yield install
    language.install(qapp, "en")


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal.open(resolve(tmp_path / "data"))
    yield j
    j.close()


@pytest.fixture
def window_in(
    qtbot: QtBot, journal: Journal, tmp_path: Path, speak: Callable[[str], str]
) -> Callable[..., MainWindow]:
    """``window_in("de")``: the main window built after start-up installed that language."""

    def make(choice: str, mode: Mode = "personal") -> MainWindow:
        speak(choice)
        journal.set_mode(mode)
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Workers(InlinePool()))
        qtbot.addWidget(window)
        window.resize(1200, 760)
        window.show()
        window.attach_journal(journal)
        return window

    return make
