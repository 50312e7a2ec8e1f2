"""The viewer's Measure panel: draw a named region, read its colour and texture measures, have
it measured on every photo of the view, mark a grey card or a colour chart; what each measure
means is one
click away, and the panel says plainly when two photos cannot be compared."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import RegionShape
from needlejournal.journal.region_records import METRICS, MeasureRecord, RegionRecord

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def definitions_html() -> str:
    """What each measure means (the README says the same)."""

    rows = [
        QCoreApplication.translate(
            "MetricsPanel",
            "<b>L*, a*, b*</b>: the mean CIELAB colour of the region; a* is redness, b* "
            "yellowness. Pixels are first converted to sRGB from the photo's colour profile.",
        ),
        QCoreApplication.translate(
            "MetricsPanel",
            "<b>ITA°</b> = arctan((L* − 50) / b*): the Individual Typology Angle, a skin-tone "
            "measure (higher is lighter).",
        ),
        QCoreApplication.translate(
            "MetricsPanel",
            "<b>Evenness</b>: how much L* varies once the smooth fall-off of the light is "
            "removed; lower is more even.",
        ),
        QCoreApplication.translate(
            "MetricsPanel",
            "<b>Texture</b>: fine detail in L*, measured at a fixed fraction of the region so "
            "the photo's resolution does not change it; lower is smoother.",
        ),
        QCoreApplication.translate(
            "MetricsPanel",
            "<b>Spots</b>: patches at least 6 L* darker than the skin around them, and their "
            "share of the region.",
        ),
        QCoreApplication.translate(
            "MetricsPanel",
            "<b>Grey card</b>: when one is marked, colours are white-balanced against it "
            "first, which makes photos from different days more comparable.",
        ),
        QCoreApplication.translate(
            "MetricsPanel",
            "<b>Colour chart</b>: with a ColorChecker (24 patches) marked by its four corners, "
            "colours are corrected against the chart's known colours on each photo; the "
            "residual ΔE says how well the correction holds (under 2 is good).",
        ),
        QCoreApplication.translate(
            "MetricsPanel",
            "These numbers describe the photo, not the skin: they compare only between "
            "photos taken under the same light, with the same camera and skin state.",
        ),
    ]
    return "<p>" + "</p><p>".join(rows) + "</p>"


class MetricsPanel(QWidget):
    draw_toggled = Signal(bool, str)  # on, shape ("rect" | "ellipse")
    grey_card_toggled = Signal(bool)
    colour_chart_toggled = Signal(bool)
    region_chosen = Signal(object)  # region id or None
    measure_all_requested = Signal(int)  # region id
    delete_requested = Signal(int)  # region id

    @staticmethod
    def label_of(text: str) -> str:
        """A measure's name (``METRICS``), translated where a catalogue has it."""
        return QCoreApplication.translate("MetricsPanel", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caution = QLabel(
            self.tr(
                "Measures compare only between photos taken under the same light, with the "
                "same camera and skin state."
            ),
            self,
        )
        self.caution.setWordWrap(True)
        self.caution.setObjectName("muted")
        self.shape = QComboBox(self)
        self.shape.setAccessibleName(self.tr("Region shape"))
        for i, (label, shape) in enumerate(
            ((self.tr("Rectangle"), RegionShape.RECT), (self.tr("Ellipse"), RegionShape.ELLIPSE))
        ):
            self.shape.addItem(label)
            self.shape.setItemData(i, shape.value)
        self.draw_button = QPushButton(self.tr("Draw a region"), self)
        self.draw_button.setCheckable(True)
        self.draw_button.setToolTip(self.tr("Drag on the photo, then name the region"))
        self.draw_button.toggled.connect(self._draw_toggled)
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("What each measure means"))
        self.help_button.setAccessibleName(self.tr("What each measure means"))
        self.help_button.clicked.connect(self.show_help)
        self.regions = QListWidget(self)
        self.regions.setAccessibleName(self.tr("Regions of this view"))
        self.regions.setMaximumHeight(110)
        self.regions.currentItemChanged.connect(self._chosen)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, _unit in METRICS:
            value = QLabel("—", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(QLabel(self.label_of(label), self), value)
        self.where = QLabel(self)
        self.where.setObjectName("muted")
        self.where.setWordWrap(True)
        self.comparable = QLabel(self)
        self.comparable.setWordWrap(True)
        self.measure_all = QPushButton(self.tr("Measure on every photo of this view"), self)
        self.measure_all.clicked.connect(self._measure_all)
        self.grey_card = QPushButton(self.tr("Mark a grey card"), self)
        self.grey_card.setCheckable(True)
        self.grey_card.setToolTip(
            self.tr("Drag over a grey card in this photo: the region's colours are balanced to it")
        )
        self.grey_card.toggled.connect(self._grey_card_toggled)
        self.colour_chart = QPushButton(self.tr("Mark a colour chart"), self)
        self.colour_chart.setCheckable(True)
        self.colour_chart.setToolTip(
            self.tr(
                "Click the four corners of a ColorChecker in this photo: dark skin, bluish "
                "green, black, white. The region's colours are corrected against it."
            )
        )
        self.colour_chart.toggled.connect(self._colour_chart_toggled)
        self.delete_button = QPushButton(self.tr("Delete region"), self)
        self.delete_button.clicked.connect(self._delete)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.shape)
        tools.addWidget(self.draw_button, 1)
        tools.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caution)
        layout.addLayout(tools)
        layout.addWidget(self.regions)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(self.comparable)
        layout.addWidget(self.measure_all)
        layout.addWidget(self.grey_card)
        layout.addWidget(self.colour_chart)
        layout.addWidget(self.delete_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._regions: list[RegionRecord] = []
        self.show_measure(None)

    # ---- what the viewer sets ----------------------------------------------------------

    def set_regions(self, regions: Sequence[RegionRecord], chosen: int | None = None) -> None:
        self._regions = list(regions)
        blocked = self.regions.blockSignals(True)
        self.regions.clear()
        for r in regions:
            shape = self.tr("ellipse") if r.shape == "ellipse" else self.tr("rectangle")
            text = f"{r.name} ({shape})"
            if r.grey_card is not None:
                text += " · " + self.tr("grey card")
            if r.colour_chart is not None:
                text += " · " + self.tr("colour chart")
            item = QListWidgetItem(text, self.regions)
            item.setData(ID_ROLE, r.id)
            if r.id == chosen:
                self.regions.setCurrentItem(item)
        self.regions.blockSignals(blocked)
        self._enable()

    def chosen(self) -> RegionRecord | None:
        if self.regions.currentRow() < 0:
            return None
        rid = self.regions.currentItem().data(ID_ROLE)
        return next((r for r in self._regions if r.id == rid), None)

    def show_measure(self, m: MeasureRecord | None, notes: Sequence[str] = ()) -> None:
        for key, _label, unit in METRICS:
            if m is None or key not in m.values:
                self.values[key].setText("—")
                continue
            v = m.values[key]
            text = str(int(v)) if key == "spot_count" else f"{v:.1f}{unit}"
            if key in ("evenness", "texture"):
                text = f"{v:.2f}"
            self.values[key].setText(text)
        if m is None:
            self.where.setText("")
        else:
            x, y, w, h = m.px
            how = {
                "reference": self.tr("drawn on this photo"),
                "anchors": self.tr("found through the anchors"),
                "auto": self.tr("found by auto-align"),
            }.get(m.alignment, m.alignment)
            balanced = self.tr(", white-balanced to the grey card") if m.white_balance else ""
            if m.white_balance.startswith("colour chart"):
                residual = m.white_balance.partition("ΔE ")[2].rstrip(")")
                balanced = self.tr(
                    ", colour-corrected to the colour chart (residual ΔE {residual})"
                ).format(residual=residual)
            self.where.setText(
                self.tr("{w}×{h} px at {x},{y}, {how}{balanced}.").format(
                    w=w, h=h, x=x, y=y, how=how, balanced=balanced
                )
            )
        if notes:
            self.comparable.setText("⚠ " + "\n⚠ ".join(notes))
        elif m is not None:
            self.comparable.setText(
                self.tr("Taken under the same recorded conditions as the region's photo.")
            )
        else:
            self.comparable.setText("")

    def say(self, text: str) -> None:
        self.status.setText(text)

    def show_help(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Photo measures"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(definitions_html())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_box = box
        box.open()

    # ---- what the user does ------------------------------------------------------------

    def _enable(self) -> None:
        has = self.chosen() is not None
        self.measure_all.setEnabled(has)
        self.grey_card.setEnabled(has)
        self.colour_chart.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _others_off(self, keep: QPushButton) -> None:
        """One tool at a time: drawing, a grey card or a colour chart."""
        for button in (self.draw_button, self.grey_card, self.colour_chart):
            if button is not keep and button.isChecked():
                button.setChecked(False)

    def _draw_toggled(self, on: bool) -> None:
        if on:
            self._others_off(self.draw_button)
        self.draw_toggled.emit(on, str(self.shape.currentData()))

    def _grey_card_toggled(self, on: bool) -> None:
        if on:
            self._others_off(self.grey_card)
        self.grey_card_toggled.emit(on)

    def _colour_chart_toggled(self, on: bool) -> None:
        if on:
            self._others_off(self.colour_chart)
        self.colour_chart_toggled.emit(on)

    def _chosen(self, *_: object) -> None:
        self._enable()
        region = self.chosen()
        self.region_chosen.emit(region.id if region is not None else None)

    def _measure_all(self) -> None:
        region = self.chosen()
        if region is not None:
            self.measure_all_requested.emit(region.id)

    def _delete(self) -> None:
        region = self.chosen()
        if region is not None:
            self.delete_requested.emit(region.id)
