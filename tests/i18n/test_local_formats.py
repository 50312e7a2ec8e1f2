"""Dates, times and depths in the window follow its language (issue 14): no window module
formats them with the command line's English formatters (``needlejournal.dates``,
``guidance.format_depth``), only through ``ui.local_dates``; the Progress tab shows German
dates and depths."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import needlejournal.ui as ui_package
from needlejournal.journal.api import Journal
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    ObservationDraft,
    RatingDraft,
    TreatmentDraft,
)
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]
UI = Path(ui_package.__file__).parent
ENGLISH_FORMATTERS = {"format_date", "format_day", "format_when", "format_moment", "format_depth"}
# Plain helpers of needlejournal.dates that say no words (time zones, parsing).
NO_WORDS = {"local", "DateWords", "ENGLISH"}


def english_formatting() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "local_dates.py":  # the one place that wraps them in the locale's words
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in (
                "needlejournal.dates",
                "needlejournal.guidance",
                "needlejournal.guidance.rules",
            ):
                for alias in node.names:
                    if alias.name in ENGLISH_FORMATTERS and alias.name not in NO_WORDS:
                        found.append(f"{path.relative_to(UI)}:{node.lineno} {alias.name}")
    return found


def test_no_window_module_formats_with_the_command_lines_english() -> None:
    assert english_formatting() == []


SAID = {
    "de": ("11. Nov. 2026", "2. Okt. 2026", "1,2 mm (Wangen)"),
    "es": ("11 nov 2026", "2 oct 2026", "1,2 mm (Mejillas)"),
}
SERIES = {
    "de": ("Texturwert", "Hauttyp nach Fitzpatrick — Dr. Ruiz", "Textur: rough"),
    "es": ("Puntuación de textura", "Fototipo de Fitzpatrick — Dr. Ruiz", "Textura: rough"),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_progress_tab_shows_dates_and_depths_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str
) -> None:
    check_day, session_day, depth = SAID[language]
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    first = datetime(2026, 10, 2, 10, tzinfo=UTC)
    for days, score in ((0, 4), (30, 6)):
        when = first + timedelta(days=days)
        draft = TreatmentDraft(
            client.id, when, (AreaDraft("cheeks", 1.2),), texture_score=score, texture_note="rough"
        )
        saved = journal.save_treatment(draft).treatment
        journal.add_rating(
            client.id, RatingDraft("fitzpatrick", 3, rater="Dr. Ruiz"), treatment_id=saved.id
        )
    journal.save_observation(ObservationDraft(client.id, first + timedelta(days=40), note="calm"))
    window = window_in(language, "clinic")
    window.clients.select_client(client.id)
    window.middle.setCurrentWidget(window.progress)
    panel = window.progress
    qtbot.waitUntil(lambda: panel.notes.count() > 0, timeout=10_000)
    listed = [panel.notes.item(i).text() for i in range(panel.notes.count())]
    assert f"{check_day} — calm" in listed, listed
    chart = panel.chart
    said = " ".join(m.text for m in chart.marks())
    assert depth in said and session_day in said, said
    assert "1.2 mm" not in said and "Cheeks" not in said and "Oct" not in said, said
    own, named, note = SERIES[language]
    picked = [panel.picker.item(i).text() for i in range(panel.picker.count())]
    assert own in picked and named in picked, picked
    notes = [panel.notes.item(i).text() for i in range(panel.notes.count())]
    assert any(n.endswith(note) for n in notes), notes


def literal_display_formats() -> list[str]:
    """``setDisplayFormat("yyyy-MM-dd")``-like calls: a fixed format, not the language's."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setDisplayFormat"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append(f"{path.relative_to(UI)}:{node.lineno} {node.args[0].value!r}")
    return found


def test_every_date_field_shows_the_day_in_the_windows_language() -> None:
    """The lot's expiry and the screening's review date showed ISO dates ("2026-12-04") and
    three fields an English-only "d MMM yyyy" beside the locale's "4. Dez. 2026"."""
    assert literal_display_formats() == []


@pytest.mark.parametrize(
    ("language", "day"), [("de", r"\d{1,2}\. \w+\.? \d{4}"), ("es", r"\d{1,2} \w+ \d{4}")]
)
def test_the_screening_review_date_is_a_day_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str, day: str
) -> None:
    from needlejournal.ui.screening_dialog import ScreeningDialog

    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    window = window_in(language, "clinic")
    window.clients.select_client(client.id)
    dialog = window.opener.client_screening()
    assert isinstance(dialog, ScreeningDialog)
    assert re.fullmatch(day, dialog.reviewed.text()), dialog.reviewed.text()


@pytest.mark.parametrize(
    ("language", "one", "two"), [("de", "1 Foto", "2 Fotos"), ("es", "1 foto", "2 fotos")]
)
def test_the_photo_grids_section_counts_are_said_in_the_language(
    window_in: WindowIn, language: str, one: str, two: str
) -> None:
    """Each session's header in the Photos tab said "2 photos" in every language."""
    view = window_in(language, "clinic").gallery.view
    assert (view.count_words(1), view.count_words(2)) == (one, two)
