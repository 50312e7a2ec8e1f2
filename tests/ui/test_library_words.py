"""Library details a new user meets: why Add product is off, said where it can be read; device
and product notes of more than one line (issue 9)."""

from __future__ import annotations

from collections.abc import Callable

from helpers import library
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.ui.library_dialogs import LibraryDialog
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.session_dialog import SessionDialog

MakeWindow = Callable[..., MainWindow]


def test_an_empty_product_library_says_so_beside_add_product(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window("personal")
    dialog = window.opener.new_session()
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.add_product_button.isEnabled()
    assert dialog.products_note.isVisible()
    assert "Library → Products" in dialog.products_note.text()
    dialog.reject()
    library(journal)
    window.controller.load()  # type: ignore[union-attr]
    dialog = window.opener.new_session()
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    assert dialog.add_product_button.isEnabled() and not dialog.products_note.isVisible()
    dialog.reject()


def test_device_notes_keep_several_lines(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window("personal")
    dialog = window.opener.device_library()
    assert isinstance(dialog, LibraryDialog)
    dialog.edit(None)
    dialog.name.setText("Home pen")
    notes = "Cartridges: 12-pin nano.\nReplace after every session."
    dialog.notes.setPlainText(notes)
    assert dialog.try_save()
    [device] = [d for d in journal.list_devices() if d.name == "Home pen"]
    assert device.notes == notes
    dialog.set_items(journal.list_devices(), device.id)
    assert dialog.notes.toPlainText() == notes
