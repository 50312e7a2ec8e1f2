"""A narrow window (800×560) hides the details panel instead of squeezing the client list;
1024×700 keeps all three (issue 9)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers

MakeWindow = Callable[..., MainWindow]


def _sized(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)


def test_narrow_window_keeps_the_client_list_readable(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    for name in ("Olivia Ito", "Bea Klein"):
        journal.save_client(ClientDraft(name))
    window = make_window("clinic")
    _sized(qtbot, window, 800, 560)
    assert window.clients.width() >= 170  # was 89 px, the names cut off
    assert not window.details.isVisible()  # stepped aside: the cards say the same
    assert window.middle.width() >= 400
    _sized(qtbot, window, 1024, 700)
    assert window.details.isVisible()
    assert window.clients.width() >= 180 and window.details.width() >= 200
    assert window.middle.width() >= 450


def test_a_narrow_session_does_not_lose_the_details_panel_for_the_next(
    qtbot: QtBot, make_window: MakeWindow, settings_path: Path
) -> None:
    window = make_window("personal")
    _sized(qtbot, window, 800, 560)
    window.save_state()
    window.close()
    again = MainWindow(
        QSettings(str(settings_path), QSettings.Format.IniFormat), Workers(InlinePool())
    )
    qtbot.addWidget(again)
    again.show()
    _sized(qtbot, again, 1240, 780)
    assert again.details.isVisible() and again.details.width() >= 200
