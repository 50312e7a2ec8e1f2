"""The compare window says the journal's refusals in the window's language (issue 14): an
anchor outside the photo, and two anchor points on one spot."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from face_photos import Pair
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from needlejournal.ui import language
from needlejournal.ui.compare.window import CompareWindow

Open = Callable[..., CompareWindow]
ENGLISH = re.compile(r"\b(the|an|anchor|lies|outside|photo|coincide|place|apart)\b", re.I)
OUTSIDE = {
    "de": "Ein Anker (5000, 20) liegt außerhalb des Fotos.",
    "es": "Un ancla (5000, 20) queda fuera de la foto.",
}
COINCIDE = {
    "de": "Die beiden Anker auf Foto A liegen übereinander",
    "es": "Las dos anclas de la foto A coinciden",
}


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda choice: language.install(qapp, choice)
    language.install(qapp, "en")


def _said(window: CompareWindow) -> str:
    box = window.last_error
    assert isinstance(box, QMessageBox)
    return box.text()


@pytest.mark.parametrize("choice", ["de", "es"])
def test_an_anchor_outside_the_photo_is_said_in_the_language(
    qtbot: QtBot, open_window: Open, pair: Pair, speak: Callable[[str], str], choice: str
) -> None:
    speak(choice)
    window = open_window()
    session = window.session
    assert session.a is not None and session.b is not None
    session.save_anchors(((5000.0, 20.0), (40.0, 60.0)), ((10.0, 20.0), (40.0, 60.0)))
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=5000)
    said = _said(window)
    assert said == OUTSIDE[choice], said
    session.save_anchors(((30.0, 30.0), (30.0, 30.0)), ((10.0, 20.0), (40.0, 60.0)))
    said = _said(window)
    assert said.startswith(COINCIDE[choice]) and not ENGLISH.search(said), said


def test_english_stays_the_journals_sentence(
    qtbot: QtBot, open_window: Open, pair: Pair, speak: Callable[[str], str]
) -> None:
    speak("en")
    window = open_window()
    window.session.save_anchors(((5000.0, 20.0), (40.0, 60.0)), ((10.0, 20.0), (40.0, 60.0)))
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=5000)
    assert _said(window) == "An anchor (5000, 20) lies outside the photo."
