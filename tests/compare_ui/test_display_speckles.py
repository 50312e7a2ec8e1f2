"""Compare, the teal/orange speckles down A's edges after Match lighting and mode switches.

The cause: photos were handed to Qt as Format_RGB32 with Pillow's "BGRX" bytes, whose padding
byte is 0x00 where Qt requires 0xFF. Blits copied that byte into the window's backing store, so
A's pixels arrived there as "transparent" premultiplied colour; whatever was blended over them
next (the smooth-scaled edge pixels, captions, the overlay's other layer) overflowed into
teal and orange. The exported PNG never went through a QImage, so it was clean.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from needlejournal.ui.compare.pyramid import to_qimage
from needlejournal.ui.compare.window import CompareWindow

Open = Callable[..., CompareWindow]


def test_a_photo_handed_to_qt_is_opaque_in_every_pixel() -> None:
    image = to_qimage(Image.new("RGB", (7, 3), (10, 200, 30)))
    raw = bytes(image.constBits())
    assert image.format() in (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32)
    row = image.bytesPerLine()
    alphas = {raw[y * row + 4 * x + 3] for y in range(3) for x in range(7)}
    assert alphas == {0xFF}


def test_a_stays_opaque_after_lighting_and_mode_switches(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    for key in (Qt.Key.Key_L, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_L):
        qtbot.keyClick(window, key)
        qtbot.wait(20)
    assert window.mode == "side-by-side" and not window.session.lighting
    canvas = window.left
    shot = canvas.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert canvas.base is not None
    fw, fh = canvas.base.frame
    top_left = canvas.to_widget(QPointF(0, 0))
    bottom_right = canvas.to_widget(QPointF(fw, fh))
    left, right = int(top_left.x()) + 1, int(bottom_right.x()) - 2
    top, bottom = int(top_left.y()) + 2, int(bottom_right.y()) - 2
    a = canvas.base.image()
    bad = []
    for y in range(top, bottom, 3):
        for x in (left, left + 1, (left + right) // 2, right - 1, right):
            shown = shot.pixelColor(x, y)
            fx = (x - top_left.x()) / (bottom_right.x() - top_left.x()) * a.width()
            fy = (y - top_left.y()) / (bottom_right.y() - top_left.y()) * a.height()
            truth = a.pixelColor(min(a.width() - 1, int(fx)), min(a.height() - 1, int(fy)))
            far = max(
                abs(shown.red() - truth.red()),
                abs(shown.green() - truth.green()),
                abs(shown.blue() - truth.blue()),
            )
            if shown.alpha() != 255 or far > 60:
                bad.append((x, y, shown.name(), shown.alpha(), truth.name()))
    assert not bad, f"{len(bad)} pixels of A shown wrong, e.g. {bad[:5]}"
