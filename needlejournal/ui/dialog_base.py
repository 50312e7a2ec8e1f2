"""What every edit dialog shares: an inline problem list, Save/Cancel/Delete, busy while saving.

A dialog never writes: it checks its input with the pure rules from ``journal.validation``,
then emits ``save_requested(draft)``. The window runs the save on the worker and answers with
``saved()`` (close) or ``show_problems([...])`` (stay open, nothing lost, nothing half saved).

Once Save was pressed, the "Not saved:" list follows every edit (``watch_edits``): it says what
is wrong now, never what was; fixing the last problem removes it. ``field_note`` labels say a
problem next to its field while it is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui import theme
from needlejournal.ui.accessibility import follow_reading_order
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate
from needlejournal.ui.validation_words import said_text


class OptionalSpinBox(QSpinBox):
    """A spin box whose lowest position means 'not recorded' (shown as an em dash)."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        self.setValue(low - 1)
        self._low = low

    def optional_value(self) -> int | None:
        return None if self.value() < self._low else self.value()

    def set_optional_value(self, value: int | None) -> None:
        self.setValue(self._low - 1 if value is None else value)


def count_suffix(spin: QSpinBox, counted: Callable[[int], str]) -> None:
    """The unit after a spin box's number agrees with it: "1 day", "3 days" (never "1 days").

    ``counted(n)`` is the translated phrase with its number ("3 Tage", from ``tr("%n day(s)",
    "", n)``); the suffix is what follows the number.
    """

    def agree(value: int) -> None:
        phrase = counted(value)
        number = str(value)
        spin.setSuffix(phrase[len(number) :] if phrase.startswith(number) else " " + phrase)

    agree(spin.value())
    spin.valueChanged.connect(agree)


def missing_hook(owner: object, hook: str) -> TypeError:
    """The error a base class raises when a subclass left one of its abstract hooks undefined."""
    return TypeError(f"{type(owner).__name__} must define {hook}()")


def score_row(
    parent: QWidget, form: QFormLayout, label: str, meaning: str = ""
) -> tuple[OptionalSpinBox, QLineEdit]:
    """A row of ``form``: a 0–10 score ("—" when not scored) with a note beside it, and what
    the score means said under it (it is a named scale, ``texture`` or ``tone``)."""
    score = OptionalSpinBox(0, 10, parent)
    score.setSuffix(" / 10")
    note = QLineEdit(parent)
    note.setPlaceholderText(translate("EditDialog", "{label} note").format(label=label))
    row = QHBoxLayout()
    row.addWidget(score)
    row.addWidget(note, 1)
    if not meaning:
        form.addRow(label, row)
        return score, note
    score.setToolTip(meaning)
    caption = QLabel(meaning, parent)
    caption.setObjectName("muted")
    caption.setWordWrap(True)
    cell = QVBoxLayout()
    cell.setSpacing(2)
    cell.addLayout(row)
    cell.addWidget(caption)
    form.addRow(label, cell)
    return score, note


def show_days(edit: QDateEdit) -> None:
    """A date field shows the day in the window's language ("4 Dec 2026", "4. Dez. 2026"),
    as every date field does: one format, never ISO next to the locale's."""
    edit.setDisplayFormat(translate("EditDialog", "d MMM yyyy"))


def local_datetime_edit(parent: QWidget, when: datetime | None) -> QDateTimeEdit:
    """A date-time field in local time; ``aware_utc`` converts what it shows back to UTC."""
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(translate("EditDialog", "ddd d MMM yyyy   HH:mm"))
    t = (when or datetime.now(UTC)).astimezone()
    edit.setDateTime(QDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second))
    return edit


def aware_utc(edit: QDateTimeEdit) -> datetime:
    naive_local = edit.dateTime().toPython()
    assert isinstance(naive_local, datetime)
    return naive_local.astimezone().astimezone(UTC)  # naive -> the machine's zone -> UTC


def field_note(parent: QWidget) -> QLabel:
    """A small line under a field for what is wrong with it (hidden while nothing is)."""
    note = QLabel(parent)
    note.setObjectName("fieldNote")
    note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed: never markup
    note.setWordWrap(True)
    note.setStyleSheet(f"color: {theme.warning_color(parent.palette()).name()}")
    note.hide()
    return note


