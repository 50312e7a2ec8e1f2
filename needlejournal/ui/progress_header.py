"""Progress at a glance: the top of a person's timeline.

Their first and latest photo of their main view side by side (the latest aligned onto the first
when both carry anchors), the dates, "N sessions, M weeks" and how the texture and tone scores
moved; a click on the pair opens the compare window on exactly that pair. With no photo, or
only one, it says what to do and offers the button that does it.

Facts come from ``needlejournal.journal.progress`` (pure over the records the window already
holds); the pair is decoded on a lane of its own and a stale answer (another client, another
pair) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.ui import terms, theme
from needlejournal.ui.gallery.delegate import placeholder
from needlejournal.ui.local_dates import format_date
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from needlejournal.journal.progress import Glance, ScoreChange
    from needlejournal.journal.records import PhotoRecord, TimelineEntry
    from needlejournal.ui.ops import Lane

TILE_HEIGHT = 132
COMPACT_TILE_HEIGHT = 64  # a short window: the pair stays, smaller
# (first, latest) → both decoded to fit the tiles, the latest aligned on the first when it can be
PairDecoder = Callable[["PhotoRecord", "PhotoRecord"], tuple[QImage, QImage, bool]]


class PhotoTile(QWidget):
    """One photo, fitted to the tile's height, over its caption; a click asks for compare."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap: QPixmap | None = None
        self.caption = ""
        self.tile_height = TILE_HEIGHT
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_photo(self, pixmap: QPixmap | None, caption: str) -> None:
        self.pixmap, self.caption = pixmap, caption
        self.setToolTip(caption)
        self.setAccessibleName(caption)
        self.updateGeometry()
        self.update()

    def _image_width(self) -> int:
        if self.pixmap is None or self.pixmap.isNull() or self.pixmap.height() == 0:
            return self.tile_height * 4 // 3
        return max(40, round(self.pixmap.width() * self.tile_height / self.pixmap.height()))

    @override
    def sizeHint(self) -> QSize:
        return QSize(self._image_width(), self.tile_height + self.fontMetrics().height() + 6)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.sizeHint().height())

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        pal = self.palette()
        w = min(self.width(), self._image_width())
        h = self.tile_height
        if self.pixmap is not None and not self.pixmap.isNull():
            scaled = self.pixmap.size().scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, h - scaled.height(), scaled.width(), scaled.height())
            painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        else:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            placeholder(painter, QRectF(0, 0, w, h), pal, broken=False)
        painter.setPen(theme.muted(pal))
        text = self.fontMetrics().elidedText(self.caption, Qt.TextElideMode.ElideRight, w)
        painter.drawText(
            QRectF(0, h + 3, w, self.fontMetrics().height()), Qt.AlignmentFlag.AlignLeft, text
        )
        painter.end()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ProgressHeader(QFrame):
    """First vs latest photo of the main view, with the facts between them."""

    compare_requested = Signal(int, int)  # first photo id, latest photo id

    def __init__(self, lane: Lane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressHeader")
        self.lane = lane
        self.decoder: PairDecoder | None = None
        self.add_photos_action: QAction | None = None
        self.current: Glance | None = None
        self.shown_key: tuple[int, int, int, int] | None = None  # the pair the tiles show
        self.aligned = False
        self.first_tile = PhotoTile(self)
        self.latest_tile = PhotoTile(self)
        for tile in (self.first_tile, self.latest_tile):
            tile.clicked.connect(self._compare)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scores = QLabel(self)
        self.scores.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Compare first and latest"), self)
        self.compare_button.clicked.connect(self._compare)
        self.add_button = QPushButton(self.tr("Add photos"), self)
        self.add_button.clicked.connect(self._add_photos)
        text = QVBoxLayout()
        text.setSpacing(4)
        for w in (self.title, self.facts, self.scores, self.note):
            text.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        text.addLayout(buttons)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 6, 4, 6)
        row.setSpacing(10)
        row.addWidget(self.first_tile)
        row.addWidget(self.latest_tile)
        row.addLayout(text, 1)
        self.show_glance(None)

    def set_compact(self, compact: bool) -> None:
        """Smaller tiles in a short window, so the cards below keep room to be read."""
        height = COMPACT_TILE_HEIGHT if compact else TILE_HEIGHT
        for tile in (self.first_tile, self.latest_tile):
            if tile.tile_height != height:
                tile.tile_height = height
                tile.updateGeometry()
                tile.update()
        self.note.setVisible(not compact and bool(self.note.text()))

    def is_compact(self) -> bool:
        return self.first_tile.tile_height == COMPACT_TILE_HEIGHT

    # ---- what to show -----------------------------------------------------------------------

    def update_from(self, photos: Sequence[PhotoRecord], entries: Sequence[TimelineEntry]) -> None:
        """Recompute from the client's photos and timeline (both as the window holds them)."""
        from needlejournal.journal.progress import glance

        self.show_glance(glance(photos, entries))

    def show_glance(self, g: Glance | None) -> None:
        self.current = g
        if g is None or g.first is None:
            self._say_no_photos()
            return
        view = terms.label(PhotoView, g.view or "")
        self.title.setText(self.tr("Progress · {view}").format(view=view))
        self.first_tile.show()
        self.add_button.setVisible(g.latest is None)
        self.add_button.setEnabled(self._can_add())
        if g.latest is None:
            self.latest_tile.hide()
            self.compare_button.hide()
            self._set_tile(self.first_tile, g.first, None)
            self.facts.setText(
                self.tr(
                    "Only one photo of this view so far ({date}). Add a later photo of the same "
                    "view to see the change here."
                ).format(date=format_date(g.first.taken_at))
            )
            self.scores.setText(self._scores_text(g))
            self.note.setText("")
            self.note.hide()
            self._decode(g)
            return
        self.latest_tile.show()
        self.compare_button.show()
        self.facts.setText(
            self.tr("{first} → {latest} · {sessions}, {span}").format(
                first=format_date(g.first.taken_at),
                latest=format_date(g.latest.taken_at),
                sessions=self.sessions_text(g.sessions),
                span=self.span_text(g.days),
            )
        )
        self.scores.setText(self._scores_text(g))
        self.note.setVisible(not self.is_compact())
        self._decode(g)

    def _say_no_photos(self) -> None:
        self.title.setText(self.tr("Progress"))
        self.first_tile.hide()
        self.latest_tile.hide()
        self.compare_button.hide()
        self.add_button.show()
        self.add_button.setEnabled(self._can_add())
        self.facts.setText(
            self.tr(
                "Your first and latest photo will show here side by side. Take “before” "
                "photos of the front view — same light, same distance, no make-up — and add "
                "them."
            )
        )
        self.scores.setText("")
        self.note.hide()
        self.shown_key = None

    def sessions_text(self, n: int) -> str:
        return self.tr("%n session(s)", "", n)

    def span_text(self, days: int) -> str:
        if days < 14:
            return self.tr("%n day(s)", "", days)
        return self.tr("%n week(s)", "", days // 7)

    def change_text(self, label: str, change: ScoreChange) -> str:
        if change.delta == 0:
            return self.tr("{label} {first} → {latest} (no change)").format(
                label=label, first=change.first, latest=change.latest
            )
        return self.tr("{label} {first} → {latest} ({delta:+d})").format(
            label=label, first=change.first, latest=change.latest, delta=change.delta
        )

    def _scores_text(self, g: Glance) -> str:
        parts = []
        if g.texture is not None:
            parts.append(self.change_text(self.tr("Texture"), g.texture))
        if g.tone is not None:
            parts.append(self.change_text(self.tr("Tone"), g.tone))
        if not parts:
            return self.tr("Score texture and tone in two skin checks to see them change here.")
        return " · ".join(parts)

    def _set_tile(self, tile: PhotoTile, photo: PhotoRecord, pixmap: QPixmap | None) -> None:
        caption = self.tr("{role} · {date}").format(
            role=terms.label(PhotoRole, photo.role), date=format_date(photo.taken_at)
        )
        tile.set_photo(pixmap, caption)

    # ---- decoding the pair (a lane of its own) -------------------------------------------

    def _decode(self, g: Glance) -> None:
        assert g.first is not None
        first, latest = g.first, g.latest or g.first
        key = (first.id, first.version, latest.id, latest.version)
        if key == self.shown_key:
            return
        self.shown_key = key
        self._set_tile(self.first_tile, first, None)
        if g.latest is not None:
            self._set_tile(self.latest_tile, g.latest, None)
        decoder = self.decoder
        if decoder is None:
            return
        self.lane.run(
            lambda: decoder(first, latest),
            lambda r: self._decoded(key, r),
            lambda _message: self._not_decoded(key),
        )

    def _decoded(self, key: tuple[int, int, int, int], result: tuple[QImage, QImage, bool]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the pair was decoding
        g = self.current
        if key != self.shown_key or g is None or g.first is None:
            return  # another client or another pair by now
        image_a, image_b, aligned = result
        self.aligned = aligned
        self._set_tile(self.first_tile, g.first, QPixmap.fromImage(image_a))
        if g.latest is not None:
            self._set_tile(self.latest_tile, g.latest, QPixmap.fromImage(image_b))
            self.note.setText(
                self.tr("Aligned on your anchors.")
                if aligned
                else self.tr("Not aligned: set anchors in Compare to line them up.")
            )

    def _not_decoded(self, key: tuple[int, int, int, int]) -> None:
        """Neither the photo nor its thumbnail could be read: say so beside the pair, quietly
        (a dialog for a header that only illustrates would interrupt for nothing)."""
        if shiboken6.isValid(self) and key == self.shown_key:
            self.note.setText(self.tr("These photos' files could not be read."))
            self.note.show()

    # ---- buttons --------------------------------------------------------------------------

    def _can_add(self) -> bool:
        return self.add_photos_action is not None and self.add_photos_action.isEnabled()

    def _add_photos(self) -> None:
        if self.add_photos_action is not None:
            self.add_photos_action.trigger()

    def _compare(self) -> None:
        g = self.current
        if g is not None and g.first is not None and g.latest is not None:
            self.compare_requested.emit(g.first.id, g.latest.id)
