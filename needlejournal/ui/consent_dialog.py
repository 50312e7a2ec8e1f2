"""Client → Consents…: the consents on file for the shown client, adding one (with its
signed PDF or image, stored like a photo) and viewing a document.

Images open in the app (``DocumentViewer``); a PDF opens in the system's viewer from a copy in
a private temporary folder, so no viewer can change the stored original.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import ConsentKind
from needlejournal.journal.consents import (
    ConsentDraft,
    ConsentRecord,
    consent_field_problems,
    document_path,
    list_consents,
    save_consent,
)
from needlejournal.ui.dialog_base import field_note, set_note, show_days
from needlejournal.ui.local_dates import format_date
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.records import ClientRecord
    from needlejournal.ui.ops import Lane

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ConsentsDialog", "Given"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Kind"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Taken by"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Valid until"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Current"),
    QT_TRANSLATE_NOOP("ConsentsDialog", "Document"),
)
KIND_LABELS = {
    ConsentKind.TREATMENT.value: QT_TRANSLATE_NOOP("ConsentsDialog", "Treatment"),
    ConsentKind.PHOTOGRAPHY.value: QT_TRANSLATE_NOOP("ConsentsDialog", "Photography"),
    ConsentKind.MARKETING.value: QT_TRANSLATE_NOOP("ConsentsDialog", "Marketing / sharing"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("ConsentsDialog", str(text))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class ConsentModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.consents: list[ConsentRecord] = []

    def set_consents(self, consents: Sequence[ConsentRecord]) -> None:
        self.beginResetModel()
        self.consents = list(consents)
        self.endResetModel()

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.consents)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.consents):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.consents[index.row()]
        current = c.current_on(date.today())
        return (
            format_date(c.given_on),
            _tr(KIND_LABELS.get(c.kind, c.kind)),
            c.taken_by,
            format_date(c.valid_until) if c.valid_until else "—",
            self.tr("yes") if current else self.tr("no"),
            c.document_name or (self.tr("attached") if c.has_document else "—"),
        )[index.column()]


class ConsentsDialog(QDialog):
    """The consents on file for one client, and a form to add one."""

    def __init__(
        self, journal: Journal, lane: Lane, client: ClientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentsDialog")
        self.setWindowTitle(self.tr("Consent on file — {name}").format(name=client.name))
        self.journal, self.lane, self.client = journal, lane, client
        self.model = ConsentModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self.open_selected)
        self.open_button = QPushButton(self.tr("Open document"), self)
        self.open_button.clicked.connect(lambda: self.open_selected(self.table.currentIndex()))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.kind = QComboBox(self)
        for value, label in KIND_LABELS.items():
            self.kind.addItem(_tr(label), value)
        self.given_on = QDateEdit(self)
        self.given_on.setCalendarPopup(True)
        show_days(self.given_on)
        self.given_on.setDate(QDate.currentDate())
        self.given_note = field_note(self)
        self.taken_by = QLineEdit(self)
        self.taken_by.setPlaceholderText(self.tr("Who took the consent"))
        self.taken_note = field_note(self)
        self.has_until = QCheckBox(self.tr("Valid until"), self)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        show_days(self.until)
        self.until.setDate(QDate.currentDate().addYears(1))
        self.until.setEnabled(False)
        self.has_until.toggled.connect(self.until.setEnabled)
        self.until_note = field_note(self)
        self.document: Path | None = None
        self.document_label = QLabel(self.tr("No document attached"), self)
        self.choose_button = QPushButton(self.tr("Attach signed PDF or image…"), self)
        self.choose_button.clicked.connect(self._choose_document)
        self.note = QLineEdit(self)
        self.add_button = QPushButton(self.tr("Add consent"), self)
        self.add_button.clicked.connect(self.add)
        self.form_note = field_note(self)

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Given on"), _cell(self.given_on, self.given_note))
        form.addRow(self.tr("Taken by"), _cell(self.taken_by, self.taken_note))
        until_row = QHBoxLayout()
        until_row.addWidget(self.has_until)
        until_row.addWidget(self.until, 1)
        form.addRow("", _cell(until_row, self.until_note))
        doc_row = QHBoxLayout()
        doc_row.addWidget(self.document_label, 1)
        doc_row.addWidget(self.choose_button)
        form.addRow(self.tr("Signed document"), doc_row)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.add_button)
        form.addRow("", self.form_note)
        box = QGroupBox(self.tr("Record a consent"), self)
        box.setLayout(form)
        for w in (self.taken_by,):
            w.textChanged.connect(self._check)
        self.given_on.dateChanged.connect(self._check)
        self.until.dateChanged.connect(self._check)
        self.has_until.toggled.connect(self._check)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(box)
        layout.addWidget(buttons)
        self.viewer: DocumentViewer | None = None
        self._tried = False
        self.resize(720, 560)
        self.refresh()

    # ---- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        journal, client_id = self.journal, self.client.id
        self.lane.run(
            lambda: journal.run(lambda s: list_consents(s, client_id)),
            self._show,
            self.status.setText,
        )

    def _show(self, consents: list[ConsentRecord]) -> None:
        self.model.set_consents(consents)
        today = date.today()
        current = any(c.kind == "treatment" and c.current_on(today) for c in consents)
        if not consents:
            self.status.setText(self.tr("No consent on file yet."))
        elif current:
            self.status.setText(self.tr("A treatment consent holds today."))
        else:
            self.status.setText(self.tr("No treatment consent holds today."))

    # ---- adding ------------------------------------------------------------------------

    def _choose_document(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Signed consent document"),
            "",
            self.tr("PDF or image (*.pdf *.jpg *.jpeg *.png *.webp *.heic *.heif)"),
        )
        if name:
            self.set_document(Path(name))

    def set_document(self, path: Path | None) -> None:
        self.document = path
        self.document_label.setText(path.name if path else self.tr("No document attached"))

    def draft(self) -> ConsentDraft:
        return ConsentDraft(
            client_id=self.client.id,
            kind=str(self.kind.currentData()),
            given_on=_pydate(self.given_on),
            taken_by=self.taken_by.text().strip(),
            valid_until=_pydate(self.until) if self.has_until.isChecked() else None,
            note=self.note.text().strip(),
        )

    def _check(self) -> bool:
        problems = consent_field_problems(self.draft())

        def at(field: str) -> list[str]:
            return [p.message for p in problems if p.field == field]

        set_note(self.given_note, at("given_on"))
        set_note(self.taken_note, at("taken_by") if self._tried or self.taken_by.text() else [])
        set_note(self.until_note, at("valid_until"))
        return not problems

    def add(self) -> None:
        self._tried = True
        set_note(self.form_note, [])
        if not self._check():
            return
        draft, document, journal = self.draft(), self.document, self.journal
        self.add_button.setEnabled(False)
        self.lane.run(lambda: save_consent(journal, draft, document), self._added, self._refused)

    def _added(self, _saved: ConsentRecord) -> None:
        self.add_button.setEnabled(True)
        self._tried = False
        self.taken_by.clear()
        self.note.clear()
        self.set_document(None)
        set_note(self.taken_note, [])
        self.refresh()

    def _refused(self, message: str) -> None:
        self.add_button.setEnabled(True)
        set_note(self.form_note, [message])

    # ---- viewing -----------------------------------------------------------------------

    def open_selected(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.status.setText(self.tr("Choose a consent with a document first."))
            return
        consent = self.model.consents[index.row()]
        path = document_path(self.journal, consent)
        if path is None:
            self.status.setText(self.tr("This consent has no document in the store."))
            return
        if consent.document_type.startswith("image/"):
            self.viewer = DocumentViewer(path, consent.document_name or path.name, self)
            self.viewer.show()
            return
        # A copy, so no viewer can change the original; named as the user attached it.
        folder = Path(tempfile.mkdtemp(prefix="needlejournal-consent-"))
        copy = folder / (consent.document_name or path.name)
        shutil.copyfile(path, copy)
        copy.chmod(0o400)
        self.last_opened = copy
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self.status.setText(
                self.tr("No program opens this document here; a copy is at {path}").format(
                    path=str(copy)
                )
            )


def _cell(field: QWidget | QHBoxLayout, note: QLabel) -> QVBoxLayout:
    cell = QVBoxLayout()
    cell.setSpacing(2)
    if isinstance(field, QWidget):
        cell.addWidget(field)
    else:
        cell.addLayout(field)
    cell.addWidget(note)
    return cell


class DocumentViewer(QDialog):
    """A signed document that is an image, shown in the app (scaled to the window)."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.image.setText(self.tr("This image cannot be shown."))
        else:
            self.image.setPixmap(
                pixmap.scaled(
                    900,
                    1200,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(720, 900)
