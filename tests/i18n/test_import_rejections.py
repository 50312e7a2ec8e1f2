"""A photo import's refused files in the window's language (issue 14): one clear sentence per
file in the import summary, and in the photo viewer when an original cannot be decoded; the
command line's reasons stay the English it printed before."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.photos.rejections import REJECTION_CODES, PhotoRejected
from needlejournal.phrases import Said
from needlejournal.ui.gallery.import_dialog import ImportProgressDialog
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.validation_words import problem_text

WindowIn = Callable[..., MainWindow]
Speak = Callable[[str], str]
ENGLISH = re.compile(r"\b(this|the|file|image|is|not|or|such|disk|free|again)\b", re.I)

SAID = {
    "de": {
        "text.jpg": "Diese Datei ist kein Bild.",
        "cut.jpg": "Das Bild ist abgeschnitten oder beschädigt",
        "empty.jpg": "Die Datei ist leer.",
        "old.gif": "GIF-Bilder werden nicht unterstützt; verwenden Sie JPEG, PNG, WebP oder "
        "HEIC/HEIF.",
    },
    "es": {
        "text.jpg": "Este archivo no es una imagen.",
        "cut.jpg": "La imagen está truncada o dañada",
        "empty.jpg": "El archivo está vacío.",
        "old.gif": "Las imágenes GIF no son compatibles; use JPEG, PNG, WebP o HEIC/HEIF.",
    },
}


def refused_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = folder / "text.jpg"
    text.write_text("Dear diary, this is not a photo.\n" * 20, encoding="utf-8")
    jpeg = io.BytesIO()
    Image.effect_noise((320, 240), 40).convert("RGB").save(jpeg, "JPEG", quality=90)
    cut = folder / "cut.jpg"
    cut.write_bytes(jpeg.getvalue()[: len(jpeg.getvalue()) // 3])
    empty = folder / "empty.jpg"
    empty.write_bytes(b"")
    gif = folder / "old.gif"
    Image.new("RGB", (64, 64), (200, 80, 80)).save(gif, "GIF")
    return [text, cut, empty, gif]


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_import_summary_says_each_refused_file_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, tmp_path: Path, language: str
) -> None:
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    window = window_in(language, "clinic")
    window.clients.select_client(client.id)
    window.middle.setCurrentWidget(window.gallery)
    gallery = window.gallery
    qtbot.waitUntil(lambda: gallery.controller.library is not None)
    dialog = gallery.start_import(refused_files(tmp_path / "in"), None)
    assert dialog is not None
    dialog.accept()
    progress = gallery.progress
    assert isinstance(progress, ImportProgressDialog)
    qtbot.waitUntil(lambda: progress.outcome is not None, timeout=20_000)
    summary = progress.summary_plain()
    lines = {
        line[2:].split(": ", 1)[0]: line.split(": ", 1)[1]
        for line in summary.splitlines()
        if line.startswith("• ")
    }
    assert set(lines) == set(SAID[language]), summary
    for name, sentence in SAID[language].items():
        assert lines[name].startswith(sentence), (name, lines[name])
        assert not ENGLISH.search(lines[name]), lines[name]


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_rejection_has_its_sentence_in_the_language(speak: Speak, language: str) -> None:
    speak(language)
    refusals = [PhotoRejected(code) for code in REJECTION_CODES]
    refusals.append(PhotoRejected("unsupported_format", format_name="TIFF"))
    for refusal in refusals:
        assert isinstance(refusal.message, Said), refusal
        said = problem_text(refusal.message)
        assert said != refusal.message and "{" not in said, (refusal.code, said)
        assert not ENGLISH.search(said.replace("TIFF", "")), said


def test_the_command_line_reasons_stay_as_they_were() -> None:
    assert str(PhotoRejected("not_an_image")) == "This file is not an image."
    assert PhotoRejected("unsupported_format", format_name="GIF").message == (
        "GIF images are not supported; use JPEG, PNG, WebP or HEIC/HEIF."
    )
    assert PhotoRejected("unsupported_format").message == (
        "This kind of images are not supported; use JPEG, PNG, WebP or HEIC/HEIF."
    )
    assert PhotoRejected("disk_full").message == (
        "The disk is full; free some space and import the photo again."
    )
