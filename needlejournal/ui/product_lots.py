"""The product library's lots: each lot (batch) of the chosen product with its expiry date, the
expired and soon-to-expire ones said in words (and a calm warning colour), and a form to add a
lot or correct one's number and date.

Reads and writes run on the journal lane through ``journal.expiry`` (the same calls as the
command line's ``product expiry``). Sessions keep the lot number they recorded.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui import theme
from needlejournal.ui.dialog_base import show_days
from needlejournal.ui.local_dates import format_date
from needlejournal.ui.validation_words import said_text

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.expiry import LotExpiry
    from needlejournal.journal.records import ProductRecord
    from needlejournal.ui.ops import Lane

SOON_DAYS = 30  # "expires soon": within a month, time to use it up or reorder


class ProductLots(QWidget):
    """Lots of one product: a table (lot, expiry, what it means) and the lot form under it."""

    def __init__(self, journal: Journal, lane: Lane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal, self.lane = journal, lane
        self.product: ProductRecord | None = None
        self.lots: list[LotExpiry] = []
        self.editing: str | None = None  # the lot number being edited; None: a new lot
        self.today = date.today()
        heading = QLabel(self.tr("Lots and expiry dates"), self)
        heading.setFont(theme.heading_font(self, 1.0))
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Lots and expiry dates"))
        self.table.setHorizontalHeaderLabels([self.tr("Lot or batch"), self.tr("Expiry")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # What a date means wraps in its column rather than being cut off ("Abgelaufe…").
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.table.currentCellChanged.connect(lambda row, *_: self._picked(row))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("as printed on the packaging"))
        self.expires = QDateEdit(QDate.currentDate(), self)
        self.expires.setCalendarPopup(True)
        show_days(self.expires)
        self.no_date = QCheckBox(self.tr("No expiry date"), self)
        self.no_date.toggled.connect(lambda on: self.expires.setEnabled(not on))
        when = QHBoxLayout()
        when.addWidget(self.expires, 1)
        when.addWidget(self.no_date)
        form = QFormLayout()
        form.addRow(self.tr("Lot number"), self.number)
        form.addRow(self.tr("Expires on"), when)
        self.new_button = QPushButton(self.tr("New lot"), self)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.save_button = QPushButton(self.tr("Save lot"), self)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.show_product(None)

    def expiry_words(self, expires_on: date | None, today: date) -> tuple[str, bool]:
        """What a lot's date means today, in words, and whether it wants attention."""
        if expires_on is None:
            return self.tr("No expiry date on file"), False
        days = (expires_on - today).days
        if days < 0:
            return self.tr("Expired on {date}: do not use").format(
                date=format_date(expires_on)
            ), True
        if days == 0:
            return self.tr("Expires today"), True
        if days <= SOON_DAYS:
            return self.tr("Expires soon: in %n day(s)", "", days), True
        return self.tr("Good until {date}").format(date=format_date(expires_on)), False

    # ---- reading -----------------------------------------------------------------------------

    def show_product(self, product: ProductRecord | None) -> None:
        """The lots of ``product`` (read on the lane); a new, unsaved product has none yet."""
        self.product = product
        self.setEnabled(product is not None)
        self.status.setText("" if product else self.tr("Save the product first, then its lots."))
        self._fill([])
        self.edit(None)
        if product is not None:
            self.reload()

    def reload(self, select: str | None = None) -> None:
        from needlejournal.journal.expiry import expiries

        product = self.product
        if product is None:
            return
        journal, key = self.journal, str(product.id)

        def read() -> list[LotExpiry]:
            return [e for e in expiries(journal, key) if e.lot is not None]

        def shown(lots: list[LotExpiry]) -> None:
            if self.product is not None and self.product.id == product.id:  # not a stale answer
                self._fill(lots, select)

        self.lane.run(read, shown, self._failed)

    def _fill(self, lots: list[LotExpiry], select: str | None = None) -> None:
        self.lots = lots
        self.today = date.today()
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(len(lots))
        warning = theme.warning_color(self.palette())
        for row, lot in enumerate(lots):
            words, attention = self.expiry_words(lot.expires_on, self.today)
            when = format_date(lot.expires_on) if lot.expires_on else ""
            for column, text in enumerate((lot.lot or "", words)):
                item = QTableWidgetItem(text)
                item.setToolTip(when or words)
                if attention:
                    item.setForeground(warning)
                    if column == 1:
                        bold = QFont(self.font())
                        bold.setBold(True)
                        item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.blockSignals(blocked)
        self.table.resizeRowsToContents()
        none_yet = self.tr("No lots on file for this product yet.")
        if not lots and self.product is not None:
            self._say(none_yet)
        elif self.status.text() == none_yet:
            self._say("")
        if select is not None:
            for row, lot in enumerate(lots):
                if (lot.lot or "").lower() == select.lower():
                    self.table.setCurrentCell(row, 0)

    # ---- editing -----------------------------------------------------------------------------

    def _picked(self, row: int) -> None:
        if 0 <= row < len(self.lots):
            self.edit(self.lots[row])

    def edit(self, lot: LotExpiry | None) -> None:
        """Fill the form with ``lot`` (None: a new lot, empty)."""
        self.editing = lot.lot if lot is not None else None
        self.number.setText(lot.lot or "" if lot is not None else "")
        expires_on = lot.expires_on if lot is not None else None
        self.no_date.setChecked(lot is not None and expires_on is None)
        if expires_on is not None:
            self.expires.setDate(QDate(expires_on.year, expires_on.month, expires_on.day))
        else:
            self.expires.setDate(QDate.currentDate())
        self.save_button.setText(self.tr("Save lot") if lot is not None else self.tr("Add lot"))
        if lot is None:
            blocked = self.table.blockSignals(True)
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
            self.table.blockSignals(blocked)

    def chosen_date(self) -> date | None:
        if self.no_date.isChecked():
            return None
        d = self.expires.date()
        return date(d.year(), d.month(), d.day())

    def problems(self) -> list[str]:
        """What the form says wrong before anything is written (the journal checks again)."""
        number = self.number.text().strip()
        if not number:
            return [self.tr("Enter the lot number printed on the packaging.")]
        same = [
            lot.lot
            for lot in self.lots
            if (lot.lot or "").lower() == number.lower()
            and (self.editing is None or (lot.lot or "").lower() != self.editing.lower())
        ]
        if same:
            return [self.tr("Lot {lot} is already on file for this product.").format(lot=same[0])]
        return []

    def save(self) -> bool:
        from needlejournal.journal.expiry import save_lot

        product = self.product
        problems = self.problems()
        if product is None or problems:
            self._say(" ".join(problems), warn=True)
            return False
        journal, key = self.journal, str(product.id)
        number, expires_on, was = self.number.text().strip(), self.chosen_date(), self.editing

        def saved(lot: LotExpiry) -> None:
            words, _ = self.expiry_words(lot.expires_on, date.today())
            self._say(self.tr("Saved lot {lot}: {state}.").format(lot=lot.lot, state=words))
            self.reload(select=lot.lot)

        self.lane.run(
            lambda: save_lot(journal, key, number, expires_on, was=was), saved, self._failed
        )
        return True

    def _failed(self, message: str) -> None:
        self._say(said_text(message), warn=True)

    def _say(self, text: str, *, warn: bool = False) -> None:
        colour = theme.warning_color(self.palette()).name() if warn else ""
        self.status.setStyleSheet(f"color: {colour};" if warn else "")
        self.status.setText(text)
