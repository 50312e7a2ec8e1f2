"""Fixtures for the language tests: a window language switched for one test, then back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from needlejournal.ui import language


@pytest.fixture
def speak(qtbot: QtBot, qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """``speak("de")`` installs that language's catalogues as start-up would; English after."""

    def install(choice: str) -> str:
        return language.install(qapp, choice)

    yield install
    language.install(qapp, "en")
