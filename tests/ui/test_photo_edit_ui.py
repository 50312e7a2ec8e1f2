"""Bug 5 in the window: the photo viewer saves its details on the version it loaded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_gallery import open_gallery, seed

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoEdit
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_viewer_refuses_to_overwrite_a_note_changed_at_another_seat(
    make_window: Callable[..., MainWindow], qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    viewer = gallery.open_viewer(gallery.model.index(0))
    assert viewer is not None
    shown = viewer.current()
    assert shown is not None
    details = viewer.details

    details.note.setPlainText("window light")
    details.save_button.click()
    assert details.problems.text() == "Saved."
    saved = PhotoLibrary(journal).get(shown.id)
    assert saved.note == "window light" and saved.version == shown.version + 1

    other_seat = Journal.open(journal.paths)
    try:
        library = PhotoLibrary(other_seat)
        library.update(replace(PhotoEdit.of(library.get(shown.id)), note="ring light, desk 2"))
    finally:
        other_seat.close()

    details.note.setPlainText("window light, no flash")  # typed over the now stale copy
    details.save_button.click()
    assert "changed elsewhere" in details.problems.text()
    assert PhotoLibrary(journal).get(shown.id).note == "ring light, desk 2"


def test_the_sharing_flag_is_set_in_the_photo_details(
    make_window: Callable[..., MainWindow], qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    """Issue 11: per-photo sharing consent, "as the client's marketing consent" by default."""
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    viewer = gallery.open_viewer(gallery.model.index(0))
    assert viewer is not None
    shown = viewer.current()
    assert shown is not None and shown.share_consent is None
    details = viewer.details
    assert details.sharing.currentData() is None
    details.sharing.setCurrentIndex(details.sharing.findData(False))
    details.save_button.click()
    assert details.problems.text() == "Saved."
    assert PhotoLibrary(journal).get(shown.id).share_consent is False
    details.sharing.setCurrentIndex(details.sharing.findData(True))
    details.save_button.click()
    assert PhotoLibrary(journal).get(shown.id).share_consent is True
