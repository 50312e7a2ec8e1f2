"""Timeline cards show their session's photos: thumbnails off the GUI thread, a click opens the
viewer, two chosen open Compare, and the cards follow photos added, edited and deleted."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import client_with_history
from PIL import Image
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import (
    ClientRecord,
    PhotoDraft,
    PhotoEdit,
    PhotoRecord,
    TreatmentRecord,
)
from needlejournal.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
RED, GREEN, BLUE, YELLOW = (210, 30, 30), (30, 190, 40), (40, 40, 210), (220, 200, 20)


def plain_photo(path: Path, colour: tuple[int, int, int]) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), colour).save(buf, "JPEG", quality=95)
    path.write_bytes(buf.getvalue())
    return path


def sessions(journal: Journal, client: ClientRecord) -> list[TreatmentRecord]:
    """Oldest first."""
    return [e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)]


def seed(journal: Journal, tmp: Path) -> tuple[ClientRecord, dict[str, PhotoRecord]]:
    """Before (red) and after (green) in the older session; after (blue) in the newer one."""
    client = client_with_history(journal)
    older, newer = sessions(journal, client)
    lib = PhotoLibrary(journal)
    made = {}
    for name, colour, role, sid in (
        ("after-old", GREEN, "after", older.id),
        ("before-old", RED, "before", older.id),
        ("after-new", BLUE, "after", newer.id),
    ):
        path = plain_photo(tmp / f"{name}.jpg", colour)
        made[name] = lib.get(lib.import_one(path, PhotoDraft(client.id, role, "front", sid)).id)
    return client, made


def open_timeline(window: MainWindow, qtbot: QtBot, client: ClientRecord) -> None:
    window.clients.select_client(client.id)
    qtbot.waitUntil(lambda: window.gallery.controller.library is not None)
    window.gallery.reload()
    window.middle.setCurrentWidget(window.timeline)
    loader = window.timeline_photos.loader
    window.timeline.view.viewport().repaint()  # paint asks for the thumbnails
    qtbot.waitUntil(lambda: loader.idle() and loader.cached_count() >= 1, timeout=10_000)
    window.timeline.view.viewport().repaint()


def tiles_of(window: MainWindow, session: TreatmentRecord) -> list[tuple[int, QRectF]]:
    return window.timeline.delegate.tiles.get(("treatment", session.id), [])


def tile_centre(
    window: MainWindow, qtbot: QtBot, session: TreatmentRecord, photo_id: int
) -> QPoint:
    """Scrolls the card into view, lets its thumbnails arrive, returns the tile's centre."""
    view = window.timeline.view
    index = view.model().index(window.timeline_model.row_of("treatment", session.id), 0)
    view.scrollTo(index)
    view.viewport().repaint()
    loader = window.timeline_photos.loader
    qtbot.waitUntil(loader.idle, timeout=10_000)
    view.viewport().repaint()
    rect = dict(tiles_of(window, session))[photo_id]
    return view.visualRect(index).topLeft() + rect.center().toPoint()


def colour_at(window: MainWindow, point: QPoint) -> QColor:
    return window.timeline.view.viewport().grab().toImage().pixelColor(point)


def near(c: QColor, rgb: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip((c.red(), c.green(), c.blue()), rgb, strict=True))


