"""Settings: who the journal is for (personal or clinic) and the guidance thresholds.

Thresholds: session intervals by depth, home depth limit, washout days.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import MAX_DEPTH_MM, GuidanceSettings
from needlejournal.ui.dialog_base import EditDialog, count_suffix
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # records are imported lazily (start-up cost)
    from needlejournal.journal.records import Mode

# Translated where shown, in the "GuidanceDialog" context.
MODE_LABELS: dict[Mode, str] = {
    "personal": QT_TRANSLATE_NOOP("GuidanceDialog", "Just me, at home (personal)"),
    "clinic": QT_TRANSLATE_NOOP("GuidanceDialog", "I see clients (clinic)"),
}
WASHOUT_LABELS = {
    "retinoids": QT_TRANSLATE_NOOP("GuidanceDialog", "Retinoids"),
    "acids": QT_TRANSLATE_NOOP("GuidanceDialog", "Exfoliating acids (AHA, BHA, PHA)"),
    "benzoyl_peroxide": QT_TRANSLATE_NOOP("GuidanceDialog", "Benzoyl peroxide"),
    "hydroquinone": QT_TRANSLATE_NOOP("GuidanceDialog", "Hydroquinone"),
    "alcohol": QT_TRANSLATE_NOOP("GuidanceDialog", "Drying alcohol"),
    "fragrance": QT_TRANSLATE_NOOP("GuidanceDialog", "Fragrance"),
}


def washout_label(category: str) -> str:
    """How the form names a washout category; a category of a newer version reads as words."""
    label = WASHOUT_LABELS.get(category)
    if label is not None:
        return translate("GuidanceDialog", label)
    return category.replace("_", " ").capitalize()


class GuidanceDialog(EditDialog):
    def __init__(
        self, settings: GuidanceSettings, mode: Mode, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.original = settings
        who = QFormLayout()
        self.mode = QComboBox(self)
        for value, label in MODE_LABELS.items():
            self.mode.addItem(self.tr(label), value)
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.mode.setToolTip(
            self.tr(
                "Personal: one person at home, with the home-use depth limit.\n"
                "Clinic: many clients. Adding clients never changes this."
            )
        )
        who.addRow(self.tr("This journal is for"), self.mode)
        self.content.addLayout(who)
        intro = QLabel(
            self.tr(
                "Warnings are reminders drawn from published rules of thumb; they never block "
                "saving. Adjust them to your own protocol."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.content.addWidget(intro)

        box = QGroupBox(self.tr("Minimum days between sessions, by deepest depth"), self)
        self.bands = QTableWidget(0, 2, box)
        self.bands.setAccessibleName(box.title())
        self.bands.setHorizontalHeaderLabels([self.tr("From depth (mm)"), self.tr("Minimum days")])
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.verticalHeader().hide()
        for from_mm, days in settings.interval_bands:
            self.add_band(from_mm, days)
        add = QPushButton(self.tr("Add row"), box)
        add.clicked.connect(lambda: self.add_band(1.0, 28))
        remove = QPushButton(self.tr("Remove row"), box)
        remove.clicked.connect(self._remove_band)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        v = QVBoxLayout(box)
        v.addWidget(self.bands)
        v.addLayout(buttons)
        self.content.addWidget(box)

        form = QFormLayout()
        self.home_max = QDoubleSpinBox(self)
        self.home_max.setRange(0.05, MAX_DEPTH_MM)
        self.home_max.setDecimals(2)
        self.home_max.setSingleStep(0.05)
        self.home_max.setSuffix(self.tr(" mm"))
        self.home_max.setValue(settings.home_max_depth_mm)
        form.addRow(self.tr("Home use: deepest depth"), self.home_max)
        self.content.addLayout(form)
        # Short row labels under one heading: "Avoid after needling: Exfoliating acids…" on
        # every row did not fit the dialog.
        washout_box = QGroupBox(self.tr("Days to avoid after needling"), self)
        washout_form = QFormLayout(washout_box)
        washout_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.washout: dict[str, QSpinBox] = {}
        for category, days in settings.washout_days.items():
            spin = QSpinBox(self)
            spin.setRange(0, 365)
            spin.setValue(days)
            count_suffix(spin, self.days)
            self.washout[category] = spin
            washout_form.addRow(washout_label(category), spin)
        self.content.addWidget(washout_box)
        self.resize(540, 640)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def add_band(self, from_mm: float, days: int) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        self.bands.setItem(row, 0, QTableWidgetItem(f"{from_mm:g}"))
        self.bands.setItem(row, 1, QTableWidgetItem(str(days)))

    def _remove_band(self) -> None:
        row = self.bands.currentRow()
        if row >= 0 and self.bands.rowCount() > 1:
            self.bands.removeRow(row)

    def build_draft(self) -> GuidanceSettings:
        bands: list[tuple[float, int]] = []
        for row in range(self.bands.rowCount()):
            depth_item, days_item = self.bands.item(row, 0), self.bands.item(row, 1)
            depth_text = depth_item.text().strip() if depth_item else ""
            days_text = days_item.text().strip() if days_item else ""
            try:
                bands.append((float(depth_text.replace(",", ".")), int(days_text)))
            except ValueError:
                raise ValueError(
                    self.tr(
                        "Row {row} of the interval table needs a depth in mm and whole days."
                    ).format(row=row + 1)
                ) from None
        bands.sort()
        # GuidanceSettings checks everything itself; its ValueError becomes the inline message.
        return replace(
            self.original,
            interval_bands=tuple(bands),
            home_max_depth_mm=round(self.home_max.value(), 2),
            washout_days={c: s.value() for c, s in self.washout.items()},
        )

    def chosen_mode(self) -> Mode:
        mode: Mode = self.mode.currentData()
        return mode

    def draft_problems(self, draft: object) -> list[str]:
        return []
