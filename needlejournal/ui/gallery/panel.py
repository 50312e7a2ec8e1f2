"""The Photos tab: filters, the grid, import (dialog or drag and drop), viewer, delete with undo."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needlejournal.dates import format_day
from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.ui.empty_state import view_or_empty
from needlejournal.ui.gallery.controller import GalleryController
from needlejournal.ui.gallery.delegate import RADIUS, THUMB, PhotoDelegate
from needlejournal.ui.gallery.import_dialog import FILE_FILTER, ImportDialog, ImportProgressDialog
from needlejournal.ui.gallery.model import GalleryModel
from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader
from needlejournal.ui.gallery.view import GalleryView
from needlejournal.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.photos import DeletedPhoto
    from needlejournal.journal.records import ImportResult, PhotoRecord
    from needlejournal.ui.gallery.viewer import PhotoViewer

NO_SESSION = 0  # the session filter's value for photos without a session
UNDO_SECONDS = 15


def compare_available() -> bool:
    return importlib.util.find_spec("needlejournal.ui.compare") is not None


def dropped_files(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a dropped folder stands for the files directly inside it."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(c for c in p.iterdir() if c.is_file() and not c.name.startswith(".")))
        else:
            out.append(p)
    return out


class GalleryPanel(QWidget):
    message = Signal(str)  # for the status bar
    show_requested = Signal()  # bring the Photos tab forward

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = GalleryController(runner, self)
        self.loader = ThumbnailLoader(size=THUMB, parent=self, radius=RADIUS)
        self.model = GalleryModel(self)
        self.model.thumbnail = self.loader.pixmap
        self.view = GalleryView(self.model, self)
        self.view.setItemDelegate(PhotoDelegate(self.loader, self.view))
        self.client_id: int | None = None
        self.sessions: dict[int, datetime] = {}
        self.viewer: PhotoViewer | None = None
        self.progress: ImportProgressDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.session_filter = QComboBox(self)
        self.view_filter = QComboBox(self)
        self.view_filter.addItem("All views", None)
        for key, label in PhotoView.labels().items():
            self.view_filter.addItem(label, key)
        self.role_filter = QComboBox(self)
        self.role_filter.addItem("All roles", None)
        for key, label in PhotoRole.labels().items():
            self.role_filter.addItem(label, key)
        for combo in (self.session_filter, self.view_filter, self.role_filter):
            combo.currentIndexChanged.connect(self._filter_changed)
        self._fill_sessions()
        self._build_actions()
        import_button = QPushButton("Import…", self)
        import_button.clicked.connect(self.import_action.trigger)
        self.compare_button = QPushButton("Compare…", self)
        self.compare_button.clicked.connect(self.compare_action.trigger)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for w in (self.session_filter, self.view_filter, self.role_filter):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.compare_button)
        bar.addWidget(import_button)
        self.empty, self.stack = view_or_empty(self, self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.undo_button = QPushButton("Undo", self)
        self.undo_button.setFlat(True)
        self.undo_button.setToolTip("Undo delete (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.undo_button.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_button.hide)
        self.setAcceptDrops(True)
        self.setEnabled(False)
        c = self.controller
        c.library_ready.connect(self._library_ready)
        c.photos_loaded.connect(self._photos_loaded)
        c.photo_changed.connect(self.model.update_photo)
        c.photo_deleted.connect(self._photo_deleted)
        c.photo_restored.connect(self._photo_restored)
        c.imported.connect(self._imported)
        c.undo_available.connect(self.undo_action.setEnabled)
        c.failed.connect(self.message.emit)
        self.loader.ready.connect(self.model.thumbnail_arrived)
        self.view.visible_changed.connect(self._visible_changed)
        self.view.activated.connect(self.open_viewer)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_state)
        self.model.modelReset.connect(self._selection_changed)
        self.model.rowsRemoved.connect(self._update_state)
        self._selection_changed()
        self._update_state()

    def _build_actions(self) -> None:
        self.import_action = QAction("&Import photos…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.choose_and_import())
        self.delete_action = QAction("&Delete photo…", self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)
        self.undo_action = QAction("&Undo delete", self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.controller.undo_delete)
        self.undo_action.setEnabled(False)
        self.compare_action = QAction("&Compare…", self)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.compare_action.triggered.connect(self.compare_selected)
        self.open_action = QAction("&Open photo", self)
        self.open_action.triggered.connect(lambda: self.open_viewer(self.view.currentIndex()))

    def fill_menu(self, menu: QMenu) -> None:
        """The window's Photos menu (made with the window's shell, before this panel)."""
        for a in (self.import_action, self.compare_action, self.delete_action, self.undo_action):
            menu.addAction(a)

    # ---- journal and client -----------------------------------------------------------

    def attach(self, journal: Journal) -> None:
        self.controller.attach(journal)

    def _library_ready(self) -> None:
        lib = self.controller.library
        from needlejournal.ui.gallery.imaging import decode_thumbnail

        self.loader.set_decoder(lambda photo, size: decode_thumbnail(lib, photo, size))  # type: ignore[arg-type]
        self.setEnabled(True)
        if self.client_id is not None:
            self.controller.load(self.client_id)

    def show_client(self, client_id: int | None) -> None:
        """Another client: drop every thumbnail request made for the previous one."""
        if client_id != self.client_id:
            self.loader.reset()
            self.client_id = client_id
            self.sessions = {}
            self.model.set_photos(client_id, [], {})
            self._fill_sessions()
        if client_id is not None:
            self.controller.load(client_id)

    def set_sessions(self, client_id: int, sessions: dict[int, datetime]) -> None:
        if client_id != self.client_id or sessions == self.sessions:
            return
        self.sessions = dict(sessions)
        self.model.set_sessions(self.sessions)
        self._fill_sessions()

    def _photos_loaded(self, client_id: int, photos: list[PhotoRecord]) -> None:
        if client_id == self.client_id:  # else a stale answer for a client no longer shown
            self.model.set_photos(client_id, photos, self.sessions)

    def reload(self) -> None:
        if self.client_id is not None:
            self.controller.load(self.client_id)

    # ---- filters ----------------------------------------------------------------------

    def _fill_sessions(self) -> None:
        combo = self.session_filter
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All sessions", None)
        for sid, when in sorted(self.sessions.items(), key=lambda kv: kv[1], reverse=True):
            combo.addItem(f"Session · {format_day(when)}", sid)
        combo.addItem("Progress photos", NO_SESSION)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def _filter_changed(self) -> None:
        self.model.set_filter(
            view=self.view_filter.currentData(),
            role=self.role_filter.currentData(),
            session=self.session_filter.currentData(),
        )

    def show_session(self, treatment_id: int) -> None:
        i = self.session_filter.findData(treatment_id)
        if i >= 0:
            self.session_filter.setCurrentIndex(i)
        self.show_requested.emit()

    def _update_state(self, *_args: object) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.view)
            return
        if self.client_id is None:
            text = "Choose a client to see their photos."
        elif self.model.all_photos():
            text = "No photos match these filters."
        else:
            text = (
                "No photos yet — drop photos here, or press Ctrl+I to import them.\n"
                "JPEG, PNG, WebP and HEIC straight from a phone are fine."
            )
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def _visible_changed(self) -> None:
        rows = self.view.visible_rows()
        self.loader.keep_only(self.model.photo_at(r).sha256 for r in rows)

    # ---- import -------------------------------------------------------------------------

    def choose_and_import(self, session_id: int | None = None) -> ImportDialog | None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import photos", "", FILE_FILTER)
        return self.start_import([Path(f) for f in files], session_id) if files else None

    def start_import(
        self, files: Sequence[Path], session_id: int | None = None
    ) -> ImportDialog | None:
        """Ask for role/view/conditions (non-blocking), then import in the background."""
        files = dropped_files(files)
        if not files or self.client_id is None or self.controller.library is None:
            return None
        if self.controller.job is not None:
            self.message.emit("An import is already running.")
            return None
        dialog = ImportDialog(files, self.client_id, self.sessions, session_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._begin_import(dialog))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _begin_import(self, dialog: ImportDialog) -> None:
        job = self.controller.start_import(dialog.files, dialog.draft())
        if job is None:
            return
        self.progress = ImportProgressDialog(job, self)
        self.progress.open()

    def _imported(self, client_id: int, result: ImportResult) -> None:
        n = len(result.imported)
        self.message.emit(
            f"Imported {n} photo{'s' if n != 1 else ''}"
            + (f"; {len(result.rejected)} not imported." if result.rejected else ".")
        )
        if client_id == self.client_id:
            self.controller.load(client_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.isEnabled() and self.client_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths, self.session_filter.currentData() or None)

    # ---- viewer, delete, compare --------------------------------------------------------

    def selected_photos(self) -> list[PhotoRecord]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.photo_at(r) for r in rows]

    def _selection_changed(self, *_args: object) -> None:
        n = len(self.view.selectionModel().selectedIndexes())
        self.delete_action.setEnabled(n > 0)
        ok = compare_available()
        # With nothing selected the compare view picks the latest photo and its baseline.
        enabled = ok and self.model.rowCount() > 0
        self.compare_action.setEnabled(enabled)
        self.compare_button.setEnabled(enabled)
        self.compare_button.setToolTip(
            "Compare two selected photos, or one with its baseline."
            if ok
            else "The compare view is not available."
        )

    def open_viewer(self, index: QModelIndex) -> PhotoViewer | None:
        if not index.isValid():
            return None
        from needlejournal.ui.gallery.viewer import PhotoViewer

        if self.viewer is not None:
            self.viewer.close()
        viewer = PhotoViewer(self.controller, self.model.photos(), index.row(), self.sessions, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.delete_requested.connect(lambda p: self.confirm_delete([p], viewer))
        viewer.destroyed.connect(lambda: setattr(self, "viewer", None))
        self.viewer = viewer
        viewer.show()
        return viewer

    def delete_selected(self) -> None:
        self.confirm_delete(self.selected_photos())

    def confirm_delete(self, photos: Sequence[PhotoRecord], parent: QWidget | None = None) -> bool:
        if not photos:
            return False
        what = "this photo" if len(photos) == 1 else f"these {len(photos)} photos"
        answer = QMessageBox.question(
            parent or self,
            "Delete photos",
            f"Delete {what}? You can undo this until you close NeedleJournal.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.controller.delete([p.id for p in photos])
        return True

    def _photo_deleted(self, deleted: DeletedPhoto) -> None:
        self.model.remove_photo(deleted.record.id)
        self.message.emit("Photo deleted — press Ctrl+Z or Undo to bring it back.")
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)

    def _photo_restored(self, photo: PhotoRecord) -> None:
        if photo.client_id == self.client_id:
            self.model.add_photo(photo)
        self.message.emit("Photo restored.")
        if not self.controller.undo_stack:
            self.undo_button.hide()

    def compare_selected(self) -> None:
        lib, photos = self.controller.library, self.selected_photos()
        if lib is None or self.client_id is None or not compare_available():
            return
        compare = importlib.import_module("needlejournal.ui.compare")
        compare.open_compare(self.window(), lib, self.client_id, [p.id for p in photos])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for a in (self.open_action, self.compare_action, self.delete_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.undo_action)
        menu.popup(event.globalPos())

    def shutdown(self) -> None:
        """The window closes: stop thumbnail work and imports, purge deleted originals."""
        if self.viewer is not None:
            self.viewer.close()
        self.loader.wait()
        self.controller.shutdown()
