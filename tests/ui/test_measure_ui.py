"""Photo measures in the window (issue 12): draw a named region on a photo in the viewer, read
its measures, have it measured on every photo of the view in a worker, see it on the chart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot
from stall_meter import APP_STALL_LIMIT_S, StallMeter
from test_gallery import open_gallery, seed

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoEdit, PhotoRecord
from needlejournal.ui.gallery.viewer import PhotoViewer
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def _anchored(journal: Journal, photos: list[PhotoRecord]) -> None:
    """The same two anchors on every front photo: they align exactly (no auto-align)."""
    lib = PhotoLibrary(journal)
    for p in photos:
        if p.view == "front":
            photo = lib.get(p.id)
            lib.update(
                replace(PhotoEdit.of(photo), landmarks={"anchors": [[100, 100], [400, 100]]})
            )


def _viewer(window: MainWindow, qtbot: QtBot, client_id: int) -> PhotoViewer:
    gallery = open_gallery(window, qtbot, client_id)
    qtbot.waitUntil(lambda: gallery.model.rowCount() > 0)
    front = next(r for r, p in enumerate(gallery.model.photos()) if p.view == "front")
    viewer = gallery.open_viewer(gallery.model.index(front))
    assert viewer is not None
    viewer.side.setCurrentWidget(viewer.metrics)
    qtbot.waitUntil(lambda: viewer.image.reduced is not None, timeout=10_000)
    return viewer


def _drag(qtbot: QtBot, viewer: PhotoViewer, a: QPointF, b: QPointF) -> None:
    """Drag on the picture from photo point ``a`` to ``b`` (photo pixels)."""
    image = viewer.image
    frame = image.image_rect()

    def at(p: QPointF) -> QPoint:
        return QPoint(
            round(frame.left() + p.x() * image.scale), round(frame.top() + p.y() * image.scale)
        )

    qtbot.mousePress(image, Qt.MouseButton.LeftButton, pos=at(a))
    qtbot.mouseMove(image, at(QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)))
    qtbot.mouseMove(image, at(b))
    qtbot.mouseRelease(image, Qt.MouseButton.LeftButton, pos=at(b))


def test_draw_a_region_measure_it_everywhere_and_chart_it(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    client, photos = seed(journal, tmp_path)
    _anchored(journal, photos)
    window = make_window()
    viewer = _viewer(window, qtbot, client.id)
    panel = viewer.metrics
    assert "same light" in panel.caution.text()
    viewer.measuring.ask_name = lambda: "left cheek"
    panel.shape.setCurrentIndex(panel.shape.findData("ellipse"))
    panel.draw_button.click()
    assert viewer.image.drawing
    _drag(qtbot, viewer, QPointF(200, 150), QPointF(440, 330))
    qtbot.waitUntil(lambda: panel.values["L"].text() != "—", timeout=20_000)
    (region,) = journal.regions(client.id)
    assert (region.name, region.shape, region.view) == ("left cheek", "ellipse", "front")
    assert bool(viewer.image.drawing) is False  # one region per press of Draw
    assert any(o.label == "left cheek" for o in viewer.image.outlines)
    assert "drawn on this photo" in panel.where.text()
    assert len(journal.measures(client.id)) == 1

    panel.measure_all.click()
    qtbot.waitUntil(lambda: "Measured on 4 photo" in panel.status.text(), timeout=30_000)
    measures = journal.measures(client.id)
    assert len(measures) == 4 and {m.alignment for m in measures} == {"reference", "anchors"}

    viewer.metrics.show_help()
    assert "ITA°" in panel.help_box.text() and "same light" in panel.help_box.text()
    panel.help_box.close()

    viewer.close()
    window.middle.setCurrentWidget(window.progress)
    qtbot.waitUntil(lambda: window.progress.picker.count() > 0)
    titles = [window.progress.picker.item(i).text() for i in range(window.progress.picker.count())]
    assert "left cheek (Front) — a* (redness)" in titles


def test_a_grey_card_is_marked_and_said(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    client, photos = seed(journal, tmp_path)
    _anchored(journal, photos)
    window = make_window()
    viewer = _viewer(window, qtbot, client.id)
    panel = viewer.metrics
    viewer.measuring.ask_name = lambda: "forehead"
    panel.draw_button.click()
    _drag(qtbot, viewer, QPointF(200, 100), QPointF(400, 200))
    qtbot.waitUntil(lambda: panel.values["L"].text() != "—", timeout=20_000)
    panel.grey_card.click()
    _drag(qtbot, viewer, QPointF(20, 20), QPointF(80, 80))
    qtbot.waitUntil(lambda: "grey card" in panel.where.text(), timeout=20_000)
    (region,) = journal.regions(client.id)
    assert region.grey_card is not None
    assert any(o.grey_card for o in viewer.image.outlines)


@pytest.mark.slow
@pytest.mark.timing
def test_measuring_fifty_photos_never_stalls_the_window(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    """The benchmark of the issue: a saved region re-measured on 50 aligned photos in a worker,
    the GUI thread never blocked more than 16 ms (a 5 ms timer measures the gaps)."""
    from test_gallery import make_photos

    from needlejournal.journal.photos import PhotoLibrary as Library
    from needlejournal.journal.records import PhotoDraft

    client, _ = seed(journal, tmp_path)
    lib = Library(journal)
    for path in make_photos(tmp_path / "fifty", 46, size=(1600, 1200)):
        lib.import_one(path, PhotoDraft(client.id, "progress", "front"))
    _anchored(journal, lib.list_photos(client.id))
    window = make_window()
    viewer = _viewer(window, qtbot, client.id)
    viewer.measuring.ask_name = lambda: "left cheek"
    viewer.metrics.draw_button.click()
    _drag(qtbot, viewer, QPointF(100, 100), QPointF(400, 300))
    qtbot.waitUntil(lambda: viewer.metrics.values["L"].text() != "—", timeout=20_000)
    meter = StallMeter()
    meter.start()
    viewer.metrics.measure_all.click()
    qtbot.waitUntil(lambda: "Measured on 50 photo" in viewer.metrics.status.text(), timeout=240_000)
    meter.stop()
    assert len(journal.measures(client.id)) == 50
    assert len(meter.gaps) > 20
    print(meter.summary())
    # The app's own share of each gap (a busy machine's share excluded, see stall_meter).
    assert meter.longest_app_s < APP_STALL_LIMIT_S, meter.summary()


def _click(qtbot: QtBot, viewer: PhotoViewer, p: tuple[float, float]) -> None:
    image = viewer.image
    frame = image.image_rect()
    at = QPoint(round(frame.left() + p[0] * image.scale), round(frame.top() + p[1] * image.scale))
    qtbot.mouseClick(image, Qt.MouseButton.LeftButton, pos=at)


def test_a_colour_chart_is_marked_by_its_corners_and_corrects_the_colours(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    import numpy as np
    from colour_chart_scene import SKIN, SKIN_BOX, WARM, scene

    from needlejournal.journal.records import ClientDraft, PhotoDraft
    from needlejournal.photos.metrics import srgb_to_lab

    client = journal.save_client(ClientDraft("Ana Lima")).client
    warm, corners = scene(WARM)
    warm.save(tmp_path / "warm.png")
    PhotoLibrary(journal).import_one(tmp_path / "warm.png", PhotoDraft(client.id, view="front"))
    window = make_window()
    viewer = _viewer(window, qtbot, client.id)
    panel = viewer.metrics
    viewer.measuring.ask_name = lambda: "left cheek"
    panel.draw_button.click()
    x, y, w, h = SKIN_BOX
    _drag(qtbot, viewer, QPointF(x, y), QPointF(x + w, y + h))
    qtbot.waitUntil(lambda: panel.values["L"].text() != "—", timeout=20_000)
    assert panel.colour_chart.isEnabled()
    panel.colour_chart.click()
    assert viewer.image.picking and not viewer.image.drawing
    assert "dark skin (1 of 4)" in panel.status.text()
    for i, corner in enumerate(corners):
        _click(qtbot, viewer, corner)
        if i < 3:
            assert f"({i + 2} of 4)" in panel.status.text()
    qtbot.waitUntil(lambda: "colour chart" in panel.where.text(), timeout=20_000)
    assert "residual ΔE 0." in panel.where.text()
    assert not panel.colour_chart.isChecked()
    assert bool(viewer.image.picking) is False  # one chart per press of the button
    (region,) = journal.regions(client.id)
    assert region.colour_chart is not None
    assert viewer.image.chart is not None  # drawn on the photo
    (m,) = journal.measures(client.id)
    truth = srgb_to_lab(SKIN)
    assert np.linalg.norm([m.values[k] - t for k, t in zip("Lab", truth, strict=True)]) < 1.0
    assert any("colour chart" in panel.regions.item(i).text() for i in range(panel.regions.count()))


def test_what_worked_in_the_progress_tab(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    from measured_photos import build

    from needlejournal.journal.records import ClientDraft
    from needlejournal.ui.what_worked_dialog import WhatWorkedDialog

    client = journal.save_client(ClientDraft("Ana Lima")).client
    build(journal, tmp_path, client_id=client.id)
    window = make_window()
    window.clients.select_client(client.id)
    window.middle.setCurrentWidget(window.progress)
    window.progress.what_worked_button.click()
    dialog = window.findChild(WhatWorkedDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=20_000)

    def cell(r: int, c: int) -> str:
        item = dialog.table.item(r, c)
        assert item is not None
        return item.text()

    rows = [[cell(r, c) for c in range(4)] for r in range(dialog.table.rowCount())]
    texture = next(r for r in rows if r[1] == "left cheek (Front) texture" and "cheeks" in r[0])
    assert texture[2] == "2" and texture[3].startswith("-0.") and "lower is smoother" in texture[3]
    assert dialog.left_out.text().startswith("1 before/after photo pair")
    assert "not proof" in dialog.caveat.text()
    dialog.close()
