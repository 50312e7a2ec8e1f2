"""Settings: who the journal is for (personal or clinic) and every guidance threshold.

Grouped, each with the source of its defaults beside it: intervals (by depth, the face as one
area), depth maxima (home limit; area × indication at home and in a clinic), product cautions
(the phases that trigger them, days to avoid after needling, the ingredient keyword lists),
client screening (how often to review, the time windows).
"Reset to defaults" puts back the domain notes' values (the mode stays).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import (
    MAX_DEPTH_MM,
    SOURCE_AFTERCARE,
    SOURCE_HOME_DEPTH,
    SOURCE_HOME_LIMIT,
    SOURCE_INTERVAL,
    SOURCE_PRO_DEPTH,
    SOURCE_PRO_PERIORBITAL,
    SOURCE_SCREENING,
    SOURCE_SCREENING_REVIEW,
    SOURCE_VITAMIN_C,
    WINDOW_WORDS,
    GuidanceSettings,
    ScreeningItem,
)
from needlejournal.seat import MAX_SEAT_NAME, SeatNameError, seat_name, set_seat_name
from needlejournal.ui.dialog_base import EditDialog, count_suffix
from needlejournal.ui.guidance_tables import (
    DepthGrid,
    KeywordLists,
    PhaseChecks,
    local_number,
    source_label,
)
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
        self.seat = QLineEdit(seat_name(), self)
        self.seat.setObjectName("seatName")
        self.seat.setMaxLength(MAX_SEAT_NAME)
        self.seat.setToolTip(
            self.tr(
                "The name this computer goes by in the audit trail and in change notes "
                "(e.g. FRONT-DESK). It is kept on this computer, not in the journal."
            )
        )
        who.addRow(self.tr("This computer's seat name"), self.seat)
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
        self.reset_button = QPushButton(self.tr("Reset to defaults"), self)
        self.reset_button.setToolTip(
            self.tr("Every threshold back to the domain notes' defaults (the mode stays)")
        )
        self.reset_button.clicked.connect(self.reset_to_defaults)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_button)
        self.content.addLayout(reset_row)

        page = QWidget(self)
        groups = QVBoxLayout(page)
        groups.setContentsMargins(0, 0, 8, 0)
        groups.addWidget(self._intervals_group(page))
        groups.addWidget(self._depths_group(page))
        groups.addWidget(self._products_group(page, settings))
        groups.addWidget(self._keywords_group(page, settings))
        groups.addWidget(self._screening_group(page, settings))
        scroll = QScrollArea(self)
        # Not a Tab stop itself: its controls are, in reading order (a focusable scroll area
        # would read as one tall row and shuffle them left to right).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.content.addWidget(scroll, 1)
        self.load(settings)
        self.resize(820, 720)

    # ---- the groups ----------------------------------------------------------------------

    def _intervals_group(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Minimum days between sessions, by deepest depth"), page)
        self.bands = QTableWidget(0, 2, box)
        self.bands.setAccessibleName(box.title())
        self.bands.setHorizontalHeaderLabels([self.tr("From depth (mm)"), self.tr("Minimum days")])
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.verticalHeader().hide()
        self.bands.setMinimumHeight(150)
        add = QPushButton(self.tr("Add row"), box)
        add.clicked.connect(lambda: self.add_band(1.0, 28))
        remove = QPushButton(self.tr("Remove row"), box)
        remove.clicked.connect(self._remove_band)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.face_as_one = QCheckBox(
            self.tr("Count the whole face as one area (forehead, cheeks, nose, chin, lips, eyes)"),
            box,
        )
        self.face_as_one.setToolTip(
            self.tr("Off: each area heals on its own, so a neck session never holds back the face")
        )
        v = QVBoxLayout(box)
        v.addWidget(self.bands)
        v.addLayout(buttons)
        v.addWidget(self.face_as_one)
        v.addWidget(source_label(SOURCE_INTERVAL, box))
        return box

    def _depths_group(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Usual maximum depth"), page)
        v = QVBoxLayout(box)
        form = QFormLayout()
        self.home_max = QDoubleSpinBox(box)
        self.home_max.setRange(0.05, MAX_DEPTH_MM)
        self.home_max.setDecimals(2)
        self.home_max.setSingleStep(0.05)
        self.home_max.setSuffix(self.tr(" mm"))
        form.addRow(self.tr("Home use: deepest depth"), self.home_max)
        v.addLayout(form)
        v.addWidget(source_label(SOURCE_HOME_LIMIT, box))
        v.addWidget(QLabel(self.tr("At home, by area and indication (mm)"), box))
        self.home_depths = DepthGrid(box)
        self.home_depths.setAccessibleName(self.tr("At home, by area and indication (mm)"))
        v.addWidget(self.home_depths)
        v.addWidget(source_label(SOURCE_HOME_DEPTH, box))
        v.addWidget(QLabel(self.tr("In a clinic, by area and indication (mm)"), box))
        self.clinic_depths = DepthGrid(box)
        self.clinic_depths.setAccessibleName(self.tr("In a clinic, by area and indication (mm)"))
        v.addWidget(self.clinic_depths)
        v.addWidget(source_label(SOURCE_PRO_DEPTH, box))
        v.addWidget(source_label(SOURCE_PRO_PERIORBITAL, box))
        return box

    def _products_group(self, page: QWidget, settings: GuidanceSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Product cautions"), page)
        v = QVBoxLayout(box)
        phases = QFormLayout()
        phases.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.vitamin_c_phases = PhaseChecks(box)
        phases.addRow(self.tr("L-ascorbic acid (vitamin C) when used"), self.vitamin_c_phases)
        self.aftercare_phases = PhaseChecks(box)
        phases.addRow(self.tr("Products to avoid after needling when used"), self.aftercare_phases)
        v.addLayout(phases)
        v.addWidget(source_label(SOURCE_VITAMIN_C, box))
        # Short row labels under one heading: "Avoid after needling: Exfoliating acids…" on
        # every row did not fit the dialog.
        washout_box = QGroupBox(self.tr("Days to avoid after needling"), box)
        washout_form = QFormLayout(washout_box)
        washout_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.washout: dict[str, QSpinBox] = {}
        for category in settings.washout_days:
            spin = QSpinBox(washout_box)
            spin.setRange(0, 365)
            count_suffix(spin, self.days)
            self.washout[category] = spin
            washout_form.addRow(washout_label(category), spin)
        v.addWidget(washout_box)
        v.addWidget(source_label(SOURCE_AFTERCARE, box))
        return box

    def _keywords_group(self, page: QWidget, settings: GuidanceSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Ingredient names each caution looks for"), page)
        v = QVBoxLayout(box)
        self.keywords = KeywordLists(tuple(settings.ingredient_keywords), box)
        v.addWidget(self.keywords)
        v.addWidget(source_label(f"{SOURCE_AFTERCARE} {SOURCE_VITAMIN_C}", box))
        return box

    def _screening_group(self, page: QWidget, settings: GuidanceSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Client screening"), page)
        v = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.screening_review = QSpinBox(box)
        self.screening_review.setRange(0, 3650)
        count_suffix(self.screening_review, self.days)
        form.addRow(self.tr("Review the checklist every"), self.screening_review)
        self.screening_windows: dict[str, QSpinBox] = {}
        for item in settings.screening_window_days:
            spin = QSpinBox(box)
            spin.setRange(0, 3650)
            count_suffix(spin, self.days)
            self.screening_windows[item] = spin
            label = self.tr("{item}: warn within").format(item=ScreeningItem.label_of(item))
            spin.setToolTip(
                self.tr("The domain notes say {words}").format(words=WINDOW_WORDS[item])
            )
            form.addRow(label, spin)
        v.addLayout(form)
        v.addWidget(source_label(SOURCE_SCREENING, box))
        v.addWidget(source_label(SOURCE_SCREENING_REVIEW, box))
        return box

    # ---- values in and out ---------------------------------------------------------------

    def load(self, settings: GuidanceSettings) -> None:
        """Show ``settings`` in every group (the mode is not part of them)."""
        self.bands.setRowCount(0)
        for from_mm, days in settings.interval_bands:
            self.add_band(from_mm, days)
        self.face_as_one.setChecked(settings.face_as_one_area)
        self.home_max.setValue(settings.home_max_depth_mm)
        self.home_depths.load(
            settings.home_max_depth_by_area, settings.home_max_depth_by_indication
        )
        self.clinic_depths.load(
            settings.professional_max_depth_by_area, settings.professional_max_depth_by_indication
        )
        self.vitamin_c_phases.load(settings.vitamin_c_phases)
        self.aftercare_phases.load(settings.aftercare_caution_phases)
        for category, spin in self.washout.items():
            spin.setValue(settings.washout_days.get(category, 0))
        self.keywords.load(settings.ingredient_keywords)
        self.screening_review.setValue(settings.screening_review_days)
        for item, spin in self.screening_windows.items():
            spin.setValue(settings.screening_window_days.get(item, 0))

    def reset_to_defaults(self) -> None:
        self.load(GuidanceSettings())
        self.edited()

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def add_band(self, from_mm: float, days: int) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        self.bands.setItem(row, 0, QTableWidgetItem(local_number(from_mm)))
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
        home_by_area, home_by_indication = self.home_depths.values(self.tr("Depths at home"))
        clinic_by_area, clinic_by_indication = self.clinic_depths.values(
            self.tr("Depths in a clinic")
        )
        keywords = self.keywords.values()
        empty = [c for c, words in keywords.items() if not words]
        if empty:
            raise ValueError(
                self.tr("Every ingredient list needs at least one name; “{list}” is empty.").format(
                    list=self.keywords.label_of(empty[0])
                )
            )
        # GuidanceSettings checks everything itself; its ValueError becomes the inline message.
        return replace(
            self.original,
            interval_bands=tuple(bands),
            face_as_one_area=self.face_as_one.isChecked(),
            home_max_depth_mm=round(self.home_max.value(), 2),
            home_max_depth_by_area=home_by_area,
            home_max_depth_by_indication=home_by_indication,
            professional_max_depth_by_area=clinic_by_area,
            professional_max_depth_by_indication=clinic_by_indication,
            vitamin_c_phases=self.vitamin_c_phases.values(),
            aftercare_caution_phases=self.aftercare_phases.values(),
            washout_days={c: s.value() for c, s in self.washout.items()},
            ingredient_keywords=keywords,
            screening_review_days=self.screening_review.value(),
            screening_window_days={i: s.value() for i, s in self.screening_windows.items()},
        )

    def chosen_mode(self) -> Mode:
        mode: Mode = self.mode.currentData()
        return mode

    def draft_problems(self, draft: object) -> list[str]:
        if not " ".join(self.seat.text().split()):
            return [self.tr("Give this computer a seat name (for example FRONT-DESK).")]
        return []

    def saved(self) -> None:
        """The settings are in the journal: the seat name goes to this computer's config."""
        wanted = " ".join(self.seat.text().split())
        if wanted != seat_name():
            try:
                set_seat_name(wanted)
            except (SeatNameError, OSError) as e:
                self.set_busy(False)
                self.show_problems(
                    [self.tr("The seat name could not be saved: {reason}").format(reason=e)]
                )
                return
        super().saved()
