"""A session card's photos: a row of small thumbnails under the card's text.

Geometry and painting live here so the timeline's delegate stays about text. Thumbnails come
from a ``ThumbnailLoader`` of their own (small, decoded off the GUI thread from the disk cache);
a tile not decoded yet is a placeholder and asks for it. Where each tile was painted is kept per
entry (relative to the card), so a click can be matched to its photo without redoing the layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QWidget,
)

from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.ui import terms, theme
from needlejournal.ui.gallery.delegate import placeholder
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord
    from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader

SIDE = 76  # the square a card thumbnail fits in
CAPTION = 16
GAP = 6
TOP_GAP = 8  # between the card's text and its photos
STRIP_HEIGHT = TOP_GAP + SIDE + CAPTION
ROLE_ORDER = {"before": 0, "after": 1, "progress": 2}


class TileSource(Protocol):
    """What the clicks need of the delegate: where tiles were painted, which are chosen."""

    tiles: dict[tuple[str, int], list[tuple[int, QRectF]]]
    chosen: set[int]
    chosen_order: list[int]


def card_order(photos: Sequence[PhotoRecord]) -> list[PhotoRecord]:
    """Befores first, then afters, then the rest; oldest first within each."""
    return sorted(photos, key=lambda p: (ROLE_ORDER.get(p.role, 3), p.taken_at, p.id))


def strip_height(photos: Sequence[PhotoRecord]) -> int:
    return STRIP_HEIGHT if photos else 0


def tile_rects(
    photos: Sequence[PhotoRecord], left: float, top: float, width: float
) -> tuple[list[tuple[PhotoRecord, QRectF]], int]:
    """The tiles that fit in ``width`` (thumbnail squares) and how many did not fit."""
    fit = max(1, int((width + GAP) // (SIDE + GAP)))
    shown = list(photos)
    if len(shown) > fit:
        shown = shown[: max(1, fit - 1)]  # leave room for the "+N more" tile
    rects = [
        (p, QRectF(left + i * (SIDE + GAP), top + TOP_GAP, SIDE, SIDE)) for i, p in enumerate(shown)
    ]
    return rects, len(photos) - len(shown)


def paint_strip(
    painter: QPainter,
    tiles: Sequence[tuple[PhotoRecord, QRectF]],
    hidden: int,
    loader: ThumbnailLoader,
    chosen: set[int],
    palette: QPalette,
) -> None:
    """The thumbnails (or placeholders, asking for them), their role, the chosen ones ringed."""
    painter.save()
    muted = theme.muted(palette)
    font = painter.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    painter.setFont(font)
    for photo, box in tiles:
        pix = loader.pixmap(photo)
        if pix is None:
            loader.request(photo, painting=True)
            placeholder(painter, box, palette, broken=loader.is_broken(photo.sha256))
        else:
            dpr = pix.devicePixelRatio()
            w, h = pix.width() / dpr, pix.height() / dpr
            target = QRectF(box.left() + (SIDE - w) / 2, box.top() + (SIDE - h) / 2, w, h)
            painter.drawPixmap(target, pix, QRectF(pix.rect()))
        if photo.id in chosen:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawPath(theme.rounded(box.adjusted(-2, -2, 2, 2), 6))
        painter.setPen(muted)
        painter.drawText(
            QRectF(box.left(), box.bottom() + 1, SIDE, CAPTION),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            terms.label(PhotoRole, photo.role),
        )
    if hidden and tiles:
        last = tiles[-1][1]
        more = QRectF(last.right() + GAP, last.top(), SIDE, SIDE)
        painter.setPen(muted)
        painter.drawText(
            more,
            Qt.AlignmentFlag.AlignCenter,
            f"+{hidden}",
        )
    painter.restore()


def hit(tiles: Sequence[tuple[int, QRectF]], point: QPointF) -> int | None:
    """The photo id whose tile holds ``point`` (both relative to the card's top left)."""
    return next((pid for pid, rect in tiles if rect.contains(point)), None)


class CardPhotoClicks(QObject):
    """Clicks on the cards' thumbnails: a click opens the photo, Ctrl/Shift+click chooses it
    (two chosen → compare). The click is the tile's alone: the card under it is not edited."""

    opened = Signal(int)  # photo id
    chosen_changed = Signal()

    def __init__(self, view: QAbstractItemView, delegate: TileSource) -> None:
        super().__init__(view)
        self.view = view
        self.delegate = delegate
        self._pressed_on_tile = False
        view.viewport().installEventFilter(self)

    def photo_at(self, pos: QPoint) -> int | None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return None
        from needlejournal.ui.timeline_model import TimelineModel

        entry = index.data(TimelineModel.EntryRole)
        tiles = self.delegate.tiles.get((entry.kind, entry.id), [])
        origin = self.view.visualRect(index).topLeft()
        return hit(tiles, QPointF(pos - origin))

    def choose(self, photo_id: int) -> None:
        """Toggle one photo's choice; a third choice lets go of the oldest."""
        chosen = self.delegate.chosen
        if photo_id in chosen:
            chosen.remove(photo_id)
            self.delegate.chosen_order.remove(photo_id)
        else:
            chosen.add(photo_id)
            self.delegate.chosen_order.append(photo_id)
            while len(chosen) > 2:
                chosen.discard(self.delegate.chosen_order.pop(0))
        self.view.viewport().update()
        self.chosen_changed.emit()

    def keep_only(self, photo_ids: set[int]) -> None:
        """Forget choices of photos no longer shown (deleted, another client)."""
        gone = self.delegate.chosen - photo_ids
        if gone:
            self.delegate.chosen -= gone
            self.delegate.chosen_order[:] = [i for i in self.delegate.chosen_order if i not in gone]
            self.view.viewport().update()
            self.chosen_changed.emit()

    def clear(self) -> None:
        self.delegate.chosen.clear()
        self.delegate.chosen_order.clear()
        self.view.viewport().update()
        self.chosen_changed.emit()

    def tooltip_at(self, pos: QPoint) -> str:
        from needlejournal.ui.local_dates import format_date
        from needlejournal.ui.timeline_model import TimelineModel

        photo_id = self.photo_at(pos)
        photos = self.view.indexAt(pos).data(TimelineModel.PhotosRole) or ()
        photo = next((p for p in photos if p.id == photo_id), None)
        if photo is None:
            return ""
        return QCoreApplication.translate(
            "CardPhotos", "{role} · {view} · {date}\nClick to open; Ctrl+click two to compare."
        ).format(
            role=terms.label(PhotoRole, photo.role),
            view=terms.label(PhotoView, photo.view),
            date=format_date(photo.taken_at),
        )

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.view.viewport())
                return True
            return False
        if kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ) or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            was, self._pressed_on_tile = self._pressed_on_tile, False
            return was
        photo_id = self.photo_at(event.position().toPoint())
        if photo_id is None:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed_on_tile = True
            mods = event.modifiers()
            if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                self.choose(photo_id)
            else:
                self.opened.emit(photo_id)
        return True


class ChosenPhotosBar(QWidget):
    """'2 photos chosen — Compare · Clear' above the cards, while any photo is chosen."""

    compare_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.compare_button = QPushButton(self.tr("Compare"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.compare_button.clicked.connect(self.compare_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.compare_button)
        row.addWidget(self.clear_button)
        self.show_count(0)

    def show_count(self, n: int) -> None:
        self.setVisible(n > 0)
        self.compare_button.setEnabled(n == 2)
        if n == 1:
            self.label.setText(self.tr("1 photo chosen: Ctrl+click another to compare them."))
        else:
            self.label.setText(self.tr("%n photo(s) chosen.", "", n))
