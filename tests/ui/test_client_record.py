"""The client record in the window (issue 11): phone, e-mail, date of birth or age band,
notes and the archived flag, each field's problem under it; the search box finds clients by
name, phone (digits), e-mail or notes, archived ones included, while the plain list leaves
archived clients out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def listed(window: MainWindow) -> list[str]:
    proxy = window.clients.proxy
    return sorted(str(proxy.index(r, 0).data()) for r in range(proxy.rowCount()))


def test_new_client_with_contact_details_and_birth_date_is_saved(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window("clinic")
    d = window.opener.new_client()
    assert d is not None
    qtbot.keyClicks(d.name, "Amelia Hart")
    qtbot.keyClicks(d.phone, "+44 20 7946 0958")
    qtbot.keyClicks(d.email, "amelia@example.com")
    d.has_birth_date.setChecked(True)
    d.birth_date.setDate(QDate(1988, 4, 12))
    qtbot.keyClicks(d.notes, "prefers mornings")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    (saved,) = journal.list_clients()
    c = saved.client
    assert (c.phone, c.email, c.birth_date, c.notes) == (
        "+44 20 7946 0958",
        "amelia@example.com",
        date(1988, 4, 12),
        "prefers mornings",
    )
    assert c.age_band is None


def test_a_bad_phone_or_email_is_said_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window("clinic")
    d = window.opener.new_client()
    assert d is not None
    qtbot.keyClicks(d.name, "Bea Klein")
    qtbot.keyClicks(d.phone, "call me")
    assert not d.phone_note.isHidden()
    assert "not a phone number" in d.phone_note.text()
    assert d.email_note.isHidden()
    qtbot.keyClicks(d.email, "bea@")
    assert "not an e-mail address" in d.email_note.text()
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert journal.list_clients(include_archived=True) == []
    assert "not a phone number" in d.problem_text()
    d.phone.setText("0170 1234567")
    assert d.phone_note.isHidden()
    d.email.setText("bea@example.org")
    assert d.email_note.isHidden()
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    (saved,) = journal.list_clients()
    assert saved.client.phone == "0170 1234567"


def test_an_age_band_instead_of_a_birth_date(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window("clinic")
    d = window.opener.new_client()
    assert d is not None
    qtbot.keyClicks(d.name, "Cora Lind")
    d.age_band.setCurrentIndex(d.age_band.findData("35-44"))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    (saved,) = journal.list_clients()
    assert (saved.client.age_band, saved.client.birth_date) == ("35-44", None)


def test_search_finds_by_phone_email_and_notes_and_finds_archived_clients(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    journal.save_client(ClientDraft("Amelia Hart", phone="+49 170 123 4567"))
    journal.save_client(ClientDraft("Bea Klein", email="bea@studio.example"))
    journal.save_client(ClientDraft("Cora Lind", notes="allergic to lidocaine", archived=True))
    window = make_window("clinic")
    assert listed(window) == ["Amelia Hart", "Bea Klein"]  # archived: not on the list
    search = window.clients.search
    for query, found in (
        ("1701234567", ["Amelia Hart"]),
        ("170-123", ["Amelia Hart"]),
        ("studio.example", ["Bea Klein"]),
        ("LIDOCAINE", ["Cora Lind"]),
        ("cora", ["Cora Lind"]),
        ("nobody", []),
    ):
        search.setText(query)
        assert listed(window) == found, query
    search.setText("cora")
    proxy = window.clients.proxy
    assert "Archived" in str(proxy.index(0, 0).data(window.clients.model.SubtitleRole))
    search.clear()
    assert listed(window) == ["Amelia Hart", "Bea Klein"]


def test_archiving_in_the_dialog_takes_the_client_off_the_list(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    amelia = journal.save_client(ClientDraft("Amelia Hart")).client
    journal.save_client(ClientDraft("Bea Klein"))
    window = make_window("clinic")
    window.clients.select_client(amelia.id)
    d = window.opener.edit_client()
    assert d is not None
    assert not d.archived.isChecked()
    d.archived.setChecked(True)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert journal.find_client("Amelia Hart").archived
    assert listed(window) == ["Bea Klein"]
    window.clients.search.setText("amelia")
    assert listed(window) == ["Amelia Hart"]
