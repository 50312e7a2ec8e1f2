"""The editable details of one photo, beside the viewer; saved through ``PhotoLibrary.update``."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui.gallery.capture_fields import CAPTURE_KEYS, PhotoFields, select_or_first
from needlejournal.ui.local_dates import format_day, format_number

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoEdit, PhotoRecord


def size_text(photo: PhotoRecord) -> str:
    mb = photo.bytes / 1_000_000
    mp = photo.width * photo.height / 1_000_000
    mp_text, mb_text = format_number(mp, 1), format_number(mb, 1)
    return f"{photo.width} × {photo.height} px ({mp_text} MP), {mb_text} MB"


class PhotoDetailsForm(QWidget):
    save_requested = Signal(object)  # PhotoEdit: the details shown, at the version shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo: PhotoRecord | None = None
        self.taken = QDateTimeEdit(self)
        self.taken.setCalendarPopup(True)
        self.taken.setDisplayFormat(self.tr("d MMM yyyy, HH:mm"))
        self.session = QComboBox(self)
        self.fields = PhotoFields(self)
        # the names callers and tests reach the fields by
        self.role, self.view, self.camera = self.fields.role, self.fields.view, self.fields.camera
        self.size_label = QLabel(self)
        self.name_label = QLabel(self)
        self.name_label.setWordWrap(True)
        for muted in (self.size_label, self.name_label):
            muted.setObjectName("muted")
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("A note about this photo"))
        self.note.setFixedHeight(70)
        self.note.setAccessibleName(self.tr("Note"))
        # Per-photo sharing consent; by default the client's marketing/sharing consent decides.
        self.sharing = QComboBox(self)
        self.sharing.addItem(self.tr("As the client's marketing consent"), None)
        self.sharing.addItem(self.tr("May be shared"), True)
        self.sharing.addItem(self.tr("Not to be shared"), False)
        self.sharing.setToolTip(
            self.tr("Shareable reports leave out every photo that may not be shared.")
        )
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save details"), self)
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.tr("Taken"), self.taken)
        form.addRow(self.tr("Session"), self.session)
        self.fields.add_rows(form, day_after_label=self.tr("Days after"))
        form.addRow(self.tr("Sharing"), self.sharing)
        form.addRow(self.tr("Size"), self.size_label)
        form.addRow(self.tr("File"), self.name_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Note"), self))
        layout.addWidget(self.note)
        layout.addWidget(self.problems)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def set_sessions(self, sessions: dict[int, datetime]) -> None:
        self.session.clear()
        self.session.addItem(self.tr("No session"), None)
        for sid, when in sorted(sessions.items(), key=lambda kv: kv[1], reverse=True):
            self.session.addItem(self.tr("Session · {day}").format(day=format_day(when)), sid)

    def set_photo(self, photo: PhotoRecord) -> None:
        self.photo = photo
        self.problems.clear()
        self.taken.setDateTime(QDateTime.fromSecsSinceEpoch(int(photo.taken_at.timestamp())))
        select_or_first(self.session, photo.treatment_id)
        select_or_first(self.role, photo.role)
        select_or_first(self.view, photo.view)
        self.fields.set_capture(photo.capture)
        self.size_label.setText(size_text(photo))
        self.name_label.setText(photo.original_name)
        self.note.setPlainText(photo.note)
        self.sharing.setCurrentIndex(max(self.sharing.findData(photo.share_consent), 0))

    def edit(self) -> PhotoEdit | None:
        """The form as an edit of the photo shown, at the version shown; None if unchanged."""
        from needlejournal.journal.records import PhotoEdit

        p = self.photo
        if p is None:
            return None
        shown = PhotoEdit.of(p)
        taken = datetime.fromtimestamp(self.taken.dateTime().toSecsSinceEpoch(), UTC)
        if abs((taken - p.taken_at).total_seconds()) < 60:
            taken = p.taken_at  # the editor shows minutes: unchanged seconds are no edit
        # keys the form does not show (read from the file, say) are kept as they are
        capture = {k: v for k, v in p.capture.items() if k not in CAPTURE_KEYS}
        capture.update(self.fields.capture())
        edit = replace(
            shown,
            taken_at=taken,
            treatment_id=self.session.currentData(),
            role=self.role.currentData(),
            view=self.view.currentData(),
            capture=capture,
            note=self.note.toPlainText().strip(),
            share_consent=self.sharing.currentData(),
        )
        return None if edit == shown else edit

    def _save(self) -> None:
        if self.photo is not None:
            edit = self.edit()
            if edit is not None:
                self.save_requested.emit(edit)
            else:
                self.problems.setText(self.tr("Nothing changed."))

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))

    def saved(self, photo: PhotoRecord) -> None:
        self.set_photo(photo)
        self.problems.setText(self.tr("Saved."))
