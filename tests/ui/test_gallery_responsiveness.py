"""What keeps the GUI thread free while photos pour in: throttled progress, workers that start
after the paint that asked, thumbnails rounded off the GUI thread, a placeholder drawn once."""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from needlejournal.journal.records import ImportResult, PhotoRecord
from needlejournal.ui.gallery.delegate import THUMB, PhotoDelegate
from needlejournal.ui.gallery.import_dialog import PROGRESS_INTERVAL_S, ImportProgressDialog
from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader, round_corners
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.memory import freeze_long_lived
from needlejournal.ui.ops import Lane, Op, OpContext, threads
from needlejournal.ui.scheme import dark_palette, light_palette


def record(i: int) -> PhotoRecord:
    when = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(hours=i)
    return PhotoRecord(
        i, 1, None, "progress", "front", when, f"{i:064x}", "image/jpeg", 64, 48, 1000,
        f"IMG_{i}.jpg", {}, None, "", 1,
    )  # fmt: skip


def test_import_progress_is_shown_at_most_about_30_times_a_second(qtbot: QtBot) -> None:
    burst_sent, finish = threading.Event(), threading.Event()

    def work(context: OpContext) -> ImportResult:
        for done in range(1, 101):  # a burst, as when small files import quickly
            context.progress(done, 100)
        burst_sent.set()
        finish.wait(10)
        return ImportResult((), ())

    lane = Lane(threads())
    job = Op(work)
    dialog = ImportProgressDialog(job, 100, "Amelia Hart")
    qtbot.addWidget(dialog)
    shown: list[int] = []
    dialog.bar.valueChanged.connect(shown.append)
    job.run_in(lane)
    assert burst_sent.wait(5)
    qtbot.waitUntil(lambda: bool(shown))  # the whole burst is delivered in one pass
    assert shown == [1]  # the first at once, the rest wait for the next slot
    qtbot.wait(round(PROGRESS_INTERVAL_S * 1000) + 40)
    assert shown == [1, 100]  # then the latest wins
    assert dialog.label.text() == "Importing 100 of 100…"
    finish.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    assert dialog.label.text() == "Import finished."


def test_thumbnail_workers_asked_from_a_paint_start_after_it(qtbot: QtBot) -> None:
    loader = ThumbnailLoader(size=32, radius=4)

    def decode(photo: PhotoRecord, size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_RGB888)
        image.fill(QColor("red"))
        return image

    loader.set_decoder(decode)
    photos = [record(i) for i in range(3)]
    for p in photos:  # as a paint does, tile by tile
        loader.request(p, painting=True)
    assert loader.pending_count() == 3  # nothing competes with the paint that asked
    qtbot.waitUntil(lambda: loader.cached_count() == 3, timeout=5_000)
    loader.request(record(7))  # not from a paint: a worker takes it without the event loop
    deadline = time.monotonic() + 2
    while loader.pending_count() and time.monotonic() < deadline:
        time.sleep(0.001)
    assert loader.pending_count() == 0
    pixmap = loader.pixmap(photos[0])
    assert pixmap is not None
    image = pixmap.toImage()
    assert image.pixelColor(QPoint(0, 0)).alpha() == 0  # corners rounded on the worker
    assert image.pixelColor(QPoint(16, 16)) == QColor("red")
    loader.wait()


def test_round_corners_keeps_the_size_and_the_middle() -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB888)
    image.fill(QColor("blue"))
    out = round_corners(image, 6)
    assert out.size() == image.size() and out.hasAlphaChannel()
    assert out.pixelColor(QPoint(0, 29)).alpha() == 0
    assert out.pixelColor(QPoint(20, 15)) == QColor("blue")


def test_the_placeholder_is_drawn_once_per_palette(qtbot: QtBot) -> None:
    loader = ThumbnailLoader(size=THUMB)
    delegate = PhotoDelegate(loader)
    light, dark = light_palette(), dark_palette()
    first = delegate.placeholder_pixmap(light, broken=False, dpr=1.0)
    assert delegate.placeholder_pixmap(QPalette(light), broken=False, dpr=1.0) is first
    assert delegate.placeholder_pixmap(light, broken=True, dpr=1.0) is not first
    other = delegate.placeholder_pixmap(dark, broken=False, dpr=1.0)
    assert other is not first and other.width() == THUMB
    # Painted in the palette's colours: the dark one is darker in the middle.
    mid = QPoint(THUMB // 2, THUMB // 4)
    assert other.toImage().pixelColor(mid).lightness() < first.toImage().pixelColor(mid).lightness()
    assert first.toImage().pixelColor(mid).alpha() > 0


def test_objects_alive_after_start_up_are_frozen_out_of_full_collections(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()  # the journal's first snapshot has arrived
    assert window.controller is not None
    assert gc.get_freeze_count() > 10_000  # modules, classes, the panels…
    assert freeze_long_lived() is False  # once per process


def test_thumbnail_decoders_leave_a_core_to_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two decoders beside the GUI thread on two cores made paging's longest frame 19-21 ms
    (issue 15); one core is the painting thread's, whatever the machine."""
    cores = len(os.sched_getaffinity(0))
    assert ThumbnailLoader(size=32).threads == max(1, min(2, cores - 1))
    for available, expected in ((1, 1), (2, 1), (3, 2), (16, 2)):
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid, n=available: set(range(n)))
        loader = ThumbnailLoader(size=32)
        assert loader.threads == expected
        assert loader._pool.maxThreadCount() == expected


def test_a_running_import_offers_cancel_not_close(qtbot: QtBot) -> None:
    """Both buttons showed while photos were importing (the button box shows what it is
    given), and Escape then closed the dialog instead of cancelling."""
    finish = threading.Event()
    lane = Lane(threads())
    job = Op(lambda _context: (finish.wait(10), ImportResult((), ()))[1])
    dialog = ImportProgressDialog(job, 3, "Amelia Hart")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    job.run_in(lane)
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isVisible()
    dialog.reject()  # Escape
    assert dialog.isVisible() and job.cancelled  # cancelled, still showing what happens
    finish.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
