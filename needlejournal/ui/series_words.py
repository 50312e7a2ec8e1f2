"""The Progress tab's words for what the journal charts (issue 14): a series' name, a session
mark, a note. ``journal.progress_chart`` names them in English and hands them over as data (a
``phrases.Said`` title, the deepest areas as stored, a note's labelled parts); here they are
said in the window's language. English is the journal's own text, unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from needlejournal.guidance import Area, PhotoView, SkinState
from needlejournal.journal.progress_chart import Note, SessionMark
from needlejournal.phrases import Said, Told, Words
from needlejournal.ui import terms
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate, translate_known
from needlejournal.ui.local_dates import local_depth
from needlejournal.ui.scale_terms import scale_value
from needlejournal.ui.validation_words import scale_title

# The journal's phrases worded here (tests/i18n/test_validation_words.py checks them).
PHRASES = frozenset(
    (
        "series_scale",
        "series_metric",
        "scale_value",
        "measure_value",
        "condition_not_recorded",
        "condition_differs",
    )
)
# A photo's capture conditions, by their key (journal.progress_chart.CONDITIONS).
CONDITION_NAMES: dict[str, str] = {
    "light": QT_TRANSLATE_NOOP("SeriesWords", "Light"),
    "camera": QT_TRANSLATE_NOOP("SeriesWords", "Camera"),
    "skin": QT_TRANSLATE_NOOP("SeriesWords", "Skin state"),
}
# A region's photo measures, by key (journal.region_records.METRICS).
METRIC_NAMES: dict[str, str] = {
    "L": QT_TRANSLATE_NOOP("SeriesWords", "L* (lightness)"),
    "a": QT_TRANSLATE_NOOP("SeriesWords", "a* (redness)"),
    "b": QT_TRANSLATE_NOOP("SeriesWords", "b* (yellowness)"),
    "ita": "ITA°",
    "evenness": QT_TRANSLATE_NOOP("SeriesWords", "Evenness (lower is more even)"),
    "texture": QT_TRANSLATE_NOOP("SeriesWords", "Texture (lower is smoother)"),
    "spot_count": QT_TRANSLATE_NOOP("SeriesWords", "Spots"),
    "spot_area_pct": QT_TRANSLATE_NOOP("SeriesWords", "Spot area"),
}
# The labels a note's parts carry (journal.progress_chart._notes).
NOTE_LABELS: dict[str, str] = {
    "Texture": QT_TRANSLATE_NOOP("SeriesWords", "Texture"),
    "Tone": QT_TRANSLATE_NOOP("SeriesWords", "Tone"),
    "Adverse events": QT_TRANSLATE_NOOP("SeriesWords", "Adverse events"),
}


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def _labels(value: object, kind: type[Area] | type[PhotoView]) -> str:
    values = value.values if isinstance(value, Words) else ()
    return ", ".join(terms.label(kind, v) for v in values)


def series_title(title: str) -> str:
    """'Hauttyp nach Fitzpatrick · Wangen — Dr. Ruiz', 'linke Wange (Frontal) — Textur …'."""
    if _english() or not isinstance(title, Said):
        return str(title)
    a = dict(title.params)
    if title.phrase == "series_scale":
        named = a.get("scale")
        text = ", ".join(scale_title(v) for v in named.values) if isinstance(named, Words) else ""
        area = _labels(a.get("area"), Area)
        rater = str(a.get("rater") or "")
        return text + (f" · {area}" if area else "") + (f" — {rater}" if rater else "")
    if title.phrase == "series_metric":
        metric = str(a.get("metric", ""))
        name = METRIC_NAMES.get(metric, metric)
        view = _labels(a.get("view"), PhotoView)
        return f"{a.get('region')} ({view}) — {translate('SeriesWords', name)}"
    return str(title)


def point_label(label: str) -> str:
    """'III · in Ruhe' — a rating's value in its scale's words, as the dialogs say it; a photo
    measure's value with the locale's decimal mark ("13,50")."""
    if _english() or not isinstance(label, Said):
        return str(label)
    a = dict(label.params)
    hundredths = a.get("hundredths")
    if label.phrase == "measure_value" and isinstance(hundredths, int):  # "13,50°" in German
        return QLocale().toString(hundredths / 100, "f", 2) + str(a.get("unit") or "")
    if label.phrase != "scale_value":
        return str(label)
    from needlejournal.guidance.scales import find_scale

    named, value = a.get("scale"), a.get("value")
    scale = find_scale(named.values[0]) if isinstance(named, Words) and named.values else None
    if scale is None or not isinstance(value, int):
        return str(label)
    return scale_value(scale, value)


def condition_name(key: str) -> str:
    """'Licht' — a capture condition's name in the window's language."""
    return translate_known("SeriesWords", CONDITION_NAMES, key)


def condition_value(key: str, value: object) -> str:
    """A condition's value: the skin state's word translated, a light or camera as typed."""
    text = str(value)
    return terms.label(SkinState, text) if key == "skin" and SkinState.has(text) else text


def conditions_text(odd: str) -> str:
    """'Licht: window (Foto der Region: ring light); Kamera: nicht erfasst' — why a photo
    measure may not compare, in the window's language."""
    if _english() or not isinstance(odd, Told):
        return str(odd)
    said = []
    for part in odd.parts:
        a = dict(part.params) if isinstance(part, Said) else {}
        key = str(a.get("condition", ""))
        if isinstance(part, Said) and part.phrase == "condition_not_recorded":
            said.append(
                translate("SeriesWords", "{condition}: not recorded").format(
                    condition=condition_name(key)
                )
            )
        elif isinstance(part, Said) and part.phrase == "condition_differs":
            said.append(
                translate(
                    "SeriesWords", "{condition}: {value} (the region's photo: {reference})"
                ).format(
                    condition=condition_name(key),
                    value=condition_value(key, a.get("value")),
                    reference=condition_value(key, a.get("reference")),
                )
            )
        else:
            said.append(str(part))
    return "; ".join(said)


def session_summary(mark: SessionMark) -> str:
    """'1,5 mm (Wangen) · HA-Serum' — what hovering a session shows."""
    if _english() or not mark.deepest_area_codes:
        return mark.summary()
    areas = ", ".join(terms.label(Area, a) for a in mark.deepest_area_codes)
    depth = f"{local_depth(mark.deepest_mm)} ({areas})"
    return depth + (f" · {', '.join(mark.serums)}" if mark.serums else "")


def note_text(note: Note) -> str:
    """'Textur: rau; ruhig' — a note's parts with their labels in the window's language."""
    if _english() or not note.parts:
        return note.text
    return "; ".join(
        f"{translate('SeriesWords', NOTE_LABELS.get(label, label))}: {text}" if label else text
        for label, text in note.parts
    )
