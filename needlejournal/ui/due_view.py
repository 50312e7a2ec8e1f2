"""The Due view: who is due for a session or an aftercare check-in, soonest first.

A small table model over ``DueItem`` records (read on the journal lane); activating a row
selects that client in the window. "Save as calendar…" writes the same items as an .ics file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui.accessibility import follow_reading_order
from needlejournal.ui.language import QT_TRANSLATE_NOOP
from needlejournal.ui.local_dates import format_date, format_day, local_depth
from needlejournal.ui.overrides import override
from needlejournal.ui.save_folder import ask_save_path

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.due import DueItem
    from needlejournal.ui.ops import Lane

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("DueModel", "Due"),
    QT_TRANSLATE_NOOP("DueModel", "Client"),
    QT_TRANSLATE_NOOP("DueModel", "What"),
    QT_TRANSLATE_NOOP("DueModel", "Last session"),
    QT_TRANSLATE_NOOP("DueModel", "Depth"),
)
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_RGB = (176, 42, 42)


class DueModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[DueItem] = []
        self.today = date.today()

    def set_items(self, items: Sequence[DueItem], today: date) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.today = today
        self.endResetModel()

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def _text(self, item: DueItem, column: int) -> str:
        if column == 0:
            due = format_day(item.due_on)
            if item.overdue:
                late = item.late_by(self.today)
                return self.tr("{due} (overdue %n day(s))", "", late).format(due=due)
            return self.tr("{due} (today)").format(due=due) if item.due_on == self.today else due
        if column == 1:
            return item.client_name
        if column == 2:
            return (
                self.tr("Aftercare check-in")
                if item.kind == "aftercare"
                else self.tr("Next session")
            )
        if column == 3:
            return format_date(item.last_session_at)
        return local_depth(item.deepest_mm) if item.deepest_mm else "—"

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == CLIENT_ID_ROLE:
            return item.client_id
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and index.column() == 0:
            return QBrush(QColor(*OVERDUE_RGB))
        return None


class DueDialog(QDialog):
    """Non-modal: it can stay open beside the window while clients are chosen from it."""

    client_chosen = Signal(int)

    def __init__(self, journal: Journal, lane: Lane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is due"))
        self.reading_order = follow_reading_order(self)
        self.setObjectName("dueDialog")
        self.journal, self.lane = journal, lane
        self.model = DueModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Who is due"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._choose)
        self.table.activated.connect(self._choose)
        self.summary = QLabel(self.tr("Reading the journal…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(
            self.tr("Save as calendar…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.save_calendar)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def refresh(self) -> None:
        from needlejournal.journal.due import due_in

        today = date.today()
        journal = self.journal
        self.lane.run(lambda: due_in(journal, today), lambda items: self._show(items, today))

    def _show(self, items: list[DueItem], today: date) -> None:
        self.model.set_items(items, today)
        overdue = sum(1 for i in items if i.overdue)
        if not items:
            self.summary.setText(
                self.tr("Nobody is due: no client who is not archived has a session yet.")
            )
        else:
            self.summary.setText(
                self.tr(
                    "%n due, {overdue} overdue. Click a row to open that client.", "", len(items)
                ).format(overdue=overdue)
            )

    def _choose(self, index: QModelIndex) -> None:
        client_id = self.model.data(index, CLIENT_ID_ROLE)
        if isinstance(client_id, int):
            self.client_chosen.emit(client_id)

    def save_calendar(self) -> None:
        from needlejournal.journal.due_calendar import write_ics

        path = ask_save_path(
            self,
            self.tr("Save who is due as a calendar"),
            self.tr("due") + ".ics",
            self.tr("Calendar (*.ics)"),
        )
        if path:
            items = list(self.model.items)
            self.lane.run(
                lambda: write_ics(items, Path(path)),
                lambda count: self.summary.setText(
                    self.tr("Saved %n event(s) to {path}.", "", count).format(path=path)
                ),
            )
