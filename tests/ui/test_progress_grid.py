"""The Photos tab as a progress grid: views in rows, dates in columns, filling the width and
reflowing on resize; two chosen → compare; the session grouping stays as the second layout."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import client_with_history
from PIL import Image
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, ClientRecord, PhotoDraft, PhotoRecord
from needlejournal.ui.gallery.grid_parts import DateSpan, Slot, date_label, date_spans
from needlejournal.ui.gallery.panel import GalleryPanel
from needlejournal.ui.gallery.progress_grid import LABEL_WIDTH, MARGIN, ProgressGridView
from needlejournal.ui.local_dates import format_date
from needlejournal.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
VIEWS = ("front", "left45", "right45", "closeup")


def photo_file(path: Path, shade: int, when: datetime) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), (shade, 120, 255 - shade)).save(buf, "JPEG", quality=90)
    path.write_bytes(buf.getvalue())
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def seed(
    journal: Journal,
    tmp: Path,
    days: int,
    views: tuple[str, ...] = VIEWS,
    client: ClientRecord | None = None,
) -> tuple[ClientRecord, dict[tuple[int, str], PhotoRecord]]:
    """One progress photo per view per day, ``days`` days a week apart (oldest first)."""
    client = client or client_with_history(journal)
    lib = PhotoLibrary(journal)
    start = datetime.now(UTC).replace(hour=12) - timedelta(days=7 * days)
    made = {}
    tmp.mkdir(parents=True, exist_ok=True)
    for d in range(days):
        for v, view in enumerate(views):
            shade = (d * 37 + v * 61) % 250
            path = photo_file(tmp / f"{d}-{view}.jpg", shade, start + timedelta(days=7 * d))
            imported = lib.import_one(path, PhotoDraft(client.id, "progress", view))
            made[(d, view)] = lib.get(imported.id)
    return client, made


def open_grid(window: MainWindow, qtbot: QtBot, client: ClientRecord, n: int) -> GalleryPanel:
    window.middle.setCurrentWidget(window.gallery)
    window.clients.select_client(client.id)
    gallery = window.gallery
    qtbot.waitUntil(lambda: gallery.model.rowCount() == n, timeout=10_000)
    assert gallery.layouts.current_view() is gallery.layouts.grid  # the default layout
    return gallery


def rect_of(grid: ProgressGridView, photo: PhotoRecord) -> tuple[int, int]:
    r = grid.visualRect(grid.gallery.index(grid.gallery.row_of(photo.id)))
    return r.left(), r.top()


def test_views_are_rows_and_dates_are_columns(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, made = seed(journal, tmp_path / "in", days=3)
    window = make_window()
    gallery = open_grid(window, qtbot, client, 12)
    grid = gallery.layouts.grid
    QAbstractItemModelTester(gallery.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert grid.views == list(VIEWS)
    for d in range(3):
        xs = {rect_of(grid, made[(d, v)])[0] for v in VIEWS}
        assert len(xs) == 1, f"day {d}'s photos are not in one column: {xs}"
    for v in VIEWS:
        ys = {rect_of(grid, made[(d, v)])[1] for d in range(3)}
        assert len(ys) == 1, f"{v} photos are not in one row: {ys}"
    lefts = [rect_of(grid, made[(d, "front")])[0] for d in range(3)]
    assert lefts == sorted(lefts) and len(set(lefts)) == 3  # oldest on the left
    tops = [rect_of(grid, made[(0, v)])[1] for v in VIEWS]
    assert tops == sorted(tops) and len(set(tops)) == 4  # front, left 45°, right 45°, close-up
    position = grid.position_of(grid.gallery.row_of(made[(1, "right45")].id))
    assert position is not None and position[0] == "right45"
    # What is under a cell is its photo.
    x, y = rect_of(grid, made[(2, "left45")])
    hit = grid.indexAt(QPoint(x + 20, y + 20))
    assert hit.data(gallery.model.IdRole) == made[(2, "left45")].id


def test_columns_fill_the_width_and_reflow_on_resize(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, made = seed(journal, tmp_path / "in", days=14, views=("front", "left45"))
    window = make_window()
    window.resize(1800, 900)
    window.splitter.setSizes([200, 1400, 200])
    gallery = open_grid(window, qtbot, client, 28)
    grid = gallery.layouts.grid

    def check_fills() -> None:
        room = grid.viewport().width() - 2 * MARGIN - LABEL_WIDTH
        used = grid.columns() * grid.cell_w
        assert room - grid.columns() < used <= room, (room, used)

    wide_cols, wide_bands = grid.columns(), len(grid.bands)
    check_fills()
    assert wide_cols >= 4
    window.resize(820, 600)
    qtbot.waitUntil(lambda: grid.columns() < wide_cols)
    check_fills()
    assert len(grid.bands) > wide_bands  # the dates that no longer fit wrap into more bands
    # Every photo still has its place, each day in one column of its band.
    rows = [gallery.model.row_of(p.id) for p in made.values()]
    assert all(grid.position_of(r) is not None for r in rows)
    assert len({(grid.visualRect(gallery.model.index(r)).topLeft().toTuple()) for r in rows}) == 28


def test_two_chosen_in_the_grid_open_compare_and_the_session_layout_stays(
    make_window: MakeWindow,
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import needlejournal.ui.compare as compare

    client, made = seed(journal, tmp_path / "in", days=3)
    window = make_window()
    gallery = open_grid(window, qtbot, client, 12)
    grid = gallery.layouts.grid
    opened: list[list[int]] = []
    monkeypatch.setattr(
        compare, "open_compare", lambda _p, _l, _c, ids, **_k: opened.append(list(ids))
    )
    first, last = made[(0, "front")], made[(2, "front")]
    for photo, mods in (
        (first, Qt.KeyboardModifier.NoModifier),
        (last, Qt.KeyboardModifier.ControlModifier),
    ):
        centre = grid.visualRect(gallery.model.index(gallery.model.row_of(photo.id))).center()
        QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, mods, centre)
    assert {p.id for p in gallery.selected_photos()} == {first.id, last.id}
    gallery.compare_button.click()
    assert sorted(opened[0]) == sorted([first.id, last.id])
    # The session grouping is the second layout; the choice holds there.
    gallery.layouts.sessions_button.click()
    assert gallery.layouts.current_view() is gallery.view
    assert gallery.model.sections()
    assert {p.id for p in gallery.selected_photos()} == {first.id, last.id}
    gallery.layouts.grid_button.click()
    assert gallery.layouts.current_view() is grid


def test_filters_stay_and_the_keyboard_walks_dates_and_views(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, made = seed(journal, tmp_path / "in", days=3)
    window = make_window()
    gallery = open_grid(window, qtbot, client, 12)
    grid = gallery.layouts.grid
    model = gallery.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(made[(0, "front")].id)))
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentIndex().data(model.IdRole) == made[(1, "front")].id
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().data(model.IdRole) == made[(1, "left45")].id
    QTest.keyClick(grid, Qt.Key.Key_End)
    assert grid.currentIndex().data(model.IdRole) == made[(2, "left45")].id
    gallery.view_filter.setCurrentIndex(gallery.view_filter.findData("closeup"))
    assert model.rowCount() == 3 and grid.views == ["closeup"]
    assert len(grid.slots) == 3
    gallery.view_filter.setCurrentIndex(0)
    assert grid.views == list(VIEWS)


def test_only_visible_cells_ask_for_thumbnails(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path / "in", days=20)
    window = make_window()
    gallery = open_grid(window, qtbot, client, 80)
    grid = gallery.layouts.grid
    loader = gallery.layouts.grid_loader
    grid.viewport().repaint()
    qtbot.waitUntil(loader.idle, timeout=20_000)
    visible = len(grid.visible_rows())
    assert 0 < visible < 80
    assert loader.decoded <= visible + grid.columns() * len(grid.views)
    assert grid.indexAt(grid.viewport().rect().center()) != QModelIndex() or visible


def test_the_hidden_layout_is_laid_out_when_shown_not_while_hidden(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    """Opening a client laid out both layouts; the progress grid's costs ~29 ms at 10,000
    photos (issue 15), for nothing while the session layout is the one shown."""
    small, _ = seed(journal, tmp_path / "small", days=2)
    other = journal.save_client(ClientDraft("Noor Haddad")).client
    large, made = seed(journal, tmp_path / "large", days=3, client=other)
    window = make_window()
    gallery = open_grid(window, qtbot, small, 8)
    grid = gallery.layouts.grid
    gallery.layouts.set_layout("sessions")
    window.clients.select_client(large.id)
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 12, timeout=10_000)
    assert not grid.isVisible()
    # Still the small client's layout: the large one's last four photos have no place yet.
    assert [grid.position_of(r) is None for r in range(12)] == [False] * 8 + [True] * 4
    gallery.layouts.set_layout("grid")
    assert grid.isVisible()
    assert all(grid.position_of(r) is not None for r in range(12))  # laid out as shown
    assert rect_of(grid, made[(0, "front")]) != rect_of(grid, made[(2, "front")])


def test_a_day_wrapped_into_several_bands_reads_as_one_day_continued() -> None:
    """Forty photos of one view taken the same day wrap into several bands; each band after
    the first says the day carries on, so the grid does not read as several days."""
    day, next_day = date(2026, 12, 4), date(2026, 12, 5)
    slots = [Slot(day, k) for k in range(7)] + [Slot(next_day, 0), Slot(next_day, 1)]
    per_band = 3
    bands = [
        date_spans(slots, first, min(per_band, len(slots) - first))
        for first in range(0, len(slots), per_band)
    ]
    assert bands[0] == [DateSpan(0, 3, day, continued=False)]
    assert bands[1] == [DateSpan(0, 3, day, continued=True)]
    assert bands[2] == [
        DateSpan(0, 1, day, continued=True),
        DateSpan(1, 2, next_day, continued=False),
    ]
    assert date_label(bands[0][0]) == format_date(day)
    continued = date_label(bands[1][0])
    assert continued != format_date(day) and format_date(day) in continued
    assert "continued" in continued


def test_the_grid_labels_a_wrapped_day_as_continued(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client = client_with_history(journal)
    lib = PhotoLibrary(journal)
    when = datetime.now(UTC).replace(hour=12) - timedelta(days=3)
    (tmp_path / "in").mkdir()
    for i in range(8):
        path = photo_file(tmp_path / "in" / f"{i}.jpg", i * 30, when + timedelta(minutes=i))
        lib.import_one(path, PhotoDraft(client.id, "progress", "front"))
    window = make_window()
    window.resize(820, 600)
    gallery = open_grid(window, qtbot, client, 8)
    grid = gallery.layouts.grid
    qtbot.waitUntil(lambda: len(grid.bands) > 1)
    labels = [
        [date_label(each) for each in date_spans(grid.slots, band.first_slot, band.slots)]
        for band in grid.bands
    ]
    assert all(len(band) == 1 for band in labels), labels
    assert labels[0][0] == format_date(grid.slots[0].day)
    assert all("continued" in band[0] for band in labels[1:]), labels
