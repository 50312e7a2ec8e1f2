"""Guidance warnings in the window's language (issue 14): each wording has a stable phrase id
and its parameters as data; the window says it through tr() with depths, numbers and dates by
QLocale, while the command line keeps the English sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from needlejournal.guidance import (
    PHRASE_IDS,
    AreaDose,
    GuidanceSettings,
    GuidanceWarning,
    ProductApplied,
    ScreeningFact,
    TreatmentFacts,
    check_treatment,
)
from needlejournal.guidance.consent import consent_warning, expiry_warnings
from needlejournal.journal.api import Journal
from needlejournal.journal.consents import ConsentDraft, save_consent
from needlejournal.journal.expiry import set_expiry
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
)
from needlejournal.journal.screening_records import ScreeningChange, ScreeningDraft
from needlejournal.ui.guidance_words import RENDERERS, warning_text
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]
Speak = Callable[[str], str]

# Words only the English sentences have: none may be left in a translated one.
ENGLISH = re.compile(
    r"\b(session|sessions|deeper|usual|screening|consent|expired|contains|days?|"
    r"months?|reviewed|before|since|only|product|lot)\b",
    re.IGNORECASE,
)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def every_kind_of_warning() -> list[GuidanceWarning]:
    """Real warnings from the real rules, at least one of every phrase id."""
    settings = GuidanceSettings()
    day = date(2026, 3, 10)
    screening = (
        ScreeningFact("pregnancy", "yes", date(2025, 6, 1), reviewer="Dr Vega"),
        ScreeningFact("filler", "yes", date(2025, 6, 1), item_date=date(2026, 1, 20)),
        ScreeningFact("isotretinoin", "yes", date(2025, 6, 1)),
    )
    earlier = TreatmentFacts(_at(day - timedelta(days=12)), (AreaDose("cheeks", 1.5),))
    same_day = TreatmentFacts(_at(day, 8), (AreaDose("forehead", 0.5),))
    later = TreatmentFacts(_at(day + timedelta(days=3)), (AreaDose("cheeks", 0.5),))
    products = (
        ProductApplied("Glow C", "during", ("Aqua", "Ascorbic Acid")),
        ProductApplied("Night Retinol", "aftercare", ("Retinol",), day_offset=2),
        ProductApplied("Peel pad", "post", ("Glycolic acid",)),
    )
    session = TreatmentFacts(
        _at(day),
        (
            AreaDose("cheeks", 2.25),
            AreaDose("nose", 1.25, indication="acne_scars"),
            AreaDose("neck", 1.5),
        ),
        products,
    )
    found: list[GuidanceWarning] = []
    for personal in (True, False):
        found += check_treatment(
            session,
            [earlier, same_day, later],
            settings,
            personal_mode=personal,
            tz=UTC,
            screening=screening,
        )
    spans = [(date(2026, 1, 1), date(2026, 2, 1))]
    for consents in ([], [(date(2026, 4, 1), None)], spans):
        missing = consent_warning(day, consents)
        assert missing is not None
        found.append(missing)
    found += expiry_warnings(
        day, [("HA serum", "L-7", date(2026, 2, 28)), ("Numbing", "", date(2025, 12, 31))]
    )
    return found


def test_every_phrase_id_has_a_window_wording() -> None:
    """A new wording in guidance fails here until the window can say it in every language."""
    assert set(RENDERERS) == set(PHRASE_IDS)
    assert len(PHRASE_IDS) == len(set(PHRASE_IDS))


def test_the_sample_covers_every_phrase_id() -> None:
    assert {w.phrase for w in every_kind_of_warning()} == set(PHRASE_IDS)


def test_english_in_the_window_reads_as_the_command_line_prints(speak: Speak) -> None:
    speak("en")
    # Screening sentences print ISO dates on the command line; the window its own date words.
    for w in every_kind_of_warning():
        if not w.phrase.startswith("screening") and w.phrase != "expired_product":
            assert warning_text(w) == w.message, w.phrase


@pytest.mark.parametrize(
    ("language", "depth", "date_words"),
    [("de", "2,25 mm", "10. März 2026"), ("es", "2,25 mm", "10 mar 2026")],
)
def test_every_warning_is_said_in_the_language(
    speak: Speak, qapp: QApplication, language: str, depth: str, date_words: str
) -> None:
    speak(language)
    said: dict[str, str] = {}
    for w in every_kind_of_warning():
        text = warning_text(w)
        assert text != w.message and "{" not in text and "%" not in text, (w.phrase, text)
        assert not ENGLISH.search(text.replace("Night Retinol", "")), (w.phrase, text)
        said.setdefault(w.phrase, text)
    assert depth in said["depth_area"]
    assert "1.0 mm" not in said["depth_home"] and "1,0 mm" in said["depth_home"]
    assert date_words in said["expired_product"]
    assert "12" in said["interval"] and "1,5 mm" in said["interval"]


def _clinic_client_with_every_warning(journal: Journal) -> tuple[int, int]:
    """A client whose one session triggers each kind of stored warning; (client, session)."""
    ana = journal.save_client(ClientDraft("Ana Ruiz")).client
    serum = journal.save_product(ProductDraft("Glow C", ingredients=("Ascorbic acid",)))
    night = journal.save_product(ProductDraft("Night Retinol", ingredients=("Retinol",)))
    set_expiry(journal, serum.name, date(2026, 2, 28), lot="L-7")
    journal.save_screening(
        ScreeningDraft(
            ana.id,
            (
                ScreeningChange("pregnancy", "yes"),
                ScreeningChange("filler", "yes", date(2026, 1, 20)),
            ),
            date(2025, 6, 1),
            "Dr Vega",
        )
    )
    day = date(2026, 3, 10)
    journal.save_treatment(
        TreatmentDraft(ana.id, _at(day - timedelta(days=12)), (AreaDraft("cheeks", 1.5),))
    )
    saved = journal.save_treatment(
        TreatmentDraft(
            ana.id,
            _at(day),
            (AreaDraft("cheeks", 2.75),),
            products=(
                ProductUseDraft(serum.id, "during", lot_number="L-7"),
                ProductUseDraft(night.id, "aftercare", day_offset=1),
            ),
        )
    )
    return ana.id, saved.treatment.id


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_session_shows_each_warning_kind_in_the_language(
    qtbot: QtBot, journal: Journal, window_in: WindowIn, language: str
) -> None:
    journal.set_mode("clinic")
    client, session = _clinic_client_with_every_warning(journal)
    stored = journal.get_treatment(session).warnings
    rules = {w.rule for w in stored}
    assert rules == {
        "interval",
        "depth_area",
        "product_phase",
        "expired_product",
        "screening",
        "screening_review",
        "screening_unknown",
    }, rules
    window = window_in(language, "clinic")
    window.select_client(client)
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() >= 2)
    window.timeline.select_entry("treatment", session)
    shown = window.details.plain_text()
    for w in stored:
        assert w.message not in shown
        assert warning_text(w) in shown, (w.phrase, shown)
    assert "2,75 mm" in shown and "2.75" not in shown
    if language == "de":
        assert "Erst 12 Tage seit der Sitzung mit 1,5 mm am 26. Feb. 2026" in shown
        assert "Anamnese: 11 Punkte unbekannt" in shown
        assert "Glow C, Charge L-7, ist am 28. Feb. 2026 abgelaufen" in shown
    else:
        assert "Solo 12 días desde la sesión de 1,5 mm" in shown
        assert "Cribado: 11 puntos desconocidos" in shown


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_session_dialog_warns_in_the_language_while_typing(
    qtbot: QtBot, journal: Journal, window_in: WindowIn, language: str
) -> None:
    """The live warnings of a new session: no consent on file, the home depth limits."""
    ana = journal.save_client(ClientDraft("Ana Lima")).client
    bea = journal.save_client(ClientDraft("Bea Klein")).client
    save_consent(journal, ConsentDraft(bea.id, "treatment", date(2026, 1, 1), "Eva"))
    window = window_in(language, "clinic")
    window.clients.select_client(ana.id)
    dialog = window.opener.new_session()
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.guidance.isHidden(), timeout=3000)
    warnings = dialog.current_warnings()
    assert [w.phrase for w in warnings][:1] == ["consent_missing"]
    text = dialog.guidance.text()
    for w in warnings:
        assert w.message not in text and warning_text(w) in text
    assert ("Behandlungseinwilligung" if language == "de" else "consentimiento") in text
    # A product's name is the user's text, never markup.
    dialog._show_guidance(
        expiry_warnings(date(2026, 3, 1), [("<b>Glow</b>", "", date(2026, 1, 1))])
    )
    assert "&lt;b&gt;Glow&lt;/b&gt;" in dialog.guidance.text()
    dialog.reject()
