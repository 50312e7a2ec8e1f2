"""The Progress tab's "What worked": how the scores and photo measures moved after sessions,
grouped by what the sessions did (``journal.what_worked`` and ``what_worked_photos``), with n
beside every figure and the caveat that this is a correlation in one journal, not proof.

The journal names the settings and series in English for the command line's ``what-worked``
and hands them over as data (``phrases.Said``; a photo measure's region, view and metric):
here each is said in the window's language, depths by QLocale, areas, phases and views by
``ui.terms``, scales by their translated titles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import Area, Phase, PhotoView
from needlejournal.phrases import Said, Words
from needlejournal.ui import terms
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate, translate_known
from needlejournal.ui.local_dates import format_number
from needlejournal.ui.series_words import series_title

if TYPE_CHECKING:
    from needlejournal.journal.what_worked import Effect
    from needlejournal.journal.what_worked_photos import PhotoEffect, PhotoWhatWorked

MIN_SESSIONS = 2  # a setting seen once says nothing: left out, as on the command line

# A photo measure's words and what a lower value means, by its key (what_worked_photos).
METRICS: dict[str, tuple[str, str]] = {
    "L": ("L*", QT_TRANSLATE_NOOP("WhatWorked", "lower is darker")),
    "a": (
        QT_TRANSLATE_NOOP("WhatWorked", "redness a*"),
        QT_TRANSLATE_NOOP("WhatWorked", "lower is less red"),
    ),
    "b": ("b*", QT_TRANSLATE_NOOP("WhatWorked", "lower is less yellow")),
    "ita": ("ITA°", QT_TRANSLATE_NOOP("WhatWorked", "lower is darker")),
    "evenness": (
        QT_TRANSLATE_NOOP("WhatWorked", "evenness"),
        QT_TRANSLATE_NOOP("WhatWorked", "lower is more even"),
    ),
    "texture": (
        QT_TRANSLATE_NOOP("WhatWorked", "texture"),
        QT_TRANSLATE_NOOP("WhatWorked", "lower is smoother"),
    ),
    "spot_count": (
        QT_TRANSLATE_NOOP("WhatWorked", "spot count"),
        QT_TRANSLATE_NOOP("WhatWorked", "lower is fewer spots"),
    ),
    "spot_area_pct": (
        QT_TRANSLATE_NOOP("WhatWorked", "spot area %"),
        QT_TRANSLATE_NOOP("WhatWorked", "lower is less spot area"),
    ),
}
# The journal's depth bands ("1.0–1.4 mm"), by their English.
BANDS: dict[str, str] = {
    "under 0.5 mm": QT_TRANSLATE_NOOP("WhatWorked", "under 0.5 mm"),
    "0.5–0.9 mm": QT_TRANSLATE_NOOP("WhatWorked", "0.5–0.9 mm"),
    "1.0–1.4 mm": QT_TRANSLATE_NOOP("WhatWorked", "1.0–1.4 mm"),
    "≥ 1.5 mm": QT_TRANSLATE_NOOP("WhatWorked", "≥ 1.5 mm"),
}
# The journal's phrases this dialog words (tests/i18n/test_validation_words.py checks them).
PHRASES = frozenset(("setting_all", "setting_depth", "setting_product", "series_scale"))
OWN_SCORES = {
    "texture": QT_TRANSLATE_NOOP("Scales", "Texture score"),
    "tone": QT_TRANSLATE_NOOP("Scales", "Tone score"),
}


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def _words(value: object, kind: type[Area] | type[Phase]) -> str:
    values = value.values if isinstance(value, Words) else ()
    return ", ".join(terms.label(kind, v) for v in values)


class WhatWorkedWords(QObject):
    """A setting's and a series' words in the window's language (English: the journal's)."""

    def setting(self, setting: str) -> str:
        text = str(setting)
        if isinstance(setting, Said) and not _english():
            a = dict(setting.params)
            if setting.phrase == "setting_all":
                text = self.tr("all sessions")
            elif setting.phrase == "setting_depth":
                band = str(a.get("band", ""))
                text = self.tr("{area}: sessions at {band}").format(
                    area=_words(a.get("area"), Area),
                    band=translate_known("WhatWorked", BANDS, band),
                )
            elif setting.phrase == "setting_product":
                text = self.tr("sessions with {product} ({phase})").format(
                    product=str(a.get("product", "")), phase=_words(a.get("phase"), Phase)
                )
        return text[:1].upper() + text[1:]

    def series(self, scale: str) -> str:
        if not _english() and scale in OWN_SCORES:
            return translate("Scales", OWN_SCORES[scale])
        return series_title(scale)  # a named scale's series: scale, area and rater

    def photo_series(self, p: PhotoEffect) -> tuple[str, str]:
        """(the series, what a lower value means) of a region's photo measure."""
        if _english():
            return p.effect.scale, p.effect.hint
        words, hint = METRICS.get(p.metric, (p.metric, ""))
        metric = translate("WhatWorked", words)
        view = terms.label(PhotoView, p.view)
        return f"{p.region} ({view}) {metric}", translate("WhatWorked", hint) if hint else ""


WORDS = WhatWorkedWords()


class WhatWorkedDialog(QDialog):
    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What worked — {name}").format(name=client_name))
        self.intro = QLabel(
            self.tr(
                "How the scores and photo measures moved after sessions, by what the sessions "
                "did. Settings seen in fewer than two sessions are left out."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Changes after sessions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sessions"),
                self.tr("Scale or measure"),
                self.tr("n"),
                self.tr("Mean change per session"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.left_out.setObjectName("muted")
        self.caveat = QLabel(
            self.tr(
                "A correlation in this journal, not proof: scores and photos also change with "
                "the season, the rest of the routine, who rated them and the light, and a few "
                "sessions can show a change by chance. Photo measures are compared only between "
                "photos under the same recorded conditions."
            ),
            self,
        )
        self.caveat.setWordWrap(True)
        self.caveat.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.left_out)
        layout.addWidget(self.caveat)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.empty.setText(self.tr("Reading the journal…"))

    def show_effects(self, scales: tuple[Effect, ...], photos: PhotoWhatWorked) -> None:
        rows = [(e, WORDS.series(e.scale), e.hint) for e in scales if e.sessions >= MIN_SESSIONS]
        rows += [
            (p.effect, *WORDS.photo_series(p))
            for p in photos.effects
            if p.effect.sessions >= MIN_SESSIONS
        ]
        shown = [e for e, _, _ in rows]
        self.table.setRowCount(len(rows))
        for row, (e, series, hint) in enumerate(rows):
            change = _signed(e.mean_change, e.decimals) + (f" ({hint})" if hint else "")
            sessions = QLocale().toString(e.sessions)
            cells = (WORDS.setting(e.setting), series, sessions, change)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(shown))
        self.empty.setText(
            ""
            if shown
            else self.tr(
                "Not enough data yet: a score, or a region measured on comparable photos, before "
                "and after at least two sessions is needed."
            )
        )
        self.empty.setVisible(not shown)
        pairs = sum(photos.left_out.values())
        self.left_out.setText(
            self.tr(
                "%n before/after photo pair(s) left out: taken under other conditions or "
                "balanced differently.",
                "",
                pairs,
            )
            if pairs
            else ""
        )
        self.left_out.setVisible(bool(pairs))


def _signed(value: float, decimals: int) -> str:
    """ "+0,5" in German: the sign always shown, the decimal separator the locale's."""
    if _english():
        return f"{value:+.{decimals}f}"
    return ("-" if value < 0 else "+") + format_number(abs(value), decimals)
