"""Conflicts a person can resolve (issue 13), on SQLite and PostgreSQL: who changed the record and
when, the fields that differ, and Keep mine / Merge landing against the stored version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from needlejournal.journal.api import Journal
from needlejournal.journal.conflicts import Names, changed_phrase, differences, resolved
from needlejournal.journal.errors import Conflict
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    ClientRecord,
    DeviceRecord,
    ObservationDraft,
    ObservationRecord,
    PhotoDraft,
    PhotoEdit,
    PhotoRecord,
    ProductRecord,
    ProductUseDraft,
    TreatmentDraft,
    TreatmentRecord,
)

Ago = Callable[[float], datetime]


def _as_seat(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("NEEDLEJOURNAL_SEAT", name)


def _stamp(journal: Journal, table: str, row_id: int) -> str:
    with journal.engine.connect() as c:
        return str(
            c.execute(text(f"SELECT changed_by FROM {table} WHERE id = :i"), {"i": row_id}).scalar()
        )


def _client_draft(c: ClientRecord, **changes: object) -> ClientDraft:
    base = ClientDraft(
        c.name, c.skin_type, c.concerns, c.contraindications, c.consent_on, c.notes,
        c.is_self, c.archived, c.id, c.version,
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def test_every_insert_and_update_says_which_seat_and_user(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, ago: Ago
) -> None:
    _as_seat(monkeypatch, "FRONT-DESK")
    ada = journal.save_client(ClientDraft("Ada")).client
    from needlejournal.seat import os_user

    assert _stamp(journal, "client", ada.id) == f"FRONT-DESK ({os_user()})"
    _as_seat(monkeypatch, "ROOM 2")
    journal.save_client(_client_draft(ada, notes="prefers mornings"))
    assert _stamp(journal, "client", ada.id) == f"ROOM 2 ({os_user()})"
    saved = journal.save_treatment(TreatmentDraft(ada.id, ago(3), (AreaDraft("cheeks", 1.0),)))
    assert _stamp(journal, "treatment", saved.treatment.id).startswith("ROOM 2 (")


def test_a_stale_client_edit_says_who_changed_it_when_and_what_differs(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_seat(monkeypatch, "ROOM 2")
    ada = journal.save_client(ClientDraft("Ada", skin_type="II", notes="")).client
    _as_seat(monkeypatch, "FRONT-DESK")
    journal.save_client(_client_draft(ada, concerns="acne scars", notes="moved to Tuesdays"))
    _as_seat(monkeypatch, "ROOM 2")
    mine = _client_draft(ada, skin_type="III", notes="allergic to lidocaine")
    with pytest.raises(Conflict) as caught:
        journal.save_client(mine)
    conflict = caught.value
    assert "changed on seat FRONT-DESK at " in str(conflict)
    assert "This client was changed elsewhere (" in str(conflict)
    assert datetime.now().astimezone().strftime("at %H:") in str(conflict)
    theirs = conflict.theirs
    assert isinstance(theirs, ClientRecord) and theirs.version == ada.version + 1
    assert conflict.changed_by.startswith("FRONT-DESK (")
    diffs = {d.label: d for d in differences(theirs, mine, base=ada)}
    assert set(diffs) == {"Fitzpatrick skin type", "Concerns", "Notes"}
    assert (diffs["Notes"].theirs, diffs["Notes"].mine) == (
        "moved to Tuesdays",
        "allergic to lidocaine",
    )
    assert (diffs["Concerns"].theirs, diffs["Concerns"].mine) == ("acne scars", "—")
    assert not diffs["Concerns"].mine_changed and diffs["Notes"].mine_changed
    # Merge: their concerns, my skin type and notes; saved against their version.
    merged = journal.save_client(resolved(mine, theirs, {"concerns"})).client
    assert (merged.skin_type, merged.concerns, merged.notes) == (
        "III",
        "acne scars",
        "allergic to lidocaine",
    )
    assert merged.version == theirs.version + 1


def test_keep_mine_overwrites_knowingly_and_a_second_stale_save_conflicts_again(
    journal: Journal,
) -> None:
    ada = journal.save_client(ClientDraft("Ada")).client
    journal.save_client(_client_draft(ada, notes="theirs"))
    mine = _client_draft(ada, notes="mine")
    with pytest.raises(Conflict) as caught:
        journal.save_client(mine)
    kept = resolved(mine, caught.value.theirs)
    journal.save_client(_client_draft(journal.find_client(str(ada.id)), concerns="a third seat"))
    with pytest.raises(Conflict):  # Keep mine against a version that is already old again
        journal.save_client(kept)
    again = journal.find_client(str(ada.id))
    landed = journal.save_client(resolved(mine, again)).client
    assert landed.notes == "mine" and landed.concerns == ""


def test_an_areas_only_edit_is_never_lost_to_a_stale_notes_edit(journal: Journal, ago: Ago) -> None:
    """Editing only a session's areas must count as a change of the session (version bump)."""
    me = journal.ensure_self()
    first = journal.save_treatment(
        TreatmentDraft(me.id, ago(3), (AreaDraft("cheeks", 1.0),))
    ).treatment
    draft = TreatmentDraft(
        me.id, first.performed_at, (AreaDraft("cheeks", 1.0),), id=first.id, version=first.version
    )
    journal.save_treatment(replace(draft, areas=(AreaDraft("forehead", 0.5),)))
    with pytest.raises(Conflict) as caught:
        journal.save_treatment(replace(draft, notes="mine"))
    theirs = caught.value.theirs
    assert isinstance(theirs, TreatmentRecord)
    assert [a.area for a in theirs.areas] == ["forehead"]
    assert [a.area for a in journal.get_treatment(first.id).areas] == ["forehead"]


