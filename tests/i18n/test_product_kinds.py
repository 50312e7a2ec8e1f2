"""The product dialog's kinds in the window's language (issue 14): the built-in kinds are
listed translated and stored by their English word (what the command line prints and
filters on); a kind the user typed is stored and shown as typed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ProductDraft
from needlejournal.ui.library_dialogs import PRODUCT_KINDS, ProductLibraryDialog
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]
SHOWN = {
    "de": {"serum": "Serum", "numbing cream": "Betäubungscreme", "sunscreen": "Sonnenschutz"},
    "es": {"serum": "sérum", "numbing cream": "crema anestésica", "sunscreen": "protector solar"},
}


def _dialog(window: MainWindow) -> ProductLibraryDialog:
    dialog = window.opener.product_library()
    assert isinstance(dialog, ProductLibraryDialog)
    return dialog


def _kinds(journal: Journal) -> dict[str, str]:
    return {p.name: p.kind for p in journal.list_products()}


@pytest.mark.parametrize("language", ["de", "es"])
def test_built_in_kinds_are_shown_translated_and_stored_in_english(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str
) -> None:
    journal.save_product(ProductDraft("Numb 5", kind="numbing cream"))
    journal.save_product(ProductDraft("Cica ampoule", kind="Ampulle"))
    window = window_in(language)
    dialog = _dialog(window)
    listed = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert len(listed) == len(PRODUCT_KINDS)
    for key, shown in SHOWN[language].items():
        assert shown in listed, listed
        assert key not in listed or key == shown.casefold(), listed
    # A stored built-in kind reads translated; the user's own word as typed.
    by_name = {p.name: p for p in dialog._items}
    dialog.edit(by_name["Numb 5"])
    assert dialog.kind.currentText() == SHOWN[language]["numbing cream"]
    dialog.edit(by_name["Cica ampoule"])
    assert dialog.kind.currentText() == "Ampulle"
    # Picking a translated kind stores its English word.
    dialog.edit(None)
    dialog.name.setText("Daily SPF 50")
    dialog.kind.setCurrentIndex(dialog.kind.findData("sunscreen"))
    assert dialog.try_save()
    # Typing the translated word (any case) is the same kind; another word stays as typed.
    dialog.edit(None)
    dialog.name.setText("Glow serum")
    dialog.kind.setEditText(SHOWN[language]["serum"].upper())
    assert dialog.try_save()
    dialog.edit(None)
    dialog.name.setText("Rose mist")
    dialog.kind.setEditText("Gesichtsspray")
    assert dialog.try_save()
    kinds = _kinds(journal)
    assert kinds["Daily SPF 50"] == "sunscreen"
    assert kinds["Glow serum"] == "serum"
    assert kinds["Rose mist"] == "Gesichtsspray"
    assert kinds["Cica ampoule"] == "Ampulle"


def test_the_command_line_prints_the_english_kind(journal: Journal, tmp_path: Path) -> None:
    journal.save_product(ProductDraft("Daily SPF 50", kind="sunscreen"))
    data = tmp_path / "data"  # the journal fixture's folder
    out = subprocess.run(
        [sys.executable, "-m", "needlejournal", "product", "list", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "sunscreen" in out.stdout
