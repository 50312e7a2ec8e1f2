"""Importing into the Photos tab: choose or drop files, the import dialog, then the import on
its own lane with a progress dialog (a part of ``GalleryPanel``, split out to keep the panel's
module small; its strings keep the "GalleryPanel" context they have always had).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from needlejournal.ui.gallery.import_dialog import ImportDialog, ImportProgressDialog, file_filter
from needlejournal.ui.language import translate
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.ui.gallery.controller import GalleryController
    from needlejournal.ui.gallery.filters import PhotoFilters
    from needlejournal.ui.ops import Lane

LATER_MS = 120  # after the progress dialog's first paint
START_LATEST_MS = 250  # an import starts by then even if its progress is never painted


def dropped_files(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a dropped folder stands for the files directly inside it."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(c for c in p.iterdir() if c.is_file() and not c.name.startswith(".")))
        else:
            out.append(p)
    return out


class ImportFlow(QWidget):
    """What the panel does to import; its state lives on the panel."""

    message: Signal
    controller: GalleryController
    client_id: int | None
    client_name: str
    sessions: dict[int, datetime]
    preview_lane: Lane
    filters: PhotoFilters
    import_dialog: ImportDialog | None
    progress: ImportProgressDialog | None

    def choose_and_import(self, session_id: int | None = None) -> ImportDialog | None:
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("GalleryPanel", "Import photos"), "", file_filter()
        )
        return self.start_import([Path(f) for f in files], session_id) if files else None

    def start_import(
        self, files: Sequence[Path], session_id: int | None = None
    ) -> ImportDialog | None:
        """Ask for role/view/conditions (non-blocking), then import in the background."""
        files = dropped_files(files)
        if not files or self.client_id is None or self.controller.library is None:
            return None
        if self.controller.job is not None:
            self.message.emit(translate("GalleryPanel", "An import is already running."))
            return None
        dialog = ImportDialog(
            files,
            self.client_id,
            self.client_name,
            self.sessions,
            session_id,
            self,
            lane=self.preview_lane,
        )
        # Deleted a moment after it closes, not on close: its teardown (~1 ms since its
        # table holds items, not combo boxes) stays out of the progress dialog's first frame.
        dialog.finished.connect(lambda _r: QTimer.singleShot(LATER_MS, dialog.deleteLater))
        dialog.accepted.connect(lambda: self._begin_import(dialog))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _begin_import(self, dialog: ImportDialog) -> None:
        files = dialog.files
        job = self.controller.start_import(files, dialog.draft(), dialog.drafts(), start=False)
        if job is None:
            return
        progress = ImportProgressDialog(job, len(files), self.client_name, self)
        self.progress = progress
        # Shown on a later turn of the event loop: the closing dialog's repaint and the new
        # one's polish, layout and first paint then fall into frames of their own.
        QTimer.singleShot(1, progress.open)
        # The workers start once the progress is on screen: started before, their GIL-holding
        # start-up shared the GUI thread's turns building and painting it (a 14-25 ms frame).
        # Started anyway after START_LATEST_MS if it is never painted (a minimised window).
        begun: list[bool] = []

        def begin() -> None:
            if not begun:
                begun.append(True)
                self.controller.run_import(job)

        progress.first_painted.connect(begin)
        QTimer.singleShot(START_LATEST_MS, progress, begin)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.isEnabled() and self.client_id is not None:
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths, self.filters.chosen_session())
