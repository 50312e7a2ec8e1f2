"""Colours and small drawn icons that follow the light or dark palette.

Nothing here hard-codes black or white text: colours are palette roles, and the few accent
colours (a warning amber, the chart lines) have a light and a dark variant.
"""

from __future__ import annotations

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
from PySide6.QtWidgets import QApplication, QWidget

_ASSET_DIRS = (
    Path(__file__).resolve().parent / "assets",  # shipped inside the package
    Path(__file__).resolve().parents[2] / "assets",  # a source checkout
)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


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
    for folder in _ASSET_DIRS:
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


def dark_palette() -> QPalette:
    """A calm dark palette, used when the platform reports a dark scheme but gives none."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#26282b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1d1f21",
        QPalette.ColorRole.AlternateBase: "#2a2c2f",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8f93",
        QPalette.ColorRole.Button: "#303236",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6ea8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#303236",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#7fb2e5",
        QPalette.ColorRole.Mid: "#45484c",
        QPalette.ColorRole.Midlight: "#3a3d41",
        QPalette.ColorRole.Dark: "#151617",
        QPalette.ColorRole.Light: "#4a4d52",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.BrightText: "#ff6b6b",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#75787c"))
    return pal


def light_palette() -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f4f3f1",
        QPalette.ColorRole.WindowText: "#202124",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f7f6f4",
        QPalette.ColorRole.Text: "#202124",
        QPalette.ColorRole.PlaceholderText: "#80848a",
        QPalette.ColorRole.Button: "#ecebe8",
        QPalette.ColorRole.ButtonText: "#202124",
        QPalette.ColorRole.Highlight: "#3d6ea8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#2f6fad",
        QPalette.ColorRole.Mid: "#c9c7c3",
        QPalette.ColorRole.Midlight: "#e2e0dc",
        QPalette.ColorRole.Dark: "#a09e9a",
        QPalette.ColorRole.Light: "#ffffff",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    return pal


def follow_system_scheme(app: QApplication) -> None:
    """Use a dark palette when the system asks for dark and the style would not give one.

    Platform themes (Windows 11, macOS, GNOME/KDE) hand Qt a matching palette themselves;
    this only fills the gap where the style's palette stays light under a dark scheme.
    """
    hints = app.styleHints()
    scheme = hints.colorScheme()
    current_dark = is_dark(app.palette())
    if scheme == Qt.ColorScheme.Dark and not current_dark:
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and current_dark:
        app.setPalette(light_palette())


def rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path
