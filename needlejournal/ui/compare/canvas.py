"""One zoomable, pannable photo view: a single photo, a wipe, an overlay, with anchor pins.

The view state is a zoom (screen pixels per frame pixel) and the frame point at the widget's
centre. Painting maps the visible widget rectangle back into the chosen pyramid level and
draws only that part, so it costs the same at any photo size.

Synchronisation is by *deltas*: a canvas reports "zoomed by f about this widget point" and
"panned by (dx, dy) widget pixels", and a synced partner applies the same delta to its own
state. An offset set while moving one side alone therefore survives re-enabling sync.
"""

from __future__ import annotations

import math
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from needlejournal.ui.compare.pyramid import Pyramid

Display = Literal["base", "top", "wipe", "overlay"]
PIN_RADIUS = 9.0
WIPE_GRAB = 8.0  # widget pixels either side of the divider that grab it
MIN_ZOOM, MAX_ZOOM = 0.01, 16.0
PIN_COLOURS = ("#ffcc33", "#4fd1ff")


class PhotoCanvas(QWidget):
    zoomed = Signal(float, QPointF)  # factor, about this widget point
    panned = Signal(float, float)  # widget pixels
    pins_changed = Signal(list)  # [QPointF] in frame coordinates
    wipe_moved = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the compare window
        self.base: Pyramid | None = None
        self.top: Pyramid | None = None
        self.display: Display = "base"
        self.opacity = 0.5
        self.wipe_position = 0.5  # fraction of the widget width
        self.zoom = 1.0
        self.centre = QPointF(0, 0)
        self.caption = ""
        self.note = ""  # e.g. "Lighting matched for display"
        self.placeholder = self.tr("Loading photo…")
        self.pin_mode = False
        self.pins: list[QPointF] = []
        self._auto_fit = True  # refit on resize until the user zooms or pans
        self._drag: Literal["pan", "wipe", "pin", None] = None
        self._drag_pin = -1
        self._last = QPointF()

    # ---- content -------------------------------------------------------------------------

    def set_layers(self, base: Pyramid | None, top: Pyramid | None = None) -> None:
        new_frame = base is not None and (self.base is None or self.base.frame != base.frame)
        self.base, self.top = base, top
        if new_frame or self._auto_fit:
            self.fit()
        self.update()

    def set_display(self, display: Display) -> None:
        self.display = display
        self.update()

    def set_opacity(self, opacity: float) -> None:
        self.opacity = min(1.0, max(0.0, opacity))
        self.update()

    def set_wipe(self, position: float) -> None:
        self.wipe_position = min(1.0, max(0.0, position))
        self.wipe_moved.emit(self.wipe_position)
        self.update()

    def set_pins(self, pins: list[QPointF]) -> None:
        self.pins = list(pins)
        self.update()

    # ---- view state ----------------------------------------------------------------------

    def fit(self) -> None:
        if self.base is None or self.width() <= 0:
            return
        fw, fh = self.base.frame
        self.zoom = min(self.width() / fw, self.height() / fh) * 0.98
        self.centre = QPointF(fw / 2, fh / 2)
        self._auto_fit = True
        self.update()

    def to_frame(self, p: QPointF) -> QPointF:
        return self.centre + (p - self._widget_centre()) / self.zoom

    def to_widget(self, p: QPointF) -> QPointF:
        return self._widget_centre() + (p - self.centre) * self.zoom

    def zoom_by(self, factor: float, about: QPointF) -> None:
        """Zoom keeping the frame point under ``about`` (widget coordinates) in place."""
        fixed = self.to_frame(about)
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        self._auto_fit = False
        self.centre = fixed - (about - self._widget_centre()) / self.zoom
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        self.centre -= QPointF(dx, dy) / self.zoom
        self._auto_fit = False
        self.update()

    def visible_frame_rect(self) -> QRectF:
        return QRectF(
            self.to_frame(QPointF(0, 0)), self.to_frame(QPointF(self.rect().bottomRight()))
        )

    def _widget_centre(self) -> QPointF:
        return QPointF(self.width() / 2, self.height() / 2)

    # ---- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1b1d20"))
        if self.base is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 4)
        top = self.top if self.top is not None else self.base
        if self.display == "top":
            self._draw(painter, top)
        elif self.display == "overlay":
            self._draw(painter, self.base)
            painter.setOpacity(self.opacity)
            self._draw(painter, top)
            painter.setOpacity(1.0)
        elif self.display == "wipe":
            cut = self.wipe_position * self.width()
            painter.save()
            painter.setClipRect(QRectF(0, 0, cut, self.height()))
            self._draw(painter, self.base)
            painter.setClipRect(QRectF(cut, 0, self.width() - cut, self.height()))
            self._draw(painter, top)
            painter.restore()
            self._draw_divider(painter, cut)
        else:
            self._draw(painter, self.base)
        self._draw_pins(painter)
        self._draw_captions(painter)
        painter.end()

    def _draw(self, painter: QPainter, pyramid: Pyramid) -> None:
        pixmap, scale = pyramid.pick(self.zoom * self.devicePixelRatioF())
        frame_rect = self.visible_frame_rect().intersected(
            QRectF(0, 0, pyramid.frame[0], pyramid.frame[1])
        )
        if frame_rect.isEmpty():
            return
        source = QRectF(
            frame_rect.x() * scale,
            frame_rect.y() * scale,
            frame_rect.width() * scale,
            frame_rect.height() * scale,
        )
        target = QRectF(
            self.to_widget(frame_rect.topLeft()), self.to_widget(frame_rect.bottomRight())
        )
        painter.drawPixmap(target, pixmap, source)

    def _draw_divider(self, painter: QPainter, cut: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(0, 0, 0, 90), 4))
        painter.drawLine(QPointF(cut, 0), QPointF(cut, self.height()))
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawLine(QPointF(cut, 0), QPointF(cut, self.height()))
        handle = QRectF(cut - 13, self.height() / 2 - 22, 26, 44)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.setPen(QPen(QColor(0, 0, 0, 120), 1))
        painter.drawRoundedRect(handle, 8, 8)
        painter.setPen(QPen(QColor("#333"), 2))
        for dx in (-4, 4):
            x = cut + dx
            painter.drawLine(QPointF(x, handle.top() + 14), QPointF(x, handle.bottom() - 14))

    def _draw_pins(self, painter: QPainter) -> None:
        if not self.pins:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.save()
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for index, pin in enumerate(self.pins):
            at = self.to_widget(pin)
            colour = QColor(PIN_COLOURS[index % 2])
            painter.setPen(QPen(QColor(0, 0, 0, 160), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at, PIN_RADIUS, PIN_RADIUS)
            painter.setPen(QPen(colour, 2))
            painter.drawEllipse(at, PIN_RADIUS, PIN_RADIUS)
            painter.drawLine(at - QPointF(PIN_RADIUS + 5, 0), at - QPointF(3, 0))
            painter.drawLine(at + QPointF(3, 0), at + QPointF(PIN_RADIUS + 5, 0))
            painter.drawLine(at - QPointF(0, PIN_RADIUS + 5), at - QPointF(0, 3))
            painter.drawLine(at + QPointF(0, 3), at + QPointF(0, PIN_RADIUS + 5))
            painter.drawText(at + QPointF(PIN_RADIUS + 4, -PIN_RADIUS - 2), str(index + 1))
        painter.restore()

    def _draw_captions(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        y = 10.0
        for text, colour in (
            (self.caption, QColor(0, 0, 0, 150)),
            (self.note, QColor(150, 90, 0, 200)),
        ):
            if not text:
                continue
            metrics = painter.fontMetrics()
            box = QRectF(10, y, metrics.horizontalAdvance(text) + 16, metrics.height() + 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            y = box.bottom() + 6

    # ---- input ---------------------------------------------------------------------------

    def _pin_at(self, pos: QPointF) -> int:
        for index, pin in enumerate(self.pins):
            d = self.to_widget(pin) - pos
            if math.hypot(d.x(), d.y()) <= PIN_RADIUS + 4:
                return index
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.base is None:
            return
        pos = event.position()
        self._last = pos
        if self.pin_mode:
            self._drag_pin = self._pin_at(pos)
            if self._drag_pin < 0:
                frame = self.to_frame(pos)
                if len(self.pins) < 2:
                    self.pins.append(frame)
                    self._drag_pin = len(self.pins) - 1
                else:  # a third click moves the nearer pin
                    self._drag_pin = min(
                        range(2),
                        key=lambda i: math.hypot(
                            self.pins[i].x() - frame.x(), self.pins[i].y() - frame.y()
                        ),
                    )
                    self.pins[self._drag_pin] = frame
                self.pins_changed.emit(list(self.pins))
            self._drag = "pin"
        elif (
            self.display == "wipe"
            and abs(pos.x() - self.wipe_position * self.width()) <= WIPE_GRAB + 13
        ):
            self._drag = "wipe"
        else:
            self._drag = "pan"
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag == "pan":
            delta = pos - self._last
            self.pan_by(delta.x(), delta.y())
            self.panned.emit(delta.x(), delta.y())
        elif self._drag == "wipe":
            self.set_wipe(pos.x() / max(1, self.width()))
        elif self._drag == "pin" and 0 <= self._drag_pin < len(self.pins):
            self.pins[self._drag_pin] = self.to_frame(pos)
            self.pins_changed.emit(list(self.pins))
            self.update()
        elif (
            self.display == "wipe"
            and abs(pos.x() - self.wipe_position * self.width()) <= WIPE_GRAB + 13
        ):
            self.setCursor(Qt.CursorShape.SplitHCursor)
        elif self.pin_mode:
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._last = pos

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self._drag_pin = -1
        self.unsetCursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.pin_mode:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            return
        factor = 1.25**steps
        self.zoom_by(factor, event.position())
        self.zoomed.emit(factor, event.position())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.base is not None and self._auto_fit:
            self.fit()
