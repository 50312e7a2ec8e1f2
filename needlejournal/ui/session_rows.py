"""The repeating rows of the session dialog (areas, products) and small form helpers."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from needlejournal.guidance import (
    MAX_DEPTH_MM,
    Area,
    Endpoint,
    Indication,
    Phase,
    read_treated_area,
)
from needlejournal.journal.limits import MIN_DEPTH_MM
from needlejournal.journal.records import AreaDraft, ProductRecord, ProductUseDraft
from needlejournal.ui import terms
from needlejournal.ui.dialog_base import OptionalSpinBox, field_note
from needlejournal.ui.language import translate
from needlejournal.ui.local_dates import local_depth


class AreaRow:
    """One treated area: which (and why), how deep, how many passes, which endpoint.

    The area box takes typed names too: "upper lip", "eyelid", "acne scars on cheeks" or
    "stretch marks" pick the area (and the indication when the text names one)."""

    def __init__(self, parent: QWidget) -> None:
        self.area = QComboBox(parent)
        self.area.setAccessibleName(translate("AreaRow", "Area"))
        for value, label in terms.labels(Area).items():
            self.area.addItem(label, value)
        self.area.setEditable(True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.area.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.area.setToolTip(
            translate(
                "SessionRows",
                "Pick an area or type a name: upper lip, eyelid, abdomen, acne scars on cheeks…",
            )
        )
        line = self.area.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.resolve_typed)
        self.indication = QComboBox(parent)
        for value, label in terms.labels(Indication).items():
            self.indication.addItem(label, value)
        self.indication.setAccessibleName(translate("AreaRow", "Indication"))
        self.indication.setToolTip(
            translate("SessionRows", "Why this area was treated: the usual depth depends on it")
        )
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
        return [self.area, self.indication, self.depth, self.passes, self.endpoint, self.remove]

    def _typed(self) -> str | None:
        """The typed text when it is not the chosen item's label (someone is typing a name)."""
        text = self.area.currentText().strip()
        if text == self.area.itemText(self.area.currentIndex()):
            return None
        return text

    def resolve_typed(self) -> None:
        """Map a typed name to its area (and indication); unknown text stays for the check."""
        text = self._typed()
        if not text:
            if self.area.currentIndex() >= 0:
                self.area.setEditText(self.area.itemText(self.area.currentIndex()))
            return
        try:
            found = read_treated_area(text)
        except ValueError:
            return  # the draft carries the text; validation names it under the row
        select_data(self.area, found.area)
        self.area.setEditText(self.area.itemText(self.area.currentIndex()))
        if found.indication is not None:
            select_data(self.indication, found.indication)

    def area_value(self) -> str:
        text = self._typed()
        if text:
            try:
                return read_treated_area(text).area
            except ValueError:
                return text
        return str(self.area.currentData())

    def draft(self) -> AreaDraft:
        indication = str(self.indication.currentData())
        text = self._typed()
        if text and indication == Indication.GENERAL:
            with contextlib.suppress(ValueError):
                indication = read_treated_area(text).indication or indication
        return AreaDraft(
            area=self.area_value(),
            depth_mm=round(self.depth.value(), 2),
            passes=self.passes.optional_value(),
            endpoint=str(self.endpoint.currentData()),
            indication=indication,
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
        # Aftercare only: the day after the session the product was started ("from day 3").
        self.day = OptionalSpinBox(0, 365, parent)
        self.day.setPrefix(translate("SessionRows", "from day "))
        self.day.setAccessibleName(translate("ProductRow", "Aftercare start day"))
        self.day.setToolTip(
            translate(
                "SessionRows",
                "Aftercare: the day after the session this product was first used (— not recorded)",
            )
        )
        self.phase.currentIndexChanged.connect(self._phase_changed)
        self._phase_changed()
        self.lot = QLineEdit(parent)
        self.lot.setPlaceholderText(translate("ProductRow", "Lot number"))
        self.lot.setAccessibleName(self.lot.placeholderText())
        self.remove = QToolButton(parent)
        self.remove.setText("✕")
        self.remove.setToolTip(translate("ProductRow", "Remove this product"))
        self.remove.setAccessibleName(self.remove.toolTip())
        self.remove.setAutoRaise(True)
        self.note = field_note(parent)

    def _phase_changed(self) -> None:
        aftercare = self.phase.currentData() == Phase.AFTERCARE
        self.day.setEnabled(aftercare)
        if not aftercare:
            self.day.set_optional_value(None)

    def widgets(self) -> list[QWidget]:
        return [self.product, self.phase, self.day, self.lot, self.remove]

    def draft(self) -> ProductUseDraft:
        phase = str(self.phase.currentData())
        return ProductUseDraft(
            product_id=int(self.product.currentData()),
            phase=phase,
            lot_number=self.lot.text().strip(),
            day_offset=self.day.optional_value() if phase == Phase.AFTERCARE else None,
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