def test_session_conflict_names_devices_and_products_and_merges_parts(
    journal: Journal, pen: DeviceRecord, serums: dict[str, ProductRecord], ago: Ago
) -> None:
    me = journal.ensure_self()
    ha, vc = serums["Hyaluronic serum"], serums["C-Firma 15%"]
    areas, uses = (AreaDraft("cheeks", 1.0),), (ProductUseDraft(ha.id, "post"),)
    first = journal.save_treatment(TreatmentDraft(me.id, ago(3), areas, pen.id, uses)).treatment
    base = TreatmentDraft(
        me.id, first.performed_at, areas, pen.id, uses, id=first.id, version=first.version
    )
    journal.save_treatment(
        replace(base, products=(ProductUseDraft(vc.id, "post", "LOT-9"),), pain=4)
    )
    mine = replace(base, areas=(AreaDraft("cheeks", 1.5, 2),), device_id=None, notes="redness")
    with pytest.raises(Conflict) as caught:
        journal.save_treatment(mine)
    theirs = caught.value.theirs
    assert isinstance(theirs, TreatmentRecord)
    diffs = {d.label: d for d in differences(theirs, mine, base=first, names=Names())}
    assert set(diffs) == {"Device", "Areas", "Products", "Pain", "Notes"}
    assert (diffs["Device"].theirs, diffs["Device"].mine) == ("Dermapen 4", "no device")
    assert diffs["Products"].theirs == "C-Firma 15% (post, lot LOT-9)"
    assert diffs["Products"].mine == "Hyaluronic serum (post)"
    assert diffs["Areas"].mine == "cheeks 1.5 mm ×2"
    assert (diffs["Pain"].theirs, diffs["Pain"].mine) == ("4 / 10", "—")
    saved = journal.save_treatment(resolved(mine, theirs, {"products", "pain", "device_id"}))
    t = saved.treatment
    assert [(p.product_name, p.lot_number) for p in t.products] == [("C-Firma 15%", "LOT-9")]
    assert [(a.area, a.depth_mm) for a in t.areas] == [("cheeks", 1.5)]
    assert (t.pain, t.notes, t.device and t.device.name) == (4, "redness", "Dermapen 4")


def test_skin_check_conflict_and_keep_mine(journal: Journal, ago: Ago) -> None:
    me = journal.ensure_self()
    o = journal.save_observation(ObservationDraft(me.id, ago(2), texture_score=5))
    draft = ObservationDraft(me.id, o.observed_at, texture_score=5, id=o.id, version=o.version)
    journal.save_observation(replace(draft, tone_score=7))
    mine = replace(draft, texture_score=6, note="smoother")
    with pytest.raises(Conflict, match="skin check was changed") as caught:
        journal.save_observation(mine)
    theirs = caught.value.theirs
    assert isinstance(theirs, ObservationRecord)
    labels = [d.label for d in differences(theirs, mine, base=o)]
    assert labels == ["Texture", "Tone", "Note"]
    kept = journal.save_observation(resolved(mine, theirs))
    assert (kept.texture_score, kept.tone_score, kept.note) == (6, None, "smoother")


def test_photo_conflict_carries_the_stored_photo(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import Image

    me = journal.ensure_self()
    src = tmp_path / "face.jpg"
    Image.new("RGB", (64, 48), (180, 140, 120)).save(src)
    photos = PhotoLibrary(journal)
    photo = photos.get(photos.import_one(src, PhotoDraft(me.id)).id)
    _as_seat(monkeypatch, "TREATMENT-ROOM")
    photos.update(replace(PhotoEdit.of(photo), note="theirs", view="left45"))
    mine = replace(PhotoEdit.of(photo), note="mine")
    with pytest.raises(Conflict, match="on seat TREATMENT-ROOM") as caught:
        photos.update(mine)
    theirs = caught.value.theirs
    assert isinstance(theirs, PhotoRecord)
    diffs = {d.field: d for d in differences(theirs, mine, base=photo)}
    assert set(diffs) == {"note", "view"}
    assert not diffs["view"].mine_changed
    merged = photos.update(resolved(mine, theirs, {"view"}))
    assert (merged.note, merged.view) == ("mine", "left45")


def test_a_merge_names_only_fields_the_record_has(journal: Journal) -> None:
    ada = journal.save_client(ClientDraft("Ada")).client
    with pytest.raises(ValueError, match="Not a field"):
        resolved(_client_draft(ada), ada, {"colour"})


def test_changed_phrase_reads_the_local_time_and_the_day_when_not_today() -> None:
    tz = timezone(timedelta(hours=2))
    at = datetime(2026, 3, 4, 8, 42, tzinfo=UTC)
    same_day = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
    assert changed_phrase("FRONT-DESK (ana)", at, now=same_day, tz=tz) == (
        "changed on seat FRONT-DESK at 10:42 by ana"
    )
    assert changed_phrase("FRONT-DESK (ana)", at, now=same_day + timedelta(days=1), tz=tz) == (
        "changed on seat FRONT-DESK on 4 Mar 2026 at 10:42 by ana"
    )
    assert changed_phrase("", at, now=same_day, tz=tz) == "changed elsewhere at 10:42"
