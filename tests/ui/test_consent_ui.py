"""Consent on file, export and erasure from the window (issue 11): the Consents dialog adds a
consent with its signed document and shows an image document in the app; a new session of a
client without a current treatment consent shows the guidance warning with its source; a
client is exported to a zip and erased only after their name is typed."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.consents import ConsentDraft, list_consents, save_consent
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def scan(path: Path) -> Path:
    Image.new("RGB", (300, 420), (240, 240, 235)).save(path, "PNG")
    return path


def test_adding_a_consent_with_a_scanned_document_and_viewing_it(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    ana = journal.save_client(ClientDraft("Ana Lima")).client
    window = make_window("clinic")
    window.clients.select_client(ana.id)
    actions = window.clinic_actions.client_data
    assert actions.consents_action.isEnabled()
    actions.consents_action.trigger()
    d = actions.consents_dialog
    assert d is not None
    assert "No consent on file" in d.status.text()
    d.kind.setCurrentIndex(d.kind.findData("treatment"))
    d.given_on.setDate(QDate(2026, 11, 2))
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert "who took the consent" in d.taken_note.text()  # said under the field
    assert journal.run(lambda s: list_consents(s, ana.id)) == []
    qtbot.keyClicks(d.taken_by, "Eva Costa")
    d.set_document(scan(tmp_path / "form.png"))
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    (saved,) = journal.run(lambda s: list_consents(s, ana.id))
    assert (saved.kind, saved.given_on, saved.taken_by) == (
        "treatment",
        date(2026, 11, 2),
        "Eva Costa",
    )
    assert saved.document_type == "image/png" and saved.document_name == "form.png"
    assert d.model.rowCount() == 1
    assert "A treatment consent holds today" in d.status.text()
    d.open_selected(d.model.index(0, 0))
    assert d.viewer is not None and d.viewer.isVisible()
    pixmap = d.viewer.image.pixmap()
    assert pixmap is not None and not pixmap.isNull()


def test_a_new_session_without_treatment_consent_shows_the_warning(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    ana = journal.save_client(ClientDraft("Ana Lima")).client
    bea = journal.save_client(ClientDraft("Bea Klein")).client
    save_consent(journal, ConsentDraft(bea.id, "treatment", date(2026, 1, 1), "Eva"))
    window = make_window("clinic")
    window.clients.select_client(ana.id)
    d = window.opener.new_session()
    assert d is not None
    qtbot.waitUntil(lambda: not d.guidance.isHidden(), timeout=3000)
    assert "no treatment consent on file" in d.guidance.text()
    assert any(w.rule == "consent" and w.source for w in d.current_warnings())
    d.reject()
    window.clients.select_client(bea.id)
    d2 = window.opener.new_session()
    assert d2 is not None
    assert not any(w.rule == "consent" for w in d2.current_warnings())


def test_export_from_the_window_writes_the_zip(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    ana = journal.save_client(ClientDraft("Ana Lima", phone="0170 1234567")).client
    window = make_window("clinic")
    window.clients.select_client(ana.id)
    target = tmp_path / "ana.zip"
    window.clinic_actions.client_data.export_client(target)
    with zipfile.ZipFile(target) as z:
        assert "client.json" in z.namelist()
        assert b"0170 1234567" in z.read("client.json")
    assert "Exported Ana Lima" in window.status.text()


def test_erasing_from_the_window_needs_the_name_typed(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    ana = journal.save_client(ClientDraft("Ana Lima", notes="unique-note-4711")).client
    journal.save_client(ClientDraft("Bea Klein"))
    window = make_window("clinic")
    window.clients.select_client(ana.id)
    actions = window.clinic_actions.client_data
    actions.erase_action.trigger()
    confirm = actions.confirmation
    assert confirm is not None and confirm.isVisible()
    assert not confirm.erase_button.isEnabled()
    qtbot.keyClicks(confirm.typed, "Ana Lim")
    assert not confirm.erase_button.isEnabled()
    confirm.reject()
    assert [c.name for c in journal.list_clients()] == ["Ana Lima", "Bea Klein"]

    actions.erase_action.trigger()
    confirm = actions.confirmation
    assert confirm is not None
    qtbot.keyClicks(confirm.typed, "ana lima")
    assert confirm.erase_button.isEnabled()
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Erased Ana Lima" in window.status.text(), timeout=10000)
    assert [c.name for c in journal.list_clients(include_archived=True)] == ["Bea Klein"]
    qtbot.waitUntil(lambda: window.clients.model.row_of(ana.id) < 0, timeout=5000)


def test_erasing_from_the_window_offers_to_delete_backups_that_hold_the_client(
    qtbot: QtBot,
    journal: Journal,
    make_window: MakeWindow,
    confirm_yes: list[str],
) -> None:
    ana = journal.save_client(ClientDraft("Ana Lima-Unique")).client
    journal.save_client(ClientDraft("Bea Klein"))
    old_backup = journal.paths.backup_dir / "old-backup.zip"
    with zipfile.ZipFile(old_backup, "w") as z:
        z.writestr("clients.txt", "Ana Lima-Unique")
    window = make_window("clinic")
    window.clients.select_client(ana.id)
    actions = window.clinic_actions.client_data
    actions.erase_action.trigger()
    confirm = actions.confirmation
    assert confirm is not None
    qtbot.keyClicks(confirm.typed, "Ana Lima-Unique")
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "deleted the backups" in window.status.text(), timeout=10000)
    assert any("old-backup.zip" in q for q in confirm_yes)
    assert not old_backup.exists()