def set_note(note: QLabel, messages: list[str]) -> None:
    # said_text: a message may be several sentences (a ``Told``), each worded on its own.
    note.setText("\n".join(said_text(m) for m in messages))
    note.setVisible(bool(messages))


def watch(widget: QWidget, slot: object) -> None:
    """Call ``slot`` whenever the person changes ``widget``'s value (any input kind)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QDateTimeEdit | QDateEdit):
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.toggled.connect(slot)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class EditDialog(QDialog):
    save_requested = Signal(object)  # a draft
    delete_requested = Signal(object)  # the record being edited

    def __init__(
        self, title: str, parent: QWidget | None = None, *, deletable: object | None = None
    ) -> None:
        super().__init__(parent)
        self.reading_order = follow_reading_order(self)
        self.setWindowTitle(title)
        self._record = deletable
        self._tried = False  # Save was pressed: from then on the problem list follows edits
        self._answer: list[str] = []  # what the journal said to the last save
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button: QPushButton | None = None
        if deletable is not None:
            self.delete_button = self.buttons.addButton(
                self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.clicked.connect(self._ask_delete)
        self.content = QVBoxLayout()
        self.content.setSpacing(10)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(12)
        outer.addLayout(self.content, 1)
        outer.addWidget(self.problems)
        outer.addWidget(self.buttons)

    # ---- subclasses fill these -----------------------------------------------------------
    # Abstract hooks, not unfinished work: a Qt class cannot take ABCMeta, so the base raises.

    def build_draft(self) -> object:
        raise missing_hook(self, "build_draft")

    def draft_problems(self, draft: object) -> list[str]:
        raise missing_hook(self, "draft_problems")

    delete_question = QT_TRANSLATE_NOOP("EditDialog", "Delete this entry? This cannot be undone.")

    # ---- the save round trip -------------------------------------------------------------

    def watch_edits(self, widgets: list[QWidget] | None = None) -> None:
        """Re-check on every edit of ``widgets`` (default: every input of the dialog)."""
        inputs = widgets if widgets is not None else self.findChildren(QWidget)
        for w in inputs:
            if w not in self.buttons.buttons():
                watch(w, self.edited)

    def edited(self) -> None:
        """Something was typed or picked: the problem list says what is wrong now."""
        if self._tried:
            _, problems = self._check()
            self._render(problems + [a for a in self._answer if a not in problems])

    def _check(self) -> tuple[object | None, list[str]]:
        try:
            draft = self.build_draft()
        except ValueError as e:
            return None, [str(e)]
        return draft, self.draft_problems(draft)

    def try_save(self) -> bool:
        """Check the input; emit the draft only when nothing is wrong."""
        self._tried = True
        self._answer = []
        draft, problems = self._check()
        if problems or draft is None:
            self._render(problems)
            return False
        self.problems.hide()
        self.set_busy(True)
        self.save_requested.emit(draft)
        return True

    def show_problems(self, problems: list[str]) -> None:
        """The journal's answer to a save: shown until the next save (a conflict stays true)."""
        self.set_busy(False)
        self._answer = list(problems)
        self._render(self._answer)

    def _render(self, problems: list[str]) -> None:
        if not problems:
            self.problems.hide()
            return
        colour = theme.warning_color(self.palette()).name()
        items = "".join(f"<li>{escape(said_text(p), quote=False)}</li>" for p in problems)
        head = self.tr("<b>Not saved:</b>")
        self.problems.setText(
            f'<div style="color:{colour}">{head}<ul style="margin:2px 0 0 -20px">{items}</ul></div>'
        )
        self.problems.show()

    def problem_text(self) -> str:
        return "" if self.problems.isHidden() else self.problems.text()

    def saved(self) -> None:
        self.set_busy(False)
        self.accept()

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        if self.delete_button is not None:
            self.delete_button.setEnabled(not busy)

    def _ask_delete(self) -> None:
        if self._record is not None and confirm(
            self, self.windowTitle(), self.tr(self.delete_question)
        ):
            self.set_busy(True)
            self.delete_requested.emit(self._record)
