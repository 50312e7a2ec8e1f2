"""What every part of the main window shares: its panels, actions and the small questions
the dialog opener asks of it (``OpenerHost``).

``MainWindow`` is assembled from parts, each a subclass of this one: ``WindowLayout``
(sizes, the narrow fit, saved state), ``WindowMenus`` (menus and actions) and
``ClientWiring`` (the client list, the shown client's timeline and progress); the window
itself keeps the panels and the journal's answers. Strings in the parts are translated in the
"MainWindow" context (``translate("MainWindow", …)``), the one the window has always used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # records are imported lazily: their dataclasses cost ~30 ms at start-up
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QSplitter, QTabWidget

    from needlejournal.journal.records import (
        ClientRecord,
        RatingRecord,
        TimelineEntry,
        TreatmentRecord,
    )
    from needlejournal.journal.screening_records import ScreeningRecord
    from needlejournal.ui.backup_dialogs import BackupActions
    from needlejournal.ui.client_list import ClientListModel, ClientListPanel
    from needlejournal.ui.clinic_actions import ClinicActions
    from needlejournal.ui.controller import JournalController
    from needlejournal.ui.details_panel import DetailsPanel
    from needlejournal.ui.dialogs_opener import DialogOpener
    from needlejournal.ui.gallery.panel import GalleryPanel
    from needlejournal.ui.gallery.strip import SessionPhotoStrip
    from needlejournal.ui.ops import Workers
    from needlejournal.ui.progress_panel import ProgressPanel
    from needlejournal.ui.seat_sync import SeatSync
    from needlejournal.ui.timeline_model import TimelineModel
    from needlejournal.ui.timeline_view import TimelinePanel


class WindowParts(QMainWindow):
    # The shell's (built in MainWindow.__init__).
    settings: QSettings
    workers: Workers
    controller: JournalController | None
    screening_record: ScreeningRecord | None
    backups: BackupActions | None
    seat_sync: SeatSync | None
    last_error: QMessageBox | None
    mode_question: QMessageBox | None
    panels_ready: bool
    splitter: QSplitter
    status: QLabel
    journal_menu: QMenu
    library_menu: QMenu
    photos_menu: QMenu
    view_menu: QMenu
    # Built by MainWindow.build_panels().
    client_model: ClientListModel
    timeline_model: TimelineModel
    clients: ClientListPanel
    timeline: TimelinePanel
    details: DetailsPanel
    progress: ProgressPanel
    gallery: GalleryPanel
    photo_strip: SessionPhotoStrip
    middle: QTabWidget
    opener: DialogOpener
    # Built by WindowMenus._build_menus().
    new_session_action: QAction
    new_check_action: QAction
    find_action: QAction
    new_client_action: QAction
    edit_client_action: QAction
    screening_action: QAction
    clinic_action: QAction
    quit_action: QAction
    products_action: QAction
    devices_action: QAction
    guidance_action: QAction
    clinic_actions: ClinicActions

    if TYPE_CHECKING:  # defined by WindowMenus; used by the other parts

        def _set_client_actions(self, enabled: bool) -> None: ...

        def _set_journal_actions(self, enabled: bool) -> None: ...

    # ---- what the dialog opener asks of the window (its OpenerHost) -----------------------------

    def current_client(self) -> ClientRecord | None:
        return self.clients.current_client()

    def treatments(self) -> list[TreatmentRecord]:
        return self.timeline_model.treatments()

    def screening(self) -> ScreeningRecord | None:
        """The shown client's screening on file, as the last timeline load read it."""
        client, record = self.current_client(), self.screening_record
        if record is None or client is None or record.client_id != client.id:
            return None
        return record

    def ratings_of(self, kind: str, record_id: int) -> tuple[RatingRecord, ...]:
        return self.timeline_model.ratings_of(kind, record_id)

    def listed_clients(self) -> list[ClientRecord]:
        return [summary.client for summary in self.client_model.clients()]

    def select_client(self, client_id: int) -> None:
        self.clients.select_client(client_id)

    def say(self, text: str) -> None:
        self.status.setText(text)

    def edit_entry(self, entry: TimelineEntry | None) -> None:
        if entry is None:
            return
        if entry.kind == "treatment":
            self.opener.edit_session(entry)
        else:
            self.opener.edit_observation(entry)
