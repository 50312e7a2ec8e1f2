"""Time-lapse of one view across all of a client's sessions: aligned, playable, exportable.

Building it decodes and aligns every photo of the view, and exporting writes every frame, which
takes a while for a long history: each runs as an ``Op`` on the compare window's image lane,
with the progress bar and Cancel (closing the dialog cancels too; a cancelled GIF writes nothing,
cancelled frames keep the whole files written). Errors reach the compare window's message box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PIL import Image
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import PhotoView
from needlejournal.journal.compare import Alignment, CompareService
from needlejournal.journal.records import PhotoRecord
from needlejournal.photos.timelapse import save_gif, save_sequence
from needlejournal.ui import terms
from needlejournal.ui.compare.pyramid import to_qimage
from needlejournal.ui.compare.strip import shown_label
from needlejournal.ui.language import translate
from needlejournal.ui.ops import ErrorHandler, Lane, Op, OpContext
from needlejournal.ui.overrides import override
from needlejournal.ui.save_folder import ask_folder, ask_save_path, day_part, name_part

T = TypeVar("T")

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
        self.client_name = client_name
        self.setWindowTitle(
            self.tr("Time-lapse — {view} — {name}").format(
                view=terms.label(PhotoView, view), name=client_name
            )
        )
        self.images = images
        self.show_error = show_error  # the compare window's message box: errors go there
        self.photos: list[PhotoRecord] = []
        self.frames: list[Image.Image] = []
        self.pixmaps: list[QPixmap] = []
        self.alignments: list[Alignment] = []
        self.index = 0
        self.picture = QLabel(self.tr("Aligning every photo of this view…"), self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(640, 480)
        self.picture.setStyleSheet("background: #1b1d20; color: #bbb;")
        self.caption = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Frame"))
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setShortcut("Space")
        self.gif_button = QPushButton(self.tr("Export GIF…"), self)
        self.sequence_button = QPushButton(self.tr("Export frames…"), self)
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
        self.cancel_button.clicked.connect(self.cancel_running)
        self.build: Op[Built] = Op(lambda c: build_timelapse(service, client_id, view, c))
        self.running: Op[Any] | None = self.build  # what the bar and Cancel are about
        self.build.progress(self._progressed).success(self._built)
        self.build.failure(self._failed).run_in(images)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def cancel_running(self) -> None:
        op = self.running
        if op is not None and not op.finished:
            op.cancel()
            self.cancel_button.setEnabled(False)
            if op is self.build:
                self.picture.setText(self.tr("Cancelling…"))
            else:
                self.caption.setText(self.tr("Cancelling the export…"))

    def _show_running(self, op: Op[Any] | None) -> None:
        self.running = op
        self.bar.setVisible(op is not None)
        self.cancel_button.setVisible(op is not None)
        self.cancel_button.setEnabled(True)
        if op is not None:
            self.bar.setValue(0)

    def _building_over(self) -> None:
        self._show_running(None)

    def _enable(self, on: bool) -> None:
        for widget in (self.slider, self.play_button, self.gif_button, self.sequence_button):
            widget.setEnabled(on)

    def _built(self, built: Built) -> None:
        self._building_over()
        if self.build.cancelled:
            self.picture.setText(self.tr("Cancelled."))
            return
        self.photos, self.frames, self.alignments, qimages = built
        self.pixmaps = [QPixmap.fromImage(image) for image in qimages]
        if not self.pixmaps:
            self.picture.setText(self.tr("No photos of this view yet."))
            return
        self.slider.setRange(0, len(self.pixmaps) - 1)
        self._enable(len(self.pixmaps) > 0)
        self.show_frame(0)

    def _failed(self, message: str) -> None:
        self._building_over()
        if not self.pixmaps:
            self.picture.setText(self.tr("The time-lapse could not be made."))
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
        how = {
            "anchors": self.tr("aligned by anchors"),
            "auto": self.tr("auto-aligned"),
            "none": self.tr("not aligned"),
        }
        extra = (
            f" ({QLocale().toString(round(alignment.confidence * 100))} %)"
            if alignment.confidence is not None
            else ""
        )
        state = f"{how[alignment.method]}{extra}" if self.index else self.tr("reference")
        self.caption.setText(
            f"{self.index + 1} / {len(self.pixmaps)} · {shown_label(self.photos[self.index])}"
            f" · {state}"
        )
        if self.slider.value() != self.index:
            self.slider.setValue(self.index)

    def next_frame(self) -> None:
        self.show_frame(self.index + 1)

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.play_button.setText(self.tr("Play"))
        else:
            self.timer.start()
            self.play_button.setText(self.tr("Pause"))

    def labels(self) -> list[str | None]:
        return [shown_label(p) for p in self.photos]

    def export_name(self) -> str:
        """Olivia-Ito_front_2026-03-04_to_2026-05-02_time-lapse.gif: who, which view, when."""
        if not self.photos:
            return f"{name_part(self.client_name)}_time-lapse.gif"
        first, last = self.photos[0], self.photos[-1]
        parts = (self.client_name, first.view, day_part(first.taken_at), "to")
        return "_".join([*(name_part(p) for p in parts), day_part(last.taken_at), "time-lapse.gif"])

    def export_gif(self) -> Op[Path | None] | None:
        path = ask_save_path(
            self, self.tr("Export time-lapse"), self.export_name(), self.tr("GIF (*.gif)")
        )
        if not path:
            return None
        frames, labels = list(self.frames), self.labels()

        def work(c: OpContext) -> Path | None:
            return save_gif(
                frames,
                Path(path),
                ms_per_frame=MS_PER_FRAME,
                labels=labels,
                progress=c.progress,
                cancelled=c.cancelled,
            )

        def saved(out: Path | None) -> None:
            self.caption.setText(
                translate("TimelapseDialog", "Saved {path}").format(path=out)
                if out
                else translate("TimelapseDialog", "Export cancelled: nothing written.")
            )

        return self._export(Op(work), saved)

    def export_sequence(self) -> Op[list[Path]] | None:
        folder = ask_folder(self, self.tr("Export frames into a folder"))
        if not folder:
            return None
        frames = list(self.frames)

        def work(c: OpContext) -> list[Path]:
            return save_sequence(frames, Path(folder), progress=c.progress, cancelled=c.cancelled)

        op = Op(work)

        def saved(paths: list[Path]) -> None:
            if op.cancelled:
                text = translate(
                    "TimelapseDialog", "Saved {done} of {total} frames in {folder}"
                ).format(done=len(paths), total=len(frames), folder=folder)
            else:
                text = translate("TimelapseDialog", "Saved {done} frames in {folder}").format(
                    done=len(paths), folder=folder
                )
            self.caption.setText(text)

        return self._export(op, saved)

    def _export(self, op: Op[T], saved: Callable[[T], None]) -> Op[T]:
        """One export at a time, with the bar and Cancel; the buttons wait until it is done."""
        self._enable(False)
        self._show_running(op)

        def over() -> None:
            self._show_running(None)
            self._enable(True)

        def succeeded(result: T) -> None:
            saved(result)
            over()

        def failed(message: str) -> None:
            over()
            self.show_error(message)

        op.progress(self._progressed).success(succeeded).failure(failed).run_in(self.images)
        return op

    @override
    def done(self, result: int) -> None:
        """Closing while it builds or exports stops that (a cancelled GIF writes nothing)."""
        self.cancel_running()
        self.timer.stop()
        super().done(result)
