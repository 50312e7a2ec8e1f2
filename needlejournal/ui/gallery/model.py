"""The gallery's item model: one client's photos, grouped by session, filtered by view/role.

A flat list model (one row per photo) whose rows are ordered section by section; the view reads
``sections()`` to draw a header above each group. Rows carry records (frozen dataclasses) only;
thumbnails are not the model's business: it just says which rows changed when one arrives.

The rows are arranged (``gallery.arrangement``) on the GUI thread for small galleries and, given
a lane (the panel gives the journal lane), there from ``ARRANGE_OFF_THREAD_FROM`` photos: the
model keeps showing its rows until the new ones arrive, and an arrangement overtaken by a later
change is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.ui import terms
from needlejournal.ui.gallery.arrangement import (
    PROGRESS_TITLE,
    Arrangement,
    PhotoFilter,
    Section,
    arrange,
)
from needlejournal.ui.local_dates import format_day

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from needlejournal.journal.records import PhotoRecord
    from needlejournal.ui.ops import Lane

__all__ = ["PROGRESS_TITLE", "GalleryModel", "photo_caption"]

AnyIndex = QModelIndex | QPersistentModelIndex
# Arranging 1,000 photos takes ~1 ms; 10,000 took ~12 ms, a stalled frame on the GUI thread.
ARRANGE_OFF_THREAD_FROM = 1000


def photo_caption(photo: PhotoRecord) -> str:
    return f"{terms.label(PhotoView, photo.view)} · {terms.label(PhotoRole, photo.role)}"


class GalleryModel(QAbstractListModel):
    PhotoRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    Sha256Role = Qt.ItemDataRole.UserRole + 3
    SectionRole = Qt.ItemDataRole.UserRole + 4  # index into sections()
    PhotoRoleRole = Qt.ItemDataRole.UserRole + 5  # "before" | "after" | "progress"
    ViewRole = Qt.ItemDataRole.UserRole + 6
    TakenAtRole = Qt.ItemDataRole.UserRole + 7
    SessionRole = Qt.ItemDataRole.UserRole + 8  # treatment id or None

    # The client's photos changed (loaded, added, edited, deleted), whatever the filters show:
    # the timeline's cards and progress header follow this, not the filtered rows.
    photos_changed = Signal()
    # Rows arranged on the lane have been shown (see ``arranging``).
    arranged = Signal()

    def __init__(self, parent: Any = None, lane: Lane | None = None) -> None:
        super().__init__(parent)
        self.client_id: int | None = None
        self._all: list[PhotoRecord] = []
        self._sessions: dict[int, datetime] = {}  # replaced, never changed: workers read it
        self._shown = Arrangement.empty()
        self._filter = PhotoFilter()
        self._lane = lane  # where large galleries are arranged (None: always here)
        self._generation = 0  # bumped by every change of what the rows should be
        self._arriving: int | None = None  # the generation being arranged on the lane
        self.thumbnail: Callable[[PhotoRecord], QPixmap | None] = lambda _p: None

    # ---- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._shown.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self._shown.rows
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        p = rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo_caption(p)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{photo_caption(p)}, {format_day(p.taken_at)} — {p.original_name}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(p)  # a cached pixmap or None: never decodes here
        if role == self.PhotoRole:
            return p
        if role == self.IdRole:
            return p.id
        if role == self.Sha256Role:
            return p.sha256
        if role == self.SectionRole:
            return self._shown.row_section[index.row()]
        if role == self.PhotoRoleRole:
            return p.role
        if role == self.ViewRole:
            return p.view
        if role == self.TakenAtRole:
            return p.taken_at
        if role == self.SessionRole:
            return p.treatment_id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in (
            (self.PhotoRole, b"photo"),
            (self.IdRole, b"photoId"),
            (self.Sha256Role, b"sha256"),
            (self.SectionRole, b"section"),
            (self.PhotoRoleRole, b"photoRole"),
            (self.ViewRole, b"view"),
            (self.TakenAtRole, b"takenAt"),
            (self.SessionRole, b"session"),
        ):
            names[role] = QByteArray(name)
        return names

    # ---- content ----------------------------------------------------------------------------

    def set_photos(
        self,
        client_id: int | None,
        photos: Sequence[PhotoRecord],
        sessions: dict[int, datetime] | None = None,
    ) -> None:
        self.client_id = client_id
        self._all = list(photos)
        if sessions is not None:
            self._sessions = dict(sessions)
        self._rebuild()
        self.photos_changed.emit()

    def set_sessions(self, sessions: dict[int, datetime]) -> None:
        if sessions != self._sessions:
            self._sessions = dict(sessions)
            self._rebuild()

    def set_filter(
        self, *, view: str | None = None, role: str | None = None, session: int | None = None
    ) -> None:
        self._filter = PhotoFilter(view, role, session)
        self._rebuild()

    @property
    def arranging(self) -> bool:
        """True while new rows are being arranged on the lane (the old ones are shown)."""
        return self._arriving is not None

    def _rebuild(self) -> None:
        self._generation += 1
        photos, sessions, wanted = self._all, self._sessions, self._filter
        if self._lane is None or len(photos) < ARRANGE_OFF_THREAD_FROM:
            self._arriving = None
            self._show(arrange(photos, sessions, wanted))
            return
        # A copy: ``add_photo`` appends to the list the GUI thread holds.
        photos, generation = list(photos), self._generation
        self._arriving = generation
        self._lane.run(
            lambda: arrange(photos, sessions, wanted),
            lambda arranged: self._arrived(generation, arranged),
        )

    def _arrived(self, generation: int, arranged: Arrangement) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return  # overtaken by a later change (its own arrangement follows), or closed
        self._arriving = None
        self._show(arranged)
        self.arranged.emit()

    def _show(self, arranged: Arrangement) -> None:
        self.beginResetModel()
        self._shown = arranged
        self.endResetModel()

    def update_photo(self, photo: PhotoRecord) -> None:
        """An edit came back: regroup when its session changed, else repaint its row only."""
        self._all = [photo if p.id == photo.id else p for p in self._all]
        self.photos_changed.emit()
        if self.arranging:  # the rows on their way were arranged from the old record
            self._rebuild()
            return
        row = self.row_of(photo.id)
        if row < 0:
            return
        old = self._shown.rows[row]
        if (
            old.treatment_id != photo.treatment_id
            or old.taken_at != photo.taken_at
            or old.sha256 != photo.sha256
            or not self._filter.wants(photo, self._sessions)
        ):
            self._rebuild()
        else:
            self._shown.rows[row] = photo
            self.dataChanged.emit(self.index(row), self.index(row))

    def remove_photo(self, photo_id: int) -> None:
        self._all = [p for p in self._all if p.id != photo_id]
        self.photos_changed.emit()
        if self.arranging:
            self._rebuild()
            return
        row = self.row_of(photo_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        rest = self._shown.rows[:row] + self._shown.rows[row + 1 :]
        self._shown = arrange(rest, self._sessions, PhotoFilter())  # already filtered
        self.endRemoveRows()

    def add_photo(self, photo: PhotoRecord) -> None:
        self._all.append(photo)
        self._rebuild()
        self.photos_changed.emit()

    def thumbnail_arrived(self, sha256: str) -> None:
        """Repaint only the rows that show this photo (the view updates just their rects)."""
        for row in self._shown.rows_by_sha.get(sha256, ()):
            i = self.index(row)
            self.dataChanged.emit(i, i, [Qt.ItemDataRole.DecorationRole])

    # ---- reading ------------------------------------------------------------------------------

    def sections(self) -> list[Section]:
        return self._shown.sections

    def photos(self) -> list[PhotoRecord]:
        """The shown photos, in row order."""
        return list(self._shown.rows)

    def all_photos(self) -> list[PhotoRecord]:
        return list(self._all)

    def photo_at(self, row: int) -> PhotoRecord:
        return self._shown.rows[row]

    def row_of(self, photo_id: int) -> int:
        for row, p in enumerate(self._shown.rows):
            if p.id == photo_id:
                return row
        return -1

    def count_for_session(self, treatment_id: int) -> int:
        return sum(1 for p in self._all if p.treatment_id == treatment_id)
