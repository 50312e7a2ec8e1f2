"""The Photos tab's progress grid: one row per view, one column per date, read left to right.

Rows are the views the shown photos have (front, left 45°, right 45°, left/right 90°,
close-ups, other) and columns the days they were taken, oldest first; a day with two photos of
one view (a before and an after) has two columns. The columns fill the width: as many as fit
at ``MIN_CELL`` pixels, stretched to the width; when the days do not fit, the grid wraps into
bands, each with its own date row and view labels. Resizing reflows it.

Like ``GalleryView`` it lays out by arithmetic over the model's rows (no item is asked for its
size), paints only what is on screen, and so asks only for visible thumbnails; it shares the
session layout's model and selection model, so a choice made in one layout holds in the other.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QWidget

from needlejournal.dates import local
from needlejournal.ui.gallery.grid_parts import (
    BAND_GAP,
    BOX_RATIO,
    CAPTION,
    DATE_HEIGHT,
    GRID_THUMB,
    LABEL_WIDTH,
    MARGIN,
    MAX_CELL,
    MIN_CELL,
    PAD,
    ROLE_ORDER,
    VIEW_ORDER,
    Band,
    GridPainter,
    Slot,
)
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.ui.gallery.model import GalleryModel
    from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader

AnyIndex = QModelIndex | QPersistentModelIndex

__all__ = ["GRID_THUMB", "LABEL_WIDTH", "MARGIN", "ProgressGridView"]


class ProgressGridView(QAbstractItemView):
    visible_changed = Signal()

    def __init__(
        self, model: GalleryModel, loader: ThumbnailLoader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.gallery = model
        self.loader = loader
        self.views: list[str] = []
        self.slots: list[Slot] = []
        self.bands: list[Band] = []
        self.per_band = 1
        self.cell_w = MIN_CELL
        self.cell_h = MIN_CELL
        self.box_h = MIN_CELL
        self._pos: dict[int, tuple[int, int, int]] = {}  # model row → (band, view row, column)
        self._at: dict[tuple[int, int, int], int] = {}
        self._slot_of: dict[int, int] = {}  # model row → its slot
        self._by_view: dict[int, list[int]] = {}  # view row → model rows, oldest first
        self._tops: list[int] = []
        self._height = 0
        self.painter = GridPainter(self)  # band labels and cells (``grid_parts``)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setFrameShape(QAbstractItemView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Progress grid"))
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.timeout.connect(self.visible_changed.emit)
        for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            sig.connect(self.relayout)
        model.dataChanged.connect(self._data_changed)
        self.relayout()

    # ---- layout -------------------------------------------------------------------------------

    def relayout(self, *_args: object) -> None:
        """Place every photo; while the grid is not on screen (the other layout is shown)
        only noted, and done when it is shown. Laying out 10,000 photos costs ~29 ms, which
        opening a client paid for a grid nobody looked at (issue 15)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        photos = self.gallery.photos()
        groups: dict[tuple[date, str], list[int]] = {}
        for row, p in enumerate(photos):
            groups.setdefault((local(p.taken_at).date(), p.view), []).append(row)
        rank = {v: i for i, v in enumerate(VIEW_ORDER)}
        self.views = sorted({p.view for p in photos}, key=lambda v: (rank.get(v, 99), v))
        view_row = {v: i for i, v in enumerate(self.views)}
        per_day: dict[date, int] = {}
        for (day, _view), rows in groups.items():
            per_day[day] = max(per_day.get(day, 0), len(rows))
        self.slots = [Slot(day, k) for day in sorted(per_day) for k in range(per_day[day])]
        first_slot: dict[date, int] = {}
        for i, each in enumerate(self.slots):
            first_slot.setdefault(each.day, i)
        width = self.viewport().width() - 2 * MARGIN - LABEL_WIDTH
        self.per_band = max(1, width // MIN_CELL)
        self.cell_w = max(MIN_CELL // 2, min(MAX_CELL, width // self.per_band))
        self.box_h = round((self.cell_w - 2 * PAD) * BOX_RATIO)
        self.cell_h = self.box_h + CAPTION + 2 * PAD
        # Thumbnails decoded at the cell's size: painting one is a blit, not a smooth scale
        # (scaling 40 tiles per paint cost ~100 ms a screen in the benchmark).
        dpr = self.devicePixelRatioF()
        self.loader.set_size(round(min(self.cell_w - 2 * PAD, GRID_THUMB) * dpr))
        n_bands = -(-len(self.slots) // self.per_band) if self.slots else 0
        band_h = DATE_HEIGHT + len(self.views) * self.cell_h + BAND_GAP
        self.bands = [
            Band(
                MARGIN + b * band_h,
                b * self.per_band,
                min(self.per_band, len(self.slots) - b * self.per_band),
            )
            for b in range(n_bands)
        ]
        self._tops = [band.top for band in self.bands]
        self._pos, self._at, self._slot_of = {}, {}, {}
        self._by_view = {i: [] for i in range(len(self.views))}
        for (day, view), rows in groups.items():
            rows.sort(key=lambda r: (ROLE_ORDER.get(photos[r].role, 3), photos[r].taken_at))
            for k, row in enumerate(rows):
                slot = first_slot[day] + k
                band, col = divmod(slot, self.per_band)
                vr = view_row[view]
                self._pos[row] = (band, vr, col)
                self._at[(band, vr, col)] = row
                self._slot_of[row] = slot
                self.bands[band].rows.append(row)
                self._by_view[vr].append(row)
        for rows in self._by_view.values():
            rows.sort(key=lambda r: self._slot_of[r])
        self._height = MARGIN + n_bands * band_h
        self.verticalScrollBar().setSingleStep(max(1, self.cell_h // 3))
        self.updateGeometries()
        self.viewport().update()
        self._visible_timer.start(0)

    @override
    def updateGeometries(self) -> None:
        sb = self.verticalScrollBar()
        sb.setPageStep(self.viewport().height())
        sb.setRange(0, max(0, self._height - self.viewport().height()))
        super().updateGeometries()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.relayout()
        super().showEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._visible_timer.start(0)

    def _data_changed(
        self, _first: QModelIndex, _last: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        if list(roles) != [Qt.ItemDataRole.DecorationRole]:
            self.relayout()  # an edit may move a photo to another view or day

    def cell_rect(self, band: int, view_row: int, col: int) -> QRect:
        top = self.bands[band].top + DATE_HEIGHT + view_row * self.cell_h - self.verticalOffset()
        left = MARGIN + LABEL_WIDTH + col * self.cell_w
        return QRect(left, top, self.cell_w, self.cell_h)

    def columns(self) -> int:
        return self.per_band

    def position_of(self, row: int) -> tuple[str, date] | None:
        """The view (row) and the day (column) a model row sits at."""
        if row not in self._pos:
            return None
        return self.views[self._pos[row][1]], self.slots[self._slot_of[row]].day

    # ---- QAbstractItemView --------------------------------------------------------------------

    @override
    def visualRect(self, index: AnyIndex) -> QRect:
        pos = self._pos.get(index.row()) if index.isValid() else None
        return QRect() if pos is None else self.cell_rect(*pos)

    @override
    def indexAt(self, point: QPoint) -> QModelIndex:
        y = point.y() + self.verticalOffset()
        b = bisect_right(self._tops, y) - 1
        if b < 0:
            return QModelIndex()
        local_y = y - self._tops[b] - DATE_HEIGHT
        local_x = point.x() - MARGIN - LABEL_WIDTH
        if local_y < 0 or local_x < 0:
            return QModelIndex()
        key = (b, local_y // self.cell_h, local_x // self.cell_w)
        row = self._at.get(key)
        return self.gallery.index(row) if row is not None else QModelIndex()

    def visible_rows(self) -> list[int]:
        top, bottom = self.verticalOffset(), self.verticalOffset() + self.viewport().height()
        first = max(0, bisect_right(self._tops, top) - 1)
        rows: list[int] = []
        for band in self.bands[first:]:
            if band.top > bottom:
                break
            for row in band.rows:
                rect = self.visualRect(self.gallery.index(row))
                if rect.bottom() >= 0 and rect.top() <= self.viewport().height():
                    rows.append(row)
        return rows

    @override
    def horizontalOffset(self) -> int:
        return 0

    @override
    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    @override
    def isIndexHidden(self, index: AnyIndex) -> bool:
        return False

    @override
    def scrollTo(
        self,
        index: AnyIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        rect = self.visualRect(index)
        if rect.isNull():
            return
        sb = self.verticalScrollBar()
        top = rect.top() - (DATE_HEIGHT if self._pos[index.row()][1] == 0 else 0)
        if top < 0:
            sb.setValue(sb.value() + top)
        elif rect.bottom() > self.viewport().height():
            sb.setValue(sb.value() + rect.bottom() - self.viewport().height() + 1)

    @override
    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Left/Right: earlier/later photo of the same view; Up/Down: the nearest photo of the
        view above/below; Page: a band's worth of dates; Home/End: the view's first/last."""
        if not self._pos:
            return QModelIndex()
        cur = self.currentIndex()
        row = cur.row() if cur.isValid() and cur.row() in self._pos else None
        if row is None:
            first_view = min(v for v, rows in self._by_view.items() if rows)
            return self.gallery.index(self._by_view[first_view][0])
        vr = self._pos[row][1]
        line = self._by_view[vr]
        i = line.index(row)
        A = QAbstractItemView.CursorAction
        if action in (A.MoveLeft, A.MovePrevious):
            i -= 1
        elif action in (A.MoveRight, A.MoveNext):
            i += 1
        elif action == A.MoveHome:
            i = 0
        elif action == A.MoveEnd:
            i = len(line) - 1
        elif action in (A.MovePageUp, A.MovePageDown):
            step = self.per_band if action == A.MovePageDown else -self.per_band
            return self._nearest(vr, self._slot_of[row] + step)
        elif action in (A.MoveUp, A.MoveDown):
            step = -1 if action == A.MoveUp else 1
            target = vr + step
            while 0 <= target < len(self.views) and not self._by_view[target]:
                target += step
            if 0 <= target < len(self.views):
                return self._nearest(target, self._slot_of[row])
            return self.gallery.index(row)
        return self.gallery.index(line[max(0, min(len(line) - 1, i))])

    def _nearest(self, view_row: int, slot: int) -> QModelIndex:
        line = self._by_view[view_row]
        best = min(line, key=lambda r: (abs(self._slot_of[r] - slot), self._slot_of[r]))
        return self.gallery.index(best)

    @override
    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        selection = QItemSelection()
        norm = rect.normalized()
        for row in self.visible_rows():
            i = self.gallery.index(row)
            if self.visualRect(i).intersects(norm):
                selection.select(i, i)
        self.selectionModel().select(selection, command)

    @override
    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        view = self.viewport().rect()
        for r in cast("Iterable[QItemSelectionRange]", selection):
            for row in range(r.top(), r.bottom() + 1):
                rect = self.visualRect(self.gallery.index(row))
                if rect.intersects(view):
                    region += rect
        return region

    # ---- painting -----------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = event.rect()
        pal = self.palette()
        height = self.viewport().height()
        first = max(0, bisect_right(self._tops, self.verticalOffset()) - 1)
        for b in range(first, len(self.bands)):
            band = self.bands[b]
            top = band.top - self.verticalOffset()
            if top > height:
                break
            labels = QRect(0, top, self.viewport().width(), DATE_HEIGHT)
            gutter = QRect(
                0, top, MARGIN + LABEL_WIDTH, len(self.views) * self.cell_h + DATE_HEIGHT
            )
            if labels.intersects(area) or gutter.intersects(area):
                self.painter.band_labels(painter, b, top, pal)
        selection = self.selectionModel()
        current = self.currentIndex()
        hover = self.indexAt(self.viewport().mapFromGlobal(self.cursor().pos()))
        photos = self.gallery.photos()
        for row in self.visible_rows():
            index = self.gallery.index(row)
            rect = self.visualRect(index)
            if rect.intersects(area):
                state = (
                    selection.isSelected(index),
                    index == current and self.hasFocus(),
                    index == hover and self.underMouse(),
                )
                self.painter.cell(painter, QRectF(rect), photos[row], state, pal)
        painter.end()
