"""Paints one photo tile: the thumbnail (or a placeholder until it arrives) and a caption."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from needlejournal.ui import theme
from needlejournal.ui.gallery.model import GalleryModel, photo_caption

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord
    from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader

AnyIndex = QModelIndex | QPersistentModelIndex
THUMB = 136  # the square a thumbnail fits in
PAD = 6
CAPTION = 26
CELL = QSize(THUMB + 2 * PAD, THUMB + 2 * PAD + CAPTION)
RADIUS = 4  # thumbnails' corners, rounded by the loader's workers (not clipped per paint)


def placeholder(painter: QPainter, rect: QRectF, palette: QPalette, *, broken: bool) -> None:
    """A calm empty frame with a small landscape glyph (or a cross when it cannot be shown)."""
    painter.fillPath(theme.rounded(rect, 6), theme.card_fill(palette, light=True))
    colour = theme.muted(palette)
    colour.setAlpha(150)
    painter.setPen(QPen(colour, 1.5))
    c = rect.center()
    if broken:
        painter.drawLine(QPointF(c.x() - 10, c.y() - 10), QPointF(c.x() + 10, c.y() + 10))
        painter.drawLine(QPointF(c.x() - 10, c.y() + 10), QPointF(c.x() + 10, c.y() - 10))
        return
    glyph = QPainterPath()
    glyph.moveTo(c.x() - 16, c.y() + 10)
    glyph.lineTo(c.x() - 4, c.y() - 4)
    glyph.lineTo(c.x() + 4, c.y() + 4)
    glyph.lineTo(c.x() + 9, c.y() - 1)
    glyph.lineTo(c.x() + 16, c.y() + 10)
    glyph.closeSubpath()
    painter.drawPath(glyph)
    painter.drawEllipse(QPointF(c.x() + 8, c.y() - 11), 3.5, 3.5)


class PhotoDelegate(QStyledItemDelegate):
    """Asks the loader for what it paints; the loader answers later with a repaint of the row."""

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.placeholders_painted = 0
        # Drawn once per palette, state and pixel ratio: a page of tiles waiting for their
        # thumbnails is then one pixmap blit each, not an antialiased path each.
        self._placeholders: dict[tuple[int, bool, float], QPixmap] = {}

    def placeholder_pixmap(self, palette: QPalette, *, broken: bool, dpr: float) -> QPixmap:
        key = (palette.cacheKey(), broken, dpr)
        pix = self._placeholders.get(key)
        if pix is None:
            if len(self._placeholders) >= 8:  # palettes changed: drop the old ones
                self._placeholders.clear()
            side = round(THUMB * dpr)
            pix = QPixmap(side, side)
            pix.setDevicePixelRatio(dpr)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            placeholder(p, QRectF(0, 0, THUMB, THUMB), palette, broken=broken)
            p.end()
            self._placeholders[key] = pix
        return pix

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return CELL  # fixed: laying out never needs a thumbnail

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        photo: PhotoRecord | None = index.data(GalleryModel.PhotoRole)
        if photo is None:
            return
        pal = option.palette
        cell = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            tint = pal.color(QPalette.ColorRole.Highlight)
            tint.setAlpha(70 if selected else 28)
            painter.fillPath(theme.rounded(cell.adjusted(1, 1, -1, -1), 8), tint)
        box = QRectF(cell.left() + PAD, cell.top() + PAD, THUMB, THUMB)
        pix = self.loader.pixmap(photo)
        if pix is None:
            self.loader.request(photo, painting=True)
            self.placeholders_painted += 1
            broken = self.loader.is_broken(photo.sha256)
            dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
            painter.drawPixmap(box.topLeft(), self.placeholder_pixmap(pal, broken=broken, dpr=dpr))
        else:
            w, h = pix.width() / pix.devicePixelRatio(), pix.height() / pix.devicePixelRatio()
            target = QRectF(box.left() + (THUMB - w) / 2, box.bottom() - h, w, h)  # on its caption
            painter.drawPixmap(target.toRect(), pix)
        if selected:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            painter.drawPath(theme.rounded(cell.adjusted(1, 1, -1, -1), 8))
        text_rect = QRect(int(cell.left()) + PAD, int(box.bottom()) + 4, THUMB, CAPTION - 6)
        painter.setPen(pal.color(QPalette.ColorRole.Text) if selected else theme.muted(pal))
        font = option.font
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        caption = painter.fontMetrics().elidedText(
            photo_caption(photo), Qt.TextElideMode.ElideRight, THUMB
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption
        )
        painter.restore()
