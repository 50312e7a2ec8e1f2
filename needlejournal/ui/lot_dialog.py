"""Library → Find lot…: which clients and sessions received a product (and one lot of it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
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
from typing_extensions import override

from needlejournal.dates import format_date

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.lots import LotRecall, LotUse
    from needlejournal.journal.records import ProductRecord
    from needlejournal.ui.ops import Lane

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("LotDialog", "Date"),
    QT_TRANSLATE_NOOP("LotDialog", "Client"),
    QT_TRANSLATE_NOOP("LotDialog", "Session"),
    QT_TRANSLATE_NOOP("LotDialog", "Phase"),
    QT_TRANSLATE_NOOP("LotDialog", "Lot"),
    QT_TRANSLATE_NOOP("LotDialog", "Contact"),
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
            return QCoreApplication.translate("LotDialog", str(COLUMNS[section]))
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
            u.client_name + (" (archived)" if u.client_archived else ""),
            f"#{u.treatment_id}",
            u.phase,
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
        self.setWindowTitle("Find lot")
        self.setObjectName("lotDialog")
        self.journal, self.lane = journal, lane
        self.product = QComboBox(self)
        self.product.setEditable(True)
        for p in products:
            self.product.addItem(p.name, p.id)
        self.product.setCurrentIndex(-1)
        self.lot = QLineEdit(self)
        self.lot.setPlaceholderText("every lot")
        self.find_button = QPushButton("Find", self)
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.search)
        self.lot.returnPressed.connect(self.search)
        form = QFormLayout()
        form.addRow("Product", self.product)
        form.addRow("Lot or batch", self.lot)
        form.addRow("", self.find_button)
        self.model = LotUseModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._choose)
        self.summary = QLabel("Choose a product, and a lot if the recall names one.", self)
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
            self.summary.setText("Choose a product first.")
            return
        lot = self.lot.text().strip() or None
        journal = self.journal
        self.lane.run(lambda: recall_in(journal, name, lot), self._show, self.summary.setText)

    def _show(self, found: LotRecall) -> None:
        self.model.set_uses(found.uses)
        what = found.product.name + (f", lot {found.lot}" if found.lot else "")
        if not found.uses:
            self.summary.setText(f"No session used {what}.")
            return
        n, clients = len(found.uses), len(found.client_ids)
        self.summary.setText(
            f"{what}: {n} use{'' if n == 1 else 's'} on {clients} "
            f"client{'' if clients == 1 else 's'}. Double-click a row to open that client."
        )

    def _choose(self, index: QModelIndex) -> None:
        client_id = self.model.data(index, CLIENT_ID_ROLE)
        if isinstance(client_id, int):
            self.client_chosen.emit(client_id)
