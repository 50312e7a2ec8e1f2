"""The compact "Scales" section of the session and skin-check dialogs.

One row per rating on a named scale (``guidance.scales``): the scale, the face area (VISIA
scales only), the value in the scale's own words, and who rated it (empty: the client). The
scale's meaning is said under its row, so a number is never entered without its definition.
The record's own texture/tone/redness fields stay where they were; this section holds the
others, and the dialog's draft replaces them whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from needlejournal.guidance import Area
from needlejournal.guidance.scales import (
    CHECK_COLUMNS,
    SCALES,
    SESSION_COLUMNS,
    Scale,
    find_scale,
)
from needlejournal.journal.records import RatingDraft, RatingRecord
from needlejournal.ui import terms
from needlejournal.ui.scale_terms import scale_value


def scale_title(scale: Scale) -> str:
    return QCoreApplication.translate("Scales", scale.title)


def scale_meaning(scale: Scale) -> str:
    return QCoreApplication.translate("Scales", scale.meaning)


def own_score_meaning(scale_name: str) -> str:
    """What a record's own 0–10 ``texture`` or ``tone`` score means, said under the field."""
    scale = find_scale(scale_name)
    return scale_meaning(scale) if scale is not None else ""


def _others(ratings: Sequence[RatingRecord], own_rater: str, check: bool) -> list[RatingRecord]:
    """The ratings but those the record's own score fields show (its rater, whole face)."""
    fields = CHECK_COLUMNS if check else SESSION_COLUMNS
    own = own_rater.strip()
    return [r for r in ratings if not (r.scale in fields and not r.area and r.rater == own)]


def rating_text(r: RatingRecord) -> str:
    """'Glogau photoageing type: III · at rest (Cheeks), by Dr Ruiz'."""
    scale = find_scale(r.scale)
    title = scale_title(scale) if scale else r.scale
    value = scale_value(scale, r.value) if scale else str(r.value)
    text = f"{title}: {value}"
    if r.area and Area.has(r.area):
        text += f" ({terms.label(Area, r.area)})"
    if r.rater:
        text += QCoreApplication.translate("Scales", ", by {rater}").format(rater=r.rater)
    return text


def ratings_html(
    ratings: Sequence[RatingRecord], muted: str, *, own_rater: str = "", check: bool = False
) -> str:
    """The details panel's "Scales" block (empty when there is none)."""
    others = _others(ratings, own_rater, check)
    if not others:
        return ""
    heading = escape(QCoreApplication.translate("Scales", "Scales"))
    items = "<br>".join(escape(rating_text(r)) for r in others)
    return f'<p><span style="color:{muted}">{heading}</span><br>{items}</p>'


