"""The repeating rows of the session dialog (areas, products) and small form helpers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from needlejournal.guidance import MAX_DEPTH_MM, Area, Endpoint, Phase
from needlejournal.journal.limits import MIN_DEPTH_MM
from needlejournal.journal.records import AreaDraft, ProductRecord, ProductUseDraft
from needlejournal.ui import terms
from needlejournal.ui.dialog_base import OptionalSpinBox, field_note
from needlejournal.ui.language import translate
from needlejournal.ui.local_dates import local_depth


class AreaRow:
    """One treated area: which, how deep, how many passes, which endpoint."""

    def __init__(self, parent: QWidget) -> None:
        self.area = QComboBox(parent)
        self.area.setAccessibleName(translate("AreaRow", "Area"))
        for value, label in terms.labels(Area).items():
            self.area.addItem(label, value)
        self.depth = QDoubleSpinBox(parent)
        self.depth.setAccessibleName(translate("AreaRow", "Depth"))
        # Wider than the valid range on purpose: a too-deep value must reach the validation
        # rules and be refused with a sentence, not silently clamped by the widget.
        self.depth.setRange(0.0, 9.95)
        self.depth.setDecimals(2)
        self.depth.setSingleStep(0.05)
        self.depth.setSuffix(translate("AreaRow", " mm"))
        self.depth.setValue(0.5)
        self.depth.setToolTip(
            translate("AreaRow", "Needle depth, at least {least} and at most {most}").format(
                least=local_depth(MIN_DEPTH_MM), most=local_depth(MAX_DEPTH_MM)
            )
        )
        self.passes = OptionalSpinBox(1, 20, parent)
        self.passes.setAccessibleName(translate("AreaRow", "Passes"))
        self.passes.setToolTip(translate("AreaRow", "Passes over the area (— if not counted)"))
        self.endpoint = QComboBox(parent)
        self.endpoint.setAccessibleName(translate("AreaRow", "Endpoint"))
        for value, label in terms.labels(Endpoint).items():
            self.endpoint.addItem(label[:1].upper() + label[1:], value)
        self.remove = QToolButton(parent)
        self.remove.setText("✕")
        self.remove.setToolTip(translate("AreaRow", "Remove this area"))
        self.remove.setAccessibleName(self.remove.toolTip())
        self.remove.setAutoRaise(True)
        self.note = field_note(parent)  # what is wrong with this row, under it

    def widgets(self) -> list[QWidget]:
        """The row's inputs, in column order (the note goes on a line of its own)."""
        return [self.area, self.depth, self.passes, self.endpoint, self.remove]

    def draft(self) -> AreaDraft:
        return AreaDraft(
            area=str(self.area.currentData()),
            depth_mm=round(self.depth.value(), 2),
            passes=self.passes.optional_value(),
            endpoint=str(self.endpoint.currentData()),
        )


class ProductRow:
    def __init__(self, parent: QWidget, products: Sequence[ProductRecord]) -> None:
        self.product = QComboBox(parent)
        self.product.setAccessibleName(translate("ProductRow", "Product"))
        for p in products:
            self.product.addItem(f"{p.name} — {p.brand}" if p.brand else p.name, p.id)
        self.phase = QComboBox(parent)
        self.phase.setAccessibleName(translate("ProductRow", "Phase"))
        for value, label in terms.labels(Phase).items():
            self.phase.addItem(label[:1].upper() + label[1:], value)
        self.lot = QLineEdit(parent)
        self.lot.setPlaceholderText(translate("ProductRow", "Lot number"))
        self.lot.setAccessibleName(self.lot.placeholderText())
        self.remove = QToolButton(parent)
        self.remove.setText("✕")
        self.remove.setToolTip(translate("ProductRow", "Remove this product"))
        self.remove.setAccessibleName(self.remove.toolTip())
        self.remove.setAutoRaise(True)
        self.note = field_note(parent)

    def widgets(self) -> list[QWidget]:
        return [self.product, self.phase, self.lot, self.remove]

    def draft(self) -> ProductUseDraft:
        return ProductUseDraft(
            product_id=int(self.product.currentData()),
            phase=str(self.phase.currentData()),
            lot_number=self.lot.text().strip(),
        )


def align_labels(*forms: QFormLayout) -> None:
    """One label column width for both forms, so the fields line up down the dialog."""
    labels = [
        item.widget()
        for f in forms
        for row in range(f.rowCount())
        if (item := f.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    width = max((w.sizeHint().width() for w in labels if w is not None), default=0)
    for w in labels:
        if w is not None:
            w.setMinimumWidth(width)


def select_data(combo: QComboBox, data: object) -> None:
    i = combo.findData(data)
    if i >= 0:
        combo.setCurrentIndex(i)
