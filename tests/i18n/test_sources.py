"""The sources guidance warnings cite, in the window's language (issue 14): the words around a
citation are translated, the citation itself (authors, journal, year, PMC number, the names of
reviews and standards) stays as published; the command line keeps the English."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from needlejournal.guidance import GuidanceWarning, consent, screening, sources
from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft, TreatmentRecord
from needlejournal.ui.formatting import treatment_html
from needlejournal.ui.guidance_words import warning_source
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.source_terms import SOURCE_TEXTS

Speak = Callable[[str], str]
# The parts of each source that are a citation or a name: never translated.
CITED = re.compile(
    r"PMC\d+|[A-Z][a-z]+(?:-[A-Z][a-z]+)? et al\., [A-Za-z ]+ \d{4}|ASJ Open Forum|"
    r"JCCP/CPSA|Aesthetic Record|Pabau"
)
ENGLISH = re.compile(r"\b(the|and|or|before|after|with|weeks?|months?|every|guides?|avoid)\b")


def every_source() -> list[str]:
    found = []
    for module in (sources, consent, screening):
        found += [getattr(module, n) for n in dir(module) if n.startswith("SOURCE_")]
    return found


def test_every_source_a_warning_cites_is_listed_for_translation() -> None:
    cited = every_source()
    assert len(cited) >= 10  # the scan found the guidance's sources
    assert set(cited) - set(SOURCE_TEXTS) == set()
    assert set(SOURCE_TEXTS) - set(cited) == set()  # and none left over


def _warning(source: str) -> GuidanceWarning:
    return GuidanceWarning("interval", "A rule.", source, "interval", ())


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_source_is_said_in_the_language_around_its_citation(speak: Speak, language: str) -> None:
    speak(language)
    for source in every_source():
        said = warning_source(_warning(source))
        assert said != source, source
        assert CITED.findall(said) == CITED.findall(source), (said, source)
        assert not ENGLISH.search(CITED.sub("", said)), said


def test_english_keeps_the_source_as_written(speak: Speak) -> None:
    speak("en")
    for source in every_source():
        assert warning_source(_warning(source)) == source


SHOWN = {
    "de": "Quelle: Faustregeln aus Verbraucherratgebern für Microneedling-Abstände",
    "es": "Fuente: Reglas prácticas de guías para consumidores sobre los intervalos",
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_session_details_show_the_source_in_the_language(
    speak: Speak, journal: Journal, language: str
) -> None:
    """Two sessions at 1.5 mm three days apart: the interval warning's source in the details."""
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    now = datetime.now(UTC).replace(microsecond=0)
    for days in (4, 1):
        draft = TreatmentDraft(client.id, now - timedelta(days=days), (AreaDraft("cheeks", 1.5),))
        journal.save_treatment(draft)
    latest = max(
        (e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)),
        key=lambda e: e.when,
    )
    assert any(w.source == sources.SOURCE_INTERVAL for w in latest.warnings)
    speak(language)
    html = treatment_html(latest, "#666", "#a60", full=True)
    assert SHOWN[language] in html, html
    assert "PMC6122507" in html
    assert "Source:" not in html and "rules of thumb" not in html


SETTINGS = {
    "de": ("Quelle: Faustregeln aus Verbraucherratgebern", "0,31"),
    "es": ("Fuente: Reglas prácticas de guías para consumidores", "0,31"),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_settings_dialog_cites_its_sources_and_depths_in_the_language(
    window_in: Callable[..., MainWindow], language: str
) -> None:
    from PySide6.QtWidgets import QLabel

    from needlejournal.ui.guidance_dialog import GuidanceDialog

    window = window_in(language)
    dialog = window.opener.guidance_settings()
    assert isinstance(dialog, GuidanceDialog)
    cited, depth = SETTINGS[language]
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith(cited) for text in labels), labels
    assert not [t for t in labels if "rules of thumb" in t or "home-use" in t]
    cells = [dialog.bands.item(r, 0) for r in range(dialog.bands.rowCount())]
    depths = [cell.text() for cell in cells if cell is not None]
    assert depth in depths, depths
    # What is shown reads back as the same setting (a comma or a point).
    assert window.opener.controller is not None
    stored = window.opener.controller.guidance.interval_bands
    assert dialog.build_draft().interval_bands == stored
