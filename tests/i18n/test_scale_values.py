"""A named scale's value words in the window's language (issue 14): "III · at rest" in the
Progress chart's tooltips, the rating dialogs' value lists and the details read through the
same translated words ("III · in Ruhe"); the command line keeps the scale's English."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from needlejournal.guidance.scales import SCALES, find_scale
from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, RatingDraft, TreatmentDraft
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.scale_terms import VALUE_WORDS
from needlejournal.ui.scales_section import RatingRow, rating_text

WindowIn = Callable[..., MainWindow]
Speak = Callable[[str], str]
AT_REST = {"de": "III · in Ruhe", "es": "III · en reposo"}
ENGLISH_WORDS = re.compile(r"\b(at rest|in motion|burns|moderate|severe|improved|none)\b")


def test_every_scale_value_word_is_in_the_table() -> None:
    words = {w for s in SCALES for w in s.labels.values()}
    missing = words - set(VALUE_WORDS)
    assert not missing, f"add to needlejournal/ui/scale_terms.py VALUE_WORDS: {missing}"


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_progress_chart_says_a_scale_value_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str
) -> None:
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    when = datetime.now(UTC) - timedelta(days=20)
    session = journal.save_treatment(
        TreatmentDraft(client.id, when, (AreaDraft("cheeks", 1.0),))
    ).treatment
    journal.add_rating(
        client.id, RatingDraft("glogau", 3, rater="Dr Ruiz"), treatment_id=session.id
    )
    window = window_in(language, "clinic")
    window.clients.select_client(client.id)
    window.middle.setCurrentWidget(window.progress)
    panel = window.progress
    qtbot.waitUntil(lambda: panel.picker.count() > 0, timeout=5000)
    for i in range(panel.picker.count()):
        item = panel.picker.item(i)
        if "Glogau" in item.text():
            item.setCheckState(Qt.CheckState.Checked)
    points = [m.text for m in panel.chart.marks() if m.kind == "point"]
    glogau = [t for t in points if "III" in t]
    assert glogau and AT_REST[language] in glogau[0], points
    assert not ENGLISH_WORDS.search(glogau[0]), glogau[0]


VALUE_LIST = {
    "de": ["I · keine Falten", "II · bei Mimik", "III · in Ruhe", "IV · nur Falten"],
    "es": ["I · sin arrugas", "II · en movimiento", "III · en reposo", "IV · solo arrugas"],
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_rating_dialogs_list_a_scales_values_in_the_language(
    qtbot: QtBot, speak: Speak, language: str
) -> None:
    speak(language)
    parent = QWidget()
    qtbot.addWidget(parent)
    row = RatingRow(parent)
    row.scale.setCurrentIndex(row.scale.findData("glogau"))
    shown = [row.value.itemText(i) for i in range(row.value.count())]
    assert shown == VALUE_LIST[language]
    glogau = find_scale("glogau")
    assert glogau is not None and glogau.label(3) == "III · at rest"  # the CLI's words
    areas = [row.area.itemText(i) for i in range(row.area.count())]
    assert not {"Cheeks", "Forehead"} & set(areas), areas  # face areas by their local name


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_rating_in_the_details_reads_in_the_language(speak: Speak, language: str) -> None:
    from needlejournal.journal.records import RatingRecord

    speak(language)
    record = RatingRecord(
        id=1,
        client_id=1,
        treatment_id=None,
        observation_id=1,
        when=datetime.now(UTC),
        scale="visia-spots",
        scale_version=1,
        area="cheeks",
        value=3,
        rater="",
        baseline_photo_id=None,
        note="",
        version=1,
    )
    text = rating_text(record)
    assert "3 · " in text and not ENGLISH_WORDS.search(text), text
    assert "Cheeks" not in text, text
