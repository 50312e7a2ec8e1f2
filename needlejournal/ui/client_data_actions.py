"""Journal → Consents…, Export client…, Erase client…: the shown client's data, from the menu.

Erasing asks for the client's name to be typed (as ``client erase --yes`` must be given on
the command line): nothing is erased by a stray click. The erasure runs on the journal lane;
afterwards the window reloads the client list, and says which snapshots and backups still
held the client (and were rewritten).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui.client_dialog import same_name
from needlejournal.ui.dialog_base import confirm
from needlejournal.ui.save_folder import name_part

ARCHIVE_SUFFIX = ".zip"

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.client_archive import ExportedClient
    from needlejournal.journal.client_erase import ErasureReport
    from needlejournal.journal.records import ClientRecord
    from needlejournal.ui.consent_dialog import ConsentsDialog
    from needlejournal.ui.main_window import MainWindow


class EraseConfirmation(QDialog):
    """Type the client's name to erase them; the Erase button stays off until it matches."""

    def __init__(self, client: ClientRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseConfirmation")
        self.setWindowTitle(self.tr("Erase {name}").format(name=client.name))
        self.client = client
        text = QLabel(
            self.tr(
                "This erases {name} everywhere in this journal: their sessions, skin checks, "
                "photos, consent documents, and their copies in the journal's snapshots and "
                "backups. It cannot be undone. Export them first if they asked for a copy.\n\n"
                "Type their name to confirm:"
            ).format(name=client.name),
            self,
        )
        text.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(client.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(
            lambda t: self.erase_button.setEnabled(same_name(t, client.name))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.resize(480, 220)


class ClientDataActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.consents_dialog: ConsentsDialog | None = None
        self.confirmation: EraseConfirmation | None = None
        self.consents_action = self._action(self.tr("C&onsent on file…"), self.show_consents)
        self.export_action = self._action(self.tr("E&xport client…"), self.export_client)
        self.erase_action = self._action(self.tr("Erase client…"), self.erase_client)
        self.actions = (self.consents_action, self.export_action, self.erase_action)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def _journal_and_client(self) -> tuple[Journal, ClientRecord] | None:
        controller = self.window.controller
        client = self.window.current_client()
        if controller is None or client is None:
            self.window.say(self.tr("Choose a client first."))
            return None
        return controller.journal, client

    def show_consents(self) -> None:
        from needlejournal.ui.consent_dialog import ConsentsDialog

        found = self._journal_and_client()
        if found is None:
            return
        journal, client = found
        self.consents_dialog = ConsentsDialog(
            journal, self.window.workers.journal, client, self.window
        )
        self.consents_dialog.show()

    def export_client(self, target: Path | None = None) -> None:
        """Ask where (unless ``target`` is given), then write the client's export zip."""
        from needlejournal.journal.client_archive import export_client

        found = self._journal_and_client()
        if found is None:
            return
        journal, client = found
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export {name}").format(name=client.name),
                name_part(client.name) + ARCHIVE_SUFFIX,
                self.tr("Zip archive (*.zip)"),
            )
            if not name:
                return
            target = Path(name)
        chosen = target
        self.window.say(self.tr("Exporting {name}…").format(name=client.name))
        self.window.workers.journal.run(
            lambda: export_client(journal, client.id, chosen),
            self._exported,
            self.window.say,
        )

    def _exported(self, done: ExportedClient) -> None:
        self.window.say(
            self.tr("Exported {name} (%n photo(s)) to {path}.", "", done.photos).format(
                name=done.client, path=str(done.path)
            )
        )

    def erase_client(self) -> None:
        found = self._journal_and_client()
        if found is None:
            return
        journal, client = found
        self.confirmation = EraseConfirmation(client, self.window)
        self.confirmation.accepted.connect(lambda: self._erase(journal, client))
        self.confirmation.open()

    def _erase(self, journal: Journal, client: ClientRecord) -> None:
        from needlejournal.journal.client_erase import erase_client

        self.window.say(self.tr("Erasing {name}…").format(name=client.name))
        self.window.workers.journal.run(
            lambda: erase_client(journal, client.id), self._erased, self.window.say
        )

    def _erased(self, report: ErasureReport) -> None:
        controller = self.window.controller
        if controller is not None:
            controller.load()
        if report.still_holding:
            held = "\n".join(str(p) for p in report.still_holding)
            question = self.tr(
                "{name} is erased from the journal and its snapshots. These backup files "
                "still hold them:\n\n{files}\n\nDelete these files now?"
            ).format(name=report.client, files=held)
            if confirm(self.window, self.tr("Erase client"), question):
                from needlejournal.journal.erase_archives import delete_archives

                delete_archives(report.still_holding)
                self.window.say(
                    self.tr("Erased {name}, and deleted the backups that held them.").format(
                        name=report.client
                    )
                )
                return
            names = ", ".join(p.name for p in report.still_holding)
            self.window.say(
                self.tr("Erased {name}; these archives still hold them: {files}").format(
                    name=report.client, files=names
                )
            )
        else:
            self.window.say(
                self.tr("Erased {name}, including from the snapshots and backups.").format(
                    name=report.client
                )
            )
