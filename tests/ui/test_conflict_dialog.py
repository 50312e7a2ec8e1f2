"""The conflict dialog (issue 13): a save refused because another seat changed the record shows
who and when, the differing fields side by side, and each of Reload, Keep mine and Merge
reaches the journal as chosen; clients, sessions, skin checks and photos all use it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import client_with_history
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot
from test_gallery import open_gallery, seed

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import (
    AreaDraft,
    AreaRecord,
    ClientDraft,
    ClientRecord,
    ObservationDraft,
    ObservationRecord,
    PhotoEdit,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.ui.client_dialog import ClientDialog
from needlejournal.ui.conflict_dialog import ConflictDialog, ConflictField, Resolution
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def _other_seat(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, change: Callable[[Journal], object]
) -> None:
    """``change`` saved by a second seat (its own connection, its own seat name)."""
    monkeypatch.setenv("NEEDLEJOURNAL_SEAT", "FRONT-DESK")
    other = Journal.open(journal.paths)
    try:
        change(other)
    finally:
        other.close()
        monkeypatch.setenv("NEEDLEJOURNAL_SEAT", "ROOM-2")


def _client_draft(c: ClientRecord, **changes: object) -> ClientDraft:
    draft = ClientDraft(c.name, c.skin_type, c.concerns, c.contraindications, c.consent_on,
                        c.notes, c.is_self, c.archived, c.id, c.version)  # fmt: skip
    return replace(draft, **changes)  # type: ignore[arg-type]


def _conflicting_client_edit(
    journal: Journal, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, ClientDialog, ConflictDialog, ClientRecord]:
    """Ada edited here (notes, skin type) while FRONT-DESK changed her concerns and notes."""
    monkeypatch.setenv("NEEDLEJOURNAL_SEAT", "ROOM-2")
    ada = journal.save_client(ClientDraft("Ada Lovelace", skin_type="II")).client
    window = make_window("clinic")
    window.clients.select_client(ada.id)
    d = window.opener.edit_client()
    assert isinstance(d, ClientDialog)
    _other_seat(journal, monkeypatch, lambda j: j.save_client(
        _client_draft(ada, concerns="acne scars", notes="Tuesdays only")))  # fmt: skip
    d.notes.setPlainText("allergic to lidocaine")
    d.skin_type.setCurrentIndex(d.skin_type.findData("III"))
    d.try_save()
    conflict = window.opener.conflict
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    return window, d, conflict, ada


def test_dialog_lists_fields_side_by_side_and_reports_each_choice(qtbot: QtBot) -> None:
    fields: list[ConflictField | tuple[str, str, str]] = [
        ("Notes", "theirs note", "my note"),
        ConflictField("Pain", "4 / 10", "—", False),
    ]
    dialog = ConflictDialog("Changed on seat FRONT-DESK.", fields)
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.findChildren(QRadioButton)]
    assert texts == ["theirs note", "my note", "4 / 10", "—"]
    assert dialog.picked_theirs() == (1,)  # a field I did not change starts on theirs
    dialog.pick(0, theirs=True)
    dialog.pick(1, theirs=False)
    with qtbot.waitSignal(dialog.chosen) as merged:
        dialog.merge_button.click()
    assert merged.args == [Resolution.MERGE, (0,)]
    for button, expected in ((dialog.reload_button, Resolution.RELOAD),
                             (dialog.keep_button, Resolution.KEEP_MINE)):  # fmt: skip
        with qtbot.waitSignal(dialog.chosen) as chose:
            button.click()
        assert chose.args == [expected, ()]


def test_client_conflict_says_who_and_when_and_merge_lands_field_by_field(
    journal: Journal, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, d, conflict, ada = _conflicting_client_edit(journal, make_window, monkeypatch)
    assert "changed on seat FRONT-DESK at " in conflict.headline.text()
    assert "changed elsewhere" in d.problem_text()  # the edit says it too, nothing lost
    labels = [f.label for f in conflict.fields]
    assert labels == ["Fitzpatrick skin type", "Concerns", "Notes"]
    assert [(f.theirs, f.mine) for f in conflict.fields][2] == (
        "Tuesdays only",
        "allergic to lidocaine",
    )
    assert conflict.picked_theirs() == (1,)  # concerns: untouched here, so theirs by default
    conflict.pick(2, theirs=True)  # their notes, my skin type, their concerns
    conflict.merge_button.click()
    stored = journal.find_client(str(ada.id))
    assert (stored.skin_type, stored.concerns, stored.notes) == (
        "III",
        "acne scars",
        "Tuesdays only",
    )
    assert not d.isVisible()  # saved and closed
    assert window.current_client() is not None and window.current_client().skin_type == "III"  # type: ignore[union-attr]


def test_keep_mine_overwrites_their_client_change(
    journal: Journal, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _w, _d, conflict, ada = _conflicting_client_edit(journal, make_window, monkeypatch)
    conflict.keep_button.click()
    stored = journal.find_client(str(ada.id))
    assert (stored.skin_type, stored.concerns, stored.notes) == ("III", "", "allergic to lidocaine")


def test_reload_discards_mine_and_reopens_the_stored_client(
    journal: Journal, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, d, conflict, ada = _conflicting_client_edit(journal, make_window, monkeypatch)
    before = journal.find_client(str(ada.id))
    conflict.reload_button.click()
    assert journal.find_client(str(ada.id)) == before  # nothing written
    reopened = window.opener.current
    assert isinstance(reopened, ClientDialog) and reopened is not d
    assert reopened.notes.toPlainText() == "Tuesdays only"
    assert reopened.concerns.text() == "acne scars"
    reopened.notes.setPlainText("Tuesdays only; allergic to lidocaine")
    reopened.try_save()  # the reloaded edit is at the stored version: it lands
    assert journal.find_client(str(ada.id)).notes == "Tuesdays only; allergic to lidocaine"


def test_cancel_keeps_the_edit_open_and_unsaved(
    journal: Journal, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, d, conflict, ada = _conflicting_client_edit(journal, make_window, monkeypatch)
    conflict.cancel_button.click()
    assert d.isVisible() and d.notes.toPlainText() == "allergic to lidocaine"
    assert d.save_button.isEnabled()
    assert journal.find_client(str(ada.id)).notes == "Tuesdays only"


def test_session_conflict_merges_through_the_session_dialog(
    journal: Journal, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = client_with_history(journal)
    window = make_window("clinic")
    window.clients.select_client(client.id)
    newest = window.timeline_model.treatments()[0]
    d = window.opener.edit_session(newest)
    assert d is not None

    def theirs(j: Journal) -> None:
        t = j.get_treatment(newest.id)
        j.save_treatment(TreatmentDraft(
            t.client_id, t.performed_at, tuple(replace_area(a) for a in t.areas),
            t.device.id if t.device else None, (), pain=7, notes="theirs",
            id=t.id, version=t.version))  # fmt: skip

    _other_seat(journal, monkeypatch, theirs)
    d.notes.setPlainText("mine")
    d.try_save()
    conflict = window.opener.conflict
    assert conflict is not None and conflict.isVisible()
    by_label = {f.label: i for i, f in enumerate(conflict.fields)}
    assert {"Pain", "Notes"} <= set(by_label)
    conflict.pick(by_label["Pain"], theirs=True)
    conflict.pick(by_label["Notes"], theirs=False)
    conflict.merge_button.click()
    stored = journal.get_treatment(newest.id)
    assert (stored.pain, stored.notes) == (7, "mine")
    shown = window.timeline_model.treatments()[0]
    assert isinstance(shown, TreatmentRecord) and shown.notes == "mine"


def replace_area(a: AreaRecord) -> AreaDraft:
    return AreaDraft(a.area, a.depth_mm, a.passes, a.endpoint)


def test_skin_check_conflict_keep_mine(
    journal: Journal, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = client_with_history(journal)
    window = make_window("clinic")
    window.clients.select_client(client.id)
    check = next(e for e in journal.timeline(client.id).entries if isinstance(e, ObservationRecord))
    d = window.opener.edit_observation(check)
    assert d is not None
    theirs = ObservationDraft(
        check.client_id, check.observed_at, tone_score=9, id=check.id, version=check.version
    )
    _other_seat(journal, monkeypatch, lambda j: j.save_observation(theirs))
    d.note.setPlainText("calmer today")
    d.try_save()
    conflict = window.opener.conflict
    assert conflict is not None
    assert "Note" in [f.label for f in conflict.fields]
    conflict.keep_button.click()
    stored = next(
        e for e in journal.timeline(client.id).entries
        if isinstance(e, ObservationRecord) and e.id == check.id
    )  # fmt: skip
    assert stored.note == "calmer today" and stored.tone_score == check.tone_score


def test_photo_conflict_reload_shows_the_stored_details(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    viewer = gallery.open_viewer(gallery.model.index(0))
    assert viewer is not None
    shown = viewer.current()
    assert shown is not None

    def theirs(j: Journal) -> None:
        lib = PhotoLibrary(j)
        lib.update(replace(PhotoEdit.of(lib.get(shown.id)), note="ring light, desk 2"))

    _other_seat(journal, monkeypatch, theirs)
    viewer.details.note.setPlainText("window light")
    viewer.details.save_button.click()
    conflict = viewer.conflict
    assert conflict is not None and conflict.isVisible()
    assert [(f.label, f.theirs, f.mine) for f in conflict.fields] == [
        ("Note", "ring light, desk 2", "window light")
    ]
    conflict.reload_button.click()
    assert viewer.details.note.toPlainText() == "ring light, desk 2"
    assert PhotoLibrary(journal).get(shown.id).note == "ring light, desk 2"
    viewer.details.note.setPlainText("ring light, desk 2, no flash")
    viewer.details.save_button.click()  # now at the stored version: it lands
    assert PhotoLibrary(journal).get(shown.id).note == "ring light, desk 2, no flash"
