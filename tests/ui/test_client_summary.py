"""Bug 2: renaming a client must keep its session count and last session in the list."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import client_with_history
from PySide6.QtCore import Qt

from needlejournal.journal.api import Journal
from needlejournal.ui.client_list import ClientListModel
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def subtitle_of(window: MainWindow, client_id: int) -> str:
    model = window.client_model
    text = model.data(model.index(model.row_of(client_id)), ClientListModel.SubtitleRole)
    assert isinstance(text, str)
    return text


def test_renaming_a_client_keeps_its_session_count_in_the_list(
    qtbot: object, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    client = client_with_history(journal)  # two sessions, one skin check
    window = make_window("clinic")
    window.clients.select_client(client.id)
    before = subtitle_of(window, client.id)
    assert before.startswith("2 sessions · last ")

    dialog = window.opener.edit_client()
    assert dialog is not None
    dialog.name.setText("Amelia Hart-Jones")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    assert not dialog.isVisible()
    row = window.client_model.index(window.client_model.row_of(client.id))
    assert row.data() == "Amelia Hart-Jones"
    assert subtitle_of(window, client.id) == before
    assert before in window.timeline.subtitle.text()  # the header above the timeline too
