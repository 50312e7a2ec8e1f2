"""A photo on screen with fit, 100 % and zoom (wheel, +/-), panned by dragging.

Scale is "screen pixels per original pixel". The widget paints from the reduced image (2048 px)
until the full one arrives; it asks for the full image (``full_wanted``) once the zoom shows
more detail than the reduced image has.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from needlejournal.ui import theme

MIN_SCALE = 0.02
MAX_SCALE = 8.0
STEP = 1.25


class ZoomImage(QWidget):
    zoom_changed = Signal(float)  # the scale, or 0.0 while fitting
    full_wanted = Signal()
    step_requested = Signal(int)  # -1 previous, +1 next (arrow keys)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 240)
        self.natural = QSize(0, 0)  # the original's upright size
        self.reduced: QPixmap | None = None
        self.full: QPixmap | None = None
        self.fitting = True
        self.scale = 1.0
        self.centre = QPointF(0, 0)  # the original's point shown at the widget centre
        self.message = ""
        self._drag: QPointF | None = None

    def set_photo(self, natural: QSize) -> None:
        self.natural = natural
        self.reduced = self.full = None
        self.message = self.tr("Loading…")
        self.fit()

    def set_reduced(self, pixmap: QPixmap) -> None:
        self.reduced = pixmap
        self.message = ""
        self._maybe_want_full()
        self.update()

    def set_full(self, pixmap: QPixmap) -> None:
        self.full = pixmap
        self.update()

    def show_message(self, text: str) -> None:
        self.message = text
        self.update()

    # ---- zoom -----------------------------------------------------------------------------

    def fit_scale(self) -> float:
        if self.natural.isEmpty():
            return 1.0
        return min(
            1.0,
            self.width() / self.natural.width(),
            self.height() / self.natural.height(),
        )

    def fit(self) -> None:
        self.fitting = True
        self.scale = self.fit_scale()
        self.centre = QPointF(self.natural.width() / 2, self.natural.height() / 2)
        self.zoom_changed.emit(0.0)
        self.update()

    def actual_size(self) -> None:
        self.set_scale(1.0)

    def zoom_in(self) -> None:
        self.set_scale(self.scale * STEP)

    def zoom_out(self) -> None:
        self.set_scale(self.scale / STEP)

    def set_scale(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the original's point under ``anchor`` (a widget point) where it is."""
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        if anchor is not None:
            before = self.to_image(anchor)
            self.scale = scale
            after = self.to_image(anchor)
            self.centre += before - after
        else:
            self.scale = scale
        self.fitting = False
        self._clamp()
        self.zoom_changed.emit(self.scale)
        self._maybe_want_full()
        self.update()

    def to_image(self, p: QPointF) -> QPointF:
        mid = QPointF(self.width() / 2, self.height() / 2)
        return self.centre + (p - mid) / self.scale

    def image_rect(self) -> QRectF:
        """Where the whole original lands on the widget."""
        w, h = self.natural.width() * self.scale, self.natural.height() * self.scale
        left = self.width() / 2 - self.centre.x() * self.scale
        top = self.height() / 2 - self.centre.y() * self.scale
        return QRectF(left, top, w, h)

    def _clamp(self) -> None:
        for axis, extent, size in (
            ("x", self.natural.width(), self.width()),
            ("y", self.natural.height(), self.height()),
        ):
            half = size / 2 / self.scale
            value = getattr(self.centre, axis)()
            lo, hi = (half, extent - half) if extent > 2 * half else (extent / 2, extent / 2)
            getattr(self.centre, "set" + axis.upper())(min(max(value, lo), hi))

    def _maybe_want_full(self) -> None:
        if self.full is not None or self.reduced is None or self.natural.isEmpty():
            return
        if self.scale > self.reduced.width() / self.natural.width() * 1.05:
            self.full_wanted.emit()

    # ---- events ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(
            self.rect(),
            pal.color(pal.ColorRole.Window).darker(108 if not theme.is_dark(pal) else 80),
        )
        pix = self.full if self.full is not None else self.reduced
        if pix is not None and not self.natural.isEmpty():
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.scale < 2)
            p.drawPixmap(self.image_rect(), pix, QRectF(pix.rect()))
        if self.message:
            p.setPen(theme.muted(pal))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
        p.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()
        else:
            self._clamp()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_scale(self.scale * STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            delta = event.position() - self._drag
            self._drag = event.position()
            self.pan(delta)

    def pan(self, delta: QPointF) -> None:
        self.centre -= delta / self.scale
        self._clamp()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self.unsetCursor()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        actions = {
            Qt.Key.Key_Left: lambda: self.step_requested.emit(-1),
            Qt.Key.Key_Right: lambda: self.step_requested.emit(1),
            Qt.Key.Key_Plus: self.zoom_in,
            Qt.Key.Key_Equal: self.zoom_in,
            Qt.Key.Key_Minus: self.zoom_out,
            Qt.Key.Key_0: self.fit,
            Qt.Key.Key_F: self.fit,
            Qt.Key.Key_1: self.actual_size,
        }
        action = actions.get(key)
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.fitting:
            self.set_scale(1.0, event.position())
        else:
            self.fit()
