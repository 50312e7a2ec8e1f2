"""Fixtures for the window tests: a real journal on disk, a temp QSettings, an inline runner."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import Mode
from needlejournal.paths import resolve
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal.open(resolve(tmp_path / "data"))
    yield j
    j.close()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "ui-settings.ini"


@pytest.fixture
def make_window(qtbot: QtBot, journal: Journal, settings_path: Path) -> Callable[..., MainWindow]:
    """A window on the test journal; tasks run inline so each call has finished on return."""

    def make(mode: Mode | None = "clinic", *, attach: bool = True) -> MainWindow:
        if mode is not None:
            journal.set_mode(mode)
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(settings, Workers(InlinePool()))
        qtbot.addWidget(window)
        window.resize(1200, 760)
        window.show()
        if attach:
            window.attach_journal(journal)
        return window

    return make


@pytest.fixture
def confirm_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation; records the questions asked."""
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_a: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
