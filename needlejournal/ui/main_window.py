"""The main window: clients on the left, the timeline in the middle, details on the right.

Thin on purpose: it lays out the panels, owns the menus and the saved UI state, and opens
dialogs. Journal work goes through ``JournalController``. It is constructible without a journal
so it can paint "Opening your journal…" before the database layer is even imported.

With ``deferred=True`` (the app's start-up) the constructor builds only a shell: the menu bar,
the splitter holding placeholders ("Opening your journal…" in the middle), the status line.
``build_panels()`` then imports and builds the real panels (clients, timeline and chart,
details, gallery, menus, dialog opener) right after the first paint: importing them costs
about as much as showing a bare window does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget
from typing_extensions import override

from needlejournal.ui.language import QT_TRANSLATE_NOOP
from needlejournal.ui.memory import freeze_long_lived
from needlejournal.ui.ops import Workers

if TYPE_CHECKING:  # records are imported lazily: their dataclasses cost ~30 ms at start-up
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
    from PySide6.QtWidgets import QMenu, QMessageBox, QTabWidget

    from needlejournal.journal.api import Journal
    from needlejournal.journal.progress_chart import ChartData
    from needlejournal.journal.records import (
        ClientRecord,
        ClientSummary,
        Mode,
        RatingRecord,
        Timeline,
        TimelineEntry,
        TreatmentRecord,
    )
    from needlejournal.journal.screening_records import ScreeningRecord
    from needlejournal.ui.backup_dialogs import BackupActions
    from needlejournal.ui.client_list import ClientListModel, ClientListPanel
    from needlejournal.ui.controller import JournalController, Snapshot
    from needlejournal.ui.details_panel import DetailsPanel
    from needlejournal.ui.dialogs_opener import DialogOpener
    from needlejournal.ui.gallery.panel import GalleryPanel
    from needlejournal.ui.gallery.strip import SessionPhotoStrip
    from needlejournal.ui.progress_panel import ProgressPanel
    from needlejournal.ui.seat_sync import SeatSync
    from needlejournal.ui.timeline_model import TimelineModel
    from needlejournal.ui.timeline_view import TimelinePanel

SETTINGS_ORG = "NeedleJournal"
SETTINGS_APP = "NeedleJournal"
OPENING = QT_TRANSLATE_NOOP("MainWindow", "Opening your journal…")
STRETCH = (0, 1, 0)  # clients, middle, details: the middle takes what the window gains
NARROW_WIDTH = 960  # below this the details panel steps aside (the cards say the same)
DETAILS_WIDTH = 300  # what the details panel gets back when it returns with no width
CLIENTS_WIDTH = 200  # what a squeezed client list gets back when the details step aside
CLIENTS_SQUEEZED = 150  # narrower than this, names are cut off


def default_settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


def journal_settings(state_file: Path) -> QSettings:
    """The window's state for one journal (``DataPaths.window_state_file``).

    The first time a journal is opened by this version, it starts from the old global state
    (size, splitters, last tab and client), so nobody's window forgets its size on upgrade.
    """
    fresh = not state_file.exists()
    state_file.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(state_file), QSettings.Format.IniFormat)
    if fresh:
        legacy = default_settings()
        for key in legacy.allKeys():
            if key.startswith("ui/"):
                settings.setValue(key, legacy.value(key))
        settings.sync()
    return settings


class MainWindow(QMainWindow):
    # Built by build_panels(); declared here so the shell's attributes stay typed.
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
        self.controller: JournalController | None = None
        self.screening_record: ScreeningRecord | None = None  # the shown client's, last read
        self.backups: BackupActions | None = None  # Journal → Back up…/Restore… (startup adds)
        self.seat_sync: SeatSync | None = None  # clinic mode: other seats' changes shown live
        self.last_error: QMessageBox | None = None
        self.mode_question: QMessageBox | None = None  # the first-run question, while asked
        self.panels_ready = False
        # The shell: what the first paint shows. Placeholders hold the panels' places in the
        # splitter (QSplitter is horizontal by default), so nothing moves when they arrive.
        self.splitter = QSplitter(self)
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
        self.journal_menu: QMenu = bar.addMenu(self.tr("&Journal"))
        self.library_menu: QMenu = bar.addMenu(self.tr("&Library"))
        self.photos_menu: QMenu = bar.addMenu(self.tr("&Photos"))
        self.view_menu: QMenu = bar.addMenu(self.tr("&View"))
        from needlejournal.ui.appearance import AppearanceMenu, apply_stored_scheme

        apply_stored_scheme(self.settings)  # before the first paint: no light flash before dark
        self.appearance = AppearanceMenu(self.view_menu, self.settings, self)
        from needlejournal.ui.language import LanguageMenu

        self.language = LanguageMenu(self.view_menu, default_settings(), self)
        self.language.chosen.connect(self.status.setText)
        self._restore_geometry()
        if not deferred:
            self.build_panels()

    def _opening_label(self) -> QLabel:
        """Where the timeline will be, the words the timeline will show until the journal opens."""
        from PySide6.QtCore import Qt  # the namespace is built already (ui.scheme)

        label = QLabel(self.tr(OPENING), self.splitter)
        label.setObjectName("emptyState")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def build_panels(self) -> None:
        """Import and build the real panels into the shell (once; later calls do nothing)."""
        if self.panels_ready:
            return
        from PySide6.QtWidgets import QTabWidget

        from needlejournal.ui import theme
        from needlejournal.ui.client_list import ClientListModel, ClientListPanel
        from needlejournal.ui.details_panel import DetailsPanel
        from needlejournal.ui.dialogs_opener import DialogOpener
        from needlejournal.ui.gallery.panel import GalleryPanel
        from needlejournal.ui.gallery.strip import SessionPhotoStrip
        from needlejournal.ui.timeline_model import TimelineModel
        from needlejournal.ui.timeline_view import TimelinePanel

        self.panels_ready = True
        self.setWindowIcon(theme.app_icon())
        self.client_model = ClientListModel(self)
        self.timeline_model = TimelineModel(self)
        self.clients = ClientListPanel(self.client_model, self)
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
        for i, panel in enumerate((self.clients, self.middle, self.details)):
            placeholder = self.splitter.replaceWidget(i, panel)
            if placeholder is not None:
                placeholder.deleteLater()
            self.splitter.setStretchFactor(i, STRETCH[i])  # kept in the widget's size policy
        self._fit_narrow()  # before the sizes are restored: a hidden panel would move them
        self._restore_splitter()  # again: the panels' minimum sizes may have moved the handles
        self.opener = DialogOpener(self, self)
        self._build_menus()
        self.clients.setEnabled(False)
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

    # ---- menus -----------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        o = self.opener
        self.new_session_action = self._action(self.tr("New &session…"), o.new_session, "Ctrl+N")
        self.new_check_action = self._action(
            self.tr("New s&kin check…"), o.new_observation, "Ctrl+Shift+N"
        )
        self.find_action = self._action(
            self.tr("&Find client"), self.clients.focus_search, "Ctrl+F"
        )
        self.new_client_action = self._action(self.tr("New &client…"), o.new_client)
        self.edit_client_action = self._action(self.tr("&Edit client…"), o.edit_client)
        self.screening_action = self._action(self.tr("Client scree&ning…"), o.client_screening)
        self.clinic_action = self._action(self.tr("Clinic &mode (many clients)"), self._toggle_mode)
        self.clinic_action.setCheckable(True)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.products_action = self._action(self.tr("&Products…"), o.product_library)
        self.devices_action = self._action(self.tr("&Devices…"), o.device_library)
        self.guidance_action = self._action(self.tr("&Settings…"), o.guidance_settings)
        journal = self.journal_menu
        for a in (self.new_session_action, self.new_check_action):
            journal.addAction(a)
        journal.addSeparator()
        for a in (
            self.new_client_action,
            self.edit_client_action,
            self.screening_action,
            self.find_action,
        ):
            journal.addAction(a)
        journal.addSeparator()
        journal.addAction(self.clinic_action)
        journal.addSeparator()
        journal.addAction(self.quit_action)
        for a in (self.products_action, self.devices_action, self.guidance_action):
            self.library_menu.addAction(a)
        self.gallery.fill_menu(self.photos_menu)
        from needlejournal.ui.clinic_actions import ClinicActions  # due, lot recall, reports

        self.clinic_actions = ClinicActions(self)
        from needlejournal.ui.action_bar import HelpMenu, build_action_bar

        self.action_bar = build_action_bar(self)
        self.timeline.first_session_action = self.new_session_action
        self.clients.new_client_action = self.new_client_action
        self.help_menu = HelpMenu(self)

    def _set_client_actions(self, enabled: bool) -> None:
        """What adds to or edits the shown client: only while one is shown."""
        for a in (
            self.new_session_action,
            self.new_check_action,
            self.edit_client_action,
            self.screening_action,
            *self.clinic_actions.client_actions,
        ):
            a.setEnabled(enabled)

    def _set_journal_actions(self, enabled: bool) -> None:
        self._set_client_actions(enabled and self.current_client() is not None)
        for a in (
            self.new_client_action,
            self.clinic_action,
            self.products_action,
            self.devices_action,
            self.guidance_action,
        ):
            a.setEnabled(enabled)

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
        self.status.setText(
            self.tr("Personal journal")
            if personal
            else self.tr("%n client(s)", "", len(snap.clients))
        )
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

    def _client_selected(self, client: ClientRecord | None) -> None:
        """The shown client changed: a choice, or None while the search matches nobody."""
        self.details.show_entry(None)
        self.timeline_model.set_entries(())
        self.gallery.show_client(client)
        self._set_client_actions(client is not None and self.controller is not None)
        if client is None:
            self.timeline.show_message(
                self.tr(
                    "No client matches the search.\nChoose a client in the list, or press Esc in "
                    "the search box to see them all."
                )
            )
            return
        if self.controller is None:
            return
        self.settings.setValue("ui/last_client", client.id)
        self._show_client_header(client.id, loading=True)
        self.controller.load_timeline(client.id)

    def _client_changed(self, summary: ClientSummary) -> None:
        self.client_model.update_client(summary)
        current = self.current_client()
        if current is not None and current.id == summary.id:
            self.timeline.show_client(summary, loading=self.timeline.loading)
            self.gallery.show_heading(summary.client)

    def _client_removed(self, client_id: int) -> None:
        shown = self.current_client()
        self.client_model.remove_client(client_id)
        rest = self.client_model.clients()
        if shown is not None and shown.id == client_id and rest:
            self.clients.select_client(rest[0].id)  # the one shown is gone: show another

    def _shown_now(self) -> tuple[int | None, tuple[str, int] | None]:
        """The client shown and the entry selected (kept across a refresh from elsewhere)."""
        client = self.current_client()
        entry = self.timeline.current_entry()
        return (client.id if client else None), ((entry.kind, entry.id) if entry else None)

    def _timeline_loaded(self, timeline: Timeline, select: tuple[str, int] | None) -> None:
        current = self.current_client()
        if current is None or current.id != timeline.client.id:
            return  # a stale answer for a client no longer shown
        self.timeline_model.set_entries(timeline.entries, timeline.ratings)
        self.screening_record = timeline.screening
        self.timeline.show_screening(timeline.screening)
        sessions = {e.id: e.performed_at for e in timeline.entries if e.kind == "treatment"}
        self.gallery.set_sessions(current.id, sessions)
        self._show_client_header(current.id)  # the list's summary carries the session count
        self._refresh_progress()
        if select is not None:
            self.timeline.select_entry(*select)
        else:
            self.details.show_entry(None)

    def _refresh_progress(self) -> None:
        """The Progress tab's chart, read on the journal lane while the tab is shown."""
        client = self.current_client()
        if (
            self.controller is None
            or client is None
            or self.middle.currentWidget() is not (self.progress)
        ):
            return

        def loaded(data: ChartData) -> None:
            now = self.current_client()
            if now is not None and now.id == client.id:  # not a stale answer
                self.progress.set_data(data)

        self.controller.load_progress(client.id, loaded)

    def _show_client_header(self, client_id: int, *, loading: bool = False) -> None:
        summary = self.client_model.summary_of(client_id)
        if summary is not None:
            self.timeline.show_client(summary, loading=loading)

    def _reload_current(self) -> None:
        client = self.current_client()
        if client is not None and self.controller is not None:
            entry = self.timeline.current_entry()
            self.controller.load_timeline(client.id, (entry.kind, entry.id) if entry else None)

    def _ask_mode(self) -> None:
        from needlejournal.ui.first_run import ask_who_for

        def chosen(mode: Mode) -> None:
            self.mode_question = None
            if self.controller is not None:
                self.controller.set_mode(mode)  # reloads: the list, menus and rules follow
                from needlejournal.ui.first_run_setup import offer_setup

                self.setup = offer_setup(self, mode, self.controller.add_starter_kit)

        self.mode_question = ask_who_for(self, chosen)

    def _toggle_mode(self, clinic: bool) -> None:
        if self.controller is not None:
            self.controller.set_mode("clinic" if clinic else "personal")

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

    def show_error(self, message: str) -> None:
        """Every worker error reaches the user; non-blocking, so the event loop keeps running."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        self.status.setText(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "NeedleJournal", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_error = box
        box.open()

    def _saving(self, saving: bool) -> None:
        if saving:
            self.status.setText(self.tr("Saving…"))
        elif self.status.text() == self.tr("Saving…"):
            self.status.setText(self.tr("Saved."))

    # ---- state ---------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 780)
        self._restore_splitter()

    def _restore_splitter(self) -> None:
        sizes = self.settings.value("ui/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        else:
            self.splitter.setSizes([250, 620, 340])

    def _restore_tab(self) -> None:
        tab = self.settings.value("ui/middle_tab")
        if isinstance(tab, int | str) and str(tab).isdigit():
            self.middle.setCurrentIndex(int(tab))

    def _fit_narrow(self) -> None:
        """A narrow window hides the details panel rather than squeezing the client list to a
        strip (800 px: clients 89 px before); wide again, it comes back with room to read."""
        if not self.panels_ready:
            return
        if self.width() < NARROW_WIDTH:
            if self.details.isHidden():
                return
            self.details.hide()
            self.splitter.refresh()  # lay out now: saved and restored sizes must agree
            clients, middle, _ = self.splitter.sizes()
            total = clients + middle
            want = min(CLIENTS_WIDTH, total - self.middle.minimumSizeHint().width())
            if clients < CLIENTS_SQUEEZED <= want:  # the details' room goes to the names first
                self.splitter.setSizes([want, total - want, 0])
            return
        self.details.show()
        sizes = self.splitter.sizes()
        if sizes[2] == 0 and sum(sizes) > 0:  # hidden until now, or saved while hidden
            give = min(DETAILS_WIDTH, max(0, sizes[1] - self.middle.minimumSizeHint().width()))
            self.splitter.setSizes([sizes[0], sizes[1] - give, give])

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_narrow()

    def save_state(self) -> None:
        self.settings.setValue("ui/geometry", self.saveGeometry())
        self.settings.setValue("ui/splitter", self.splitter.saveState())
        if self.panels_ready:
            self.settings.setValue("ui/middle_tab", self.middle.currentIndex())
        self.settings.sync()

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
