"""Why a photo measure may not compare, in the window's language (issue 14): the Progress
chart's tooltip named the capture conditions that differ in English ("light: window (the
region's photo: ring light); skin state not recorded") inside a German sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from needlejournal.journal.progress_chart import metric_series
from needlejournal.journal.region_records import MeasureRecord
from needlejournal.ui.series_words import conditions_text

Speak = Callable[[str], str]
ENGLISH = re.compile(r"\b(light|camera|skin state|not recorded|the region's photo|make-up)\b")


def _measure(photo_id: int, capture: dict[str, object], alignment: str) -> MeasureRecord:
    return MeasureRecord(
        id=photo_id,
        photo_id=photo_id,
        region_id=1,
        region_name="left cheek",
        view="front",
        taken_at=datetime(2026, 3, photo_id, tzinfo=UTC),
        px=(10, 10, 40, 40),
        alignment=alignment,
        values={"a": 12.5 + photo_id},
        metrics_version=1,
        colour_space="sRGB",
        white_balance="",
        capture=capture,
    )


def _odd() -> str:
    base = _measure(1, {"light": "ring light", "camera": "Pixel 8", "skin": "clean"}, "reference")
    other = _measure(2, {"light": "window", "skin": "makeup"}, "anchors")
    (series,) = [s for s in metric_series([base, other]) if s.key.endswith(":a")]
    return series.points[1].odd


def test_the_command_line_reads_the_same_english() -> None:
    odd = _odd()
    assert odd == (
        "light: window (the region's photo: ring light); camera not recorded; "
        "skin state: makeup (the region's photo: clean)"
    )


SAID = {
    "de": ("Licht: window (Foto der Region: ring light)", "Kamera: nicht erfasst", "Make-up"),
    "es": ("Luz: window (foto de la región: ring light)", "Cámara: sin registrar", "Maquillaje"),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_conditions_are_said_in_the_language(speak: Speak, language: str) -> None:
    odd = _odd()
    speak(language)
    said = conditions_text(odd)
    for part in SAID[language]:
        assert part in said, said
    assert not ENGLISH.search(said.replace("ring light", "").replace("window", "")), said


def test_english_is_the_journals_text(speak: Speak) -> None:
    speak("en")
    assert conditions_text(_odd()) == _odd()


@pytest.mark.parametrize(("language", "shown"), [("de", "14,50"), ("es", "14,50"), ("en", "14.50")])
def test_a_photo_measures_value_uses_the_locales_decimal_mark(
    speak: Speak, language: str, shown: str
) -> None:
    from needlejournal.ui.series_words import point_label

    base = _measure(1, {}, "reference")
    other = _measure(2, {}, "anchors")
    (series,) = [s for s in metric_series([base, other]) if s.key.endswith(":a")]
    assert series.points[1].label == "14.50"  # the journal's own text
    speak(language)
    assert point_label(series.points[1].label) == shown
