"""Add, edit or delete a skin check: a dated observation without a session."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QWidget

from needlejournal.guidance import REDNESS_WORDS
from needlejournal.journal.records import (
    ClientRecord,
    ObservationDraft,
    ObservationRecord,
    RatingRecord,
)
from needlejournal.journal.validation import observation_problems
from needlejournal.ui import terms
from needlejournal.ui.dialog_base import (
    EditDialog,
    aware_utc,
    local_datetime_edit,
    score_row,
)
from needlejournal.ui.scales_section import ScalesSection, own_score_meaning


class ObservationDialog(EditDialog):
    def __init__(
        self,
        client: ClientRecord,
        *,
        existing: ObservationRecord | None = None,
        ratings: Sequence[RatingRecord] = (),
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit skin check") if existing else self.tr("New skin check")
        super().__init__(f"{title} — {client.name}", parent, deletable=existing)
        self.delete_question = self.tr("Delete this skin check? This cannot be undone.")
        self.client = client
        self.existing = existing
        self._now = now
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.when = local_datetime_edit(self, existing.observed_at if existing else None)
        form.addRow(self.tr("Date and time"), self.when)
        self.texture_score, self.texture_note = score_row(
            self, form, self.tr("Texture"), own_score_meaning("texture")
        )
        self.tone_score, self.tone_note = score_row(
            self, form, self.tr("Tone"), own_score_meaning("tone")
        )
        self.redness = QComboBox(self)
        self.redness.addItem("—", None)
        for level in range(len(REDNESS_WORDS)):
            self.redness.addItem(f"{level} · {terms.redness(level)}", level)
        self.redness.setToolTip(
            self.tr(
                "Redness of the whole face, 0 none to 4 marked: the VISIA redness scale, "
                "as rated by this check's rater"
            )
        )
        form.addRow(self.tr("Redness"), self.redness)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("What you see today"))
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Note"), self.note)
        self.content.addLayout(form)
        self.scales = ScalesSection(self, self._scales_changed)
        self.content.addWidget(self.scales)
        if existing is not None:
            self.texture_score.set_optional_value(existing.texture_score)
            self.texture_note.setText(existing.texture_note)
            self.tone_score.set_optional_value(existing.tone_score)
            self.tone_note.setText(existing.tone_note)
            i = self.redness.findData(existing.redness)
            self.redness.setCurrentIndex(max(i, 0))
            self.note.setPlainText(existing.note)
        self.scales.set_ratings(ratings, own_rater=existing.rater if existing else "", check=True)
        self.watch_edits()
        self.resize(600, 520)

    def _scales_changed(self, widgets: list[QWidget]) -> None:
        self.watch_edits(widgets)
        self.edited()

    def build_draft(self) -> ObservationDraft:
        redness = self.redness.currentData()
        return ObservationDraft(
            client_id=self.client.id,
            observed_at=aware_utc(self.when),
            texture_score=self.texture_score.optional_value(),
            tone_score=self.tone_score.optional_value(),
            redness=int(redness) if redness is not None else None,
            texture_note=self.texture_note.text().strip(),
            tone_note=self.tone_note.text().strip(),
            note=self.note.toPlainText().strip(),
            treatment_id=self.existing.treatment_id if self.existing else None,
            rater=self.existing.rater if self.existing else "",
            id=self.existing.id if self.existing else None,
            version=self.existing.version if self.existing else None,
            ratings=self.scales.drafts(),
        )

    def draft_problems(self, draft: object) -> list[str]:
        assert isinstance(draft, ObservationDraft)
        return observation_problems(draft, self._now() if self._now else None)
