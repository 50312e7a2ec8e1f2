"""A large gallery is arranged on a worker, never on the GUI thread (issue 15: opening a client
with 10,000 photos stalled the window ~12 ms while its rows were filtered, grouped and indexed),
and an arrangement overtaken by a later change never replaces what that change shows."""

from __future__ import annotations

import threading
import time
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from needlejournal.db import models as m
from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft, PhotoRecord
from needlejournal.ui.gallery import model as model_module
from needlejournal.ui.gallery.arrangement import PhotoFilter, arrange
from needlejournal.ui.gallery.model import ARRANGE_OFF_THREAD_FROM, GalleryModel
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import Lane, Workers, threads
from needlejournal.ui.progress_header import ProgressHeader

START = datetime(2025, 3, 1, 9, tzinfo=UTC)
SESSIONS = {1: START + timedelta(days=30), 2: START + timedelta(days=60)}
MANY = ARRANGE_OFF_THREAD_FROM + 500


def photos(n: int) -> list[PhotoRecord]:
    """Photos in three views and two sessions (and none), taken in shuffled order."""
    return [
        PhotoRecord(
            id=i + 1,
            client_id=7,
            treatment_id=(1, 2, None)[i % 3],
            role=("before", "after", "progress")[i % 3],
            view=("front", "left45", "right45")[i % 5 % 3],
            taken_at=START + timedelta(minutes=(i * 7919) % n),
            sha256=f"{i:064x}",
            media_type="image/jpeg",
            width=4032,
            height=3024,
            bytes=3_000_000,
            original_name=f"IMG_{i:05}.jpg",
            capture={},
            landmarks=None,
            note="",
            version=1,
        )
        for i in range(n)
    ]


@pytest.fixture
def gallery(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A model with a real worker lane; ``arranged_on`` lists the threads that arranged."""
    lane = Lane(threads())
    model = GalleryModel(lane=lane)
    arranged_on: list[threading.Thread] = []

    def spy(*args: Any) -> Any:
        arranged_on.append(threading.current_thread())
        return arrange(*args)

    monkeypatch.setattr(model_module, "arrange", spy)
    yield model, arranged_on
    lane.wait()


def test_a_large_gallery_is_arranged_on_a_worker(gallery: Any, qtbot: QtBot) -> None:
    model, arranged_on = gallery
    shown = photos(MANY)
    model.set_photos(7, shown, SESSIONS)
    assert model.arranging and model.rowCount() == 0, "arranged on the GUI thread"
    qtbot.waitUntil(lambda: model.rowCount() == MANY)
    assert arranged_on and threading.main_thread() not in arranged_on
    expected = arrange(shown, SESSIONS, PhotoFilter())
    assert model.photos() == expected.rows
    assert model.sections() == expected.sections
    # Sessions newest first, oldest photo first inside one, progress photos last.
    assert [s.key for s in model.sections()] == [2, 1, None]
    first = model.sections()[0]
    taken = [p.taken_at for p in model.photos()[first.first : first.first + first.count]]
    assert taken == sorted(taken)


def test_a_small_gallery_is_arranged_at_once(gallery: Any) -> None:
    model, arranged_on = gallery
    model.set_photos(7, photos(30), SESSIONS)
    assert not model.arranging and model.rowCount() == 30
    assert arranged_on == [threading.main_thread()]


def test_a_filter_chosen_while_arranging_wins(gallery: Any, qtbot: QtBot) -> None:
    model, _ = gallery
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_photos(7, photos(MANY), SESSIONS)
    model.set_filter(view="left45")
    qtbot.waitUntil(lambda: not model.arranging)
    qtbot.wait(50)  # the first arrangement, overtaken, has arrived too by now: it was dropped
    assert model.rowCount() > 0
    assert {p.view for p in model.photos()} == {"left45"}
    assert resets[-1] == model.rowCount()
    assert MANY not in resets, "the unfiltered rows were shown after the filter was chosen"


def test_an_edit_while_arranging_is_in_the_rows_that_arrive(gallery: Any, qtbot: QtBot) -> None:
    model, _ = gallery
    shown = photos(MANY)
    model.set_photos(7, shown, SESSIONS)
    edited = replace(shown[5], note="redness gone by day 3", version=2)
    model.update_photo(edited)
    model.remove_photo(shown[6].id)
    qtbot.waitUntil(lambda: not model.arranging)
    qtbot.wait(50)
    assert model.rowCount() == MANY - 1
    assert model.photo_at(model.row_of(edited.id)) == edited
    assert model.row_of(shown[6].id) == -1


def test_another_client_chosen_while_arranging_is_not_overwritten(
    gallery: Any, qtbot: QtBot
) -> None:
    model, _ = gallery
    model.set_photos(7, photos(MANY), SESSIONS)
    model.set_photos(8, [], {})  # another client, no photos yet
    qtbot.wait(100)
    assert model.rowCount() == 0 and not model.arranging


def test_the_header_and_cards_wait_for_a_large_gallery_s_rows(
    qtbot: QtBot, journal: Journal, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refreshing the progress header and the cards is Python on the GUI thread: run beside the
    arranging worker, both took twice as long (an 18-22 ms frame at 10,000 photos). They are
    refreshed once the rows have arrived, from all of the client's photos. The app's lanes
    (threads), as the window runs them."""
    journal.set_mode("clinic")
    crowd = journal.save_client(ClientDraft("Crowd"))
    rows = [
        {f.name: getattr(p, f.name) for f in fields(p) if f.name not in ("id", "share_consent")}
        | {"client_id": crowd.id, "treatment_id": None}
        for p in photos(MANY)
    ]
    journal.run(lambda s: s.bulk_insert_mappings(m.Photo, rows))
    refreshed_while_arranging: list[bool] = []
    shown: list[MainWindow] = []
    real = ProgressHeader.update_from

    def spy(self: ProgressHeader, *args: Any) -> None:
        if shown:
            refreshed_while_arranging.append(shown[0].gallery.model.arranging)
        real(self, *args)

    def slow_arrange(*args: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            time.sleep(0.2)  # as 10,000 photos on a busy machine: the window's turns go on
        return arrange(*args)

    monkeypatch.setattr(ProgressHeader, "update_from", spy)
    monkeypatch.setattr(model_module, "arrange", slow_arrange)
    window = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat), Workers())
    qtbot.addWidget(window)
    window.show()
    window.attach_journal(journal)
    try:
        qtbot.waitUntil(lambda: window.gallery.isEnabled(), timeout=20_000)
        window.middle.setCurrentWidget(window.gallery)
        shown.append(window)
        window.clients.select_client(crowd.id)
        qtbot.waitUntil(lambda: window.gallery.model.rowCount() == MANY, timeout=20_000)
        qtbot.waitUntil(lambda: window.timeline_photos.settled, timeout=20_000)
        assert refreshed_while_arranging and not any(refreshed_while_arranging)
        glance = window.timeline_photos.header.current
        assert glance is not None and glance.first is not None
        assert glance.photos_of_view == sum(1 for p in photos(MANY) if p.view == glance.view)
    finally:
        window.close()
        window.workers.journal.wait()
