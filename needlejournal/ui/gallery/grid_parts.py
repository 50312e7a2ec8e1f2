"""The progress grid's parts: its measures, its bands and slots, and the painting of a band's
labels and of one cell (split out of ``progress_grid``; the view lays out and picks what is on
screen, ``GridPainter`` draws it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPixmap

from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.ui import terms, theme
from needlejournal.ui.gallery.delegate import placeholder
from needlejournal.ui.language import translate
from needlejournal.ui.local_dates import format_date

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord
    from needlejournal.ui.gallery.progress_grid import ProgressGridView

MARGIN = 10
LABEL_WIDTH = 96  # the view names on the left of each band
DATE_HEIGHT = 26  # the dates above each band
BAND_GAP = 16
MIN_CELL = 132  # columns are at least this wide; the width left over stretches them
MAX_CELL = 240  # …and at most this (few dates: the grid does not blow thumbnails up)
PAD = 5
CAPTION = 20
GRID_THUMB = 256  # at most the thumbnail cache's size: decoded to the cell, never above
BOX_RATIO = 0.75  # a thumbnail's box is 4:3 (most photos are); a portrait fits its height
VIEW_ORDER = tuple(PhotoView.labels())
ROLE_ORDER = {"before": 0, "after": 1, "progress": 2}


@dataclass
class Band:
    top: int
    first_slot: int
    slots: int
    rows: list[int] = field(default_factory=list)  # model rows placed in this band


@dataclass(frozen=True)
class Slot:
    day: date
    k: int  # 0, 1…: the day's first, second… photo of one view


@dataclass(frozen=True)
class DateSpan:
    col: int  # the band's column the label starts at
    span: int  # columns it covers
    day: date
    continued: bool  # the day began in a band above


def date_spans(slots: Sequence[Slot], first_slot: int, count: int) -> list[DateSpan]:
    """A band's date labels: one per run of its columns taken the same day. A run that
    carries on a day from the band above says so, so 40 photos of one day, wrapped into
    several bands, read as one day and not as several days with the same date."""
    spans: list[DateSpan] = []
    col = 0
    while col < count:
        day = slots[first_slot + col].day
        span = 1
        while col + span < count and slots[first_slot + col + span].day == day:
            span += 1
        spans.append(DateSpan(col, span, day, slots[first_slot + col].k > 0))
        col += span
    return spans


def date_label(each: DateSpan) -> str:
    text = format_date(each.day)
    if each.continued:
        return translate("ProgressGrid", "{date}, continued").format(date=text)
    return text


class GridPainter:
    """Draws for one ``ProgressGridView``: a band's view names and dates, and each cell."""

    def __init__(self, view: ProgressGridView) -> None:
        self.view = view
        self.placeholders: dict[tuple[int, int, int, bool, float], QPixmap] = {}

    def placeholder(self, box: QRectF, pal: QPalette, *, broken: bool) -> QPixmap:
        """Drawn once per size, palette and state: an antialiased glyph per waiting tile cost
        1.5 ms each, most of a screen's paint while its thumbnails were on their way."""
        dpr = self.view.devicePixelRatioF()
        key = (round(box.width()), round(box.height()), pal.cacheKey(), broken, dpr)
        pix = self.placeholders.get(key)
        if pix is None:
            if len(self.placeholders) >= 8:
                self.placeholders.clear()
            pix = QPixmap(round(box.width() * dpr), round(box.height() * dpr))
            pix.setDevicePixelRatio(dpr)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            placeholder(p, QRectF(0, 0, box.width(), box.height()), pal, broken=broken)
            p.end()
            self.placeholders[key] = pix
        return pix

    def band_labels(self, painter: QPainter, b: int, top: int, pal: QPalette) -> None:
        band = self.view.bands[b]
        painter.save()
        bold = self.view.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        for vr, view in enumerate(self.view.views):
            y = top + DATE_HEIGHT + vr * self.view.cell_h
            painter.drawText(
                QRect(MARGIN, y, LABEL_WIDTH - 8, self.view.cell_h - CAPTION),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                terms.label(PhotoView, view),
            )
        painter.setFont(self.view.font())
        painter.setPen(theme.muted(pal))
        for each in date_spans(self.view.slots, band.first_slot, band.slots):
            x = MARGIN + LABEL_WIDTH + each.col * self.view.cell_w
            width = each.span * self.view.cell_w - 2 * PAD
            text = painter.fontMetrics().elidedText(
                date_label(each), Qt.TextElideMode.ElideRight, width
            )
            painter.drawText(
                QRect(x + PAD, top, width, DATE_HEIGHT - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                text,
            )
        right = MARGIN + LABEL_WIDTH + band.slots * self.view.cell_w
        painter.fillRect(
            QRect(MARGIN, top + DATE_HEIGHT - 1, right - MARGIN, 1), theme.card_border(pal)
        )
        painter.restore()

    def cell(
        self,
        painter: QPainter,
        cell: QRectF,
        photo: PhotoRecord,
        state: tuple[bool, bool, bool],
        pal: QPalette,
    ) -> None:
        selected, focused, hovered = state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected or hovered:
            tint = pal.color(QPalette.ColorRole.Highlight)
            tint.setAlpha(70 if selected else 28)
            painter.fillPath(theme.rounded(cell.adjusted(1, 1, -1, -1), 8), tint)
        side = cell.width() - 2 * PAD
        box = QRectF(cell.left() + PAD, cell.top() + PAD, side, self.view.box_h)
        pix = self.view.loader.pixmap(photo)
        if pix is None:
            self.view.loader.request(photo, painting=True)
            broken = self.view.loader.is_broken(photo.sha256)
            painter.drawPixmap(box.topLeft(), self.placeholder(box, pal, broken=broken))
        else:
            dpr = self.view.devicePixelRatioF()
            w, h = pix.width() / dpr, pix.height() / dpr
            if w > side + 0.5 or h > self.view.box_h + 0.5:  # a portrait, or a size not yet redone
                fitted = pix.size().scaled(
                    int(side * dpr), int(self.view.box_h * dpr), Qt.AspectRatioMode.KeepAspectRatio
                )
                w, h = fitted.width() / dpr, fitted.height() / dpr
            target = QRectF(box.left() + (side - w) / 2, box.bottom() - h, w, h)
            painter.drawPixmap(target, pix, QRectF(pix.rect()))  # 1:1 in device pixels: a blit
        if selected or focused:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2 if selected else 1))
            painter.drawPath(theme.rounded(cell.adjusted(1, 1, -1, -1), 8))
        painter.setPen(pal.color(QPalette.ColorRole.Text) if selected else theme.muted(pal))
        caption = painter.fontMetrics().elidedText(
            terms.label(PhotoRole, photo.role), Qt.TextElideMode.ElideRight, int(side)
        )
        painter.drawText(
            QRectF(box.left(), box.bottom() + 2, side, CAPTION - 2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            caption,
        )
        painter.restore()
