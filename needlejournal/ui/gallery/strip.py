"""Under a session's details: how many photos it has, a few small thumbnails, a way in.

Drop photos on the strip to add them to that session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from needlejournal.ui.gallery.model import photo_caption

if TYPE_CHECKING:
    from needlejournal.journal.records import TimelineEntry
    from needlejournal.ui.gallery.panel import GalleryPanel

SHOWN = 4
SIDE = 64


class SessionPhotoStrip(QWidget):
    def __init__(self, gallery: GalleryPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gallery = gallery
        self.session_id: int | None = None
        self.label = QLabel(self)
        self.label.setObjectName("muted")
        self.label.setWordWrap(True)
        self.thumbs = [QLabel(self) for _ in range(SHOWN)]
        row = QHBoxLayout()
        row.setSpacing(4)
        for t in self.thumbs:
            t.setFixedSize(SIDE, SIDE)
            t.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.addWidget(t)
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("Show in Photos"), self)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.open_button.clicked.connect(self._open)
        self.add_button.clicked.connect(self._add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)
        gallery.model.modelReset.connect(self.refresh)
        gallery.model.rowsRemoved.connect(self.refresh)
        gallery.loader.ready.connect(self._thumbnail_arrived)
        self._shas: set[str] = set()
        self.show_entry(None)

    def show_entry(self, entry: TimelineEntry | None) -> None:
        self.session_id = entry.id if entry is not None and entry.kind == "treatment" else None
        self.setVisible(self.session_id is not None)
        self.refresh()

    def _thumbnail_arrived(self, sha256: str) -> None:
        if sha256 in self._shas:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        if self.session_id is None:
            return
        photos = [p for p in self.gallery.model.all_photos() if p.treatment_id == self.session_id]
        photos.sort(key=lambda p: (p.taken_at, p.id))
        self._shas = {p.sha256 for p in photos[:SHOWN]}
        n = len(photos)
        self.label.setText(
            self.tr("%n photo(s) of this session", "", n)
            if n
            else self.tr("No photos of this session yet — drop them here.")
        )
        self.open_button.setVisible(n > 0)
        for i, t in enumerate(self.thumbs):
            if i >= n:
                t.clear()
                t.hide()
                continue
            t.show()
            t.setToolTip(photo_caption(photos[i]))
            pix = self.gallery.loader.pixmap(photos[i])
            if pix is None:
                self.gallery.loader.request(photos[i])
                t.setText("…")
            else:
                t.setPixmap(
                    pix.scaled(
                        SIDE,
                        SIDE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )

    def photo_count(self) -> int:
        sid = self.session_id
        return sum(1 for p in self.gallery.model.all_photos() if p.treatment_id == sid)

    def _open(self) -> None:
        if self.session_id is not None:
            self.gallery.show_session(self.session_id)

    def _add(self) -> None:
        if self.session_id is not None:
            self.gallery.choose_and_import(self.session_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.session_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.session_id is not None:
            event.acceptProposedAction()
            self.gallery.start_import(paths, self.session_id)
