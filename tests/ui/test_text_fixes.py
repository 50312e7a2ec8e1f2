"""Words the window shows: counts agree, areas by their labels, no stray "Saved.", room for
every label (issue 9's text fixes)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from helpers import library
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from needlejournal.guidance.defaults import DEFAULT_WASHOUT_DAYS
from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.journal.validation import treatment_field_problems
from needlejournal.paths import resolve
from needlejournal.ui import startup
from needlejournal.ui.guidance_dialog import GuidanceDialog
from needlejournal.ui.library_dialogs import LibraryDialog
from needlejournal.ui.main_window import MainWindow, journal_settings
from needlejournal.ui.session_dialog import SessionDialog

MakeWindow = Callable[..., MainWindow]


def test_downtime_and_washout_days_agree_with_their_number(make_window: MakeWindow) -> None:
    window = make_window("personal")
    dialog = window.opener.new_session()
    assert isinstance(dialog, SessionDialog)
    dialog.downtime.setValue(1)
    assert dialog.downtime.text() == "1 day"
    dialog.downtime.setValue(2)
    assert dialog.downtime.text() == "2 days"
    dialog.reject()
    guidance = window.opener.guidance_settings()
    assert isinstance(guidance, GuidanceDialog)
    spin = next(iter(guidance.washout.values()))
    spin.setValue(1)
    assert spin.text() == "1 day"
    guidance.reject()


def test_area_problems_name_the_area_by_its_label() -> None:
    draft = TreatmentDraft(
        client_id=1,
        performed_at=datetime(2026, 3, 4, 10, tzinfo=UTC),
        areas=(AreaDraft("cheeks", 0.0, 0, "erythema"), AreaDraft("cheeks", 0.5, 1, "erythema")),
    )
    messages = [p.message for p in treatment_field_problems(draft)]
    assert any(m.startswith("Needle depth for Cheeks must be") for m in messages), messages
    assert "Passes for Cheeks must be at least 1." in messages
    assert "Cheeks is listed twice." in messages
    assert not any(" cheeks" in m for m in messages)


def test_guidance_dialog_names_every_washout_category_in_full(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window("personal")
    dialog = window.opener.guidance_settings()
    assert isinstance(dialog, GuidanceDialog)
    qtbot.waitExposed(dialog)
    labels = []
    for category, spin in dialog.washout.items():
        box = spin.parentWidget()
        assert box is not None
        form = box.layout()
        assert isinstance(form, QFormLayout)
        label = form.labelForField(spin)
        assert isinstance(label, QLabel), category
        labels.append(label.text())
        assert label.width() >= label.sizeHint().width(), label.text()  # nothing cut off
    assert len(labels) == len(DEFAULT_WASHOUT_DAYS)
    for text in labels:
        assert text[:1].isupper() and "…" not in text and "_" not in text, text


def _item_fits(view: QListWidget, row: int) -> bool:
    item = view.item(row)
    rect = view.visualItemRect(item)
    inner = QRect(rect).adjusted(4, 0, -4, 0)  # the item's own text margins
    needed = view.fontMetrics().boundingRect(inner, int(Qt.TextFlag.TextWordWrap), item.text())
    return needed.height() <= rect.height() and needed.width() <= rect.width()


def test_library_lists_show_whole_names(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    from needlejournal.journal.records import ProductDraft

    library(journal)
    journal.save_product(
        ProductDraft("C-Bright 15 Vitamin C Serum", "Lumière Lab", "serum", ("ascorbic acid",))
    )
    window = make_window("personal")
    dialog = window.opener.product_library()
    assert isinstance(dialog, LibraryDialog)
    qtbot.waitExposed(dialog)
    view = dialog.list
    qtbot.wait(50)  # the list lays its items out after it is shown
    assert view.count() == 3
    cut = [view.item(r).text() for r in range(view.count()) if not _item_fits(view, r)]
    assert cut == []


def test_no_saved_in_the_status_line_at_start_up(qtbot: QtBot, tmp_path: Path) -> None:
    """The real start-up (worker threads), and choosing the journal's mode, say no "Saved."."""
    paths = resolve(tmp_path / "data")
    paths.ensure()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow(journal_settings(paths.window_state_file), deferred=True)
    qtbot.addWidget(window)
    said: list[str] = []
    show = window.status.setText

    def remember(text: str) -> None:
        said.append(text)
        show(text)

    window.status.setText = remember  # type: ignore[method-assign]
    window.show()
    opened: list[Journal] = []
    startup.finish_start(app, window, paths, opened)
    try:
        # A new journal asks who it is for first (ui/first_run): answering sets the mode too.
        qtbot.waitUntil(lambda: window.mode_question is not None)
        box = window.mode_question
        assert box is not None
        (just_me,) = [b for b in box.buttons() if b.text() == "Just me"]
        just_me.click()
        qtbot.waitUntil(lambda: window.controller is not None and window.clients.isEnabled())
        window.clinic_action.trigger()  # and switching it later
        # reloaded in clinic mode: the status line counts the clients
        qtbot.waitUntil(lambda: re.fullmatch(r"\d+ clients?", window.status.text()) is not None)
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            qtbot.wait(20)
        assert "Saved." not in said and "Saving…" not in said, said
    finally:
        window.close()
        window.workers.journal.wait()
        for journal in opened:
            journal.close()


def test_a_user_save_still_says_saved(make_window: MakeWindow, journal: Journal) -> None:
    window = make_window("clinic")
    journal.save_client(ClientDraft("Olivia Ito"))
    assert window.controller is not None
    window.controller.save_client(ClientDraft("Bea Klein"), lambda _c: None, lambda _p: None)
    assert window.status.text() == "Saved."
