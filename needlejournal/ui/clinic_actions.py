"""The clinic's actions in the window's menus: Journal → Who is due…, Journal → Progress
report (PDF)…, Library → Find lot…. Kept out of main_window so the window stays thin: it
only calls ``ClinicActions(window)`` once its menus exist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.records import ClientSummary, ProductRecord
    from needlejournal.report import WrittenReport
    from needlejournal.ui.audit_dialog import AuditDialog
    from needlejournal.ui.due_view import DueDialog
    from needlejournal.ui.lot_dialog import LotDialog
    from needlejournal.ui.main_window import MainWindow
    from needlejournal.ui.report_action import ReportExporter


class ClinicActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.due_dialog: DueDialog | None = None
        self.lot_dialog: LotDialog | None = None
        self.exporter: ReportExporter | None = None
        self.due_action = self._action(self.tr("Who is &due…"), self.show_due)
        self.report_action = self._action(self.tr("Progress &report (PDF)…"), self.write_report)
        self.lot_action = self._action(self.tr("Find &lot…"), self.find_lot)
        self.audit_action = self._action(self.tr("&Audit trail…"), self.show_audit)
        self.audit_dialog: AuditDialog | None = None
        menu, quit_action = window.journal_menu, window.quit_action
        menu.insertAction(quit_action, self.due_action)
        menu.insertAction(quit_action, self.report_action)
        menu.insertSeparator(quit_action)
        window.library_menu.addSeparator()
        window.library_menu.addAction(self.lot_action)
        window.library_menu.addAction(self.audit_action)
        from needlejournal.ui.client_data_actions import ClientDataActions

        self.client_data = ClientDataActions(window)
        for action in self.client_data.actions:
            menu.insertAction(window.clinic_action, action)
        menu.insertSeparator(window.clinic_action)
        # Enabled only while a client is shown (``MainWindow._set_client_actions``).
        self.client_actions = (self.report_action, *self.client_data.actions)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def _journal(self) -> Journal | None:
        controller = self.window.controller
        return None if controller is None else controller.journal

    def _open_client(self, client_id: int) -> None:
        self.window.clients.select_client(client_id)

    def show_due(self) -> None:
        from needlejournal.ui.due_view import DueDialog

        journal = self._journal()
        if journal is None:
            return
        if self.due_dialog is None:
            self.due_dialog = DueDialog(journal, self.window.workers.journal, self.window)
            self.due_dialog.client_chosen.connect(self._open_client)
        self.due_dialog.refresh()
        self.due_dialog.show()

    def find_lot(self) -> None:
        from needlejournal.ui.lot_dialog import LotDialog

        journal = self._journal()
        if journal is None:
            return
        lane = self.window.workers.journal

        def load() -> list[ProductRecord]:
            return journal.list_products(include_archived=True)

        def opened(products: list[ProductRecord]) -> None:
            self.lot_dialog = LotDialog(journal, lane, products, self.window)
            self.lot_dialog.client_chosen.connect(self._open_client)
            self.lot_dialog.show()

        lane.run(load, opened)

    def show_audit(self) -> None:
        """Library → Audit trail…: opened with the client list, then filled on the lane."""
        from needlejournal.ui.audit_dialog import AuditDialog

        journal = self._journal()
        if journal is None:
            return
        lane = self.window.workers.journal

        def opened(clients: list[ClientSummary]) -> None:
            if self.audit_dialog is not None:
                self.audit_dialog.close()
            self.audit_dialog = AuditDialog(journal, lane, clients, self.window)
            self.audit_dialog.refresh()
            self.audit_dialog.show()

        lane.run(lambda: journal.list_clients(include_archived=True), opened)

    def write_report(self) -> None:
        from needlejournal.ui.report_action import ReportExporter

        journal = self._journal()
        client = self.window.current_client()
        if journal is None or client is None:
            self.window.status.setText(self.tr("Choose a client first, then write their report."))
            return
        if self.exporter is None:
            self.exporter = ReportExporter(
                journal,
                self.window.workers.lane(self),
                self.window,
                show_error=self.window.show_error,
            )
            self.exporter.written.connect(self._report_written)
            self.exporter.failed.connect(self._report_failed)
        self.exporter.ask_and_write(client)

    def _report_failed(self, message: str) -> None:
        from needlejournal.ui.validation_words import said_text

        self.window.status.setText(said_text(message))  # a journal's Said, in the language

    def _report_written(self, written: WrittenReport) -> None:
        self.window.status.setText(
            self.tr("Saved {name}'s report (%n page(s)) to {path}.", "", written.pages).format(
                name=written.client_name, path=written.path
            )
        )
