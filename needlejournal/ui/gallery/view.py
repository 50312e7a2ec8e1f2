"""The grid: fixed-size cells under one full-width header per session.

A small ``QAbstractItemView`` rather than an icon-mode ``QListView``: a list view cannot put a
header across the grid, and its non-uniform layout asks every item for its size (in a probe, a
grid without uniform sizes decoded all 10,000 thumbnails on first show). Here every cell has the
same size, so the layout is arithmetic over the model's sections, no item is asked for anything
to lay it out, and only the visible cells are painted (and so only they request thumbnails).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QRegion, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from needlejournal.ui import theme
from needlejournal.ui.gallery.delegate import CELL, PhotoDelegate
from needlejournal.ui.gallery.model import GalleryModel
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.ui.gallery.arrangement import Section

AnyIndex = QModelIndex | QPersistentModelIndex
MARGIN = 10
HEADER = 38
SECTION_GAP = 10


class GalleryView(QAbstractItemView):
    visible_changed = Signal()  # the set of cells on screen changed (scroll, resize, reset)

    def __init__(self, model: GalleryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gallery = model
        self._cols = 1
        self._tops: list[int] = []
        self._firsts: list[int] = []
        self._height = 0
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(CELL.height() // 3)
        self.setMouseTracking(True)
        self.setFrameShape(QAbstractItemView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Photos"))
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.timeout.connect(self.visible_changed.emit)
        for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            sig.connect(self._relayout)
        self._relayout()

    # ---- layout -----------------------------------------------------------------------------

    def columns(self) -> int:
        return self._cols

    def _relayout(self, *_args: object) -> None:
        width = self.viewport().width() - 2 * MARGIN
        self._cols = max(1, width // CELL.width())
        self._tops, self._firsts = [], []
        y = MARGIN
        for s in self.gallery.sections():
            self._tops.append(y)
            self._firsts.append(s.first)
            rows = -(-s.count // self._cols)
            y += HEADER + rows * CELL.height() + SECTION_GAP
        self._height = y
        self.updateGeometries()
        self.viewport().update()
        self._visible_timer.start(0)

    def updateGeometries(self) -> None:
        sb = self.verticalScrollBar()
        sb.setPageStep(self.viewport().height())
        sb.setRange(0, max(0, self._height - self.viewport().height()))
        super().updateGeometries()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._visible_timer.start(0)

    def _section_of_row(self, row: int) -> int:
        return bisect_right(self._firsts, row) - 1

    def _left(self) -> int:
        # Centre the grid so the right margin does not look ragged.
        spare = self.viewport().width() - 2 * MARGIN - self._cols * CELL.width()
        return MARGIN + max(0, spare) // 2

    def header_rect(self, section: int) -> QRect:
        top = self._tops[section] - self.verticalOffset()
        return QRect(self._left(), top, self._cols * CELL.width(), HEADER)

    def visualRect(self, index: AnyIndex) -> QRect:
        if not index.isValid() or not self._firsts:
            return QRect()
        return self._cell_rect(index.row())

    def _cell_rect(self, row: int) -> QRect:
        s = self._section_of_row(row)
        k = row - self._firsts[s]
        x = self._left() + (k % self._cols) * CELL.width()
        y = self._tops[s] + HEADER + (k // self._cols) * CELL.height() - self.verticalOffset()
        return QRect(QPoint(x, y), CELL)

    def indexAt(self, point: QPoint) -> QModelIndex:
        y = point.y() + self.verticalOffset()
        s = bisect_right(self._tops, y) - 1
        if s < 0:
            return QModelIndex()
        section = self.gallery.sections()[s]
        local_y = y - self._tops[s] - HEADER
        col = (point.x() - self._left()) // CELL.width()
        if local_y < 0 or point.x() < self._left() or col >= self._cols:
            return QModelIndex()
        k = (local_y // CELL.height()) * self._cols + col
        if k >= section.count:
            return QModelIndex()
        return self.gallery.index(section.first + k)

    def visible_rows(self) -> range:
        """Rows whose cells intersect the viewport (a contiguous range: sections are in order)."""
        first = last = -1
        top, bottom = self.verticalOffset(), self.verticalOffset() + self.viewport().height()
        for s, section in zip(self._tops_sections(), self.gallery.sections(), strict=True):
            grid_top = s + HEADER
            rows = -(-section.count // self._cols)
            if grid_top + rows * CELL.height() < top or s > bottom:
                continue
            r0 = max(0, (top - grid_top) // CELL.height())
            r1 = min(rows - 1, (bottom - grid_top) // CELL.height())
            if r1 < r0:
                continue
            a = section.first + r0 * self._cols
            b = section.first + min(section.count, (r1 + 1) * self._cols) - 1
            first = a if first < 0 else first
            last = b
        return range(first, last + 1) if first >= 0 else range(0)

    def _tops_sections(self) -> list[int]:
        return self._tops

    # ---- QAbstractItemView's abstract methods -------------------------------------------

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: AnyIndex) -> bool:
        return False

    def scrollTo(
        self,
        index: AnyIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        rect = self.visualRect(index)
        if rect.isNull():
            return
        sb = self.verticalScrollBar()
        k = index.row() - self._firsts[self._section_of_row(index.row())]
        top = rect.top() - (HEADER if k < self._cols else 0)  # show the header with a first row
        if top < 0:
            sb.setValue(sb.value() + top)
        elif rect.bottom() > self.viewport().height():
            sb.setValue(sb.value() + rect.bottom() - self.viewport().height() + 1)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        n = self.gallery.rowCount()
        if n == 0:
            return QModelIndex()
        cur = self.currentIndex()
        row = cur.row() if cur.isValid() else -1
        A = QAbstractItemView.CursorAction
        if row < 0 or action == A.MoveHome:
            row = 0
        elif action == A.MoveEnd:
            row = n - 1
        elif action in (A.MoveLeft, A.MovePrevious):
            row -= 1
        elif action in (A.MoveRight, A.MoveNext):
            row += 1
        elif action in (A.MoveUp, A.MoveDown, A.MovePageUp, A.MovePageDown):
            step = CELL.height() if action in (A.MoveUp, A.MoveDown) else self.viewport().height()
            sign = -1 if action in (A.MoveUp, A.MovePageUp) else 1
            row = self._row_near(row, sign * step)
        return self.gallery.index(max(0, min(n - 1, row)))

    def _row_near(self, row: int, dy: int) -> int:
        """The row in the same column about ``dy`` pixels away, crossing section headers."""
        rect = self.visualRect(self.gallery.index(row))
        x = rect.center().x()
        y = rect.center().y() + dy
        while 0 <= y + self.verticalOffset() <= self._height:
            hit = self.indexAt(QPoint(x, y))
            if hit.isValid():
                return hit.row()
            y += 8 if dy > 0 else -8
            if abs(y - rect.center().y()) > abs(dy) + HEADER + CELL.height() * 2:
                break
        return row + (self._cols if dy > 0 else -self._cols)

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        selection = QItemSelection()
        norm = rect.normalized()
        for row in self.visible_rows():
            if self.visualRect(self.gallery.index(row)).intersects(norm):
                i = self.gallery.index(row)
                selection.select(i, i)
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        view = self.viewport().rect()
        for r in cast("Iterable[QItemSelectionRange]", selection):
            for row in range(r.top(), r.bottom() + 1):
                rect = self.visualRect(self.gallery.index(row))
                if rect.intersects(view):
                    region += rect
        return region

    # ---- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        area = event.region()  # the tiles that changed, not their bounding box
        pal = self.palette()
        sections: list[Section] = self.gallery.sections()
        for s, section in enumerate(sections):
            head = self.header_rect(s)
            if area.intersects(head):
                self._paint_header(painter, head, section, pal)
        delegate = self.itemDelegate()
        if not isinstance(delegate, PhotoDelegate):  # a grid always has its own; be safe
            painter.end()
            return
        kit = delegate.kit(pal, self.font())
        painter.setFont(kit.font)
        dpr = self.viewport().devicePixelRatioF()
        selection = self.selectionModel()
        hover = (
            self.indexAt(self.viewport().mapFromGlobal(self.cursor().pos())).row()
            if self.underMouse()
            else -1
        )
        for row in self.visible_rows():
            rect = self._cell_rect(row)
            if not area.intersects(rect):
                continue
            index = self.gallery.index(row)
            delegate.paint_tile(
                painter,
                rect,
                self.gallery.photo_at(row),
                kit,
                dpr=dpr,
                selected=selection.isSelected(index),
                hovered=row == hover,
            )
        painter.end()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            delegate = self.itemDelegate()
            if isinstance(delegate, PhotoDelegate):
                delegate.forget_words()
        super().changeEvent(event)

    def count_words(self, n: int) -> str:
        """A section header's count, "2 photos" / "2 Fotos"."""
        return self.tr("%n photo(s)", "", n)

    def _paint_header(
        self, painter: QPainter, rect: QRect, section: Section, pal: QPalette
    ) -> None:
        painter.save()
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        text_rect = rect.adjusted(4, 8, -4, -6)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, section.title
        )
        used = painter.fontMetrics().horizontalAdvance(section.title)
        painter.setFont(self.font())
        painter.setPen(theme.muted(pal))
        count = self.count_words(section.count)
        painter.drawText(
            text_rect.adjusted(used + 12, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            count,
        )
        line = theme.card_border(pal)
        painter.setPen(line)
        painter.drawLine(rect.left() + 4, rect.bottom(), rect.right() - 4, rect.bottom())
        painter.restore()
