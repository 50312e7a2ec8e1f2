"""Library → Find lot…: which clients and sessions received a product (and one lot of it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import Phase
from needlejournal.ui import terms
from needlejournal.ui.accessibility import follow_reading_order
from needlejournal.ui.language import QT_TRANSLATE_NOOP
from needlejournal.ui.local_dates import format_date
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.lots import LotRecall, LotUse
    from needlejournal.journal.records import ProductRecord
    from needlejournal.ui.ops import Lane

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("LotUseModel", "Date"),
    QT_TRANSLATE_NOOP("LotUseModel", "Client"),
    QT_TRANSLATE_NOOP("LotUseModel", "Session"),
    QT_TRANSLATE_NOOP("LotUseModel", "Phase"),
    QT_TRANSLATE_NOOP("LotUseModel", "Lot"),
    QT_TRANSLATE_NOOP("LotUseModel", "Contact"),
)
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LotUseModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.uses: list[LotUse] = []

    def set_uses(self, uses: Sequence[LotUse]) -> None:
        self.beginResetModel()
        self.uses = list(uses)
        self.endResetModel()

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.uses)

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

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.uses):
            return None
        u = self.uses[index.row()]
        if role == CLIENT_ID_ROLE:
            return u.client_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            format_date(u.performed_at),
            u.client_name + (self.tr(" (archived)") if u.client_archived else ""),
            f"#{u.treatment_id}",
            terms.label(Phase, u.phase),
            u.lot_number or "—",
            u.contact or "—",
        )[index.column()]


class LotDialog(QDialog):
    client_chosen = Signal(int)

    def __init__(
        self,
        journal: Journal,
        lane: Lane,
        products: Sequence[ProductRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find lot"))
        self.reading_order = follow_reading_order(self)
        self.setObjectName("lotDialog")
        self.journal, self.lane = journal, lane
        self.product = QComboBox(self)
        self.product.setEditable(True)
        for p in products:
            self.product.addItem(p.name, p.id)
        self.product.setCurrentIndex(-1)
        self.lot = QLineEdit(self)
        self.lot.setPlaceholderText(self.tr("every lot"))
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.search)
        self.lot.returnPressed.connect(self.search)
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Lot or batch"), self.lot)
        form.addRow("", self.find_button)
        self.model = LotUseModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Sessions that used it"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._choose)
        self.summary = QLabel(self.tr("Choose a product, and a lot if the recall names one."), self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(680, 440)

    def search(self) -> None:
        from needlejournal.journal.lots import recall_in

        name = self.product.currentText().strip()
        if not name:
            self.summary.setText(self.tr("Choose a product first."))
            return
        lot = self.lot.text().strip() or None
        journal = self.journal
        self.lane.run(lambda: recall_in(journal, name, lot), self._show, self.summary.setText)

    def _show(self, found: LotRecall) -> None:
        self.model.set_uses(found.uses)
        lot = self.tr(", lot {lot}").format(lot=found.lot) if found.lot else ""
        what = found.product.name + lot
        if not found.uses:
            self.summary.setText(self.tr("No session used {what}.").format(what=what))
            return
        uses = self.tr("%n use(s)", "", len(found.uses))
        clients = self.tr("%n client(s)", "", len(found.client_ids))
        self.summary.setText(
            self.tr("{what}: {uses} on {clients}. Double-click a row to open that client.").format(
                what=what, uses=uses, clients=clients
            )
        )

    def _choose(self, index: QModelIndex) -> None:
        client_id = self.model.data(index, CLIENT_ID_ROLE)
        if isinstance(client_id, int):
            self.client_chosen.emit(client_id)
