"""The gallery's item model: one client's photos, grouped by session, filtered by view/role.

A flat list model (one row per photo) whose rows are ordered section by section; the view reads
``sections()`` to draw a header above each group. Rows carry records (frozen dataclasses) only;
thumbnails are not the model's business: it just says which rows changed when one arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

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
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate
from needlejournal.ui.local_dates import format_day

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from needlejournal.journal.records import PhotoRecord

AnyIndex = QModelIndex | QPersistentModelIndex
PROGRESS_TITLE = QT_TRANSLATE_NOOP("GalleryModel", "Progress photos")


@dataclass(frozen=True)
class Section:
    """One header of the grid: rows ``first`` … ``first + count - 1``."""

    key: int | None  # the session's id; None for photos without a session
    title: str
    first: int
    count: int


def photo_caption(photo: PhotoRecord) -> str:
    return f"{terms.label(PhotoView, photo.view)} · {terms.label(PhotoRole, photo.role)}"


def group_photos(
    photos: Sequence[PhotoRecord], sessions: dict[int, datetime]
) -> tuple[list[PhotoRecord], list[Section]]:
    """Photos ordered newest session first (oldest photo first inside one), progress last."""
    groups: dict[int | None, list[PhotoRecord]] = {}
    for p in photos:
        key = p.treatment_id if p.treatment_id in sessions else None
        groups.setdefault(key, []).append(p)
    keys = sorted((k for k in groups if k is not None), key=lambda k: sessions[k], reverse=True)
    ordered: list[PhotoRecord] = []
    sections: list[Section] = []
    for key in [*keys, None] if None in groups else keys:
        members = sorted(groups[key], key=lambda p: (p.taken_at, p.id))
        title = (
            translate("GalleryModel", "Session · {day}").format(day=format_day(sessions[key]))
            if key is not None
            else translate("GalleryModel", PROGRESS_TITLE)
        )
        sections.append(Section(key, title, len(ordered), len(members)))
        ordered.extend(members)
    return ordered, sections


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

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.client_id: int | None = None
        self._all: list[PhotoRecord] = []
        self._sessions: dict[int, datetime] = {}
        self._rows: list[PhotoRecord] = []
        self._sections: list[Section] = []
        self._row_section: list[int] = []
        self._rows_by_sha: dict[str, list[int]] = {}
        self.view_filter: str | None = None
        self.role_filter: str | None = None
        self.session_filter: int | None = None  # a session id, or 0 for photos without one
        self.thumbnail: Callable[[PhotoRecord], QPixmap | None] = lambda _p: None

    # ---- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
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
            return self._row_section[index.row()]
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
        self.view_filter, self.role_filter, self.session_filter = view, role, session
        self._rebuild()

    def _wanted(self, p: PhotoRecord) -> bool:
        if self.view_filter is not None and p.view != self.view_filter:
            return False
        if self.role_filter is not None and p.role != self.role_filter:
            return False
        if self.session_filter is not None:
            key = p.treatment_id if p.treatment_id in self._sessions else 0
            return key == self.session_filter
        return True

    def _rebuild(self) -> None:
        self.beginResetModel()
        shown = [p for p in self._all if self._wanted(p)]
        self._rows, self._sections = group_photos(shown, self._sessions)
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        self._row_section = []
        for i, s in enumerate(self._sections):
            self._row_section.extend([i] * s.count)
        self._rows_by_sha = {}
        for row, p in enumerate(self._rows):
            self._rows_by_sha.setdefault(p.sha256, []).append(row)

    def update_photo(self, photo: PhotoRecord) -> None:
        """An edit came back: regroup when its session changed, else repaint its row only."""
        self._all = [photo if p.id == photo.id else p for p in self._all]
        self.photos_changed.emit()
        row = self.row_of(photo.id)
        if row < 0:
            return
        old = self._rows[row]
        if (
            old.treatment_id != photo.treatment_id
            or old.taken_at != photo.taken_at
            or not self._wanted(photo)
        ):
            self._rebuild()
        else:
            self._rows[row] = photo
            self._index_rows()
            self.dataChanged.emit(self.index(row), self.index(row))

    def remove_photo(self, photo_id: int) -> None:
        self._all = [p for p in self._all if p.id != photo_id]
        self.photos_changed.emit()
        row = self.row_of(photo_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        _, self._sections = group_photos(
            [p for i, p in enumerate(self._rows) if i != row], self._sessions
        )
        del self._rows[row]
        self._index_rows()
        self.endRemoveRows()

    def add_photo(self, photo: PhotoRecord) -> None:
        self._all.append(photo)
        self._rebuild()
        self.photos_changed.emit()

    def thumbnail_arrived(self, sha256: str) -> None:
        """Repaint only the rows that show this photo (the view updates just their rects)."""
        for row in self._rows_by_sha.get(sha256, ()):
            i = self.index(row)
            self.dataChanged.emit(i, i, [Qt.ItemDataRole.DecorationRole])

    # ---- reading ------------------------------------------------------------------------------

    def sections(self) -> list[Section]:
        return self._sections

    def photos(self) -> list[PhotoRecord]:
        """The shown photos, in row order."""
        return list(self._rows)

    def all_photos(self) -> list[PhotoRecord]:
        return list(self._all)

    def photo_at(self, row: int) -> PhotoRecord:
        return self._rows[row]

    def row_of(self, photo_id: int) -> int:
        for row, p in enumerate(self._rows):
            if p.id == photo_id:
                return row
        return -1

    def count_for_session(self, treatment_id: int) -> int:
        return sum(1 for p in self._all if p.treatment_id == treatment_id)
