"""A client's screening checklist: one row per item of the domain notes' list, yes / no /
unknown (or not asked yet), a date for the items with a time window, who reviewed it and when.

Saving records only the rows that changed (or every answer again with "renew the review"):
the journal adds rows, so the earlier answers stay on file and are listed under the form.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from needlejournal.guidance import TIMED_ITEMS, WINDOW_WORDS, ScreeningAnswer, ScreeningItem
from needlejournal.journal.screening_records import (
    ScreeningChange,
    ScreeningDraft,
    ScreeningRecord,
    screening_problems,
)
from needlejournal.seat import os_user
from needlejournal.ui import terms
from needlejournal.ui.dialog_base import EditDialog, show_days
from needlejournal.ui.local_dates import format_date

_NOT_ASKED = ""


class ScreeningDialog(EditDialog):
    def __init__(
        self,
        client_id: int,
        client_name: str,
        record: ScreeningRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Screening — {name}").format(name=client_name), parent)
        self.client_id = client_id
        self.record = record
        intro = QLabel(
            self.tr(
                "Answers stay on file with the day reviewed; a change keeps the earlier answer. "
                "A “yes” (or a date inside its window) is named on every session it concerns."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.content.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.answers: dict[str, QComboBox] = {}
        self.dates: dict[str, QLineEdit] = {}
        for row, item in enumerate(ScreeningItem.values()):
            grid.addWidget(QLabel(terms.label(ScreeningItem, item), self), row, 0)
            combo = QComboBox(self)
            combo.setAccessibleName(terms.label(ScreeningItem, item))
            combo.addItem(self.tr("— not asked"), _NOT_ASKED)
            for value, label in terms.labels(ScreeningAnswer).items():
                combo.addItem(label, value)
            self.answers[item] = combo
            grid.addWidget(combo, row, 1)
            if item in TIMED_ITEMS:
                when = QLineEdit(self)
                when.setPlaceholderText(self.tr("last on YYYY-MM-DD"))
                when.setAccessibleName(
                    self.tr("{item}: date of the last one").format(
                        item=terms.label(ScreeningItem, item)
                    )
                )
                when.setToolTip(
                    self.tr("The day of the last one; the domain notes say to wait {words}").format(
                        words=WINDOW_WORDS[item]
                    )
                )
                self.dates[item] = when
                grid.addWidget(when, row, 2)
        self.content.addLayout(grid)
        form = QFormLayout()
        self.reviewed = QDateEdit(self)
        self.reviewed.setCalendarPopup(True)
        show_days(self.reviewed)
        self.reviewed.setDate(QDate.currentDate())
        form.addRow(self.tr("Reviewed on"), self.reviewed)
        self.reviewer = QLineEdit(self)
        self.reviewer.setText(os_user())
        form.addRow(self.tr("Reviewed by"), self.reviewer)
        self.renew = QCheckBox(
            self.tr("Record the unchanged answers again (renews the review)"), self
        )
        form.addRow("", self.renew)
        self.content.addLayout(form)
        self.history = QTextBrowser(self)
        self.history.setMaximumHeight(140)
        self.history.setAccessibleName(self.tr("Earlier answers"))
        self.content.addWidget(self.history)
        self._load()
        self.watch_edits()
        self.resize(640, 720)

    def _load(self) -> None:
        record = self.record
        for item, combo in self.answers.items():
            found = record.answer(item) if record else None
            combo.setCurrentIndex(combo.findData(found.answer if found else _NOT_ASKED))
            if item in self.dates and found is not None and found.item_date is not None:
                self.dates[item].setText(found.item_date.isoformat())
        lines = []
        for e in reversed(record.history if record else ()):
            when = f" ({format_date(e.item_date)})" if e.item_date else ""
            by = f", {e.reviewer}" if e.reviewer else ""
            answer = terms.label(ScreeningAnswer, e.answer)
            lines.append(
                f"{format_date(e.reviewed_on)}{escape(by)}: "
                f"{escape(terms.label(ScreeningItem, e.item))} — {escape(answer)}{when}"
            )
        self.history.setHtml(
            "<br>".join(lines) if lines else escape(self.tr("Nothing on file yet."))
        )

    def _typed_date(self, item: str) -> date | None:
        field = self.dates.get(item)
        text = field.text().strip() if field is not None else ""
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                self.tr("{item}: “{text}” is not a date such as 2026-05-01.").format(
                    item=terms.label(ScreeningItem, item), text=text
                )
            ) from None

    def build_draft(self) -> ScreeningDraft:
        changes = []
        for item, combo in self.answers.items():
            answer = str(combo.currentData())
            when = self._typed_date(item)
            if when is not None and answer in (_NOT_ASKED, ScreeningAnswer.UNKNOWN):
                answer = ScreeningAnswer.YES.value  # a date means yes, as on the command line
            if answer == _NOT_ASKED:
                continue
            before = self.record.answer(item) if self.record else None
            if before is None or (before.answer, before.item_date) != (answer, when):
                changes.append(ScreeningChange(item, answer, when))
        reviewed = self.reviewed.date()
        return ScreeningDraft(
            self.client_id,
            tuple(changes),
            date(reviewed.year(), reviewed.month(), reviewed.day()),
            self.reviewer.text().strip(),
            self.renew.isChecked(),
        )

    def draft_problems(self, draft: object) -> list[str]:
        assert isinstance(draft, ScreeningDraft)
        return screening_problems(draft)
