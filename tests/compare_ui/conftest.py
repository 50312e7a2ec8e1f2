"""Fixtures for the compare window: a real journal with generated photos, inline workers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from face_photos import Pair, journal_with_pair
from pytestqt.qtbot import QtBot

from needlejournal.ui.compare import open_compare
from needlejournal.ui.compare.window import CompareWindow
from needlejournal.ui.ops import Workers


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = journal_with_pair(tmp_path)
    yield made
    made.journal.close()


@pytest.fixture
def open_window(qtbot: QtBot, pair: Pair) -> Iterator[Callable[..., CompareWindow]]:
    """A compare window on the pair; image and journal work run inline (done on return).

    The window deletes itself when closed, so it is not handed to ``qtbot.addWidget`` (whose
    teardown would close a window a test already closed, when its wrapper outlives it): the
    fixture closes the ones still alive.
    """
    opened: list[CompareWindow] = []

    def make(ids: list[int] | None = None) -> CompareWindow:
        window = open_compare(
            None,
            pair.library,
            pair.client_id,
            [pair.a_id, pair.b_id] if ids is None else ids,
            client_name="Ines Moreau",
            workers=Workers.inline(),
            show=False,
        )
        opened.append(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts fire only in the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        return window

    yield make
    for window in opened:
        if shiboken6.isValid(window):
            window.close()