class RatingRow:
    """The inputs of one rating; ``draft()`` reads them back."""

    def __init__(self, parent: QWidget, rating: RatingRecord | None = None) -> None:
        self.scale = QComboBox(parent)
        for s in SCALES:
            self.scale.addItem(scale_title(s), s.name)
        self.area = QComboBox(parent)
        self.area.addItem(QCoreApplication.translate("Scales", "Whole face"), "")
        for a in Area:
            self.area.addItem(terms.label(Area, a.value), a.value)
        self.value = QComboBox(parent)
        self.rater = QLineEdit(parent)
        self.rater.setPlaceholderText(QCoreApplication.translate("Scales", "Self"))
        self.rater.setToolTip(
            QCoreApplication.translate("Scales", "Who rated: empty for the client, or a name")
        )
        self.remove = QToolButton(parent)
        self.remove.setText("✕")
        self.remove.setToolTip(QCoreApplication.translate("Scales", "Remove this rating"))
        self.remove.setAccessibleName(QCoreApplication.translate("Scales", "Remove rating"))
        self.meaning = QLabel(parent)
        self.meaning.setObjectName("muted")
        self.meaning.setWordWrap(True)
        # Kept from the stored rating while its scale is not changed.
        self._kept = (rating.scale, rating.note, rating.baseline_photo_id) if rating else None
        self.scale.currentIndexChanged.connect(self._scale_changed)
        if rating is not None:
            self.scale.setCurrentIndex(max(self.scale.findData(rating.scale), 0))
        self._scale_changed()
        if rating is not None:
            self.area.setCurrentIndex(max(self.area.findData(rating.area), 0))
            self.value.setCurrentIndex(max(self.value.findData(rating.value), 0))
            self.rater.setText(rating.rater)

    def widgets(self) -> list[QWidget]:
        return [self.scale, self.area, self.value, self.rater, self.remove]

    def current_scale(self) -> Scale:
        found = find_scale(str(self.scale.currentData()))
        assert found is not None
        return found

    def _scale_changed(self) -> None:
        scale = self.current_scale()
        chosen = self.value.currentData()
        blocked = self.value.blockSignals(True)  # no edit is seen while the list is refilled
        self.value.clear()
        for v in range(scale.low, scale.high + 1):
            self.value.addItem(scale_value(scale, v), v)
        if chosen is None or not scale.low <= int(chosen) <= scale.high:
            chosen = (scale.low + scale.high) // 2
        self.value.setCurrentIndex(max(self.value.findData(chosen), 0))
        self.value.blockSignals(blocked)
        self.area.setEnabled(scale.per_area)
        if not scale.per_area:
            self.area.setCurrentIndex(0)
        self.meaning.setText(scale_meaning(scale))
        self.scale.setToolTip(scale_meaning(scale))

    def draft(self) -> RatingDraft:
        scale = self.current_scale()
        note, photo = "", None
        if self._kept is not None and self._kept[0] == scale.name:
            note, photo = self._kept[1], self._kept[2]
        return RatingDraft(
            scale.name,
            int(self.value.currentData()),
            str(self.area.currentData() or ""),
            self.rater.text().strip(),
            note,
            photo,
        )


class ScalesSection(QGroupBox):
    """Ratings on the named scales of one session or skin check."""

    def __init__(self, parent: QWidget, on_change: Callable[[list[QWidget]], None]) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Scales"))
        self.rows: list[RatingRow] = []
        self._on_change = on_change
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.add_button = QPushButton(self.tr("Add rating"), self)
        self.add_button.setToolTip(
            self.tr("Fitzpatrick, Goodman & Baron, Glogau, GAIS or a VISIA 0–4 rating")
        )
        self.add_button.clicked.connect(lambda: self.add_row())
        self.hint = QLabel(
            self.tr("Rate on a named scale: each rating keeps its scale and who rated it."), self
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 2)
        self._layout()

    def set_ratings(
        self, ratings: Sequence[RatingRecord], *, own_rater: str = "", check: bool = False
    ) -> None:
        """The record's ratings but those its own score fields show (same rater, whole face)."""
        for r in _others(ratings, own_rater, check):
            self.add_row(r)

    def add_row(self, rating: RatingRecord | None = None) -> RatingRow:
        row = RatingRow(self, rating)
        self.rows.append(row)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self._layout()
        self._on_change(row.widgets())
        return row

    def remove_row(self, row: RatingRow) -> None:
        self.rows.remove(row)
        for w in [*row.widgets(), row.meaning]:
            self.grid.removeWidget(w)
            w.deleteLater()
        self._layout()
        self._on_change([])

    def drafts(self) -> tuple[RatingDraft, ...]:
        return tuple(r.draft() for r in self.rows)

    def _layout(self) -> None:
        for r, row in enumerate(self.rows):
            for c, w in enumerate(row.widgets()):
                self.grid.addWidget(w, 2 * r, c)
            self.grid.addWidget(row.meaning, 2 * r + 1, 0, 1, 4)
        last = 2 * len(self.rows)
        self.grid.addWidget(self.add_button, last, 0)
        self.grid.addWidget(self.hint, last, 1, 1, 4)
        self.hint.setVisible(not self.rows)
