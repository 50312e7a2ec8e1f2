"""The product and device libraries: a list on the left, the selected item's form on the right."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import DeviceKind
from needlejournal.journal.records import DeviceDraft, DeviceRecord, ProductDraft, ProductRecord
from needlejournal.journal.validation import device_problems, product_problems
from needlejournal.ui import terms, theme
from needlejournal.ui.accessibility import follow_reading_order
from needlejournal.ui.dialog_base import missing_hook, watch
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate, translate_known
from needlejournal.ui.validation_words import problem_text

if TYPE_CHECKING:
    from needlejournal.ui.product_lots import ProductLots

R = TypeVar("R", DeviceRecord, ProductRecord)

# The built-in product kinds: stored by their English word (the command line's), shown in the
# window's language; a kind the user typed is stored and shown as typed.
PRODUCT_KINDS: dict[str, str] = {
    "serum": QT_TRANSLATE_NOOP("ProductKind", "serum"),
    "numbing cream": QT_TRANSLATE_NOOP("ProductKind", "numbing cream"),
    "cleanser": QT_TRANSLATE_NOOP("ProductKind", "cleanser"),
    "toner": QT_TRANSLATE_NOOP("ProductKind", "toner"),
    "mask": QT_TRANSLATE_NOOP("ProductKind", "mask"),
    "moisturiser": QT_TRANSLATE_NOOP("ProductKind", "moisturiser"),
    "night cream": QT_TRANSLATE_NOOP("ProductKind", "night cream"),
    "balm": QT_TRANSLATE_NOOP("ProductKind", "balm"),
    "sunscreen": QT_TRANSLATE_NOOP("ProductKind", "sunscreen"),
    "antiseptic": QT_TRANSLATE_NOOP("ProductKind", "antiseptic"),
    "other": QT_TRANSLATE_NOOP("ProductKind", "other"),
}


def kind_label(kind: str) -> str:
    """A product kind as the window shows it: a built-in one translated, else as stored."""
    return translate_known("ProductKind", PRODUCT_KINDS, kind)


def kind_key(text: str) -> str:
    """What to store for the kind typed or picked: a built-in kind's English word when the
    text names one (in the window's language or in English, any case), else the text."""
    typed = text.strip()
    folded = typed.casefold()
    for key in PRODUCT_KINDS:
        if folded in (key.casefold(), kind_label(key).casefold()):
            return key
    return typed


def notes_field(parent: QWidget) -> QPlainTextEdit:
    """A few lines for notes (a device's needle cartridges, where a product was bought)."""
    notes = QPlainTextEdit(parent)
    notes.setTabChangesFocus(True)
    notes.setMaximumHeight(notes.fontMetrics().lineSpacing() * 5)
    return notes


class LibraryDialog(QDialog, Generic[R]):
    """Pick an item to edit it, or press New; Save sends a draft for the window to store."""

    save_requested = Signal(object)

    # The buttons and heading for a new entry, in the "LibraryDialog" context.
    new_text = QT_TRANSLATE_NOOP("LibraryDialog", "New item")
    save_text = QT_TRANSLATE_NOOP("LibraryDialog", "Save item")

    def __init__(self, title: str, items: Sequence[R], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading_order = follow_reading_order(self)
        self.setWindowTitle(title)
        self._items: list[R] = []
        self._editing: R | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setMinimumWidth(280)
        self.list.setSpacing(3)
        # The brand goes on a line of its own (see ProductLibraryDialog.label): "Serum — Lumiè…"
        # on one line hid the brand, the one thing that tells two similar items apart.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._picked)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.heading = QLabel(self)
        self.heading.setFont(theme.heading_font(self, 1.1))
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.new_button = QPushButton(translate("LibraryDialog", self.new_text), self)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.save_button = QPushButton(translate("LibraryDialog", self.save_text), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.try_save)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(self.form)
        right.addWidget(self.problems)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        right.addLayout(row)
        self.side = right  # a library adds its own sections under the form (a product's lots)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(left)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.addLayout(body, 1)
        outer.addWidget(close)
        self.resize(720, 420)

    # Abstract hooks, not unfinished work: a Qt class cannot take ABCMeta, so the base raises.

    def build_form(self) -> None:
        raise missing_hook(self, "build_form")

    def fill(self, item: R | None) -> None:
        raise missing_hook(self, "fill")

    def build_draft(self) -> ProductDraft | DeviceDraft:
        raise missing_hook(self, "build_draft")

    def label(self, item: R) -> str:
        return item.name

    def set_items(self, items: Sequence[R], select_id: int | None = None) -> None:
        self._items = list(items)
        self.list.blockSignals(True)
        self.list.clear()
        for item in self._items:
            w = QListWidgetItem(self.label(item))
            w.setToolTip(self.label(item))
            w.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(w)
        self.list.blockSignals(False)
        if select_id is not None:
            for row, item in enumerate(self._items):
                if item.id == select_id:
                    self.list.setCurrentRow(row)
                    return
        if self._items:
            self.list.setCurrentRow(0)
        else:
            self.edit(None)

    def edit(self, item: R | None) -> None:
        self._editing = item
        self.problems.hide()
        self.heading.setText(item.name if item else translate("LibraryDialog", self.new_text))
        if item is None:
            self.list.clearSelection()
        self.fill(item)

    def _picked(self, current: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if current is None:
            return
        item_id = current.data(Qt.ItemDataRole.UserRole)
        self.edit(next((i for i in self._items if i.id == item_id), None))

    def watch_form(self) -> None:
        """Once shown, the problem line follows every edit: it never says what was wrong."""
        for w in self.findChildren(QWidget):
            if w is not self.list:
                watch(w, self._recheck)

    def _recheck(self) -> None:
        if self.problems.isHidden():
            return
        problems = self._problems()
        if problems:
            self.show_problems(problems)
        else:
            self.problems.hide()

    def _problems(self) -> list[str]:
        draft = self.build_draft()
        return (
            product_problems(draft) if isinstance(draft, ProductDraft) else device_problems(draft)
        )

    def try_save(self) -> bool:
        draft = self.build_draft()
        problems = self._problems()
        if problems:
            self.show_problems(problems)
            return False
        self.problems.hide()
        self.save_requested.emit(draft)
        return True

    def show_problems(self, problems: list[str]) -> None:
        colour = theme.warning_color(self.palette()).name()
        said = " ".join(escape(problem_text(p), quote=False) for p in problems)
        self.problems.setText(f'<span style="color:{colour}">{said}</span>')
        self.problems.show()

    def editing(self) -> R | None:
        return self._editing


class ProductLibraryDialog(LibraryDialog[ProductRecord]):
    new_text = QT_TRANSLATE_NOOP("LibraryDialog", "New product")
    save_text = QT_TRANSLATE_NOOP("LibraryDialog", "Save product")

    def __init__(
        self,
        items: Sequence[ProductRecord],
        parent: QWidget | None = None,
        *,
        lots: ProductLots | None = None,
    ) -> None:
        super().__init__(translate("LibraryDialog", "Product library"), items, parent)
        # The chosen product's lots and their expiry dates (when the window has a journal).
        self.lots = lots
        if lots is not None:
            lots.setParent(self)
            self.side.addWidget(lots, 2)
            self.resize(800, 720)
        self.name = QLineEdit(self)
        self.brand = QLineEdit(self)
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        for key in PRODUCT_KINDS:
            self.kind.addItem(kind_label(key), key)
        self.ingredients = QLineEdit(self)
        self.ingredients.setPlaceholderText(self.tr("Key ingredients, comma-separated"))
        self.notes = notes_field(self)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Brand"), self.brand)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Ingredients"), self.ingredients)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.watch_form()
        self.set_items(items)

    def label(self, item: ProductRecord) -> str:
        return f"{item.name}\n{item.brand}" if item.brand else item.name

    def fill(self, item: ProductRecord | None) -> None:
        self.name.setText(item.name if item else "")
        self.brand.setText(item.brand if item else "")
        self.kind.setCurrentText(kind_label(item.kind if item else "serum"))
        self.ingredients.setText(", ".join(item.ingredients) if item else "")
        self.notes.setPlainText(item.notes if item else "")
        if self.lots is not None:
            self.lots.show_product(item)

    def build_draft(self) -> ProductDraft:
        e = self.editing()
        return ProductDraft(
            name=self.name.text().strip(),
            brand=self.brand.text().strip(),
            kind=kind_key(self.kind.currentText()) or "serum",
            ingredients=tuple(i.strip() for i in self.ingredients.text().split(",") if i.strip()),
            notes=self.notes.toPlainText().strip(),
            archived=e.archived if e else False,
            id=e.id if e else None,
            version=e.version if e else None,
        )


class DeviceLibraryDialog(LibraryDialog[DeviceRecord]):
    new_text = QT_TRANSLATE_NOOP("LibraryDialog", "New device")
    save_text = QT_TRANSLATE_NOOP("LibraryDialog", "Save device")

    def __init__(self, items: Sequence[DeviceRecord], parent: QWidget | None = None) -> None:
        super().__init__(translate("LibraryDialog", "Device library"), items, parent)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for value, label in terms.labels(DeviceKind).items():
            self.kind.addItem(label, value)
        self.needles = QSpinBox(self)
        self.needles.setRange(0, 1000)
        self.needles.setSpecialValueText("—")
        self.cartridge = QLineEdit(self)
        self.cartridge.setPlaceholderText(self.tr("e.g. 36-pin nano cartridge"))
        self.notes = notes_field(self)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Needle count"), self.needles)
        self.form.addRow(self.tr("Cartridge"), self.cartridge)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.watch_form()
        self.set_items(items)

    def fill(self, item: DeviceRecord | None) -> None:
        self.name.setText(item.name if item else "")
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind if item else "pen"), 0))
        self.needles.setValue(item.needle_count or 0 if item else 0)
        self.cartridge.setText(item.cartridge if item else "")
        self.notes.setPlainText(item.notes if item else "")

    def build_draft(self) -> DeviceDraft:
        e = self.editing()
        return DeviceDraft(
            name=self.name.text().strip(),
            kind=str(self.kind.currentData()),
            needle_count=self.needles.value() or None,
            cartridge=self.cartridge.text().strip(),
            notes=self.notes.toPlainText().strip(),
            archived=e.archived if e else False,
            id=e.id if e else None,
            version=e.version if e else None,
        )
