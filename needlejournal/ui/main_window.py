"""The main window: clients on the left, the timeline in the middle, details on the right.

Thin on purpose: it lays out the panels, takes the journal's answers (the list loaded, the
first-run question, saving) and opens dialogs; journal work goes through
``JournalController``. The rest is in parts (see ``window_parts``): ``WindowLayout`` (sizes
and saved state), ``WindowMenus`` (menus and actions), ``ClientWiring`` (the client list and
the shown client). It is constructible
without a journal so it can paint "Opening your journal…" before the database layer is even
imported.

With ``deferred=True`` (the app's start-up) the constructor builds only a shell: the menu bar,
the splitter holding placeholders ("Opening your journal…" in the middle), the status line.
``build_panels()`` then imports and builds the real panels (clients, timeline and chart,
details, gallery, menus, dialog opener) right after the first paint: importing them costs
about as much as showing a bare window does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from needlejournal.ui.language import QT_TRANSLATE_NOOP
from needlejournal.ui.memory import freeze_long_lived
from needlejournal.ui.ops import Workers
from needlejournal.ui.overrides import override
from needlejournal.ui.window_clients import ClientWiring
from needlejournal.ui.window_layout import STRETCH, WindowLayout
from needlejournal.ui.window_menus import WindowMenus
from needlejournal.ui.window_settings import (
    SETTINGS_APP,
    SETTINGS_ORG,
    default_settings,
    journal_settings,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from needlejournal.journal.api import Journal
    from needlejournal.journal.first_look import FirstLook
    from needlejournal.journal.records import Mode
    from needlejournal.ui.journal_snapshot import Snapshot

__all__ = ["SETTINGS_APP", "SETTINGS_ORG", "MainWindow", "default_settings", "journal_settings"]

OPENING = QT_TRANSLATE_NOOP("MainWindow", "Opening your journal…")


class MainWindow(ClientWiring, WindowMenus, WindowLayout):
    def __init__(
        self,
        settings: QSettings | None = None,
        workers: Workers | None = None,
        parent: QWidget | None = None,
        *,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("NeedleJournal")
        self.settings = settings if settings is not None else default_settings()
        # Every op the window's widgets start runs on these lanes; every error no op handled
        # itself reaches show_error, whichever lane it ran on.
        self.workers = workers if workers is not None else Workers(parent=self)
        self.workers.failed.connect(self.show_error)
        self.controller = None
        self.screening_record = None  # the shown client's, last read
        self.backups = None  # Journal → Back up…/Restore… (startup adds)
        self.seat_sync = None  # clinic mode: other seats' changes shown live
        self.last_error = None
        self.mode_question = None  # the first-run question, while asked
        self.count_said: str | None = None  # the client count the status line showed last
        self.panels_ready = False
        # The shell: what the first paint shows. Placeholders hold the panels' places in the
        # splitter (QSplitter is horizontal by default), so nothing moves when they arrive.
        # No parent here (setCentralWidget gives it one): resolving QSplitter(parent) against
        # its QSplitter(Qt.Orientation) overload builds PySide's whole Qt namespace (~20 ms).
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for i, stretch in enumerate(STRETCH):
            self.splitter.addWidget(QWidget(self.splitter) if i != 1 else self._opening_label())
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setContentsMargins(10, 10, 10, 6)
        self.splitter.setHandleWidth(12)
        self.setCentralWidget(self.splitter)
        self.status = QLabel(self.tr(OPENING), self)
        self.statusBar().addWidget(self.status, 1)
        bar = self.menuBar()
        self.journal_menu = bar.addMenu(self.tr("&Journal"))
        self.library_menu = bar.addMenu(self.tr("&Library"))
        self.photos_menu = bar.addMenu(self.tr("&Photos"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        from needlejournal.ui.appearance import AppearanceMenu, apply_stored_scheme

        apply_stored_scheme(self.settings)  # before the first paint: no light flash before dark
        self.appearance = AppearanceMenu(self.view_menu, self.settings, self)
        from needlejournal.ui.language import LanguageMenu

        self.language = LanguageMenu(self.view_menu, default_settings(), self)
        self.language.chosen.connect(self.status.setText)
        self._restore_geometry()
        if not deferred:
            self.build_panels()

    def _opening_label(self) -> QWidget:
        """Where the timeline will be, the words the timeline will show until the journal opens.

        Centred by stretches, not ``Qt.AlignmentFlag``: the first import of ``Qt`` builds
        PySide's whole namespace (~20 ms) and nothing else before the first paint needs it.
        """
        from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

        box = QWidget(self.splitter)
        label = QLabel(self.tr(OPENING), box)
        label.setObjectName("emptyState")
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(label)
        row.addStretch()
        column = QVBoxLayout(box)
        column.addStretch()
        column.addLayout(row)
        column.addStretch()
        return box

    def build_client_list(self) -> None:
        """The client list alone, in its place (once): it can show the journal's names from a
        first look (``show_first_look``) before the other panels' modules are imported."""
        if hasattr(self, "clients"):
            return
        from needlejournal.ui.client_list import ClientListModel, ClientListPanel

        self.client_model = ClientListModel(self)
        self.clients = ClientListPanel(self.client_model, self)
        self.clients.setEnabled(False)  # nothing to choose until the journal is open
        self.clients.count_changed.connect(self._show_count)
        placeholder = self.splitter.replaceWidget(0, self.clients)
        if placeholder is not None:
            placeholder.deleteLater()
        self.splitter.setStretchFactor(0, STRETCH[0])
        self._restore_splitter()  # the list's minimum width may have moved the handle

    def show_first_look(self, look: FirstLook | None) -> None:
        """The names read before the journal is open, greyed until it is (then replaced by
        the journal's own list, the same records)."""
        if look is None or self.controller is not None:
            return  # nothing read early, or the journal's own list is already here
        self.build_client_list()
        self.clients.set_personal(look.mode == "personal")
        self.client_model.set_clients(look.clients)
        self.clients.repaint()  # on screen now, before the other panels are imported

    def build_panels(self) -> None:
        """Import and build the real panels into the shell (once; later calls do nothing)."""
        if self.panels_ready:
            return
        self.build_client_list()
        from PySide6.QtWidgets import QTabWidget

        from needlejournal.ui import theme
        from needlejournal.ui.details_panel import DetailsPanel
        from needlejournal.ui.dialogs_opener import DialogOpener
        from needlejournal.ui.gallery.panel import GalleryPanel
        from needlejournal.ui.gallery.strip import SessionPhotoStrip
        from needlejournal.ui.timeline_model import TimelineModel
        from needlejournal.ui.timeline_view import TimelinePanel

        self.panels_ready = True
        self.setWindowIcon(theme.app_icon())
        self.timeline_model = TimelineModel(self)
        self.timeline = TimelinePanel(self.timeline_model, self)
        self.details = DetailsPanel(self)
        self.details.ratings_of = self.timeline_model.ratings_of
        self.gallery = GalleryPanel(self.workers, self)
        self.photo_strip = SessionPhotoStrip(self.gallery, self.details)
        self.details.extras.addWidget(self.photo_strip)
        self.middle = QTabWidget(self)
        self.middle.setObjectName("middleTabs")
        self.middle.setDocumentMode(True)
        self.middle.addTab(self.timeline, self.tr("Timeline"))
        self.middle.addTab(self.gallery, self.tr("Photos"))
        from needlejournal.ui.progress_panel import ProgressPanel

        self.progress = ProgressPanel(self)
        self.middle.addTab(self.progress, self.tr("Progress"))
        self.middle.currentChanged.connect(lambda _: self._refresh_progress())
        self.progress.message.connect(self.say)
        self.progress.what_worked_requested.connect(self._show_what_worked)
        for i, panel in ((1, self.middle), (2, self.details)):
            placeholder = self.splitter.replaceWidget(i, panel)
            if placeholder is not None:
                placeholder.deleteLater()
            self.splitter.setStretchFactor(i, STRETCH[i])  # kept in the widget's size policy
        self._fit_narrow()  # before the sizes are restored: a hidden panel would move them
        self._restore_splitter()  # again: the panels' minimum sizes may have moved the handles
        self.opener = DialogOpener(self, self)
        self._build_menus()
        from needlejournal.ui.clinic_actions import ClinicActions  # due, lot recall, reports

        self.clinic_actions = ClinicActions(self)
        from needlejournal.ui.action_bar import HelpMenu, build_action_bar

        self.action_bar = build_action_bar(self)
        self.timeline.first_session_action = self.new_session_action
        self.clients.new_client_action = self.new_client_action
        self.help_menu = HelpMenu(self)
        self.clients.client_selected.connect(self._client_selected)
        self.timeline.entry_selected.connect(self.details.show_entry)
        self.timeline.entry_selected.connect(self.photo_strip.show_entry)
        self.gallery.message.connect(self.status.setText)
        self.gallery.show_requested.connect(lambda: self.middle.setCurrentWidget(self.gallery))
        self.statusBar().addPermanentWidget(self.gallery.undo_button)
        self.timeline.entry_activated.connect(self.edit_entry)
        self.details.edit_requested.connect(self.edit_entry)
        self.details.delete_requested.connect(self.opener.delete_entry)
        from needlejournal.ui.progress_header import ProgressHeader
        from needlejournal.ui.timeline_photos import TimelinePhotos

        self.progress_header = ProgressHeader(self.workers.lane(self), self.timeline)
        self.timeline.set_header(self.progress_header)
        self.timeline_photos = TimelinePhotos(
            self.gallery, self.timeline, self.progress_header, self
        )
        self._set_journal_actions(False)
        self._restore_tab()

    # ---- the journal arrives (or cannot be opened) -------------------------------------------

    def attach_journal(self, journal: Journal) -> None:
        from needlejournal.ui.controller import JournalController

        self.build_panels()
        c = JournalController(journal, self.workers.journal, self)
        self.controller = c
        self.opener.controller = c
        c.loaded.connect(self._loaded)
        c.saving.connect(self._saving)
        c.client_changed.connect(self._client_changed)
        c.client_removed.connect(self._client_removed)
        c.timeline_loaded.connect(self._timeline_loaded)
        c.library_changed.connect(self._reload_current)
        self.gallery.attach(journal)
        c.load()
        from needlejournal.ui.seat_sync import SeatSync

        self.seat_sync = SeatSync(c, self._shown_now, self)
        self.seat_sync.start()  # clinic mode: other seats' changes appear here
        if self.backups is not None:
            self.backups.refresh()

    def show_open_error(self, message: str) -> None:
        self.build_panels()
        self.status.setText(self.tr("The journal could not be opened."))
        self.timeline.show_message(message, self.tr("The journal could not be opened"))
        self.details.setEnabled(False)

    def _loaded(self, snap: Snapshot) -> None:
        if not snap.mode_chosen:
            self._ask_mode()
            return
        personal = snap.mode == "personal"
        self.clinic_action.setChecked(not personal)
        self.new_client_action.setVisible(not personal)
        self.client_model.set_clients(snap.clients)
        self.clients.finish_loading()
        freeze_long_lived()  # start-up is over: shorter full GC passes from now on
        self.clients.set_personal(personal)
        self.clients.setEnabled(True)
        self._set_journal_actions(True)
        self.count_said = None if personal else self.clients.count()
        self.status.setText(self.tr("Personal journal") if personal else self.clients.count())
        last = self.settings.value("ui/last_client")
        wanted = int(last) if isinstance(last, int | str) and str(last).isdigit() else None
        if wanted is not None and self.client_model.row_of(wanted) >= 0:
            self.clients.select_client(wanted)
        elif snap.clients:
            self.clients.select_client(snap.clients[0].id)
        else:
            self.timeline.show_message(
                self.tr("No clients yet."),
                action=self.new_client_action,
                button=self.tr("Add the first client"),
            )

    def _show_count(self, count: str, asked: bool) -> None:
        """The status line's client count: after a search, or in place of an older count (a
        save's or an error's words stay until a person searches)."""
        if self.count_said is None:
            return  # not open yet, or a personal journal
        if asked or self.status.text() == self.count_said:
            self.status.setText(count)
        self.count_said = count

    def _ask_mode(self) -> None:
        from needlejournal.ui.first_run import ask_who_for

        def chosen(mode: Mode) -> None:
            self.mode_question = None
            if self.controller is not None:
                self.controller.set_mode(mode)  # reloads: the list, menus and rules follow
                from needlejournal.ui.first_run_setup import offer_setup

                self.setup = offer_setup(self, mode, self.controller.add_starter_kit)

        self.mode_question = ask_who_for(self, chosen)

    def _saving(self, saving: bool) -> None:
        if saving:
            self.status.setText(self.tr("Saving…"))
        elif self.status.text() == self.tr("Saving…"):
            self.status.setText(self.tr("Saved."))

    def show_error(self, message: str) -> None:
        """Every worker error reaches the user; non-blocking, so the event loop keeps running."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from needlejournal.ui.validation_words import said_text

        message = said_text(message)  # a journal's Said, in the window's language
        self.status.setText(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "NeedleJournal", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_error = box
        box.open()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.backups is not None:  # an automatic backup when one is due (at most daily)
            self.backups.backup_on_close()
        self.save_state()
        if self.seat_sync is not None:
            self.seat_sync.stop()
        if self.panels_ready:  # stops imports and thumbnails, queues the purge of deletions
            self.gallery.shutdown()
            self.timeline_photos.shutdown()
        self.workers.journal.wait()  # let a running save finish: never cut a write short
        super().closeEvent(event)
