"""The editable details of one photo, beside the viewer; saved through ``PhotoLibrary.update``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui.formatting import format_day
from needlejournal.ui.gallery.import_dialog import LIGHTS, SKIN_LABELS
from needlejournal.ui.gallery.model import ROLE_LABELS, VIEW_LABELS

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord


def size_text(photo: PhotoRecord) -> str:
    mb = photo.bytes / 1_000_000
    mp = photo.width * photo.height / 1_000_000
    return f"{photo.width} × {photo.height} px ({mp:.1f} MP), {mb:.1f} MB"


class PhotoDetailsForm(QWidget):
    save_requested = Signal(int, object)  # photo id, dict of changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo: PhotoRecord | None = None
        self.taken = QDateTimeEdit(self)
        self.taken.setCalendarPopup(True)
        self.taken.setDisplayFormat("d MMM yyyy, HH:mm")
        self.session = QComboBox(self)
        self.role = QComboBox(self)
        for key, label in ROLE_LABELS.items():
            self.role.addItem(label, key)
        self.view = QComboBox(self)
        for key, label in VIEW_LABELS.items():
            self.view.addItem(label, key)
        self.skin = QComboBox(self)
        for key, label in SKIN_LABELS.items():
            self.skin.addItem(label, key)
        self.day_after = QSpinBox(self)
        self.day_after.setRange(0, 365)
        self.day_after.setPrefix("day ")
        self.light = QComboBox(self)
        self.light.setEditable(True)
        self.light.addItems(LIGHTS)
        self.camera = QLineEdit(self)
        self.size_label = QLabel(self)
        self.name_label = QLabel(self)
        self.name_label.setWordWrap(True)
        for muted in (self.size_label, self.name_label):
            muted.setObjectName("muted")
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText("A note about this photo")
        self.note.setFixedHeight(70)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.save_button = QPushButton("Save details", self)
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow("Taken", self.taken)
        form.addRow("Session", self.session)
        form.addRow("Role", self.role)
        form.addRow("View", self.view)
        form.addRow("Skin", self.skin)
        form.addRow("Days after", self.day_after)
        form.addRow("Light", self.light)
        form.addRow("Camera", self.camera)
        form.addRow("Size", self.size_label)
        form.addRow("File", self.name_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel("Note", self))
        layout.addWidget(self.note)
        layout.addWidget(self.problems)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.skin.currentIndexChanged.connect(
            lambda: self.day_after.setEnabled(self.skin.currentData() == "post")
        )

    def set_sessions(self, sessions: dict[int, datetime]) -> None:
        self.session.clear()
        self.session.addItem("No session", None)
        for sid, when in sorted(sessions.items(), key=lambda kv: kv[1], reverse=True):
            self.session.addItem(f"Session · {format_day(when)}", sid)

    def set_photo(self, photo: PhotoRecord) -> None:
        self.photo = photo
        self.problems.clear()
        self.taken.setDateTime(QDateTime.fromSecsSinceEpoch(int(photo.taken_at.timestamp())))
        self._select(self.session, photo.treatment_id)
        self._select(self.role, photo.role)
        self._select(self.view, photo.view)
        c = photo.capture
        self._select(self.skin, str(c.get("skin", "")))
        day = c.get("day_after")
        self.day_after.setValue(day if isinstance(day, int) else 0)
        self.day_after.setEnabled(self.skin.currentData() == "post")
        self.light.setCurrentText(str(c.get("light", "")))
        self.camera.setText(str(c.get("camera", "")))
        self.size_label.setText(size_text(photo))
        self.name_label.setText(photo.original_name)
        self.note.setPlainText(photo.note)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(0, i))

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the photo shown."""
        p = self.photo
        if p is None:
            return {}
        taken = datetime.fromtimestamp(self.taken.dateTime().toSecsSinceEpoch(), UTC)
        capture = dict(p.capture)
        for key in ("skin", "day_after", "light", "camera"):
            capture.pop(key, None)
        if skin := self.skin.currentData():
            capture["skin"] = skin
            if skin == "post":
                capture["day_after"] = self.day_after.value()
        if light := self.light.currentText().strip():
            capture["light"] = light
        if camera := self.camera.text().strip():
            capture["camera"] = camera
        wanted: dict[str, Any] = {
            "taken_at": taken,
            "treatment_id": self.session.currentData(),
            "role": self.role.currentData(),
            "view": self.view.currentData(),
            "capture": capture,
            "note": self.note.toPlainText().strip(),
        }
        current: dict[str, Any] = {
            "taken_at": p.taken_at,
            "treatment_id": p.treatment_id,
            "role": p.role,
            "view": p.view,
            "capture": dict(p.capture),
            "note": p.note,
        }
        changed = {k: v for k, v in wanted.items() if v != current[k]}
        if "taken_at" in changed and abs((taken - p.taken_at).total_seconds()) < 60:
            del changed["taken_at"]  # the editor shows minutes: unchanged seconds are no edit
        return changed

    def _save(self) -> None:
        if self.photo is not None:
            changes = self.changes()
            if changes:
                self.save_requested.emit(self.photo.id, changes)
            else:
                self.problems.setText("Nothing changed.")

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))

    def saved(self, photo: PhotoRecord) -> None:
        self.set_photo(photo)
        self.problems.setText("Saved.")
