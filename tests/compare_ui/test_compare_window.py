"""The compare window through pytest-qt on a real journal with generated photos."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from face_photos import Pair
from PIL import Image, ImageSequence
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_events import click, drag, send_mouse, wheel

from needlejournal.journal.anchors import anchors_of
from needlejournal.photos.align import Similarity
from needlejournal.ui.compare.canvas import PhotoCanvas
from needlejournal.ui.compare.window import CompareWindow

Open = Callable[..., CompareWindow]


# Read state afresh through these: mypy keeps a narrowing (``assert not window.sync``) across
# the key press that changes it, and would call the next assert unreachable.
def _synced(window: CompareWindow) -> bool:
    return window.sync


def _display(canvas: PhotoCanvas) -> str:
    return canvas.display


def _method(window: CompareWindow) -> str | None:
    alignment = window.session.alignment
    return None if alignment is None else alignment.method


def _corner_error(found: Similarity, expected: Similarity, size: tuple[int, int]) -> float:
    corners = [(0, 0), (size[0], 0), (0, size[1]), size]
    return max(
        math.dist(found.apply(*map(float, c)), expected.apply(*map(float, c))) for c in corners
    )


def _photo_part(canvas: Any) -> QImage:
    """The canvas's picture below the captions."""
    image: QImage = canvas.grab().toImage()
    return image.copy(0, image.height() // 3, image.width(), image.height() * 2 // 3)


def _pixel(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def test_default_pair_is_baseline_vs_latest_and_b_jumps_back(
    open_window: Open, pair: Pair, qtbot: QtBot
) -> None:
    window = open_window([])
    assert window.session.a is not None and window.session.b is not None
    assert (window.session.a.id, window.session.b.id) == (pair.a_id, pair.extra_ids[0])
    # Shift+click the middle photo in the strip: it becomes A; B jumps back to the baseline.
    middle = window.strip_model.index(1)
    at = QPointF(window.strip.visualRect(middle).center())
    send_mouse(window.strip.viewport(), "press", at, shift=True)
    assert window.session.a.id == pair.b_id
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.session.a.id == pair.a_id
    first = window.strip_model.data(window.strip_model.index(0), Qt.ItemDataRole.DisplayRole)
    assert isinstance(first, str) and first.startswith("A · ")


def test_number_keys_switch_modes(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    seen = []
    for key, mode in (
        (Qt.Key.Key_2, "wipe"),
        (Qt.Key.Key_3, "overlay"),
        (Qt.Key.Key_4, "difference"),
        (Qt.Key.Key_1, "side-by-side"),
    ):
        qtbot.keyClick(window, key)
        seen.append(window.mode)
        assert window.mode == mode
        assert window.right.isVisible() == (mode == "side-by-side")
    assert window.left.display == "base"


def test_sync_zoom_and_move_alone_keeps_the_offset(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    left, right = window.left, window.right
    zoom_before = right.zoom
    wheel(left, QPointF(left.width() / 2, left.height() / 2), 2)
    assert left.zoom == pytest.approx(zoom_before * 1.25**2)
    assert right.zoom == pytest.approx(left.zoom)
    # Move the right side alone…
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert not _synced(window)
    drag(right, QPointF(300, 300), QPointF(260, 320))
    offset = right.centre - left.centre
    assert offset.manhattanLength() > 5
    # …then sync again: panning the left moves both and the offset stays.
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert _synced(window)
    drag(left, QPointF(200, 200), QPointF(150, 240))
    after = right.centre - left.centre
    assert after.x() == pytest.approx(offset.x(), abs=1e-6)
    assert after.y() == pytest.approx(offset.y(), abs=1e-6)
    assert right.zoom == pytest.approx(left.zoom)


def test_wipe_divider_follows_a_drag_and_is_drawn(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_2)
    canvas = window.left
    start = QPointF(canvas.width() * 0.5, canvas.height() / 2)
    drag(canvas, start, QPointF(canvas.width() * 0.3, canvas.height() / 2))
    assert canvas.wipe_position == pytest.approx(0.3, abs=0.01)
    image = canvas.grab().toImage()
    x = round(canvas.width() * 0.3)
    y = round(canvas.height() * 0.8)
    assert max(min(_pixel(image, x + dx, y)) for dx in (-1, 0, 1)) >= 240  # the white divider
    assert 0.2 < window.wipe_fraction() < 0.4


def test_overlay_opacity_and_flicker_change_the_picture(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_3)
    canvas = window.left
    window.opacity.setValue(0)
    only_a = _photo_part(canvas)
    window.opacity.setValue(100)
    only_b = _photo_part(canvas)
    assert only_a != only_b
    window.opacity.setValue(0)
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.flicker_b and _display(canvas) == "top"
    assert _photo_part(canvas) == only_b  # flicker shows B whatever the opacity
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert _display(canvas) == "overlay"
    assert _photo_part(canvas) == only_a


def test_difference_mode_shows_the_difference_layer(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_4)
    assert window.left.base is window.session.difference is not None


def _place(canvas: Any, points: list[tuple[float, float]]) -> None:
    centre = QPointF(sum(p[0] for p in points) / 2, sum(p[1] for p in points) / 2)
    canvas.zoom, canvas.centre = 3.0, centre  # 1 screen pixel = 1/3 photo pixel
    for p in points:
        click(canvas, canvas.to_widget(QPointF(*p)))


def test_anchors_by_clicks_give_the_transform_and_are_saved(
    open_window: Open, pair: Pair, qtbot: QtBot
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert window.anchor_mode and window.left.pin_mode
    on_a = [(250.0, 190.0), (390.0, 190.0)]
    to_b = pair.b_to_a.inverse()
    on_b = [to_b.apply(*p) for p in on_a]
    _place(window.left, on_a)
    _place(window.right, on_b)
    found = window.pin_transform()
    assert found is not None
    assert _corner_error(found, pair.b_to_a, (640, 480)) < 1.0
    window.save_anchors_button.click()
    assert window.session.alignment is not None and window.session.alignment.method == "anchors"
    assert _corner_error(window.session.alignment.transform, pair.b_to_a, (640, 480)) < 1.0
    saved = anchors_of(pair.library.get(pair.b_id).landmarks)
    assert saved is not None and math.dist(saved[0], on_b[0]) < 0.5
    window.close()
    # A new window (and a new read of the journal) is aligned by the saved anchors.
    again = open_window()
    assert again.session.alignment is not None and again.session.alignment.method == "anchors"
    assert _corner_error(again.session.alignment.transform, pair.b_to_a, (640, 480)) < 1.0


def test_auto_align_recovers_the_known_transform(open_window: Open, pair: Pair) -> None:
    window = open_window()
    assert _method(window) == "none"
    window.session.request_auto_align()
    suggestion = window.session.suggestion
    assert suggestion is not None and suggestion.confidence is not None
    assert suggestion.confidence > 0.5
    assert _corner_error(suggestion.transform, pair.b_to_a, (640, 480)) < 1.5
    assert window.accept_button.isVisible()
    window.accept_button.click()
    assert _method(window) == "anchors"
    assert anchors_of(pair.library.get(pair.a_id).landmarks) is not None


def test_export_writes_a_clean_file(
    open_window: Open, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "compare.jpg"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = open_window()
    window.session.request_auto_align()
    window.set_mode("wipe")
    window.export()
    assert window.last_export == str(target)
    with Image.open(target) as im:
        assert im.size == (640, 480)
        assert not im.getexif() and "exif" not in im.info and "icc_profile" not in im.info


def test_lighting_match_is_labelled(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    before = window.session.registered
    qtbot.keyClick(window, Qt.Key.Key_L)
    assert window.session.lighting
    assert window.right.note == "Lighting matched for display"
    assert window.session.registered is not None and window.session.registered is not before


def test_strip_model_passes_the_model_tester(open_window: Open, qtmodeltester: Any) -> None:
    window = open_window()
    qtmodeltester.check(window.strip_model)
    assert window.strip_model.rowCount() == 3


def test_timelapse_plays_and_exports_a_gif(
    open_window: Open, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = open_window()
    window.open_timelapse()
    dialog = window.timelapse
    assert len(dialog.pixmaps) == 3
    dialog.next_frame()
    assert dialog.index == 1
    target = tmp_path / "lapse.gif"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_gif()
    with Image.open(target) as im:
        assert sum(1 for _ in ImageSequence.Iterator(im)) == 3
