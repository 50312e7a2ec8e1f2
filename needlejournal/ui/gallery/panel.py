"""The Photos tab: filters, the grid, import (dialog or drag and drop), viewer, delete with undo."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui import theme
from needlejournal.ui.empty_state import view_or_empty
from needlejournal.ui.flow_layout import FlowLayout
from needlejournal.ui.gallery.controller import GalleryController
from needlejournal.ui.gallery.delegate import RADIUS, THUMB, PhotoDelegate
from needlejournal.ui.gallery.filters import PhotoFilters
from needlejournal.ui.gallery.import_dialog import ImportDialog, ImportProgressDialog
from needlejournal.ui.gallery.import_flow import ImportFlow
from needlejournal.ui.gallery.layouts import PhotoLayouts
from needlejournal.ui.gallery.model import GalleryModel
from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader
from needlejournal.ui.gallery.view import GalleryView
from needlejournal.ui.ops import Workers
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.photos import DeletedPhoto
    from needlejournal.journal.records import ClientRecord, ImportResult, PhotoRecord
    from needlejournal.ui.compare.window import CompareWindow
    from needlejournal.ui.gallery.viewer import PhotoViewer

UNDO_SECONDS = 15


class GalleryPanel(ImportFlow):
    message = Signal(str)  # for the status bar
    show_requested = Signal()  # bring the Photos tab forward

    def __init__(self, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workers = workers  # the journal lane, and new lanes for imports and decoding
        self.controller = GalleryController(workers.journal, workers.lane(self), self)
        self.preview_lane = workers.lane(self)  # the import dialog's thumbnails and dates
        self.loader = ThumbnailLoader(size=THUMB, parent=self, radius=RADIUS)
        # A 10,000-photo gallery is arranged on the journal lane, not the GUI thread: right
        # after the load that brought the photos, in order; inline where the journal lane is
        # (tests and scripts that run every journal call to its end at once).
        self.model = GalleryModel(self, lane=workers.journal)
        self.model.thumbnail = self.loader.pixmap
        self.view = GalleryView(self.model, self)
        self.view.setItemDelegate(PhotoDelegate(self.loader, self.view))
        self.layouts = PhotoLayouts(self.model, self.view, self.loader, self)
        self.client_id: int | None = None
        self.client_name = ""
        self.header = QLabel(self)
        self.header.setObjectName("photosHeading")
        self.header.setFont(theme.heading_font(self, 1.35))
        self.header.hide()
        self.sessions: dict[int, datetime] = {}
        self.viewer: PhotoViewer | None = None
        self.progress: ImportProgressDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.filters = PhotoFilters(self)
        self.session_filter, self.view_filter, self.role_filter = self.filters.combos()
        self.filters.changed.connect(lambda: self.filters.apply(self.model))
        self._build_actions()
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.clicked.connect(self.import_action.trigger)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.clicked.connect(self.compare_action.trigger)
        # The filters and buttons wrap onto a second row when the tab is narrow: in one row
        # (746 px in German at 1.5x the font) they held the window wider than ~930 px.
        self.filter_bar = QWidget(self)
        bar = FlowLayout(self.filter_bar, spacing=6, row_spacing=4)
        for w in (*self.filters.combos(), self.compare_button, self.import_button):
            w.setParent(self.filter_bar)
            bar.addWidget(w)
        self.empty, self.stack = view_or_empty(self, self.layouts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        # The layout switch sits beside the name, not in the filter bar: a bar that long set
        # the window's minimum width above 800 px.
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.layouts.switch(self))
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setFlat(True)
        self.undo_button.setToolTip(self.tr("Undo delete (Ctrl+Z)"))
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
        self.loader.ready.connect(self.model.thumbnail_arrived)
        self.layouts.activated.connect(self.open_viewer)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_state)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_state)
        self._update_actions()
        self._update_state()

    def _build_actions(self) -> None:
        self.import_action = QAction(self.tr("&Import photos…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.choose_and_import())
        self.delete_action = QAction(self.tr("&Delete photo…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)
        self.undo_action = QAction(self.tr("&Undo delete"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.controller.undo_delete)
        self.undo_action.setEnabled(False)
        self.compare_action = QAction(self.tr("&Compare…"), self)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.compare_action.triggered.connect(self.compare_selected)
        self.open_action = QAction(self.tr("&Open photo"), self)
        self.open_action.triggered.connect(
            lambda: self.open_viewer(self.layouts.current_view().currentIndex())
        )

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

        decoder = lambda photo, size: decode_thumbnail(lib, photo, size)  # type: ignore[arg-type]  # noqa: E731
        self.loader.set_decoder(decoder)
        self.layouts.set_decoder(decoder)
        self.setEnabled(True)
        self._update_actions()
        if self.client_id is not None:
            self.controller.load(self.client_id)

    def show_heading(self, client: ClientRecord | None) -> None:
        """The client's name above the photos: whose photos these are, and whose an import is."""
        self.client_name = client.name if client is not None else ""
        self.header.setText(self.client_name)
        self.header.setVisible(client is not None)

    def show_client(self, client: ClientRecord | None) -> None:
        """Another client (None: nobody): drop every thumbnail request made for the previous one."""
        client_id = client.id if client is not None else None
        self.show_heading(client)
        if client_id != self.client_id:
            self.loader.reset()
            self.layouts.reset()
            self.client_id = client_id
            self.sessions = {}
            self.model.set_photos(client_id, [], {})
            self.filters.set_sessions(self.sessions)
        if client_id is not None:
            self.controller.load(client_id)
        self._update_actions()

    def set_sessions(self, client_id: int, sessions: dict[int, datetime]) -> None:
        if client_id != self.client_id or sessions == self.sessions:
            return
        self.sessions = dict(sessions)
        self.model.set_sessions(self.sessions)
        self.filters.set_sessions(self.sessions)

    def _photos_loaded(self, client_id: int, photos: list[PhotoRecord]) -> None:
        if client_id == self.client_id:  # else a stale answer for a client no longer shown
            self.model.set_photos(client_id, photos, self.sessions)

    def reload(self) -> None:
        if self.client_id is not None:
            self.controller.load(self.client_id)

    # ---- filters ----------------------------------------------------------------------

    def show_session(self, treatment_id: int) -> None:
        self.filters.select_session(treatment_id)
        self.show_requested.emit()

    def _update_state(self, *_args: object) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.layouts)
            return
        if self.client_id is None:
            text = self.tr("Choose a client to see their photos.")
        elif self.model.all_photos():
            text = self.tr("No photos match these filters.")
        else:
            self.empty.say(
                self.tr(
                    "No photos yet.\nAdd them here (Ctrl+I), or drop them on this page: JPEG, "
                    "PNG, WebP and HEIC straight from a phone are fine."
                ),
                self.import_action,
                self.tr("Add photos"),
            )
            self.stack.setCurrentWidget(self.empty)
            return
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def _imported(self, client_id: int, result: ImportResult) -> None:
        n = len(result.imported)
        imported = self.tr("Imported %n photo(s)", "", n)
        rejected = len(result.rejected)
        self.message.emit(
            imported + self.tr("; %n not imported.", "", rejected) if rejected else imported + "."
        )
        if client_id == self.client_id:
            self.controller.load(client_id)

    # ---- viewer, delete, compare --------------------------------------------------------

    def selected_photos(self) -> list[PhotoRecord]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.photo_at(r) for r in rows]

    def _update_actions(self, *_args: object) -> None:
        """Import and compare act on the shown client: off while nobody is shown."""
        has_client = self.client_id is not None and self.controller.library is not None
        self.import_action.setEnabled(has_client)
        self.import_button.setEnabled(has_client)
        n = len(self.view.selectionModel().selectedIndexes())
        self.delete_action.setEnabled(n > 0)
        # With nothing selected the compare view picks the latest photo and its baseline.
        enabled = has_client and self.model.rowCount() > 0
        self.compare_action.setEnabled(enabled)
        self.compare_button.setEnabled(enabled)
        self.compare_button.setToolTip(
            self.tr("Compare two selected photos, or one with its baseline.")
        )

    def open_viewer(self, index: QModelIndex) -> PhotoViewer | None:
        if not index.isValid():
            return None
        return self._show_viewer(self.model.photos(), index.row())

    def open_photo(self, photo_id: int) -> PhotoViewer | None:
        """The viewer on one of the shown client's photos, whatever the filters show (the
        timeline's thumbnails); arrow keys step through all their photos, oldest first."""
        photos = sorted(self.model.all_photos(), key=lambda p: (p.taken_at, p.id))
        row = next((i for i, p in enumerate(photos) if p.id == photo_id), -1)
        return self._show_viewer(photos, row) if row >= 0 else None

    def _show_viewer(self, photos: list[PhotoRecord], row: int) -> PhotoViewer:
        from needlejournal.ui.gallery.viewer import PhotoViewer

        if self.viewer is not None:
            self.viewer.close()
        viewer = PhotoViewer(
            self.controller,
            self.workers.lane(),
            self.client_name,
            photos,
            row,
            self.sessions,
            self,
        )
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
        question = (
            self.tr("Delete this photo? You can undo this until you close NeedleJournal.")
            if len(photos) == 1
            else self.tr(
                "Delete these %n photos? You can undo this until you close NeedleJournal.",
                "",
                len(photos),
            )
        )
        answer = QMessageBox.question(
            parent or self,
            self.tr("Delete photos"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.controller.delete([p.id for p in photos])
        return True

    def _photo_deleted(self, deleted: DeletedPhoto) -> None:
        self.model.remove_photo(deleted.record.id)
        self.message.emit(self.tr("Photo deleted — press Ctrl+Z or Undo to bring it back."))
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)

    def _photo_restored(self, photo: PhotoRecord) -> None:
        if photo.client_id == self.client_id:
            self.model.add_photo(photo)
        self.message.emit(self.tr("Photo restored."))
        if not self.controller.undo_stack:
            self.undo_button.hide()

    def compare_selected(self) -> CompareWindow | None:
        return self.compare_photos([p.id for p in self.selected_photos()])

    def compare_photos(self, photo_ids: Sequence[int]) -> CompareWindow | None:
        """The compare window on these of the shown client's photos (see ``open_compare``)."""
        lib = self.controller.library
        if lib is None or self.client_id is None:
            return None
        from needlejournal.ui import compare  # cheap: the window itself loads on the call

        return compare.open_compare(
            self.window(),
            lib,
            self.client_id,
            list(photo_ids),
            client_name=self.client_name,
            workers=self.workers,
        )

    @override
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
        self.layouts.wait()
        self.preview_lane.wait()
        self.controller.shutdown()
