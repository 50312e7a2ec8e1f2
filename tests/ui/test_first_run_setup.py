"""The first run after the mode question: device presets, starter products with their INCI
lists, the photo protocol — each step skippable — and the steps to a saved first session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from needlejournal.guidance import GuidanceSettings, ingredient_cautions
from needlejournal.journal.api import Journal
from needlejournal.journal.records import TreatmentRecord
from needlejournal.journal.starter_kit import DEVICE_PRESETS, STARTER_PRODUCTS, add_starter_kit
from needlejournal.ui.first_run_setup import FirstRunSetup
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.session_dialog import SessionDialog

MakeWindow = Callable[..., MainWindow]


class Steps:
    """Every click and keystroke the user makes, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, button: QAbstractButton | None) -> None:
        assert button is not None and button.isVisible() and button.isEnabled()
        self.count += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def mode_button(box: QMessageBox | None, text: str) -> QAbstractButton:
    assert box is not None
    (button,) = [b for b in box.buttons() if b.text() == text]
    return button


def setup_of(window: MainWindow) -> FirstRunSetup:
    found = [d for d in window.findChildren(FirstRunSetup) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_from_first_run_to_a_saved_first_session_in_under_ten_steps(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window(None)
    steps = Steps(qtbot)
    steps.click(mode_button(window.mode_question, "Just me"))
    setup = setup_of(window)
    assert setup.device_name.text() == "Derma roller 0.5 mm"  # the usual first device at home
    steps.click(setup.next)  # device: as preset
    steps.click(setup.next)  # products: all six ticked
    protocol = setup.protocol.text().lower()
    assert setup.protocol.isVisible()
    assert all(w in protocol for w in ("same light", "same distance", "no make-up", "45°"))
    steps.click(setup.next)  # photos: Finish
    devices, products = journal.list_devices(), journal.list_products()
    assert [d.name for d in devices] == ["Derma roller 0.5 mm"]
    assert len(products) == len(STARTER_PRODUCTS)
    bar = window.action_bar
    new_session = bar.widgetForAction(window.new_session_action)
    assert isinstance(new_session, QToolButton)
    steps.click(new_session)
    (dialog,) = [d for d in window.findChildren(SessionDialog) if d.isVisible()]
    assert dialog.device.currentData() == devices[0].id  # the one device, chosen already
    steps.click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    me = window.current_client()
    assert me is not None
    sessions = [e for e in journal.timeline(me.id).entries if isinstance(e, TreatmentRecord)]
    assert len(sessions) == 1 and sessions[0].device is not None
    assert sessions[0].device.name == "Derma roller 0.5 mm"
    assert steps.count < 10, steps.count
    assert steps.count == 6


def test_each_step_can_be_skipped_and_presets_are_editable(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window(None)
    qtbot.mouseClick(mode_button(window.mode_question, "I see clients"), Qt.MouseButton.LeftButton)
    setup = setup_of(window)
    assert setup.device_name.text() == "Dermapen 4"  # a clinic's usual pen
    names = [setup.device_list.item(i).text() for i in range(setup.device_list.count())]
    for wanted in ("0.25 mm", "0.5 mm", "1.0 mm", "Home", "Dermapen 4", "SkinPen", "RF", "stamp"):
        assert any(wanted.lower() in n.lower() for n in names), wanted
    setup.device_list.setCurrentRow(names.index(next(n for n in names if "SkinPen" in n)))
    setup.device_name.setText("SkinPen (room 2)")
    setup.device_needles.setValue(14)
    setup.next.click()
    setup.skip_step.click()  # no products
    setup.next.click()  # Finish
    assert [(d.name, d.needle_count) for d in journal.list_devices()] == [("SkinPen (room 2)", 14)]
    assert journal.list_products() == []


def test_skip_setup_saves_nothing(qtbot: QtBot, journal: Journal, make_window: MakeWindow) -> None:
    window = make_window(None)
    qtbot.mouseClick(mode_button(window.mode_question, "Just me"), Qt.MouseButton.LeftButton)
    setup = setup_of(window)
    setup.skip_all.click()
    assert not setup.isVisible()
    assert journal.list_devices() == [] and journal.list_products() == []
    assert journal.chosen_mode() == "personal"


def test_the_starter_products_make_guidance_work_from_day_one(journal: Journal) -> None:
    settings = GuidanceSettings()
    by_name = {p.name: p for p in STARTER_PRODUCTS}

    def flagged(name: str) -> bool:
        p = by_name[name]
        return bool(ingredient_cautions(p.ingredients, "post", settings, product=p.name))

    assert flagged("Retinol night cream")
    assert flagged("Vitamin C serum (L-ascorbic acid 15%)")
    assert not flagged("Hyaluronic serum")
    assert not flagged("Barrier balm")
    # Added twice (a second first run), nothing is doubled.
    add_starter_kit(journal, DEVICE_PRESETS[0], STARTER_PRODUCTS)
    add_starter_kit(journal, DEVICE_PRESETS[0], STARTER_PRODUCTS)
    assert len(journal.list_devices()) == 1 and len(journal.list_products()) == 6
