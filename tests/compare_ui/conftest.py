"""Fixtures for the compare window: a real journal with generated photos, inline workers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
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
def open_window(qtbot: QtBot, pair: Pair) -> Callable[..., CompareWindow]:
    """A compare window on the pair; image and journal work run inline (done on return)."""

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
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts fire only in the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        return window

    return make
