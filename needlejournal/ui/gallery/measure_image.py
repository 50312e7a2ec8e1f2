"""The viewer's photo with regions: draw one (rectangle or ellipse) by dragging while the
Draw tool is on, mark a colour chart's four corners by clicking them, and see the saved
regions of the view where they fall on this photo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from needlejournal.ui.gallery.zoom_image import ZoomImage
from needlejournal.ui.overrides import override


@dataclass(frozen=True)
class Outline:
    """A region shown on the photo: its box in the photo's pixels, its shape and label."""

    box: tuple[int, int, int, int]
    shape: str  # "rect" | "ellipse"
    label: str
    selected: bool = False
    grey_card: bool = False


Corners = list[tuple[float, float]]


class MeasureImage(ZoomImage):
    region_drawn = Signal(object)  # (x, y, w, h) in the photo's upright pixels
    corners_marked = Signal(object)  # four (x, y) in the photo's upright pixels
    corner_clicked = Signal(int)  # how many corners are marked so far

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawing = False  # the Draw tool: a drag draws instead of panning
        self.draw_shape = "rect"
        self.outlines: list[Outline] = []
        self._start: QPointF | None = None  # in photo pixels
        self._now: QPointF | None = None
        self.picking = False  # clicks mark a colour chart's corners instead of panning
        self.picked: Corners = []
        self.chart: tuple[Corners, str] | None = None  # a saved chart's corners and label

    def set_picking(self, on: bool) -> None:
        """Clicks mark a chart's four corners (dark skin, bluish green, black, white)."""
        self.picking, self.picked = on, []
        if on:
            self.drawing = False
        self.setCursor(Qt.CursorShape.CrossCursor) if on else self.unsetCursor()
        self.update()

    def set_chart(self, chart: tuple[Corners, str] | None) -> None:
        self.chart = chart
        self.update()

    def set_drawing(self, on: bool, shape: str = "rect") -> None:
        self.drawing, self.draw_shape = on, shape
        self._start = self._now = None
        self.setCursor(Qt.CursorShape.CrossCursor) if on else self.unsetCursor()
        self.update()

    def set_outlines(self, outlines: list[Outline]) -> None:
        self.outlines = list(outlines)
        self.update()

    def to_photo(self, p: QPointF) -> QPointF:
        q = self.to_image(p)
        w, h = self.natural.width(), self.natural.height()
        return QPointF(min(max(q.x(), 0.0), float(w)), min(max(q.y(), 0.0), float(h)))

    def drawn_box(self) -> tuple[int, int, int, int] | None:
        if self._start is None or self._now is None:
            return None
        r = QRectF(self._start, self._now).normalized()
        return round(r.left()), round(r.top()), round(r.width()), round(r.height())

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.picking and event.button() == Qt.MouseButton.LeftButton:
            q = self.to_photo(event.position())
            self.picked.append((q.x(), q.y()))
            event.accept()
            self.update()
            self.corner_clicked.emit(len(self.picked))
            if len(self.picked) == 4:
                corners, self.picked = self.picked, []
                self.corners_marked.emit(corners)
            return
        if self.drawing and event.button() == Qt.MouseButton.LeftButton:
            self._start = self._now = self.to_photo(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drawing and self._start is not None:
            self._now = self.to_photo(event.position())
            self.update()
            return
        super().mouseMoveEvent(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.drawing and self._start is not None:
            self._now = self.to_photo(event.position())
            box = self.drawn_box()
            self._start = self._now = None
            self.update()
            if box is not None and box[2] > 0 and box[3] > 0:
                self.region_drawn.emit(box)
            return
        super().mouseReleaseEvent(event)

    def _widget_point(self, x: float, y: float) -> QPointF:
        frame = self.image_rect()
        return QPointF(frame.left() + x * self.scale, frame.top() + y * self.scale)

    def _widget_rect(self, box: tuple[int, int, int, int]) -> QRectF:
        frame = self.image_rect()
        s = self.scale
        x, y, w, h = box
        return QRectF(frame.left() + x * s, frame.top() + y * s, w * s, h * s)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.natural.isEmpty():
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for o in self.outlines:
            colour = QColor("#888888") if o.grey_card else QColor("#00B3FF")
            if o.selected:
                colour = QColor("#FFD400")
            rect = self._widget_rect(o.box)
            p.setPen(QPen(QColor(0, 0, 0, 160), 4))
            self._shape(p, rect, o.shape)
            p.setPen(QPen(colour, 2))
            self._shape(p, rect, o.shape)
            p.drawText(rect.topLeft() + QPointF(4, -4), o.label)
        if self.chart is not None:
            corners, label = self.chart
            at = [self._widget_point(x, y) for x, y in corners]
            outline = QPolygonF(at)
            p.setPen(QPen(QColor(0, 0, 0, 160), 4))
            p.drawPolygon(outline)
            p.setPen(QPen(QColor("#B0B0B0"), 2))
            p.drawPolygon(outline)
            p.drawText(at[0] + QPointF(4, -4), label)
        if self.picked:
            p.setPen(QPen(QColor("#FFD400"), 2, Qt.PenStyle.DashLine))
            points = [self._widget_point(x, y) for x, y in self.picked]
            p.drawPolyline(QPolygonF(points))
            for point in points:
                p.drawEllipse(point, 4, 4)
        drawn = self.drawn_box()
        if drawn is not None:
            p.setPen(QPen(QColor("#FFD400"), 2, Qt.PenStyle.DashLine))
            self._shape(p, self._widget_rect(drawn), self.draw_shape)
        p.end()

    @staticmethod
    def _shape(p: QPainter, rect: QRectF, shape: str) -> None:
        if shape == "ellipse":
            p.drawEllipse(rect)
        else:
            p.drawRect(rect)
