"""The editable tables of the Guidance settings: depth maxima by area × indication, ingredient
keywords by category, and the phases that trigger a caution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from needlejournal.guidance import Area, Indication, Phase
from needlejournal.ui import terms
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate
from needlejournal.ui.source_terms import source_text

_NO_MAXIMUM = "—"
_NO_MAXIMUM_WORDS = frozenset({"—", "-", "none", "no", "n/a"})


def local_number(value: float) -> str:
    """A depth as typed in this language ("0,5" in German); reading accepts either mark."""
    return QLocale().toString(float(value), "g", 6)


def source_label(text: str, parent: QWidget) -> QLabel:
    """Where a group's defaults come from, in small muted type under it."""
    said = source_text(text)  # translated around its citation
    label = QLabel(translate("GuidanceTables", "Source: {source}").format(source=said), parent)
    label.setWordWrap(True)
    label.setObjectName("muted")
    return label


class DepthGrid(QTableWidget):
    """Usual maximum depth per area (rows) and indication (columns), for one setting.

    The "Unspecified" column is each area's own maximum (blank: none). Another indication's
    cell overrides it for that area: blank means "as unspecified", "—" means "no maximum"."""

    def __init__(self, parent: QWidget) -> None:
        self.areas = Area.values()
        self.indications = Indication.values()
        super().__init__(len(self.areas), len(self.indications), parent)
        self.setHorizontalHeaderLabels([terms.label(Indication, i) for i in self.indications])
        self.setVerticalHeaderLabels([terms.label(Area, a) for a in self.areas])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(260)
        self.setToolTip(
            translate(
                "GuidanceTables",
                "Millimetres. Unspecified: the area's usual maximum (blank: none). Other "
                "columns: blank = as unspecified, — = no maximum for that indication.",
            )
        )

    def load(
        self,
        by_area: Mapping[str, float | None],
        by_indication: Mapping[str, Mapping[str, float | None]],
    ) -> None:
        for r, area in enumerate(self.areas):
            for c, indication in enumerate(self.indications):
                if indication == Indication.GENERAL:
                    depth = by_area.get(area)
                    text = "" if depth is None else local_number(depth)
                else:
                    own = by_indication.get(indication, {})
                    if area not in own:
                        text = ""
                    else:
                        found = own[area]
                        text = _NO_MAXIMUM if found is None else local_number(found)
                self.setItem(r, c, QTableWidgetItem(text))

    def set_cell(self, area: str, indication: str, text: str) -> None:
        item = QTableWidgetItem(text)
        self.setItem(self.areas.index(area), self.indications.index(indication), item)

    def _cell(self, r: int, c: int, what: str) -> tuple[bool, float | None]:
        """(given, depth): not given when blank; depth None for "no maximum"."""
        item = self.item(r, c)
        text = item.text().strip() if item is not None else ""
        if not text:
            return False, None
        if text.lower() in _NO_MAXIMUM_WORDS:
            return True, None
        try:
            return True, float(text.replace(",", ".").removesuffix("mm").strip())
        except ValueError:
            message = translate(
                "GuidanceTables",
                "{what}, {area} / {indication}: “{text}” is not a depth in mm "
                "(leave it blank or write —).",
            )
            raise ValueError(
                message.format(
                    what=what,
                    area=terms.label(Area, self.areas[r]),
                    indication=terms.label(Indication, self.indications[c]),
                    text=text,
                )
            ) from None

    def values(
        self, what: str
    ) -> tuple[dict[str, float | None], dict[str, dict[str, float | None]]]:
        """(area → maximum, indication → area → maximum) as typed; ValueError names a bad cell."""
        by_area: dict[str, float | None] = {}
        by_indication: dict[str, dict[str, float | None]] = {}
        for r, area in enumerate(self.areas):
            for c, indication in enumerate(self.indications):
                given, depth = self._cell(r, c, what)
                if indication == Indication.GENERAL:
                    by_area[area] = depth
                elif given:
                    by_indication.setdefault(indication, {})[area] = depth
        return by_area, by_indication


class PhaseChecks(QWidget):
    """One check box per product phase: in which phases a caution is given."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for phase in Phase:
            box = QCheckBox(terms.label(Phase, phase.value), self)
            self.boxes[phase.value] = box
            row.addWidget(box)
        row.addStretch(1)

    def load(self, phases: Sequence[str]) -> None:
        for phase, box in self.boxes.items():
            box.setChecked(phase in phases)

    def values(self) -> tuple[str, ...]:
        return tuple(p for p, box in self.boxes.items() if box.isChecked())


KEYWORD_LABELS = {
    "l_ascorbic_acid": QT_TRANSLATE_NOOP("GuidanceTables", "L-ascorbic acid (vitamin C)"),
    "vitamin_c_generic": QT_TRANSLATE_NOOP("GuidanceTables", "“Vitamin C” named without a form"),
    "vitamin_c_derivatives": QT_TRANSLATE_NOOP(
        "GuidanceTables", "Vitamin C derivatives (never flagged)"
    ),
    "retinoids": QT_TRANSLATE_NOOP("GuidanceTables", "Retinoids"),
    "acids": QT_TRANSLATE_NOOP("GuidanceTables", "Exfoliating acids"),
    "benzoyl_peroxide": QT_TRANSLATE_NOOP("GuidanceTables", "Benzoyl peroxide"),
    "hydroquinone": QT_TRANSLATE_NOOP("GuidanceTables", "Hydroquinone"),
    "alcohol": QT_TRANSLATE_NOOP("GuidanceTables", "Drying alcohol"),
    "fragrance": QT_TRANSLATE_NOOP("GuidanceTables", "Fragrance"),
}


class KeywordLists(QWidget):
    """One text box per ingredient category, one keyword or phrase a line."""

    def __init__(self, categories: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.edits: dict[str, QPlainTextEdit] = {}
        for category in categories:
            edit = QPlainTextEdit(self)
            edit.setFixedHeight(72)
            edit.setToolTip(
                translate(
                    "GuidanceTables",
                    "One name a line; case, accents and punctuation do not matter.",
                )
            )
            self.edits[category] = edit
            form.addRow(self.label_of(category), edit)

    def label_of(self, category: str) -> str:
        label = KEYWORD_LABELS.get(category)
        if label is not None:
            return translate("GuidanceTables", label)
        return category.replace("_", " ").capitalize()

    def load(self, keywords: Mapping[str, Sequence[str]]) -> None:
        for category, edit in self.edits.items():
            edit.setPlainText("\n".join(keywords.get(category, ())))

    def values(self) -> dict[str, tuple[str, ...]]:
        found: dict[str, tuple[str, ...]] = {}
        for category, edit in self.edits.items():
            words = tuple(w.strip() for w in edit.toPlainText().splitlines() if w.strip())
            found[category] = words
        return found
