"""Every worker error reaches the user the same way: the window's error dialog (bug 9).

Gallery failures used to reach only the status bar, where the next message overwrote them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_gallery import open_gallery, seed

from needlejournal.journal.api import Journal
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def shown_error(window: MainWindow) -> QMessageBox:
    box = window.last_error
    assert box is not None
    return box


def test_a_failing_gallery_job_shows_the_error_dialog(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    client, photos = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    qtbot.waitUntil(lambda: gallery.model.rowCount() == len(photos))
    journal_photo = photos[0]
    from needlejournal.journal.photos import PhotoLibrary

    PhotoLibrary(journal).delete(journal_photo.id)  # another seat deleted it meanwhile
    assert window.last_error is None
    gallery.controller.delete([journal_photo.id])  # this window still shows it
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=5000)
    box = shown_error(window)
    assert box.isVisible() and "photo" in box.text().lower()
    window.status.setText("Saved.")  # the next status message no longer hides the error
    assert box.isVisible()


def test_an_error_on_any_lane_reaches_the_same_dialog(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()

    def fail() -> None:
        raise OSError("the photo folder went away")

    window.workers.lane().run(fail)  # an image or import lane, not the journal's
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=5000)
    assert shown_error(window).text() == "Something went wrong: the photo folder went away"
