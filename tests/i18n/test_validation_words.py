"""The journal's input problems in the window's language (issue 14): each one the journal
writes is a ``phrases.Said`` (the CLI's English string, with a phrase id and its parameters),
and the window says it through tr() with depths and numbers by QLocale."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import needlejournal.guidance as guidance_package
import needlejournal.journal as journal_package
import needlejournal.photos as photos_package
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceDraft,
    ObservationDraft,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
)
from needlejournal.journal.validation import (
    client_problems,
    device_problems,
    observation_problems,
    product_problems,
    treatment_problems,
)
from needlejournal.photos.rejections import REJECTION_CODES
from needlejournal.phrases import Said
from needlejournal.ui.client_dialog import ClientDialog
from needlejournal.ui.journal_words import PATTERNS
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.series_words import PHRASES as SERIES_PHRASES
from needlejournal.ui.validation_words import FIELDS, RENDERERS, problem_text
from needlejournal.ui.what_worked_dialog import PHRASES as WHAT_WORKED_PHRASES

WindowIn = Callable[..., MainWindow]
Speak = Callable[[str], str]
JOURNAL = Path(journal_package.__file__).parent
GUIDANCE = Path(guidance_package.__file__).parent
PHOTOS = Path(photos_package.__file__).parent
ENGLISH = re.compile(
    r"\b(must|cannot|needs?|between|unknown|choose|the|is|too long|at least|at most|"
    r"future|contains)\b",
    re.IGNORECASE,
)


def written_phrases() -> set[str]:
    """Every phrase id the journal layer writes: ``said(text, "id", …)``, and the
    ``_unknown("area", …)`` shorthand for "unknown_area"."""
    # A photo import's rejections: one phrase per catalogued code ("rejected_<code>").
    found: set[str] = {f"rejected_{code}" for code in REJECTION_CODES}
    for path in [*JOURNAL.glob("*.py"), *GUIDANCE.glob("*.py"), *PHOTOS.glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else None
            name = node.func.id if isinstance(node.func, ast.Name) else name
            args = node.args
            if name == "said" and len(args) > 1 and isinstance(args[1], ast.Constant):
                found.add(str(args[1].value))
            elif name == "_unknown" and args and isinstance(args[0], ast.Constant):
                found.add("unknown_" + str(args[0].value))
    return found


def test_every_phrase_the_journal_writes_has_a_window_wording() -> None:
    written = written_phrases()
    assert len(written) > 25  # the scan found the journal's calls
    worded = set(RENDERERS) | set(PATTERNS) | {"record_changed_by"}
    worded |= WHAT_WORKED_PHRASES | SERIES_PHRASES
    assert written - worded == set()  # a new problem cannot reach the window in English
    assert worded - written == set()  # and no wording is left over


NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
BAD = "bad\x00text"
LONG = "x" * 300


def every_problem() -> list[str]:
    """Problems from bad drafts of every kind: every field the dialogs send, wrong."""
    session = TreatmentDraft(
        client_id=1,
        performed_at=NOW + timedelta(days=3),
        areas=(
            AreaDraft("cheeks", 3.5, 0, "glow"),
            AreaDraft("cheeks", 0.5, 99),
            AreaDraft("elbow", 1.0, indication="freckles"),
        ),
        products=(
            ProductUseDraft(2, "soak", lot_number=BAD, note=BAD),
            ProductUseDraft(2, "during", day_offset=3),
        ),
        pain=11,
        downtime_days=-1,
        texture_score=12,
        tone_score=-1,
        notes=BAD,
        adverse_events=BAD,
        texture_note=BAD,
        tone_note=BAD,
    )
    empty_session = TreatmentDraft(client_id=1, performed_at=NOW.replace(tzinfo=None), areas=())
    check = ObservationDraft(1, NOW + timedelta(days=3), redness=9, rater=BAD)
    empty_check = ObservationDraft(1, NOW - timedelta(days=1))
    client = ClientDraft(
        " ",
        skin_type="VII",
        age_band="ancient",
        phone="12",
        email="ana@",
        concerns=BAD,
        contraindications=BAD,
        notes=BAD,
    )
    long_client = ClientDraft(LONG, phone="+" + "1" * 70)
    device = DeviceDraft(" ", "laser", needle_count=5000, cartridge=BAD, notes=BAD)
    product = ProductDraft(" ", brand=BAD, kind=BAD, ingredients=(BAD,), notes=BAD)
    return [
        *treatment_problems(session, NOW),
        *treatment_problems(empty_session, NOW),
        *observation_problems(check, NOW),
        *observation_problems(empty_check, NOW),
        *client_problems(client),
        *client_problems(long_client),
        *device_problems(device),
        *product_problems(product),
    ]


def test_the_journal_writes_each_problem_as_a_phrase_with_a_known_field() -> None:
    problems = every_problem()
    phrases = {p.phrase for p in problems if isinstance(p, Said)}
    assert len(phrases) >= 25, phrases
    for p in problems:
        assert isinstance(p, Said), p  # the English text alone could not be translated
        field = dict(p.params).get("field")
        assert field is None or field in FIELDS, (p.phrase, field)


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_problem_is_said_in_the_language(speak: Speak, language: str) -> None:
    speak(language)
    for p in every_problem():
        text = problem_text(p)
        assert text != p and "{" not in text, (p.phrase if isinstance(p, Said) else p, text)
        assert not ENGLISH.search(text.replace("e.g.", "")), text
    depth = next(p for p in every_problem() if isinstance(p, Said) and p.phrase == "depth_range")
    assert "0,05 mm" in problem_text(depth) and "3,5 mm" in problem_text(depth)


def test_english_stays_the_command_lines_sentence(speak: Speak) -> None:
    speak("en")
    for p in every_problem():
        assert problem_text(p) == p


@pytest.mark.parametrize(
    ("language", "phone_note", "not_saved"),
    [
        ("de", "„12“ ist keine Telefonnummer", "Der Kunde braucht einen Namen."),
        ("es", "«12» no es un número de teléfono", "El cliente necesita un nombre."),
    ],
)
def test_the_client_dialog_says_problems_in_the_language(
    qtbot: QtBot, window_in: WindowIn, language: str, phone_note: str, not_saved: str
) -> None:
    window = window_in(language, "clinic")
    window.opener.new_client()
    dialog = window.opener.current
    assert isinstance(dialog, ClientDialog)
    qtbot.keyClicks(dialog.phone, "12")
    assert phone_note in dialog.phone_note.text()
    assert not dialog.try_save()
    assert not_saved in dialog.problem_text()
    assert "needs a name" not in dialog.problem_text()
    # What was typed is quoted, never read as markup.
    dialog.phone.setText("<b>12</b>")
    assert dialog.phone_note.textFormat().name == "PlainText"


def test_a_depth_problem_reads_with_german_numbers(speak: Speak) -> None:
    speak("de")
    session = TreatmentDraft(1, NOW, (AreaDraft("cheeks", 3.5),))
    (problem,) = treatment_problems(session, NOW)
    assert (
        problem
        == "Needle depth for Cheeks must be at least 0.05 mm and at most 3.0 mm (got 3.5 mm)."
    )
    assert problem_text(problem) == (
        "Nadeltiefe für Wangen: mindestens 0,05 mm und höchstens 3,0 mm (eingegeben: 3,5 mm)."
    )


def test_a_problem_keeps_its_phrase_when_copied_or_pickled() -> None:
    """An error can cross a process boundary (pickled) or be copied: it stays translatable."""
    import copy
    import pickle

    (problem,) = client_problems(ClientDraft(" "))
    for again in (pickle.loads(pickle.dumps(problem)), copy.deepcopy(problem)):
        assert isinstance(again, Said) and again == problem
        assert (again.phrase, again.params) == ("client_needs_name", ())
