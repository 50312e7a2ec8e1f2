"""Every control of the main window and of each dialog can be named by a screen reader and
reached with Tab in reading order; at 1.5× the system font no label or button is cut off.

Names are read through Qt's accessibility layer (what Orca/NVDA hear). A value control
(field, combo, spin box, list) needs its own accessible name or a label whose buddy it is:
otherwise a screen reader announces only its value ("Cheeks", "0.50 mm").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from a11y import clipped, out_of_reading_order, unnamed, unreachable
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceDraft,
    ObservationDraft,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
)
from needlejournal.ui.gallery.import_dialog import ImportDialog
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]


def _history(journal: Journal) -> int:
    pen = journal.save_device(DeviceDraft("Dermapen 4", "pen", needle_count=16))
    serum = journal.save_product(ProductDraft("Hyaluronic Glide", "Dermaplan", "serum", ()))
    client = journal.save_client(ClientDraft("Ana Ruiz", skin_type="III")).client
    now = datetime.now(UTC).replace(microsecond=0)
    journal.save_treatment(
        TreatmentDraft(
            client_id=client.id,
            performed_at=now - timedelta(days=40),
            areas=(AreaDraft("cheeks", 1.0, 2, "erythema"),),
            device_id=pen.id,
            products=(ProductUseDraft(serum.id, "during", lot_number="HG-1"),),
            texture_score=5,
        )
    )
    journal.save_observation(ObservationDraft(client.id, now - timedelta(days=10), note="calm"))
    return client.id


@pytest.fixture
def window(window_in: WindowIn, journal: Journal, qtbot: QtBot) -> MainWindow:
    client_id = _history(journal)
    w = window_in("en", "clinic")
    w.select_client(client_id)
    qtbot.waitUntil(lambda: w.timeline_model.rowCount() == 2)
    return w


def _current(window: MainWindow) -> QWidget:
    dialog = window.opener.current
    assert dialog is not None
    return dialog


def _session_with_a_row(window: MainWindow) -> QWidget:
    dialog = window.opener.new_session()
    assert dialog is not None
    dialog.add_area()
    return dialog


def _due(window: MainWindow) -> QWidget:
    window.clinic_actions.show_due()
    assert window.clinic_actions.due_dialog is not None
    return window.clinic_actions.due_dialog


def _lot(window: MainWindow) -> QWidget:
    window.clinic_actions.find_lot()
    assert window.clinic_actions.lot_dialog is not None
    return window.clinic_actions.lot_dialog


def _import(window: MainWindow) -> QWidget:
    files = [Path("a.jpg"), Path("b.jpg")]
    return ImportDialog(files, 1, "Ana Ruiz", {7: datetime.now(UTC)}, None, window)


def _via_opener(open_it: Callable[[MainWindow], object]) -> Callable[[MainWindow], QWidget]:
    def opened(window: MainWindow) -> QWidget:
        open_it(window)
        return _current(window)

    return opened


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "session": _via_opener(lambda w: w.opener.new_session()),
    "session with a row": _session_with_a_row,
    "skin check": _via_opener(lambda w: w.opener.new_observation()),
    "new client": _via_opener(lambda w: w.opener.new_client()),
    "edit client": _via_opener(lambda w: w.opener.edit_client()),
    "products": _via_opener(lambda w: w.opener.product_library()),
    "devices": _via_opener(lambda w: w.opener.device_library()),
    "settings": _via_opener(lambda w: w.opener.guidance_settings()),
    "who is due": _due,
    "find lot": _lot,
    "shortcuts": lambda w: w.help_menu.show_shortcuts(),
    "data folder": lambda w: w.help_menu.show_data(),
    "about": lambda w: w.help_menu.show_about(),
    "import photos": _import,
}


def _open(window: MainWindow, qtbot: QtBot, which: str) -> QWidget:
    dialog = DIALOGS[which](window)
    assert dialog is not None, which
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_control_of_the_main_window_has_a_name(window: MainWindow) -> None:
    assert unnamed(window) == []
    window.middle.setCurrentWidget(window.gallery)
    assert unnamed(window) == []


@pytest.mark.parametrize("which", list(DIALOGS))
def test_every_control_of_a_dialog_has_a_name(window: MainWindow, qtbot: QtBot, which: str) -> None:
    assert unnamed(_open(window, qtbot, which)) == []


@pytest.mark.parametrize("which", list(DIALOGS))
def test_tab_reaches_every_control_of_a_dialog_in_reading_order(
    window: MainWindow, qtbot: QtBot, which: str
) -> None:
    dialog = _open(window, qtbot, which)
    assert unreachable(dialog) == []
    assert out_of_reading_order(dialog) == []


@pytest.mark.parametrize("which", ["session", "skin check", "new client", "settings", "about"])
def test_no_text_is_cut_off_at_one_and_a_half_times_the_font(
    window: MainWindow, qtbot: QtBot, large_font: float, which: str
) -> None:
    dialog = _open(window, qtbot, which)
    assert dialog.font().pointSizeF() == pytest.approx(large_font)
    assert clipped(dialog) == []


def test_the_main_window_at_one_and_a_half_times_the_font(
    window: MainWindow, qtbot: QtBot, large_font: float
) -> None:
    window.resize(window.sizeHint().expandedTo(window.minimumSizeHint()))
    qtbot.wait(10)
    assert clipped(window.action_bar) == []
    assert clipped(window.details) == []
