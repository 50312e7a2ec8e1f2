"""An import's start spread over frames: what used to share one slot of the GUI thread.

Accepting the import dialog hid it, deleted its table (then of combo boxes, ~5 ms), opened the
progress dialog (its polish, layout and first paint) and re-ran the closed dialog's reading
order (~4 ms) all before the next timer beat: 18–33 ms with the workers' GIL waits. Each
part now has a turn of its own (the wall-clock check is tests/ui/test_gallery.py's timing test).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from test_gallery import make_photos, open_gallery, seed

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ImportResult
from needlejournal.ui import accessibility
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import GUI_SWITCH_INTERVAL_S, threads

MakeWindow = Callable[..., MainWindow]


def test_accepting_an_import_shows_progress_and_tears_down_the_dialog_on_later_turns(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 5, timeout=20_000)
    dialog = gallery.start_import(make_photos(tmp_path / "new", 3))
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.accept()
    progress = gallery.progress
    assert progress is not None  # the import has started…
    assert not progress.isVisible()  # …and its dialog waits for the next turn
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    assert shiboken6.isValid(dialog)  # not torn down in the frame that showed the progress
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5_000)  # but soon after
    qtbot.waitUntil(lambda: progress.outcome is not None, timeout=30_000)
    assert len(progress.outcome.imported) == 3  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 8, timeout=10_000)


@pytest.fixture
def form_dialog(qtbot: QtBot) -> Iterator[QDialog]:
    dialog = QDialog()
    form = QFormLayout(dialog)
    form.addRow("Name", QLineEdit(dialog))
    form.addRow("Notes", QLineEdit(dialog))
    dialog.keeper = accessibility.follow_reading_order(dialog)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    yield dialog


@pytest.fixture
def applied(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """Every window whose reading order is applied, in order (the real work still runs)."""
    seen: list[QWidget] = []
    real = accessibility.apply_reading_order

    def spy(root: QWidget) -> None:
        seen.append(root)
        real(root)

    monkeypatch.setattr(accessibility, "apply_reading_order", spy)
    return seen


# A relayout is reordered this long after it at the latest (the delay, and a margin).
SETTLE_MS = accessibility.REORDER_AFTER_MS + 100


def test_a_hidden_window_is_not_reordered_on_each_relayout(
    form_dialog: QDialog, qtbot: QtBot, applied: list[QWidget]
) -> None:
    form_dialog.show()
    qtbot.waitExposed(form_dialog)
    qtbot.wait(SETTLE_MS)  # the first show's own relayouts
    applied.clear()
    QCoreApplication.sendEvent(form_dialog, QEvent(QEvent.Type.LayoutRequest))
    qtbot.waitUntil(lambda: form_dialog in applied)  # shown: kept in order as it changes
    form_dialog.hide()
    applied.clear()
    QCoreApplication.sendEvent(form_dialog, QEvent(QEvent.Type.LayoutRequest))
    QCoreApplication.sendEvent(form_dialog, QResizeEvent(QSize(500, 300), form_dialog.size()))
    qtbot.wait(SETTLE_MS)  # past the moment a reorder would have run
    assert applied == []  # closed: nothing to read in order until it is shown again
    form_dialog.show()
    qtbot.waitUntil(lambda: form_dialog in applied)


def test_a_burst_of_relayouts_reorders_once_and_later(
    form_dialog: QDialog, qtbot: QtBot, applied: list[QWidget]
) -> None:
    """A running job's status lines relayout its window dozens of times (50 in a measuring
    run); each reordering of the photo viewer costs ~3 ms of the GUI thread. A burst is
    reordered once, and not in the turn that changed the layout."""
    form_dialog.show()
    qtbot.waitExposed(form_dialog)
    qtbot.wait(SETTLE_MS)  # the first show's own relayouts
    applied.clear()
    for _ in range(10):
        QCoreApplication.sendEvent(form_dialog, QEvent(QEvent.Type.LayoutRequest))
        QCoreApplication.processEvents()
    assert applied == []  # not in the turns that changed the layout
    qtbot.waitUntil(lambda: form_dialog in applied)
    qtbot.wait(SETTLE_MS)
    assert applied == [form_dialog]  # once for the burst
    QCoreApplication.sendEvent(form_dialog, QEvent(QEvent.Type.LayoutRequest))
    qtbot.waitUntil(lambda: len(applied) == 2)  # and again for a later change


def test_worker_threads_hand_the_gil_back_within_a_millisecond() -> None:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default
    try:
        threads()
        # A worker running Python keeps the GUI thread from running for at most this long.
        assert sys.getswitchinterval() <= GUI_SWITCH_INTERVAL_S <= 0.001
    finally:
        sys.setswitchinterval(before)


@pytest.mark.parametrize(("cores", "decoders"), [(2, 1), (3, 2), (8, 2)])
def test_the_windows_import_leaves_a_core_to_the_gui_thread(
    make_window: MakeWindow,
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cores: int,
    decoders: int,
) -> None:
    """Two decoders beside the GUI thread on two cores made its frames wait 15-17 ms (p99 over
    200 photos, issue 15); the window's import decodes on the cores it leaves."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)))
    asked: list[int] = []
    real = PhotoLibrary.import_files

    def import_files(self: PhotoLibrary, *args: Any, **kwargs: Any) -> ImportResult:
        asked.append(kwargs["threads"])
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PhotoLibrary, "import_files", import_files)
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    dialog = gallery.start_import(make_photos(tmp_path / "new", 3))
    assert dialog is not None
    dialog.accept()
    progress = gallery.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.outcome is not None, timeout=30_000)
    assert asked == [decoders]
    assert len(progress.outcome.imported) == 3  # type: ignore[union-attr]
