"""The strip of a client's photos under the compare view: pick A and B, see which is which.

A real item model over plain records; thumbnails come from the disk cache in a worker and are
made into pixmaps here, on the GUI thread, as they arrive.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.journal.records import PhotoRecord
from needlejournal.ui import terms
from needlejournal.ui.local_dates import format_date

RecordRole = Qt.ItemDataRole.UserRole + 1
SlotRole = Qt.ItemDataRole.UserRole + 2  # "A", "B" or ""
THUMB = 96
Index = QModelIndex | QPersistentModelIndex


class PhotoStripModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[PhotoRecord] = []
        self.thumbs: dict[int, QPixmap] = {}
        self.a_id: int | None = None
        self.b_id: int | None = None

    def set_photos(self, photos: Sequence[PhotoRecord]) -> None:
        self.beginResetModel()
        self.photos = list(photos)
        self.endResetModel()

    def set_pair(self, a_id: int | None, b_id: int | None) -> None:
        self.a_id, self.b_id = a_id, b_id
        if self.photos:
            self.dataChanged.emit(self.index(0), self.index(len(self.photos) - 1))

    def set_thumbnail(self, photo_id: int, image: QImage) -> None:
        self.thumbs[photo_id] = QPixmap.fromImage(image)
        for row, photo in enumerate(self.photos):
            if photo.id == photo_id:
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.photos):
            return None
        photo = self.photos[index.row()]
        slot = "A" if photo.id == self.a_id else "B" if photo.id == self.b_id else ""
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = f"{slot} · " if slot else ""
            return f"{prefix}{format_date(photo.taken_at)}\n{terms.label(PhotoView, photo.view)}"
        if role == Qt.ItemDataRole.DecorationRole:
            thumb = self.thumbs.get(photo.id)
            return QIcon(thumb) if thumb is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = terms.label(PhotoRole, photo.role)
            view = terms.label(PhotoView, photo.view)
            return f"{photo.original_name} — {kind}, {view}\n" + self.tr(
                "Click: compare as B · Shift+click: make it A (the reference)"
            )
        if role == Qt.ItemDataRole.BackgroundRole and slot:
            return QColor(70, 130, 200, 70) if slot == "A" else QColor(230, 150, 60, 70)
        if role == RecordRole:
            return photo
        if role == SlotRole:
            return slot
        return None


def load_thumbnails(
    library_thumbnail: object, photos: Sequence[PhotoRecord]
) -> list[tuple[int, QImage]]:
    """Worker side: (photo id, QImage) for each photo's cached thumbnail."""
    out = []
    for photo in photos:
        try:
            path = library_thumbnail(photo)  # type: ignore[operator]
        except Exception:  # a missing original shows as a blank tile, not a failure
            continue
        image = QImage(str(Path(path)))
        if not image.isNull():
            out.append(
                (
                    photo.id,
                    image.scaled(
                        THUMB * 2,
                        THUMB * 2,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    ),
                )
            )
    return out


class PhotoStrip(QListView):
    """Horizontal thumbnails; click picks B, Shift+click picks A."""

    picked = Signal(object, bool)  # record, as_a

    def __init__(self, model: PhotoStripModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB * 3 // 4))
        self.setGridSize(QSize(THUMB + 34, THUMB * 3 // 4 + 46))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(THUMB * 3 // 4 + 58)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            as_a = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.picked.emit(index.data(RecordRole), as_a)
            return
        super().mousePressEvent(event)


def shown_label(photo: PhotoRecord) -> str:
    """``journal.compare.date_label`` in the window's language: "4. März 2026 · Frontal"."""
    return f"{format_date(photo.taken_at)} · {terms.label(PhotoView, photo.view)}"