def test_session_cards_show_their_photos_befores_first(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, photos = seed(journal, tmp_path)
    window = make_window()
    open_timeline(window, qtbot, client)
    older, newer = sessions(journal, client)
    model = window.timeline_model
    assert [p.id for p in model.photos_of(older.id)] == [
        photos["before-old"].id,
        photos["after-old"].id,
    ]
    assert [t[0] for t in tiles_of(window, newer)] == [photos["after-new"].id]
    # The thumbnails are painted, not placeholders: each tile shows its photo's colour.
    assert near(colour_at(window, tile_centre(window, qtbot, newer, photos["after-new"].id)), BLUE)
    assert near(colour_at(window, tile_centre(window, qtbot, older, photos["before-old"].id)), RED)
    assert near(colour_at(window, tile_centre(window, qtbot, older, photos["after-old"].id)), GREEN)
    # A card with photos is taller than the same card without them.
    view = window.timeline.view
    row = model.row_of("treatment", newer.id)
    with_photos = view.sizeHintForIndex(model.index(row)).height()
    model.set_photos([])
    assert view.sizeHintForIndex(model.index(row)).height() < with_photos


def test_a_click_opens_the_viewer_and_two_chosen_open_compare(
    make_window: MakeWindow,
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import needlejournal.ui.compare as compare

    client, photos = seed(journal, tmp_path)
    window = make_window()
    open_timeline(window, qtbot, client)
    older, newer = sessions(journal, client)
    viewport = window.timeline.view.viewport()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        pos=tile_centre(window, qtbot, older, photos["after-old"].id),
    )
    viewer = window.gallery.viewer
    assert viewer is not None and viewer.isVisible()
    current = viewer.current()
    assert current is not None and current.id == photos["after-old"].id
    viewer.close()
    qtbot.waitUntil(lambda: window.gallery.viewer is None)  # deleted on close
    opened: list[list[int]] = []
    monkeypatch.setattr(
        compare, "open_compare", lambda _p, _l, _c, ids, **_k: opened.append(list(ids))
    )
    bar = window.timeline.chosen_bar
    assert not bar.isVisible()
    ctrl = Qt.KeyboardModifier.ControlModifier
    point = tile_centre(window, qtbot, older, photos["before-old"].id)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, ctrl, point)
    assert bar.isVisible() and not bar.compare_button.isEnabled()
    point = tile_centre(window, qtbot, newer, photos["after-new"].id)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, ctrl, point)
    assert bar.compare_button.isEnabled()
    assert window.gallery.viewer is None  # choosing is not opening
    bar.compare_button.click()
    assert opened == [[photos["before-old"].id, photos["after-new"].id]]
    bar.clear_button.click()
    assert not bar.isVisible() and window.timeline.chosen_photos() == []


def test_cards_follow_photos_added_moved_and_deleted(
    make_window: MakeWindow,
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    confirm_yes: list[str],
) -> None:
    client, photos = seed(journal, tmp_path)
    window = make_window()
    open_timeline(window, qtbot, client)
    older, newer = sessions(journal, client)
    gallery, model = window.gallery, window.timeline_model
    # Added to the newer session from the Photos tab.
    dialog = gallery.start_import([plain_photo(tmp_path / "new.jpg", YELLOW)], newer.id)
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData("before"))
    dialog.accept()
    qtbot.waitUntil(lambda: len(model.photos_of(newer.id)) == 2, timeout=20_000)
    assert [p.role for p in model.photos_of(newer.id)] == ["before", "after"]
    # Moved to the older session by an edit.
    moved = photos["after-new"]
    gallery.controller.update(replace(PhotoEdit.of(moved), treatment_id=older.id))
    qtbot.waitUntil(lambda: window.timeline_photos.settled)  # the cards follow a turn later
    assert moved.id in [p.id for p in model.photos_of(older.id)]
    assert moved.id not in [p.id for p in model.photos_of(newer.id)]
    # A chosen photo that is deleted is chosen no more; its tile goes.
    ctrl = Qt.KeyboardModifier.ControlModifier
    viewport = window.timeline.view.viewport()
    point = tile_centre(window, qtbot, older, photos["before-old"].id)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, ctrl, point)
    assert window.timeline.chosen_photos() == [photos["before-old"].id]
    gallery.confirm_delete([photos["before-old"]])
    qtbot.waitUntil(lambda: window.timeline_photos.settled)
    assert photos["before-old"].id not in [p.id for p in model.photos_of(older.id)]
    assert window.timeline.chosen_photos() == []
    assert not window.timeline.chosen_bar.isVisible()
    viewport.repaint()
    assert photos["before-old"].id not in [t[0] for t in tiles_of(window, older)]
