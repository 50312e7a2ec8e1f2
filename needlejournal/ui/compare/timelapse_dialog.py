"""Time-lapse of one view across all of a client's sessions: aligned, playable, exportable.

Building it decodes and aligns every photo of the view, which takes a while for a long history:
it runs as an ``Op`` on the compare window's image lane, with a progress bar and Cancel (closing
the dialog cancels too). Errors reach the compare window's message box, like its other errors.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from needlejournal.guidance import PhotoView
from needlejournal.journal.compare import Alignment, CompareService, date_label
from needlejournal.journal.records import PhotoRecord
from needlejournal.photos.timelapse import save_gif, save_sequence
from needlejournal.ui.compare.pyramid import to_qimage
from needlejournal.ui.ops import ErrorHandler, Lane, Op, OpContext

FRAME_BOX = (900, 700)
MS_PER_FRAME = 700

Built = tuple[list[PhotoRecord], list[Image.Image], list[Alignment], list[QImage]]


def build_timelapse(
    service: CompareService, client_id: int, view: str, context: OpContext
) -> Built:
    """Worker side: frames registered onto the first photo, and their QImages."""
    photos, frames, alignments = service.timelapse(
        client_id, view, FRAME_BOX, progress=context.progress, cancelled=context.cancelled
    )
    return photos, frames, alignments, [to_qimage(f) for f in frames]


class TimelapseDialog(QDialog):
    def __init__(
        self,
        service: CompareService,
        images: Lane,
        client_id: int,
        view: str,
        parent: QWidget | None = None,
        *,
        client_name: str,
        show_error: ErrorHandler,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Time-lapse — {PhotoView.label_of(view)} — {client_name}")
        self.images = images
        self.show_error = show_error  # the compare window's message box: errors go there
        self.photos: list[PhotoRecord] = []
        self.frames: list[Image.Image] = []
        self.pixmaps: list[QPixmap] = []
        self.alignments: list[Alignment] = []
        self.index = 0
        self.picture = QLabel("Aligning every photo of this view…", self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(640, 480)
        self.picture.setStyleSheet("background: #1b1d20; color: #bbb;")
        self.caption = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel", self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.play_button = QPushButton("Play", self)
        self.play_button.setShortcut("Space")
        self.gif_button = QPushButton("Export GIF…", self)
        self.sequence_button = QPushButton("Export frames…", self)
        self.timer = QTimer(self)
        self.timer.setInterval(MS_PER_FRAME)
        self.timer.timeout.connect(self.next_frame)
        self.slider.valueChanged.connect(self.show_frame)
        self.play_button.clicked.connect(self.toggle_play)
        self.gif_button.clicked.connect(self.export_gif)
        self.sequence_button.clicked.connect(self.export_sequence)
        building = QHBoxLayout()
        building.addWidget(self.bar, 1)
        building.addWidget(self.cancel_button)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.gif_button)
        controls.addWidget(self.sequence_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addLayout(building)
        layout.addLayout(controls)
        self._enable(False)
        self.build: Op[Built] = Op(lambda c: build_timelapse(service, client_id, view, c))
        self.cancel_button.clicked.connect(self.cancel_build)
        self.build.progress(self._progressed).success(self._built)
        self.build.failure(self._failed).run_in(images)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def cancel_build(self) -> None:
        if not self.build.finished:
            self.build.cancel()
            self.cancel_button.setEnabled(False)
            self.picture.setText("Cancelling…")

    def _building_over(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()

    def _enable(self, on: bool) -> None:
        for widget in (self.slider, self.play_button, self.gif_button, self.sequence_button):
            widget.setEnabled(on)

    def _built(self, built: Built) -> None:
        self._building_over()
        if self.build.cancelled:
            self.picture.setText("Cancelled.")
            return
        self.photos, self.frames, self.alignments, qimages = built
        self.pixmaps = [QPixmap.fromImage(image) for image in qimages]
        if not self.pixmaps:
            self.picture.setText("No photos of this view yet.")
            return
        self.slider.setRange(0, len(self.pixmaps) - 1)
        self._enable(len(self.pixmaps) > 0)
        self.show_frame(0)

    def _failed(self, message: str) -> None:
        self._building_over()
        if not self.pixmaps:
            self.picture.setText("The time-lapse could not be made.")
        self.show_error(message)

    def show_frame(self, index: int) -> None:
        if not self.pixmaps:
            return
        self.index = index % len(self.pixmaps)
        pixmap = self.pixmaps[self.index]
        self.picture.setPixmap(
            pixmap.scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        alignment = self.alignments[self.index]
        how = {"anchors": "aligned by anchors", "auto": "auto-aligned", "none": "not aligned"}
        extra = f" ({alignment.confidence:.0%})" if alignment.confidence is not None else ""
        state = f"{how[alignment.method]}{extra}" if self.index else "reference"
        self.caption.setText(
            f"{self.index + 1} / {len(self.pixmaps)} · {date_label(self.photos[self.index])}"
            f" · {state}"
        )
        if self.slider.value() != self.index:
            self.slider.setValue(self.index)

    def next_frame(self) -> None:
        self.show_frame(self.index + 1)

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.play_button.setText("Play")
        else:
            self.timer.start()
            self.play_button.setText("Pause")

    def labels(self) -> list[str | None]:
        return [date_label(p) for p in self.photos]

    def export_gif(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export time-lapse", "timelapse.gif", "GIF (*.gif)"
        )
        if path:
            frames, labels = list(self.frames), self.labels()
            self.images.run(
                lambda: save_gif(frames, Path(path), ms_per_frame=MS_PER_FRAME, labels=labels),
                lambda saved: self.caption.setText(f"Saved {saved}"),
                self.show_error,
            )

    def export_sequence(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export frames into a folder")
        if folder:
            frames = list(self.frames)
            self.images.run(
                lambda: save_sequence(frames, Path(folder)),
                lambda saved: self.caption.setText(f"Saved {len(saved)} frames in {folder}"),
                self.show_error,
            )

    @override
    def done(self, result: int) -> None:
        """Closing while it builds stops the build (what it decoded is dropped)."""
        self.cancel_build()
        self.timer.stop()
        super().done(result)
