"""One photo at a time: zoom and pan, previous/next, and its editable details.

The picture comes in two steps, both decoded off the GUI thread on an image lane of its own: a
2048 px version first (JPEG DCT scaling keeps it fast), the full image only when a zoom asks for
more detail than that. Answers for a photo no longer shown are dropped.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from needlejournal.phrases import sentences
from needlejournal.ui.accessibility import follow_reading_order
from needlejournal.ui.gallery.measure_image import MeasureImage
from needlejournal.ui.gallery.measuring import Measuring
from needlejournal.ui.gallery.metrics_panel import MetricsPanel
from needlejournal.ui.gallery.model import photo_caption
from needlejournal.ui.gallery.photo_details import PhotoDetailsForm
from needlejournal.ui.local_dates import format_when
from needlejournal.ui.ops import Lane, user_message
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.journal.errors import Conflict
    from needlejournal.journal.photos import DeletedPhoto
    from needlejournal.journal.records import PhotoEdit, PhotoRecord
    from needlejournal.ui.conflict_dialog import ConflictDialog
    from needlejournal.ui.gallery.controller import GalleryController


class PhotoViewer(QDialog):
    delete_requested = Signal(object)  # PhotoRecord

    def __init__(
        self,
        controller: GalleryController,
        images: Lane,
        client_name: str,
        photos: list[PhotoRecord],
        index: int,
        sessions: dict[int, datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.client_name = client_name
        self.setWindowTitle(self.tr("Photo — {name}").format(name=client_name))
        self.controller = controller
        self.photos = list(photos)
        self.index = index
        self.images = images  # its own lane: decoding never queues behind a save
        images.setParent(self)
        self.image = MeasureImage(self)
        self.details = PhotoDetailsForm(self)
        self.metrics = MetricsPanel(self)
        self.measuring = Measuring(controller, self.image, self.metrics, self)
        self.details.set_sessions(sessions)
        self._sessions = dict(sessions)
        self.conflict: ConflictDialog | None = None  # the conflict dialog last shown
        self.title = QLabel(self)
        self.title.setWordWrap(True)  # a long caption takes two lines at a large font, not cut
        self.counter = QLabel(self)
        self.counter.setObjectName("muted")
        self.zoom_label = QLabel("", self)
        self.zoom_label.setObjectName("muted")
        bar = QHBoxLayout()
        self.prev_button = self._tool("◀", self.tr("Previous photo (Left)"), lambda: self.step(-1))
        self.next_button = self._tool("▶", self.tr("Next photo (Right)"), lambda: self.step(1))
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.title)
        bar.addSpacing(8)
        bar.addWidget(self.counter)
        bar.addStretch(1)
        bar.addWidget(self._tool(self.tr("Fit"), self.tr("Fit to the window (F)"), self.image.fit))
        bar.addWidget(self._tool("100%", self.tr("Actual pixels (1)"), self.image.actual_size))
        bar.addWidget(self._tool("−", self.tr("Zoom out (-)"), self.image.zoom_out))
        bar.addWidget(self._tool("+", self.tr("Zoom in (+)"), self.image.zoom_in))
        bar.addWidget(self.zoom_label)
        bar.addSpacing(12)
        bar.addWidget(
            self._tool(self.tr("Delete…"), self.tr("Delete this photo (Del)"), self._delete)
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.image, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        self.side = QTabWidget(self)
        self.side.setDocumentMode(True)
        self.side.addTab(self.details, self.tr("Details"))
        self.side.addTab(self.metrics, self.tr("Measure"))
        split.addWidget(self.side)
        split.setStretchFactor(0, 1)
        split.setSizes([760, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.resize(1100, 720)
        self.image.step_requested.connect(self.step)
        self.image.zoom_changed.connect(self._zoomed)
        self.image.full_wanted.connect(self._load_full)
        self.details.save_requested.connect(self._save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self, self._delete)
        controller.photo_changed.connect(self._photo_changed)
        controller.photo_deleted.connect(self._photo_deleted)
        self._full_for: int | None = None
        # Tab from the tools along the top, then the panel beside the photo, as they read.
        self.reading_order = follow_reading_order(self)
        self.show_index(index)

    def _tool(self, text: str, tip: str, slot: Any) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)  # "◀" or "+" read aloud says nothing
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        return b

    def current(self) -> PhotoRecord | None:
        return self.photos[self.index] if 0 <= self.index < len(self.photos) else None

    def show_index(self, index: int) -> None:
        if not self.photos:
            self.image.set_photo(QSize(0, 0))
            self.image.show_message(self.tr("No photos left."))
            self.measuring.show_photo(None, [])
            self.title.setText("")
            self.counter.setText("")
            return
        self.index = max(0, min(len(self.photos) - 1, index))
        photo = self.photos[self.index]
        self.title.setText(f"{photo_caption(photo)} — {format_when(photo.taken_at)}")
        self.counter.setText(
            self.tr("{number} of {total}").format(number=self.index + 1, total=len(self.photos))
        )
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.photos) - 1)
        self.details.set_photo(photo)
        self.image.set_photo(QSize(photo.width, photo.height))
        self.measuring.show_photo(photo, self.photos)
        self.image.setFocus()
        self._full_for = None
        self._decode(photo, 2048, self._reduced_arrived)

    def step(self, delta: int) -> None:
        target = self.index + delta
        if 0 <= target < len(self.photos):
            self.show_index(target)

    def _decode(self, photo: PhotoRecord, size: int, done: Any) -> None:
        lib = self.controller.library
        if lib is None:
            return
        from needlejournal.ui.gallery.imaging import decode_for_viewer

        photo_id = photo.id
        self.images.run(
            lambda: (photo_id, decode_for_viewer(lib, photo, size)),
            done,
            self._image_failed,
        )

    def _reduced_arrived(self, result: tuple[int, QImage]) -> None:
        photo = self.current()
        if photo is None or photo.id != result[0]:
            return  # the user moved on: a stale answer
        self.image.set_reduced(QPixmap.fromImage(result[1]))

    def _load_full(self) -> None:
        photo = self.current()
        if photo is None or self._full_for == photo.id:
            return
        self._full_for = photo.id
        self._decode(photo, max(photo.width, photo.height), self._full_arrived)

    def _full_arrived(self, result: tuple[int, QImage]) -> None:
        photo = self.current()
        if photo is None or photo.id != result[0]:
            return
        self.image.set_full(QPixmap.fromImage(result[1]))

    def _image_failed(self, message: str) -> None:
        from needlejournal.ui.validation_words import said_text

        self.image.show_message(said_text(message))

    def _zoomed(self, scale: float) -> None:
        shown = self.image.scale if scale == 0 else scale
        percent = QLocale().toString(round(shown * 100)) + "%"
        self.zoom_label.setText(percent + (self.tr(" (fit)") if scale == 0 else ""))

    def _save(self, edit: PhotoEdit) -> None:
        base = self.details.photo
        self.controller.update(
            edit,
            self.details.saved,
            self.details.show_problems,
            lambda error: self._conflicted(error, edit, base),
        )

    def _conflicted(self, error: Conflict, edit: PhotoEdit, base: PhotoRecord | None) -> None:
        """Another seat saved this photo since it was shown: the conflict dialog decides."""
        from needlejournal.journal.conflicts import Names
        from needlejournal.journal.records import PhotoRecord
        from needlejournal.ui.conflicts import offer

        def reload(theirs: object) -> None:
            assert isinstance(theirs, PhotoRecord)
            self._photo_changed(theirs)
            self.details.set_photo(theirs)

        self.details.show_problems(
            sentences(user_message(error))
        )  # said beside the form until resolved
        self.conflict = offer(
            self,
            error,
            edit,
            base,
            resave=self._save,
            reload=reload,
            cancelled=lambda: None,
            names=Names(sessions=self._sessions),
        )

    def _photo_changed(self, photo: PhotoRecord) -> None:
        for i, p in enumerate(self.photos):
            if p.id == photo.id:
                self.photos[i] = photo
                if i == self.index:
                    self.title.setText(f"{photo_caption(photo)} — {format_when(photo.taken_at)}")

    def _delete(self) -> None:
        photo = self.current()
        if photo is not None:
            self.delete_requested.emit(photo)

    def _photo_deleted(self, deleted: DeletedPhoto) -> None:
        ids = [p.id for p in self.photos]
        if deleted.record.id in ids:
            i = ids.index(deleted.record.id)
            del self.photos[i]
            if i <= self.index:
                self.index = max(0, self.index - (1 if i < self.index else 0))
            self.show_index(self.index)

    @override
    def done(self, result: int) -> None:
        self.measuring.shutdown()
        self.images.wait(2000)
        super().done(result)
