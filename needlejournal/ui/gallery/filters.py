"""The Photos tab's three filters (session, view, role) and what they select."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.ui import terms
from needlejournal.ui.local_dates import format_day

if TYPE_CHECKING:
    from needlejournal.ui.gallery.model import GalleryModel

NO_SESSION = 0  # the session filter's value for photos without a session


class PhotoFilters(QObject):
    """Three combo boxes; ``changed`` whenever one is picked (not when sessions are refilled)."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = QComboBox(parent)
        self.session.setAccessibleName(self.tr("Show the photos of"))
        self.view = QComboBox(parent)
        self.view.setAccessibleName(self.tr("View"))
        self.view.addItem(self.tr("All views"), None)
        for key, label in terms.labels(PhotoView).items():
            self.view.addItem(label, key)
        self.role = QComboBox(parent)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("All roles"), None)
        for key, label in terms.labels(PhotoRole).items():
            self.role.addItem(label, key)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self.changed)
        self.set_sessions({})

    def combos(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return self.session, self.view, self.role

    def set_sessions(self, sessions: dict[int, datetime]) -> None:
        """The client's sessions, newest first; the chosen one stays chosen if still there."""
        combo = self.session
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All sessions"), None)
        for sid, when in sorted(sessions.items(), key=lambda kv: kv[1], reverse=True):
            combo.addItem(self.tr("Session · {day}").format(day=format_day(when)), sid)
        combo.addItem(self.tr("Progress photos"), NO_SESSION)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def select_session(self, treatment_id: int) -> None:
        i = self.session.findData(treatment_id)
        if i >= 0:
            self.session.setCurrentIndex(i)

    def chosen_session(self) -> int | None:
        """The session new photos dropped here belong to (None: all, or progress photos)."""
        return self.session.currentData() or None

    def apply(self, model: GalleryModel) -> None:
        model.set_filter(
            view=self.view.currentData(),
            role=self.role.currentData(),
            session=self.session.currentData(),
        )
