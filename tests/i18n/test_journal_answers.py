"""What the journal answers a save, in the window's language (issue 14): problems only the
journal can find (a device another seat deleted, a name already taken, an entry gone) come back
as data, one ``Said`` per problem, so the window says each in German or Spanish while the
command line prints the same English as before."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import needlejournal.journal as journal_package
from needlejournal.db import models as m
from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput, NotFound
from needlejournal.journal.records import AreaDraft, ClientDraft, DeviceDraft, TreatmentDraft
from needlejournal.phrases import Said, Told, sentences
from needlejournal.ui.library_dialogs import DeviceLibraryDialog
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import inline, user_message
from needlejournal.ui.session_dialog import SessionDialog
from needlejournal.ui.validation_words import problem_text, said_text

WindowIn = Callable[..., MainWindow]
Speak = Callable[[str], str]
JOURNAL = Path(journal_package.__file__).parent
# English words a German or Spanish sentence does not hold.
ENGLISH = re.compile(
    r"\b(there is|with id|the|already|exists|was|changed|elsewhere|reopen|called|empty)\b",
    re.IGNORECASE,
)
ERRORS = {"InvalidInput", "NotFound", "Conflict", "JournalError", "UnknownEntry"}
# Modules whose errors only the command line meets (opening a journal, clinic set-up,
# importing an archive): the window has its own words for those moments.
COMMAND_LINE_ONLY = {"access.py", "opening.py", "client_import.py", "clinic_roles.py"}


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp):
        return True
    # A list of problems, or a (row, problem) pair.
    return isinstance(node, ast.List | ast.Tuple) and any(_literal(e) for e in node.elts)


def english_only_errors() -> list[str]:
    """Every journal error raised with bare English text (not a ``said``), and every problem
    appended to a list as bare English: the window could only show those in English."""
    found = []
    for path in sorted(JOURNAL.glob("*.py")):
        if path.name in COMMAND_LINE_ONLY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            raised = isinstance(func, ast.Name) and func.id in ERRORS
            appended = (
                isinstance(func, ast.Attribute)
                and func.attr == "append"
                and isinstance(func.value, ast.Name)
                and func.value.id == "problems"
            )
            if (raised or appended) and _literal(node.args[0]):
                found.append(f"{path.name}:{node.lineno}")
            # A field's problems handed on as a list: ``add("kind", [f"…"])``.
            added = isinstance(func, ast.Name) and func.id in {"add", "FieldProblem"}
            if added and len(node.args) > 1 and _literal(node.args[1]):
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_the_journal_raises_every_save_problem_as_data() -> None:
    assert english_only_errors() == []


def test_the_command_line_reads_the_same_english() -> None:
    """``str(error)`` is the joined English the CLI printed before; the parts stay data."""
    first = Said("There is no device with id 7.", "no_such_record", (("what", "device"),))
    second = Said("The client needs a name.", "client_needs_name")
    error = InvalidInput([first, second])
    assert str(error) == "There is no device with id 7. The client needs a name."
    told = user_message(error)
    assert isinstance(told, Told) and told == str(error)
    assert sentences(told) == [first, second]
    assert [type(p) for p in sentences(told)] == [Said, Said]
    assert user_message(NotFound(first)) is first


def test_a_form_gets_each_problem_the_journal_gave() -> None:
    error = InvalidInput([Said("One.", "a"), Said("Two.", "b")])
    got: list[str] = []
    handler = inline(got.extend)
    assert handler is not None
    handler(user_message(error))
    assert got == ["One.", "Two."] and all(isinstance(p, Said) for p in got)


NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)

VANISHED = {"de": "Gerät mit der ID", "es": "No existe el dispositivo con el id"}


def _delete_device(journal: Journal, device_id: int) -> None:
    def gone(s: object) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        s.delete(s.get(m.Device, device_id))

    journal.run(gone)


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_device_deleted_elsewhere_is_said_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str
) -> None:
    """The dialog's own check cannot know: another seat deleted the device it lists."""
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    device = journal.save_device(DeviceDraft("Dermapen 4", "pen"))
    window = window_in(language, "clinic")
    window.clients.select_client(client.id)
    dialog = window.opener.new_session()
    assert isinstance(dialog, SessionDialog)
    dialog.device.setCurrentIndex(dialog.device.findData(device.id))
    _delete_device(journal, device.id)
    dialog.try_save()
    said = dialog.problem_text()
    assert VANISHED[language] in said, said
    assert not ENGLISH.search(said.replace("Dermapen", "")), said


TAKEN = {"de": "Gerät „Dermapen 4“ gibt es schon.", "es": "Ya existe el dispositivo «Dermapen 4»."}


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_name_already_taken_is_said_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str
) -> None:
    journal.save_device(DeviceDraft("Dermapen 4", "pen"))
    window = window_in(language)
    dialog = window.opener.device_library()
    assert isinstance(dialog, DeviceLibraryDialog)
    dialog.edit(None)
    dialog.name.setText("dermapen 4")  # the journal compares names without case
    dialog.try_save()
    text = dialog.problems.text()
    assert TAKEN[language].replace("Dermapen 4", "dermapen 4") in text, text


GONE = {"de": "Sitzung mit der ID", "es": "No existe la sesión con el id"}


