"""Colours and small drawn icons that follow the light or dark palette.

Nothing here hard-codes black or white text: colours are palette roles, and the few accent
colours (a warning amber, the chart lines) have a light and a dark variant.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

# The palettes live in ``scheme`` (needed before the first paint); re-exported for callers here.
from needlejournal.ui.scheme import dark_palette as dark_palette
from needlejournal.ui.scheme import follow_system_scheme as follow_system_scheme
from needlejournal.ui.scheme import is_dark as is_dark
from needlejournal.ui.scheme import light_palette as light_palette


@cache
def _asset_dirs() -> tuple[Path, ...]:
    here = Path(__file__).resolve()
    return (
        here.parent / "assets",  # shipped inside the package
        here.parents[2] / "assets",  # a source checkout
    )


def muted(palette: QPalette) -> QColor:
    """Secondary text: the placeholder colour, nudged towards the text colour for contrast."""
    text = palette.color(QPalette.ColorRole.Text)
    window = palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 3 + window.red() * 2) // 5,
        (text.green() * 3 + window.green() * 2) // 5,
        (text.blue() * 3 + window.blue() * 2) // 5,
    )


def warning_color(palette: QPalette) -> QColor:
    return QColor("#f0b24a") if is_dark(palette) else QColor("#94560a")


def texture_color(palette: QPalette) -> QColor:
    return QColor("#7fb2e5") if is_dark(palette) else QColor("#2f6fad")


def tone_color(palette: QPalette) -> QColor:
    return QColor("#e6a07a") if is_dark(palette) else QColor("#b4572c")


def card_fill(palette: QPalette, *, light: bool) -> QColor:
    """Session cards on the base colour; skin checks a touch closer to the window colour."""
    base = palette.color(QPalette.ColorRole.Base)
    if not light:
        return base
    window = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (base.red() + window.red()) // 2,
        (base.green() + window.green()) // 2,
        (base.blue() + window.blue()) // 2,
    )


def card_border(palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.Text)
    border = QColor(text)
    border.setAlpha(40)
    return border


def warning_image(palette: QPalette, size: int = 28) -> QImage:
    """An amber triangle with an exclamation mark, drawn so it never depends on an icon theme."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    m = size * 0.06
    path = QPainterPath()
    path.moveTo(size / 2, m)
    path.lineTo(size - m, size - m * 1.5)
    path.lineTo(m, size - m * 1.5)
    path.closeSubpath()
    p.fillPath(path, warning_color(palette))
    pen = QPen(palette.color(QPalette.ColorRole.Base), size * 0.11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(QPointF(size / 2, size * 0.38), QPointF(size / 2, size * 0.64))
    p.drawPoint(QPointF(size / 2, size * 0.79))
    p.end()
    return image


def asset(name: str) -> Path | None:
    for folder in _asset_dirs():
        candidate = folder / name
        if candidate.exists():
            return candidate
    return None


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = asset(f"needlejournal-{size}.png")
        if path is not None:
            icon.addFile(str(path))
    if icon.isNull():
        svg = asset("needlejournal.svg")
        if svg is not None:
            icon.addFile(str(svg))
    return icon


def heading_font(widget: QWidget, scale: float = 1.3) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path
