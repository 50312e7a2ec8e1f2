"""Add or edit a client (clinic mode): name, Fitzpatrick type, concerns, contraindications."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from needlejournal.journal.records import ClientDraft, ClientRecord
from needlejournal.journal.validation import SKIN_TYPES, client_problems
from needlejournal.ui.dialog_base import EditDialog, field_note, set_note


def same_name(a: str, b: str) -> bool:
    """Names that a person would read as the same: case and spacing ignored."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class ClientDialog(EditDialog):
    """``others``: the journal's other clients, so a name already taken can be pointed out."""

    def __init__(
        self,
        existing: ClientRecord | None = None,
        parent: QWidget | None = None,
        *,
        others: Sequence[ClientRecord] = (),
    ) -> None:
        super().__init__(self.tr("Edit client") if existing else self.tr("New client"), parent)
        self.existing = existing
        self._others = [c for c in others if existing is None or c.id != existing.id]
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Full name"))
        self.name_note = field_note(self)  # a warning only: two people may share a name
        name_cell = QVBoxLayout()
        name_cell.setSpacing(2)
        name_cell.addWidget(self.name)
        name_cell.addWidget(self.name_note)
        form.addRow(self.tr("Name"), name_cell)
        self.name.textChanged.connect(self._check_name)
        self.skin_type = QComboBox(self)
        self.skin_type.addItem(self.tr("Not recorded"), None)
        for t in SKIN_TYPES:
            self.skin_type.addItem(self.tr("Type {type}").format(type=t), t)
        form.addRow(self.tr("Fitzpatrick skin type"), self.skin_type)
        self.concerns = QLineEdit(self)
        self.concerns.setPlaceholderText(self.tr("e.g. acne scars, texture, pigmentation"))
        form.addRow(self.tr("Concerns"), self.concerns)
        self.contraindications = QPlainTextEdit(self)
        self.contraindications.setPlaceholderText(
            self.tr("e.g. isotretinoin in the last 6 months, active acne, keloid history")
        )
        self.contraindications.setFixedHeight(60)
        form.addRow(self.tr("Contraindications"), self.contraindications)
        self.has_consent = QCheckBox(self.tr("Signed on"), self)
        self.consent = QDateEdit(self)
        self.consent.setCalendarPopup(True)
        self.consent.setDisplayFormat(self.tr("d MMM yyyy"))
        self.consent.setDate(QDate.currentDate())
        self.consent.setEnabled(False)
        self.has_consent.toggled.connect(self.consent.setEnabled)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.has_consent)
        consent_row.addWidget(self.consent, 1)
        form.addRow(self.tr("Consent"), consent_row)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        form.addRow(self.tr("Notes"), self.notes)
        self.content.addLayout(form)
        if existing is not None:
            self.name.setText(existing.name)
            self.skin_type.setCurrentIndex(max(self.skin_type.findData(existing.skin_type), 0))
            self.concerns.setText(existing.concerns)
            self.contraindications.setPlainText(existing.contraindications)
            if existing.consent_on is not None:
                self.has_consent.setChecked(True)
                d = existing.consent_on
                self.consent.setDate(QDate(d.year, d.month, d.day))
            self.notes.setPlainText(existing.notes)
        self.watch_edits()
        self.resize(500, 380)

    def taken_by(self) -> list[ClientRecord]:
        name = self.name.text()
        return [c for c in self._others if name.strip() and same_name(c.name, name)]

    def _check_name(self) -> None:
        taken = self.taken_by()
        if not taken:
            set_note(self.name_note, [])
            return
        note = (
            self.tr("Another client is already called “{name}”.")
            if len(taken) == 1
            else self.tr("%n other clients are already called “{name}”.", "", len(taken))
        )
        still = self.tr("You can still save: two people can share a name.")
        set_note(self.name_note, [note.format(name=taken[0].name) + " " + still])

    def build_draft(self) -> ClientDraft:
        consent = self.consent.date().toPython() if self.has_consent.isChecked() else None
        assert consent is None or isinstance(consent, date)
        e = self.existing
        return ClientDraft(
            name=self.name.text().strip(),
            skin_type=self.skin_type.currentData(),
            concerns=self.concerns.text().strip(),
            contraindications=self.contraindications.toPlainText().strip(),
            consent_on=consent,
            notes=self.notes.toPlainText().strip(),
            is_self=e.is_self if e else False,
            archived=e.archived if e else False,
            id=e.id if e else None,
            version=e.version if e else None,
        )

    def draft_problems(self, draft: object) -> list[str]:
        assert isinstance(draft, ClientDraft)
        return client_problems(draft)