@pytest.mark.parametrize("language", ["de", "es"])
def test_an_entry_deleted_elsewhere_is_said_in_the_window_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str
) -> None:
    """No dialog to hold it: the window's own error box says it."""
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    saved = journal.save_treatment(TreatmentDraft(client.id, NOW, (AreaDraft("cheeks", 1.0),)))
    window = window_in(language, "clinic")
    journal.delete_treatment(saved.treatment.id)
    assert window.opener.controller is not None
    window.opener.controller.delete_entry(saved.treatment, lambda: None)
    box = window.last_error
    assert box is not None
    assert GONE[language] in box.text(), box.text()
    assert GONE[language] in window.status.text()


@pytest.mark.parametrize("language", ["de", "es"])
def test_several_problems_are_each_said(speak: Speak, language: str) -> None:
    speak(language)
    problems = [
        Said("There is no product with id 3.", "no_such_record", (("what", "product"), ("id", 3))),
        Said("The lot number is empty.", "lot_empty"),
    ]
    text = said_text(Told(problems))
    assert text == " ".join(problem_text(p) for p in problems)
    assert not ENGLISH.search(text), text


def test_english_is_the_command_lines_text(speak: Speak) -> None:
    speak("en")
    problems = [Said("The lot number is empty.", "lot_empty"), "A plain sentence."]
    assert said_text(Told(problems)) == "The lot number is empty. A plain sentence."


SCALE_SAID = {
    "de": ("Hauttyp nach Fitzpatrick reicht von I bis VI; 9 liegt außerhalb.", "Skala „glow“"),
    "es": ("Fototipo de Fitzpatrick va de I a VI; 9 queda fuera.", "escala «glow»"),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_named_scales_problems_are_said_in_the_language(speak: Speak, language: str) -> None:
    """Out of range, an unknown scale, a whole-face scale given per area, twice by one rater,
    a mirrored scale's own field: each with the scale's title in the window's language."""
    from needlejournal.journal.records import RatingDraft
    from needlejournal.journal.validation import rating_problems, ratings_problems

    speak(language)
    (out_of_range,) = rating_problems(RatingDraft("fitzpatrick", 9))
    (unknown,) = rating_problems(RatingDraft("glow", 1))
    per_area = rating_problems(RatingDraft("fitzpatrick", 3, area="cheeks"))
    twice = ratings_problems(
        (RatingDraft("gais", 3, rater="ana"), RatingDraft("gais", 2, rater="ana")),
        own_rater="ana",
        mirrored=frozenset(("texture",)),
    )
    own = ratings_problems(
        (RatingDraft("texture", 3),), own_rater="", mirrored=frozenset(("texture",))
    )
    said = [problem_text(p) for p in (out_of_range, unknown, *per_area)]
    said += [problem_text(p) for _, p in (*twice, *own)]
    assert len(said) == 5, said
    assert said[0] == SCALE_SAID[language][0]
    assert SCALE_SAID[language][1] in said[1]
    for text in said:
        assert not re.search(r"\b(runs|from|is|outside|given|twice|own field|there)\b", text), text


MEASURE_SAID = {
    "de": (
        "Foto Nr. {id} zeigt eine andere Ansicht als die Region.",
        "Foto Nr. 7 konnte nicht gelesen werden: Das Bild ist abgeschnitten oder beschädigt",
    ),
    "es": (
        "La foto n.º {id} muestra otra vista que la región.",
        "No se pudo leer la foto n.º 7: La imagen está truncada o dañada",
    ),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_measuring_a_region_says_its_problems_in_the_language(
    speak: Speak, journal: Journal, tmp_path: Path, language: str
) -> None:
    """The Measure tab's answers: a photo of another view, and one whose file cannot be read
    (the photo's own rejection said inside the sentence)."""
    from PIL import Image

    from needlejournal.journal.errors import JournalError
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoDraft
    from needlejournal.journal.region_measure import RegionMeasurer
    from needlejournal.journal.region_records import RegionDraft
    from needlejournal.photos.rejections import PhotoRejected
    from needlejournal.phrases import said

    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    library = PhotoLibrary(journal)
    photos = []
    for view, shade in (("front", 120), ("left45", 160)):
        path = tmp_path / f"{view}.png"
        Image.new("RGB", (640, 480), (shade, 100, 90)).save(path)
        photo = library.import_one(path, PhotoDraft(client.id, "progress", view))
        photos.append(library.get(photo.id))
    region = journal.save_region(RegionDraft(photos[0].id, "left cheek", (100, 100, 80, 60)))
    with pytest.raises(JournalError) as refused:
        RegionMeasurer(journal).measure(region, photos[1])
    speak(language)
    other_view, unreadable = MEASURE_SAID[language]
    assert said_text(user_message(refused.value)) == other_view.format(id=photos[1].id)
    reason = PhotoRejected("truncated").message
    nested = said(
        f"Photo #7 could not be read: {reason}", "measure_unreadable", id=7, reason=reason
    )
    assert said_text(nested).startswith(unreadable), said_text(nested)


CAPTURE = {"de": "Licht: zu lang", "es": "Luz: demasiado largo"}


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_photo_capture_field_is_named_in_the_language(
    speak: Speak, journal: Journal, tmp_path: Path, language: str
) -> None:
    """A field named at run time from its key (the light a photo was taken in)."""
    from PIL import Image

    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoDraft

    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    path = tmp_path / "front.png"
    Image.new("RGB", (320, 240), (150, 100, 90)).save(path)
    draft = PhotoDraft(client.id, "progress", "front", capture={"light": "ring light " * 40})
    with pytest.raises(InvalidInput) as refused:
        PhotoLibrary(journal).import_one(path, draft)
    speak(language)
    said = said_text(user_message(refused.value))
    assert said.startswith(CAPTURE[language]), said
