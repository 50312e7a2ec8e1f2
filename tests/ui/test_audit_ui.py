"""The window's audit trail (issue 13): Library → Audit trail… lists who did what from which
seat, filters by client and action, says whether the chain is intact, exports CSV; the seat
name is set in Settings."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.seat import seat_name
from needlejournal.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _seat_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEEDLEJOURNAL_SEAT", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _rows(window: MainWindow) -> list[list[str]]:
    dialog = window.clinic_actions.audit_dialog
    assert dialog is not None
    m = dialog.model
    columns = range(m.columnCount())
    return [[str(m.data(m.index(r, c))) for c in columns] for r in range(m.rowCount())]


def test_audit_dialog_lists_filters_verifies_and_exports(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("NEEDLEJOURNAL_SEAT", "FRONT-DESK")
    ana = journal.save_client(ClientDraft("Ana")).client
    ben = journal.save_client(ClientDraft("Ben")).client
    journal.save_client(ClientDraft("Ana B", id=ana.id, version=ana.version))
    window = make_window("clinic")
    assert window.clinic_actions.audit_action in window.library_menu.actions()
    window.clinic_actions.audit_action.trigger()
    dialog = window.clinic_actions.audit_dialog
    assert dialog is not None and dialog.isVisible()
    rows = _rows(window)
    about = [r for r in rows if "client" in r[4]]
    assert [(r[1], r[3], r[4]) for r in about] == [
        ("FRONT-DESK", f"Ana B (#{ana.id})", f"created client {ana.id}"),
        ("FRONT-DESK", f"Ben (#{ben.id})", f"created client {ben.id}"),
        ("FRONT-DESK", f"Ana B (#{ana.id})", f"changed client {ana.id} (name)"),
    ]
    assert "intact" in dialog.chain.text()
    dialog.client.setCurrentIndex(dialog.client.findData(ben.id))
    assert [r[4] for r in _rows(window)] == [f"created client {ben.id}"]
    dialog.client.setCurrentIndex(0)
    dialog.action.setCurrentIndex(dialog.action.findData("changed"))
    assert [r[4] for r in _rows(window)] == [f"changed client {ana.id} (name)"]

    out = tmp_path / "trail.csv"
    monkeypatch.setattr("needlejournal.ui.audit_dialog.ask_save_path", lambda *_a: str(out))
    dialog.export_csv()
    with out.open(newline="") as f:
        exported = list(csv.DictReader(f))
    assert [r["action"] for r in exported] == ["changed"]
    assert "Wrote 1 line" in dialog.summary.text()

    with journal.engine.begin() as c:
        c.execute(text("UPDATE audit_entry SET os_user = 'mallory' WHERE id = 1"))
    dialog.action.setCurrentIndex(0)
    assert "broken" in dialog.chain.text() and "line 1 was changed" in dialog.chain.text()


def test_seat_name_is_set_in_settings(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("clinic")
    dialog = window.opener.guidance_settings()
    assert dialog is not None
    dialog.seat.setText("   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "seat name" in dialog.problem_text()
    dialog.seat.setText("  Treatment   room 2 ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert seat_name() == "Treatment room 2"
    again = window.opener.guidance_settings()
    assert again is not None and again.seat.text() == "Treatment room 2"
