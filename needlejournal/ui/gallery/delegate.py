"""Paints one photo tile: the thumbnail (or a placeholder until it arrives) and a caption."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
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


@dataclass
class TileKit:
    """The colours, font and worded captions one palette and font paint tiles with."""

    palette: QPalette
    font: QFont
    metrics: QFontMetrics
    text: QColor
    muted: QColor
    selected_fill: QColor
    hover_fill: QColor
    ring: QPen
    captions: dict[tuple[str, str], str] = field(default_factory=dict)
    holders: dict[tuple[bool, float], QPixmap] = field(default_factory=dict)  # placeholders

    def caption(self, photo: PhotoRecord) -> str:
        """View · role, elided to the tile: a handful of distinct words, each worded once."""
        key = (photo.view, photo.role)
        text = self.captions.get(key)
        if text is None:
            text = self.metrics.elidedText(photo_caption(photo), Qt.TextElideMode.ElideRight, THUMB)
            self.captions[key] = text
        return text


class PhotoDelegate(QStyledItemDelegate):
    """Asks the loader for what it paints; the loader answers later with a repaint of the row."""

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.placeholders_painted = 0
        # Drawn once per palette, state and pixel ratio: a page of tiles waiting for their
        # thumbnails is then one pixmap blit each, not an antialiased path each.
        self._placeholders: dict[tuple[int, bool, float], QPixmap] = {}
        self._kits: dict[tuple[int, str], TileKit] = {}

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

    def forget_words(self) -> None:
        """The language changed: captions are worded again."""
        self._kits.clear()

    def kit(self, palette: QPalette, font: QFont) -> TileKit:
        """What every tile of one paint shares, made once per palette and font."""
        key = (palette.cacheKey(), font.key())
        kit = self._kits.get(key)
        if kit is None:
            if len(self._kits) >= 8:
                self._kits.clear()
            tint = palette.color(QPalette.ColorRole.Highlight)
            caption_font = QFont(font)
            caption_font.setPointSizeF(font.pointSizeF() * 0.9)
            kit = TileKit(
                palette=palette,
                font=caption_font,
                metrics=QFontMetrics(caption_font),
                text=palette.color(QPalette.ColorRole.Text),
                muted=theme.muted(palette),
                selected_fill=QColor(tint.red(), tint.green(), tint.blue(), 70),
                hover_fill=QColor(tint.red(), tint.green(), tint.blue(), 28),
                ring=QPen(tint, 2),
            )
            self._kits[key] = kit
        return kit

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        photo: PhotoRecord | None = index.data(GalleryModel.PhotoRole)
        if photo is None:
            return
        painter.save()
        kit = self.kit(option.palette, option.font)
        painter.setFont(kit.font)
        state = option.state
        device = painter.device()
        self.paint_tile(
            painter,
            option.rect,
            photo,
            kit,
            dpr=device.devicePixelRatioF() if device is not None else 1.0,
            selected=bool(state & QStyle.StateFlag.State_Selected),
            hovered=bool(state & QStyle.StateFlag.State_MouseOver),
        )
        painter.restore()

    def paint_tile(
        self,
        painter: QPainter,
        rect: QRect,
        photo: PhotoRecord,
        kit: TileKit,
        *,
        dpr: float = 1.0,
        selected: bool = False,
        hovered: bool = False,
    ) -> None:
        """One tile, with the painter's font already the kit's (the grid sets it once per
        paint: a page is ~40 tiles, and each Python-to-Qt call is a chance to wait for the
        GIL behind a decoding thread)."""
        x, y = rect.x(), rect.y()
        if selected or hovered:  # rounded: antialiased, only for the few tiles that need it
            frame = theme.rounded(QRectF(rect).adjusted(1, 1, -1, -1), 8)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillPath(frame, kit.selected_fill if selected else kit.hover_fill)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pix = self.loader.pixmap(photo)
        if pix is None:
            self.loader.request(photo, painting=True)
            self.placeholders_painted += 1
            broken = self.loader.is_broken(photo.sha256)
            holder = kit.holders.get((broken, dpr))
            if holder is None:
                holder = self.placeholder_pixmap(kit.palette, broken=broken, dpr=dpr)
                kit.holders[broken, dpr] = holder
            painter.drawPixmap(x + PAD, y + PAD, holder)
        else:
            dpr = pix.devicePixelRatio()
            w, h = round(pix.width() / dpr), round(pix.height() / dpr)
            # centred on its caption
            painter.drawPixmap(QRect(x + PAD + (THUMB - w) // 2, y + PAD + THUMB - h, w, h), pix)
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(kit.ring)
            painter.drawPath(theme.rounded(QRectF(rect).adjusted(1, 1, -1, -1), 8))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(kit.text if selected else kit.muted)
        painter.drawText(
            QRect(x + PAD, y + PAD + THUMB + 4, THUMB, CAPTION - 6),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            kit.caption(photo),
        )
