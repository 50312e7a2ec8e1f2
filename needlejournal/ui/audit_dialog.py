"""Library → Audit trail…: who did what, when, from which seat; filtered, verified, exported.

Lines and the chain check are read on the journal lane (``Lane.run``), never on the GUI
thread; the table is a plain item model over the frozen ``AuditRecord``s.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate, translate_known
from needlejournal.ui.local_dates import format_moment
from needlejournal.ui.overrides import override
from needlejournal.ui.save_folder import ask_save_path

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.audit import AuditFilter, AuditRecord
    from needlejournal.journal.audit_chain import ChainCheck
    from needlejournal.journal.records import ClientSummary
    from needlejournal.ui.ops import Lane

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditModel", "When"),
    QT_TRANSLATE_NOOP("AuditModel", "Seat"),
    QT_TRANSLATE_NOOP("AuditModel", "User"),
    QT_TRANSLATE_NOOP("AuditModel", "Client"),
    QT_TRANSLATE_NOOP("AuditModel", "What"),
)
SHOWN_AT_MOST = 5_000  # the newest lines; the CLI and the CSV give every one


# What a line says happened, and to what (journal.audit_actions, journal.audit_hook).
AUDIT_ACTIONS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("AuditWords", "created"),
    "changed": QT_TRANSLATE_NOOP("AuditWords", "changed"),
    "deleted": QT_TRANSLATE_NOOP("AuditWords", "deleted"),
    "viewed photos": QT_TRANSLATE_NOOP("AuditWords", "viewed photos"),
    "exported": QT_TRANSLATE_NOOP("AuditWords", "exported"),
    "printed report": QT_TRANSLATE_NOOP("AuditWords", "printed report"),
    "erased": QT_TRANSLATE_NOOP("AuditWords", "erased"),
    "imported": QT_TRANSLATE_NOOP("AuditWords", "imported"),
    "backed up": QT_TRANSLATE_NOOP("AuditWords", "backed up"),
    "restored": QT_TRANSLATE_NOOP("AuditWords", "restored"),
}
AUDIT_KINDS: dict[str, str] = {
    "client": QT_TRANSLATE_NOOP("AuditWords", "client"),
    "session": QT_TRANSLATE_NOOP("AuditWords", "session"),
    "skin check": QT_TRANSLATE_NOOP("AuditWords", "skin check"),
    "consent": QT_TRANSLATE_NOOP("AuditWords", "consent"),
    "rating": QT_TRANSLATE_NOOP("AuditWords", "rating"),
    "photo": QT_TRANSLATE_NOOP("AuditWords", "photo"),
    "photo region": QT_TRANSLATE_NOOP("AuditWords", "photo region"),
    "device": QT_TRANSLATE_NOOP("AuditWords", "device"),
    "product": QT_TRANSLATE_NOOP("AuditWords", "product"),
    "product lot": QT_TRANSLATE_NOOP("AuditWords", "product lot"),
    "setting": QT_TRANSLATE_NOOP("AuditWords", "setting"),
}


def action_text(action: str) -> str:
    return translate_known("AuditWords", AUDIT_ACTIONS, action)


def audit_line(r: AuditRecord) -> str:
    """A line in the window's language: "Sitzung 12: geändert (notes, pain)"; the changed
    columns and a setting's key are named as stored. English: the journal's own summary."""
    if QLocale().language() == QLocale.Language.English:
        return r.summary()
    kind = (
        translate("AuditWords", AUDIT_KINDS[r.record_kind])
        if r.record_kind in AUDIT_KINDS
        else r.record_kind
    )
    what = " ".join(p for p in (kind, "" if r.record_id is None else str(r.record_id)) if p)
    text = translate("AuditWords", "{what}: {action}").format(
        what=what, action=action_text(r.action)
    )
    if not what:
        text = action_text(r.action)
    if r.fields:
        text += f" ({', '.join(r.fields)})"
    key = r.details.get("key")
    if isinstance(key, str):
        text += f" {key}"
    return text[:1].upper() + text[1:]


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: list[AuditRecord] = []
        self.names: dict[int, str] = {}

    def set_records(self, records: Sequence[AuditRecord], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.records, self.names = list(records), dict(names)
        self.endResetModel()

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AuditModel", COLUMNS[section])
        return None

    def client_text(self, client_id: int | None) -> str:
        if client_id is None:
            return "—"
        name = self.names.get(client_id)
        if name is None:  # erased: the trail keeps the id only
            return translate("AuditModel", "#{id} (erased)").format(id=client_id)
        return f"{name} (#{client_id})"

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        r = self.records[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"#{r.id}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            format_moment(r.at),
            r.seat,
            r.os_user,
            self.client_text(r.client_id),
            audit_line(r),
        )[index.column()]


class AuditDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        lane: Lane,
        clients: Sequence[ClientSummary],
        parent: QWidget | None = None,
    ) -> None:
        from needlejournal.journal.audit_actions import ACTIONS

        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self.setObjectName("auditDialog")
        self.journal, self.lane = journal, lane
        self.client = QComboBox(self)
        self.client.addItem(self.tr("Every client"), None)
        for c in clients:
            self.client.addItem(c.name, c.id)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("Every action"), None)
        for a in ACTIONS:
            self.action.addItem(action_text(a), a)
        self.since_on = QCheckBox(self.tr("From"), self)
        self.since = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.since.setCalendarPopup(True)
        self.since.setEnabled(False)
        self.since_on.toggled.connect(self.since.setEnabled)
        for changed in (self.client.currentIndexChanged, self.action.currentIndexChanged):
            changed.connect(self.refresh)
        self.since_on.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Client"), self))
        filters.addWidget(self.client, 1)
        filters.addWidget(QLabel(self.tr("Action"), self))
        filters.addWidget(self.action)
        filters.addWidget(self.since_on)
        filters.addWidget(self.since)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.chain = QLabel(self)
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(self.export_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.chain)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def _filter(self, limit: int | None) -> AuditFilter:
        from needlejournal.journal.audit import AuditFilter

        since = None
        if self.since_on.isChecked():
            day = self.since.date().toPython()
            since = datetime.combine(day, time(0)).astimezone().astimezone(UTC)  # type: ignore[arg-type]
        return AuditFilter(
            client_id=self.client.currentData(),
            since=since,
            action=self.action.currentData(),
            limit=limit,
        )

    def refresh(self) -> None:
        journal, wanted = self.journal, self._filter(SHOWN_AT_MOST)

        def load() -> tuple[list[AuditRecord], ChainCheck, dict[int, str]]:
            names = {c.id: c.name for c in journal.list_clients(include_archived=True)}
            return journal.audit_entries(wanted), journal.verify_audit(), names

        self.lane.run(load, self._show, self.summary.setText)

    def _show(self, loaded: tuple[list[AuditRecord], ChainCheck, dict[int, str]]) -> None:
        records, check, names = loaded
        self.model.set_records(records, names)
        self.summary.setText(self.tr("%n line(s)", "", len(records)))
        if check.ok:
            self.chain.setText(
                self.tr("The audit trail is intact: %n line(s) verified.", "", check.lines)
            )
            self.chain.setStyleSheet("")
        else:
            self.chain.setText(self.tr("The audit trail is broken: {problem}.").format(
                problem=check.problem
            ))  # fmt: skip
            self.chain.setStyleSheet("color: #b91c1c; font-weight: 600;")

    def export_csv(self) -> None:
        name = ask_save_path(
            self, self.tr("Export the audit trail"), "audit-trail.csv", self.tr("CSV (*.csv)")
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".csv") else name + ".csv")
        journal, wanted = self.journal, self._filter(None)

        def write() -> int:
            from needlejournal.journal.audit import write_csv

            records = journal.audit_entries(wanted)
            write_csv(records, target)
            return len(records)

        def written(n: int) -> None:
            self.summary.setText(
                self.tr("Wrote %n line(s) to {file}.", "", n).format(file=target.name)
            )

        self.lane.run(write, written, self.summary.setText)
