"""What was still English in the German and Spanish window (issue 14): the screening
checklist's problems, a consent document the journal cannot read, and a colour chart the
photo does not show. Each comes from the journal as data (``phrases.Said``) and is said in
the dialog in the window's language; the command line's English stays as it was."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.consents import ConsentDraft, consent_problems
from needlejournal.journal.errors import InvalidInput, JournalError
from needlejournal.journal.records import ClientDraft
from needlejournal.journal.screening_records import (
    ScreeningChange,
    ScreeningDraft,
    screening_problems,
)
from needlejournal.phrases import Said
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import user_message
from needlejournal.ui.screening_dialog import ScreeningDialog
from needlejournal.ui.validation_words import problem_text, said_text

WindowIn = Callable[..., MainWindow]
Speak = Callable[[str], str]
ENGLISH = re.compile(
    r"\b(the|is|must|date for|answer|answered|twice|takes|means|nothing|give|review|say|who|"
    r"took|document|empty|larger|truncated|damaged|image|corners?|chart|mark|clipped|colours?|"
    r"outside|photo|lies|coincide)\b",
    re.IGNORECASE,
)


def _english_left(text: str) -> list[str]:
    # Names kept as they are: file names, the chart's maker's name, formats.
    kept = re.sub(r"\S+\.(pdf|png)|ColorChecker|JPEG|PNG|WebP|HEIC|PDF", "", text)
    return ENGLISH.findall(kept)


def bad_screening() -> list[str]:
    """Every problem a screening draft can have, as the command line could send it."""
    draft = ScreeningDraft(
        1,
        (
            ScreeningChange("glow", "yes"),
            ScreeningChange("isotretinoin", "maybe", date(2099, 1, 1)),
            ScreeningChange("isotretinoin", "no", date(1850, 1, 1)),
            ScreeningChange("keloid", "yes", date(2020, 1, 1)),
        ),
        date(2099, 1, 1),
        "bad\x00name",
    )
    return screening_problems(draft) + screening_problems(ScreeningDraft(1, (), date.today()))


def bad_consent() -> list[str]:
    draft = ConsentDraft(1, "hug", date(2099, 1, 1), "", valid_until=date(2000, 1, 1))
    return consent_problems(draft)


def test_screening_and_consent_problems_are_data() -> None:
    problems = bad_screening() + bad_consent()
    phrases = {p.phrase for p in problems if isinstance(p, Said)}
    assert len(problems) >= 12 and len(phrases) >= 11, phrases
    assert all(isinstance(p, Said) for p in problems), [p for p in problems if type(p) is str]
    # The command line's English is unchanged.
    assert "The date for Isotretinoin is in the future." in problems
    assert "Isotretinoin is answered twice." in problems


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_screening_and_consent_problem_is_said_in_the_language(
    speak: Speak, language: str
) -> None:
    speak(language)
    for p in bad_screening() + bad_consent():
        text = problem_text(p)
        assert text != p and "{" not in text, text
        assert not _english_left(text.replace("maybe", "").replace("glow", "")), text


SCREENING_DATE = {
    "de": "Datum zu Isotretinoin: liegt in der Zukunft.",
    "es": "Fecha de Isotretinoína: está en el futuro.",
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_screening_dialog_says_a_future_date_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str
) -> None:
    """The date typed for Isotretinoin is in the future: named by the item, in the language."""
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    window = window_in(language, "clinic")
    window.clients.select_client(client.id)
    dialog = window.opener.client_screening()
    assert isinstance(dialog, ScreeningDialog)
    dialog.dates["isotretinoin"].setText("2099-01-01")
    assert not dialog.try_save()
    said = dialog.problem_text()
    assert SCREENING_DATE[language] in said, said
    assert not _english_left(said), said
    dialog.dates["isotretinoin"].clear()
    assert not dialog.try_save()  # nothing answered, nothing to record
    said = dialog.problem_text()
    assert said.count("<li>") == 1 and not _english_left(said), said


DOCUMENT = {
    "de": ("form.pdf: Das Dokument ist leer.", "Geben Sie an, wer die Einwilligung eingeholt hat."),
    "es": ("form.pdf: El documento está vacío.", "Indique quién recogió el consentimiento."),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_consent_document_the_journal_cannot_read_is_said_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, tmp_path: Path, language: str
) -> None:
    ana = journal.save_client(ClientDraft("Ana Ruiz")).client
    window = window_in(language, "clinic")
    window.clients.select_client(ana.id)
    actions = window.clinic_actions.client_data
    actions.consents_action.trigger()
    dialog = actions.consents_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert DOCUMENT[language][1] in dialog.taken_note.text(), dialog.taken_note.text()
    qtbot.keyClicks(dialog.taken_by, "Eva Costa")
    empty = tmp_path / "form.pdf"
    empty.write_bytes(b"")
    dialog.set_document(empty)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form_note.text() != "", timeout=5000)
    assert dialog.form_note.text() == DOCUMENT[language][0]
    damaged = tmp_path / "signed.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + b"x" * 4000)  # no end-of-file marker
    dialog.set_document(damaged)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "signed.pdf" in dialog.form_note.text(), timeout=5000)
    said = dialog.form_note.text()
    assert "PDF" in said and not _english_left(said), said


CHART = {
    "de": ("Foto Nr. {id}: Die markierten Ecken", "ΔE"),
    "es": ("Foto n.º {id}: Las esquinas marcadas", "ΔE"),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_colour_charts_fit_error_is_said_in_the_language(
    speak: Speak, journal: Journal, tmp_path: Path, language: str
) -> None:
    """Corners that frame no ColorChecker: the measure's answer says why in the language
    (the chart's own sentence inside the photo's), and so do corners marked wrong."""
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoDraft
    from needlejournal.journal.region_measure import RegionMeasurer
    from needlejournal.journal.region_records import RegionDraft

    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    path = tmp_path / "front.png"
    Image.new("RGB", (640, 480), (150, 110, 100)).save(path)
    library = PhotoLibrary(journal)
    photo = library.get(library.import_one(path, PhotoDraft(client.id, "progress", "front")).id)
    region = journal.save_region(RegionDraft(photo.id, "left cheek", (100, 100, 80, 60)))
    corners = [(300.0, 200.0), (600.0, 200.0), (600.0, 400.0), (300.0, 400.0)]
    region = journal.set_colour_chart(region.id, photo.id, corners)
    with pytest.raises(JournalError) as refused:
        RegionMeasurer(journal).measure(region, photo)
    with pytest.raises(InvalidInput) as three:
        journal.set_colour_chart(region.id, photo.id, corners[:3])
    speak(language)
    said = said_text(user_message(refused.value))
    opening, delta = CHART[language]
    assert said.startswith(opening.format(id=photo.id)), said
    assert delta in said and not _english_left(said), said
    said = said_text(user_message(three.value))
    assert said and not _english_left(said), said
