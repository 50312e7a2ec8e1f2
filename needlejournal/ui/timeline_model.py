"""The selected client's sessions and skin checks, newest first, as a real item model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from needlejournal.ui.formatting import (
    observation_summary,
    observation_title,
    treatment_summary,
    treatment_title,
)

if TYPE_CHECKING:
    from needlejournal.journal.records import (
        ObservationRecord,
        PhotoRecord,
        RatingRecord,
        TimelineEntry,
        TreatmentRecord,
    )

AnyIndex = QModelIndex | QPersistentModelIndex


def entry_key(entry: TimelineEntry) -> tuple[str, int]:
    return (entry.kind, entry.id)


class TimelineModel(QAbstractListModel):
    EntryRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2  # "treatment" | "observation"
    WhenRole = Qt.ItemDataRole.UserRole + 3
    SummaryRole = Qt.ItemDataRole.UserRole + 4  # plain text of the whole card
    WarningCountRole = Qt.ItemDataRole.UserRole + 5
    PhotosRole = Qt.ItemDataRole.UserRole + 6  # a session's photos, in card order

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._ratings: dict[tuple[str, int], list[RatingRecord]] = {}
        self._photos: dict[int, tuple[PhotoRecord, ...]] = {}  # by session id

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return treatment_title(e) if e.kind == "treatment" else observation_title(e)
        if role in (self.SummaryRole, Qt.ItemDataRole.AccessibleTextRole):
            if e.kind == "treatment":
                return treatment_summary(e)
            return observation_summary(e)
        if role == self.EntryRole:
            return e
        if role == self.KindRole:
            return e.kind
        if role == self.WhenRole:
            return e.when
        if role == self.WarningCountRole:
            return len(e.warnings) if e.kind == "treatment" else 0
        if role == self.PhotosRole:
            return self._photos.get(e.id, ()) if e.kind == "treatment" else ()
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {
                self.EntryRole: QByteArray(b"entry"),
                self.KindRole: QByteArray(b"kind"),
                self.WhenRole: QByteArray(b"when"),
                self.SummaryRole: QByteArray(b"summary"),
                self.WarningCountRole: QByteArray(b"warningCount"),
                self.PhotosRole: QByteArray(b"photos"),
            }
        )
        return names

    def set_entries(
        self, entries_oldest_first: Sequence[TimelineEntry], ratings: Sequence[RatingRecord] = ()
    ) -> None:
        self.beginResetModel()
        self._entries = sorted(entries_oldest_first, key=lambda e: e.when, reverse=True)
        self._ratings = {}
        for r in ratings:
            self._ratings.setdefault(r.record, []).append(r)
        self.endResetModel()

    def ratings_of(self, kind: str, entry_id: int) -> tuple[RatingRecord, ...]:
        """The entry's ratings on the named scales (its score fields' own ones included)."""
        return tuple(self._ratings.get((kind, entry_id), ()))

    def set_photos(self, photos: Sequence[PhotoRecord]) -> None:
        """The client's photos: each session's card shows its own (a layout change: the cards
        with photos grow)."""
        from needlejournal.ui.card_photos import card_order

        grouped: dict[int, list[PhotoRecord]] = {}
        for p in photos:
            if p.treatment_id is not None:
                grouped.setdefault(p.treatment_id, []).append(p)
        new = {tid: tuple(card_order(ps)) for tid, ps in grouped.items()}
        if new == self._photos:
            return
        self.layoutAboutToBeChanged.emit()
        self._photos = new
        self.layoutChanged.emit()

    def photos_of(self, treatment_id: int) -> tuple[PhotoRecord, ...]:
        return self._photos.get(treatment_id, ())

    def thumbnail_arrived(self, sha256: str) -> None:
        """Repaint the cards showing this photo."""
        for row, e in enumerate(self._entries):
            if e.kind == "treatment" and any(p.sha256 == sha256 for p in self.photos_of(e.id)):
                i = self.index(row)
                self.dataChanged.emit(i, i, [self.PhotosRole])

    def entries(self) -> list[TimelineEntry]:
        """Newest first, as shown."""
        return list(self._entries)

    def row_of(self, kind: str, entry_id: int) -> int:
        return next(
            (r for r, e in enumerate(self._entries) if entry_key(e) == (kind, entry_id)), -1
        )

    def treatments(self) -> list[TreatmentRecord]:
        return [e for e in self._entries if e.kind == "treatment"]

    def observations(self) -> list[ObservationRecord]:
        return [e for e in self._entries if e.kind == "observation"]
