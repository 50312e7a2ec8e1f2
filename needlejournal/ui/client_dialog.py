"""Add or edit a client (clinic mode): name, contact details, date of birth or age band, skin
type, concerns, contraindications, notes, archived. Each field's problem shows under it as it
is typed (``client_field_problems``, the rule the journal applies again on save)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import AgeBand
from needlejournal.journal.records import ClientDraft, ClientRecord
from needlejournal.journal.validation import SKIN_TYPES, client_field_problems, client_problems
from needlejournal.ui.dialog_base import EditDialog, field_note, set_note, show_days
from needlejournal.ui.overrides import override


def _with_note(field: QWidget | QHBoxLayout, note: QLabel) -> QVBoxLayout:
    """A form cell: the field, and under it the line that says what is wrong with it."""
    cell = QVBoxLayout()
    cell.setSpacing(2)
    if isinstance(field, QWidget):
        cell.addWidget(field)
    else:
        cell.addLayout(field)
    cell.addWidget(note)
    return cell


def same_name(a: str, b: str) -> bool:
    """Names that a person would read as the same: case and spacing ignored."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class ClientDialog(EditDialog):
    """``others``: the journal's other clients, so a name already taken can be pointed out."""

    screening_requested = Signal()  # "Screening checklist…" (an existing client only)

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
        self.name_problem = field_note(self)  # what must change before it can be saved
        name_cell.addWidget(self.name_problem)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("e.g. +49 170 1234567"))
        self.phone_note = field_note(self)
        form.addRow(self.tr("Phone"), _with_note(self.phone, self.phone_note))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("e.g. ada@example.com"))
        self.email_note = field_note(self)
        form.addRow(self.tr("E-mail"), _with_note(self.email, self.email_note))
        self.has_birth_date = QCheckBox(self.tr("Born on"), self)
        self.birth_date = QDateEdit(self)
        self.birth_date.setCalendarPopup(True)
        show_days(self.birth_date)
        self.birth_date.setMinimumDate(QDate(1900, 1, 1))
        self.birth_date.setDate(QDate.currentDate().addYears(-30))
        self.birth_date.setEnabled(False)
        self.age_band = QComboBox(self)
        self.age_band.addItem(self.tr("Age band not recorded"), None)
        for band in AgeBand:
            self.age_band.addItem(QCoreApplication.translate("AgeBand", band.label), band.value)
        self.has_birth_date.toggled.connect(self.birth_date.setEnabled)
        self.has_birth_date.toggled.connect(lambda on: self.age_band.setEnabled(not on))
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.has_birth_date)
        birth_row.addWidget(self.birth_date, 1)
        birth_row.addWidget(self.age_band, 1)
        self.birth_note = field_note(self)
        form.addRow(self.tr("Date of birth"), _with_note(birth_row, self.birth_note))
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
        # The structured checklist, versioned and read by the guidance (issue 10).
        self.screening_button = QPushButton(self.tr("Screening checklist…"), self)
        self.screening_button.setToolTip(
            self.tr("Yes / no / unknown per item of the screening list, with the date reviewed")
        )
        self.screening_button.clicked.connect(self.screening_requested.emit)
        self.screening_button.setVisible(existing is not None)
        form.addRow("", self.screening_button)
        self.has_consent = QCheckBox(self.tr("Signed on"), self)
        self.consent = QDateEdit(self)
        self.consent.setCalendarPopup(True)
        show_days(self.consent)
        self.consent.setDate(QDate.currentDate())
        self.consent.setEnabled(False)
        self.has_consent.toggled.connect(self.consent.setEnabled)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.has_consent)
        consent_row.addWidget(self.consent, 1)
        form.addRow(self.tr("Consent"), consent_row)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.notes_note = field_note(self)
        form.addRow(self.tr("Notes"), _with_note(self.notes, self.notes_note))
        self.archived = QCheckBox(
            self.tr("Archived: off the client list and the due view, still found by a search"),
            self,
        )
        form.addRow("", self.archived)
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
            self.phone.setText(existing.phone)
            self.email.setText(existing.email)
            if existing.birth_date is not None:
                self.has_birth_date.setChecked(True)
                b = existing.birth_date
                self.birth_date.setDate(QDate(b.year, b.month, b.day))
            self.age_band.setCurrentIndex(max(self.age_band.findData(existing.age_band), 0))
            self.archived.setChecked(existing.archived)
        self.watch_edits()
        self.resize(560, 520)

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
        birth = self.birth_date.date().toPython() if self.has_birth_date.isChecked() else None
        assert birth is None or isinstance(birth, date)
        e = self.existing
        return ClientDraft(
            name=self.name.text().strip(),
            skin_type=self.skin_type.currentData(),
            concerns=self.concerns.text().strip(),
            contraindications=self.contraindications.toPlainText().strip(),
            consent_on=consent,
            notes=self.notes.toPlainText().strip(),
            is_self=e.is_self if e else False,
            archived=self.archived.isChecked(),
            id=e.id if e else None,
            version=e.version if e else None,
            birth_date=birth,
            age_band=None if birth is not None else self.age_band.currentData(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
        )

    def draft_problems(self, draft: object) -> list[str]:
        assert isinstance(draft, ClientDraft)
        return client_problems(draft)

    @override
    def edited(self) -> None:
        """Each field's problem under it, as it is typed (before Save is pressed, too)."""
        problems = client_field_problems(self.build_draft())

        def at(*fields: str) -> list[str]:
            return [p.message for p in problems if p.field in fields]

        typed = self.name.text() != "" or self._tried
        set_note(self.name_problem, at("name") if typed else [])
        set_note(self.phone_note, at("phone"))
        set_note(self.email_note, at("email"))
        set_note(self.birth_note, at("birth_date", "age_band"))
        set_note(self.notes_note, at("notes", "concerns", "contraindications"))
        super().edited()
