"""Add, edit or delete a microneedling session ("Treatment" in code)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import (
    Area,
    DeviceKind,
    GuidanceSettings,
    GuidanceWarning,
    ScreeningFact,
)
from needlejournal.guidance.consent import Span
from needlejournal.journal.records import (
    ClientRecord,
    DeviceRecord,
    ProductRecord,
    RatingRecord,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.journal.validation import FieldProblem, treatment_field_problems
from needlejournal.ui import terms, theme
from needlejournal.ui.dialog_base import (
    EditDialog,
    OptionalSpinBox,
    aware_utc,
    count_suffix,
    field_note,
    local_datetime_edit,
    score_row,
    set_note,
)
from needlejournal.ui.guidance_words import warning_text
from needlejournal.ui.overrides import override
from needlejournal.ui.scales_section import ScalesSection, own_score_meaning
from needlejournal.ui.session_guidance import SessionGuidance
from needlejournal.ui.session_rows import AreaRow, ProductRow, align_labels, select_data


class SessionDialog(EditDialog):
    def __init__(
        self,
        client: ClientRecord,
        devices: Sequence[DeviceRecord],
        products: Sequence[ProductRecord],
        history: Sequence[TreatmentRecord],
        settings: GuidanceSettings,
        *,
        personal: bool,
        existing: TreatmentRecord | None = None,
        ratings: Sequence[RatingRecord] = (),
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
        screening: Sequence[ScreeningFact] = (),
    ) -> None:
        title = self.tr("Edit session") if existing else self.tr("New session")
        super().__init__(f"{title} — {client.name}", parent, deletable=existing)
        self.delete_question = self.tr("Delete this session? This cannot be undone.")
        self.client = client
        self.existing = existing
        self._products = list(products)
        self._guidance = SessionGuidance(
            products,
            [t for t in history if existing is None or t.id != existing.id],
            settings,
            personal=personal,
            screening=screening,
            consent_applies=existing is None and not personal and not client.is_self,
        )
        self._now = now
        self.area_rows: list[AreaRow] = []
        self.product_rows: list[ProductRow] = []

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.when = local_datetime_edit(self, existing.performed_at if existing else None)
        self.when_note = field_note(self)
        when_cell = QVBoxLayout()
        when_cell.setSpacing(2)
        when_cell.addWidget(self.when)
        when_cell.addWidget(self.when_note)
        form.addRow(self.tr("Date and time"), when_cell)
        self.device = QComboBox(self)
        self.device.addItem(self.tr("No device recorded"), None)
        for d in devices:
            self.device.addItem(f"{d.name} ({terms.label(DeviceKind, d.kind)})", d.id)
        form.addRow(self.tr("Device"), self.device)
        self.content.addLayout(form)

        self.areas_box = QGroupBox(self.tr("Areas"), self)
        self.areas_grid = QGridLayout(self.areas_box)
        self.areas_grid.setHorizontalSpacing(8)
        heads = (
            self.tr("Area"),
            self.tr("Indication"),
            self.tr("Depth"),
            self.tr("Passes"),
            self.tr("Endpoint"),
        )
        for col, head in enumerate(heads):
            self.areas_grid.addWidget(self._muted_label(head), 0, col)
        self.areas_grid.setColumnStretch(0, 2)
        self.areas_grid.setColumnStretch(1, 2)
        self.areas_grid.setColumnStretch(4, 2)
        self.add_area_button = QPushButton(self.tr("Add area"), self.areas_box)
        self.add_area_button.clicked.connect(lambda: self.add_area())
        self.areas_note = field_note(self.areas_box)
        self.content.addWidget(self.areas_box)

        self.products_box = QGroupBox(self.tr("Products"), self)
        self.products_grid = QGridLayout(self.products_box)
        self.products_grid.setHorizontalSpacing(8)
        product_heads = (
            self.tr("Product"),
            self.tr("Phase"),
            self.tr("Aftercare start"),
            self.tr("Lot"),
        )
        for col, head in enumerate(product_heads):
            self.products_grid.addWidget(self._muted_label(head), 0, col)
        self.products_grid.setColumnStretch(0, 3)
        self.products_grid.setColumnStretch(3, 1)
        self.add_product_button = QPushButton(self.tr("Add product"), self.products_box)
        self.add_product_button.clicked.connect(lambda: self.add_product())
        self.add_product_button.setEnabled(bool(self._products))
        # Why Add product is off, said beside it (a tooltip nobody hovers hid it).
        self.products_note = self._muted_label(
            self.tr(
                "Your product library is empty: add products in Library → Products…, then log "
                "them here."
            )
        )
        self.products_note.setWordWrap(True)
        self.products_note.setVisible(not self._products)
        self.content.addWidget(self.products_box)

        details = QFormLayout()
        details.setHorizontalSpacing(14)
        self.pain = OptionalSpinBox(0, 10, self)
        self.pain.setSuffix(" / 10")
        self.numbing = QCheckBox(self.tr("Numbing cream used"), self)
        self.downtime = OptionalSpinBox(0, 60, self)
        count_suffix(self.downtime, self.days)
        comfort = QHBoxLayout()
        comfort.addWidget(self.pain)
        comfort.addSpacing(12)
        comfort.addWidget(self.numbing)
        comfort.addSpacing(12)
        comfort.addWidget(QLabel(self.tr("Downtime "), self))
        comfort.addWidget(self.downtime)
        comfort.addStretch(1)
        details.addRow(self.tr("Pain"), comfort)
        self.adverse = QLineEdit(self)
        self.adverse.setPlaceholderText(self.tr("e.g. prolonged redness, breakout, none"))
        details.addRow(self.tr("Adverse events"), self.adverse)
        self.texture_score, self.texture_note = self._score_row(
            details, self.tr("Texture"), "texture"
        )
        self.tone_score, self.tone_note = self._score_row(details, self.tr("Tone"), "tone")
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Anything else worth remembering"))
        self.notes.setFixedHeight(64)
        details.addRow(self.tr("Notes"), self.notes)
        self.content.addLayout(details)
        self.scales = ScalesSection(self, self._scales_changed)
        self.content.addWidget(self.scales)

        self.guidance = QLabel(self)
        self.guidance.setWordWrap(True)
        self.guidance.setObjectName("guidancePreview")
        self.content.addWidget(self.guidance)
        self.content.addStretch(1)  # extra height goes below the form, not between its rows

        align_labels(form, details)
        self._layout_rows(
            self.products_grid, self.product_rows, self.add_product_button, self.products_note
        )
        self._load(existing)
        self.scales.set_ratings(ratings)
        self.watch_edits()  # every input so far; rows added later are watched as they come
        self.edited()
        self.resize(660, 760)

    # ---- building ------------------------------------------------------------------------

    def _muted_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("muted")
        return label

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def _score_row(
        self, form: QFormLayout, label: str, scale: str
    ) -> tuple[OptionalSpinBox, QLineEdit]:
        return score_row(self, form, label, own_score_meaning(scale))

    def _scales_changed(self, widgets: list[QWidget]) -> None:
        self.watch_edits(widgets)
        self.edited()

    def add_area(self, area: str | None = None, depth: float | None = None) -> AreaRow:
        row = AreaRow(self.areas_box)
        if area is not None:
            select_data(row.area, area)
        else:  # next unused area, so a quick second row does not duplicate the first
            used = {r.area_value() for r in self.area_rows}
            select_data(row.area, next((a.value for a in Area if a not in used), Area.OTHER.value))
        if depth is not None:
            row.depth.setValue(depth)
        self.area_rows.append(row)
        row.remove.clicked.connect(lambda: self._remove_area(row))
        self.watch_edits(row.widgets())
        self._layout_rows(self.areas_grid, self.area_rows, self.add_area_button, self.areas_note)
        self.edited()
        return row

    def add_product(self, product_id: int | None = None, phase: str = "during") -> ProductRow:
        row = ProductRow(self.products_box, self._products)
        if product_id is not None:
            select_data(row.product, product_id)
        select_data(row.phase, phase)
        self.product_rows.append(row)
        row.remove.clicked.connect(lambda: self._remove_product(row))
        self.watch_edits(row.widgets())
        self._layout_rows(
            self.products_grid, self.product_rows, self.add_product_button, self.products_note
        )
        self.edited()
        return row

    def _remove_area(self, row: AreaRow) -> None:
        self.area_rows.remove(row)
        for w in [*row.widgets(), row.note]:
            self.areas_grid.removeWidget(w)
            w.deleteLater()
        self._layout_rows(self.areas_grid, self.area_rows, self.add_area_button, self.areas_note)
        self.edited()

    def _remove_product(self, row: ProductRow) -> None:
        self.product_rows.remove(row)
        for w in [*row.widgets(), row.note]:
            self.products_grid.removeWidget(w)
            w.deleteLater()
        self._layout_rows(
            self.products_grid, self.product_rows, self.add_product_button, self.products_note
        )
        self.edited()

    @staticmethod
    def _layout_rows(
        grid: QGridLayout,
        rows: Sequence[AreaRow | ProductRow],
        add_button: QPushButton,
        note: QWidget | None = None,
    ) -> None:
        """Each row's inputs, its note on the line below (no space while hidden), then Add."""
        for r, row in enumerate(rows):
            for c, w in enumerate(row.widgets()):
                grid.addWidget(w, 2 * r + 1, c)
            grid.addWidget(row.note, 2 * r + 2, 0, 1, len(row.widgets()))
        last = 2 * len(rows) + 1
        grid.addWidget(add_button, last, 0)
        if note is not None:
            grid.addWidget(note, last, 1, 1, grid.columnCount() - 1)

    def _load(self, t: TreatmentRecord | None) -> None:
        if t is None:
            self.add_area("cheeks", 0.5)
            if self.device.count() == 2:  # one device in the library: the one used
                self.device.setCurrentIndex(1)
            return
        if t.device is not None:
            select_data(self.device, t.device.id)
        for a in t.areas:
            row = self.add_area(a.area, a.depth_mm)
            row.passes.set_optional_value(a.passes)
            select_data(row.endpoint, a.endpoint)
            select_data(row.indication, a.indication)
        for p in t.products:
            product_row = self.add_product(p.product_id, p.phase)
            product_row.lot.setText(p.lot_number)
            product_row.day.set_optional_value(p.day_offset)
        self.pain.set_optional_value(t.pain)
        self.numbing.setChecked(t.numbing)
        self.downtime.set_optional_value(t.downtime_days)
        self.adverse.setText(t.adverse_events)
        self.texture_score.set_optional_value(t.texture_score)
        self.texture_note.setText(t.texture_note)
        self.tone_score.set_optional_value(t.tone_score)
        self.tone_note.setText(t.tone_note)
        self.notes.setPlainText(t.notes)

    # ---- the draft -----------------------------------------------------------------------

    def build_draft(self) -> TreatmentDraft:
        device = self.device.currentData()
        return TreatmentDraft(
            client_id=self.client.id,
            performed_at=aware_utc(self.when),
            areas=tuple(r.draft() for r in self.area_rows),
            device_id=int(device) if device is not None else None,
            products=tuple(r.draft() for r in self.product_rows),
            pain=self.pain.optional_value(),
            numbing=self.numbing.isChecked(),
            downtime_days=self.downtime.optional_value(),
            adverse_events=self.adverse.text().strip(),
            notes=self.notes.toPlainText().strip(),
            texture_note=self.texture_note.text().strip(),
            texture_score=self.texture_score.optional_value(),
            tone_note=self.tone_note.text().strip(),
            tone_score=self.tone_score.optional_value(),
            id=self.existing.id if self.existing else None,
            version=self.existing.version if self.existing else None,
            ratings=self.scales.drafts(),
        )

    def draft_problems(self, draft: object) -> list[str]:
        assert isinstance(draft, TreatmentDraft)
        return [p.message for p in self._field_problems(draft)]

    def _field_problems(self, draft: TreatmentDraft) -> list[FieldProblem]:
        return treatment_field_problems(draft, self._now() if self._now else None)

    # ---- live: each field's problems beside it, guidance below (pure, fast: GUI thread) ----

    @override
    def edited(self) -> None:
        draft = self.build_draft()
        problems = self._field_problems(draft)

        def at(field: str) -> list[str]:
            return [p.message for p in problems if p.field == field]

        set_note(self.when_note, at("performed_at"))
        set_note(self.areas_note, at("areas"))
        for i, area in enumerate(self.area_rows):
            set_note(area.note, at(f"areas.{i}"))
        for i, product in enumerate(self.product_rows):
            set_note(product.note, at(f"products.{i}"))
        self._show_guidance(self._warnings(draft))
        super().edited()

    def current_warnings(self) -> list[GuidanceWarning]:
        return self._warnings(self.build_draft())

    def _warnings(self, draft: TreatmentDraft) -> list[GuidanceWarning]:
        return self._guidance.warnings(draft)

    def set_treatment_consents(self, spans: Sequence[Span]) -> None:
        """The client's treatment consents (given on, valid until), read after opening: a new
        session of a client without one that holds on its day is warned about."""
        self._guidance.consents = tuple(spans)
        self.edited()

    def _show_guidance(self, warnings: list[GuidanceWarning]) -> None:
        if not warnings:
            self.guidance.setText("")
            self.guidance.hide()
            return
        colour = theme.warning_color(self.palette()).name()
        items = "".join(f"<li>{escape(warning_text(w), quote=False)}</li>" for w in warnings)
        head = self.tr("<b>⚠ Guidance</b> (saving is still allowed)")
        self.guidance.setText(
            f'<div style="color:{colour}">{head}<ul style="margin:2px 0 0 -20px">{items}</ul></div>'
        )
        self.guidance.show()
