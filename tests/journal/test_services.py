"""Use-cases against a real journal: clients, libraries, sessions, skin checks, timeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import Conflict, InvalidInput, NotFound
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceDraft,
    DeviceRecord,
    ObservationDraft,
    ProductDraft,
    ProductRecord,
    ProductUseDraft,
    TreatmentDraft,
)

Ago = Callable[[float], datetime]


def test_personal_mode_has_one_me(journal: Journal) -> None:
    assert journal.mode() == "personal"
    me = journal.ensure_self()
    assert journal.ensure_self() == me
    assert [c.name for c in journal.list_clients()] == ["Me"]


def test_client_search_counts_and_archive(journal: Journal, ago: Ago) -> None:
    journal.set_mode("clinic")
    ada = journal.save_client(ClientDraft("Ada Lovelace", skin_type="II", concerns="acne scars"))
    journal.save_client(ClientDraft("Grace Hopper", concerns="fine lines"))
    journal.save_treatment(TreatmentDraft(ada.id, ago(40), (AreaDraft("cheeks", 1.0),)))
    journal.save_treatment(TreatmentDraft(ada.id, ago(5), (AreaDraft("cheeks", 1.0),)))
    listed = {c.name: c for c in journal.list_clients()}
    assert listed["Ada Lovelace"].treatment_count == 2
    last = listed["Ada Lovelace"].last_treatment_at
    assert last is not None and last.tzinfo is not None
    assert abs(last - ago(5)) < timedelta(minutes=1)
    assert listed["Grace Hopper"].treatment_count == 0
    assert [c.name for c in journal.list_clients("ADA")] == ["Ada Lovelace"]
    assert [c.name for c in journal.list_clients("lines")] == ["Grace Hopper"]
    journal.save_client(
        replace(ClientDraft("Grace Hopper", archived=True), id=listed["Grace Hopper"].id)
    )
    assert [c.name for c in journal.list_clients()] == ["Ada Lovelace"]
    assert len(journal.list_clients(include_archived=True)) == 2


def test_client_validation_and_lookup(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="needs a name"):
        journal.save_client(ClientDraft("   "))
    with pytest.raises(InvalidInput, match="Fitzpatrick"):
        journal.save_client(ClientDraft("Bo", skin_type="VII"))
    bo = journal.save_client(ClientDraft("Bo"))
    assert journal.find_client("bo") == journal.find_client(str(bo.id))
    with pytest.raises(NotFound):
        journal.find_client("Nobody")
    journal.save_client(ClientDraft("bo"))
    with pytest.raises(InvalidInput, match="Several clients"):
        journal.find_client("BO")


def test_libraries_refuse_duplicates(journal: Journal, pen: DeviceRecord) -> None:
    with pytest.raises(InvalidInput, match="already exists"):
        journal.save_device(DeviceDraft("dermapen 4", "pen"))
    with pytest.raises(InvalidInput, match="kind"):
        journal.save_device(DeviceDraft("Toaster", "toaster"))
    renamed = journal.save_device(replace(DeviceDraft("Dermapen 4 Pro", "pen"), id=pen.id))
    assert renamed.version == pen.version + 1
    p = journal.save_product(ProductDraft("Peptides", ingredients=(" matrixyl ", "", "argireline")))
    assert p.ingredients == ("matrixyl", "argireline")
    assert [d.name for d in journal.list_devices()] == ["Dermapen 4 Pro"]


def test_session_round_trip_with_areas_and_products(
    journal: Journal, pen: DeviceRecord, serums: dict[str, ProductRecord], ago: Ago
) -> None:
    me = journal.ensure_self()
    when = datetime(2026, 3, 3, 19, 30, tzinfo=timezone(timedelta(hours=2)))
    saved = journal.save_treatment(
        TreatmentDraft(
            me.id,
            when,
            (AreaDraft("forehead", 0.5, 2, "erythema"), AreaDraft("cheeks", 1.0, 3, "erythema")),
            pen.id,
            (ProductUseDraft(serums["Hyaluronic serum"].id, "during", "LOT-42"),),
            pain=4,
            numbing=True,
            downtime_days=2,
            texture_note="rough on the cheeks",
            texture_score=4,
            tone_note="some redness",
            tone_score=5,
        )
    )
    assert saved.created
    t = journal.get_treatment(saved.treatment.id)
    assert t.performed_at == when and t.performed_at.tzinfo == UTC
    assert [(a.area, a.depth_mm, a.passes) for a in t.areas] == [
        ("forehead", 0.5, 2),
        ("cheeks", 1.0, 3),
    ]
    assert t.products[0].product_name == "Hyaluronic serum" and t.products[0].lot_number == "LOT-42"
    assert t.device is not None and t.device.name == "Dermapen 4"
    assert (t.pain, t.numbing, t.downtime_days, t.texture_score, t.tone_score) == (4, True, 2, 4, 5)
    assert t.deepest_mm == 1.0


def test_editing_rewrites_areas_and_products_whole(
    journal: Journal, serums: dict[str, ProductRecord], ago: Ago
) -> None:
    me = journal.ensure_self()
    first = journal.save_treatment(
        TreatmentDraft(
            me.id,
            ago(10),
            (AreaDraft("cheeks", 1.0), AreaDraft("chin", 0.5)),
            products=(ProductUseDraft(serums["Hyaluronic serum"].id, "post"),),
        )
    ).treatment
    edited = journal.save_treatment(
        TreatmentDraft(
            me.id, ago(10), (AreaDraft("nose", 0.25),), id=first.id, version=first.version
        )
    )
    assert not edited.created
    assert [a.area for a in edited.treatment.areas] == ["nose"]
    assert edited.treatment.products == ()
    assert edited.treatment.version == first.version + 1
    with pytest.raises(Conflict):  # a second seat saving over the first edit
        journal.save_treatment(
            TreatmentDraft(me.id, ago(10), (AreaDraft("chin", 0.5),), id=first.id, version=1)
        )


@pytest.mark.parametrize(
    ("areas", "days", "message"),
    [
        ((AreaDraft("cheeks", 3.5),), 1, "at most 3.0 mm"),
        ((AreaDraft("cheeks", -0.5),), 1, "at least 0.05 mm"),
        ((), 1, "at least one treated area"),
        ((AreaDraft("cheeks", 1.0),), -3, "in the future"),
        ((AreaDraft("elbow", 1.0),), 1, "Unknown area"),
    ],
)
def test_invalid_session_is_refused_and_nothing_saved(
    journal: Journal, areas: tuple[AreaDraft, ...], days: int, message: str, ago: Ago
) -> None:
    me = journal.ensure_self()
    with pytest.raises(InvalidInput, match=message):
        journal.save_treatment(TreatmentDraft(me.id, ago(days), areas))
    assert journal.timeline(me.id).entries == ()


def test_today_in_a_zone_ahead_of_utc_is_not_the_future(journal: Journal) -> None:
    me = journal.ensure_self()
    tomorrow_in_tokyo = datetime.now(timezone(timedelta(hours=13))).replace(hour=23, minute=0)
    saved = journal.save_treatment(
        TreatmentDraft(
            me.id,
            min(tomorrow_in_tokyo, datetime.now(UTC) + timedelta(hours=13)),
            (AreaDraft("cheeks", 0.5),),
        )
    )
    assert saved.created


def test_naive_datetimes_are_refused(journal: Journal) -> None:
    me = journal.ensure_self()
    with pytest.raises(InvalidInput, match="time zone"):
        journal.save_treatment(
            TreatmentDraft(me.id, datetime(2026, 1, 1), (AreaDraft("chin", 0.5),))
        )


def test_timeline_merges_sessions_and_checks_oldest_first(
    journal: Journal, serums: dict[str, ProductRecord], ago: Ago
) -> None:
    me = journal.ensure_self()
    journal.save_treatment(TreatmentDraft(me.id, ago(60), (AreaDraft("cheeks", 1.0),)))
    journal.save_observation(ObservationDraft(me.id, ago(45), texture_score=5, tone_score=6))
    late = journal.save_treatment(
        TreatmentDraft(
            me.id,
            ago(50),  # only 10 days after a 1.0 mm session
            (AreaDraft("cheeks", 1.0),),
            products=(ProductUseDraft(serums["C-Firma 15%"].id, "post"),),
        )
    ).treatment
    entries = journal.timeline(me.id).entries
    assert [e.kind for e in entries] == ["treatment", "treatment", "observation"]
    assert [e.when for e in entries] == sorted(e.when for e in entries)
    rules = {w.rule for w in late.warnings}
    assert rules == {"interval", "product_phase"}
    assert all(w.source for w in late.warnings)


def test_observation_needs_content_and_valid_scores(journal: Journal, ago: Ago) -> None:
    me = journal.ensure_self()
    with pytest.raises(InvalidInput, match="at least one score or note"):
        journal.save_observation(ObservationDraft(me.id, ago(1)))
    with pytest.raises(InvalidInput, match="between 0 and 10"):
        journal.save_observation(ObservationDraft(me.id, ago(1), texture_score=11))
    o = journal.save_observation(ObservationDraft(me.id, ago(1), tone_note="more even"))
    journal.delete_observation(o.id)
    assert journal.timeline(me.id).entries == ()


def test_deleting_a_client_removes_their_sessions(journal: Journal, ago: Ago) -> None:
    journal.set_mode("clinic")
    ada = journal.save_client(ClientDraft("Ada"))
    t = journal.save_treatment(TreatmentDraft(ada.id, ago(3), (AreaDraft("neck", 1.0),)))
    journal.save_observation(ObservationDraft(ada.id, ago(2), texture_score=5))
    journal.delete_client(ada.id)
    with pytest.raises(NotFound):
        journal.get_treatment(t.treatment.id)
    assert journal.check() == []


def test_guidance_settings_are_editable_and_change_warnings(journal: Journal, ago: Ago) -> None:
    me = journal.ensure_self()
    journal.save_treatment(TreatmentDraft(me.id, ago(30), (AreaDraft("cheeks", 0.5),)))
    second = journal.save_treatment(TreatmentDraft(me.id, ago(14), (AreaDraft("cheeks", 0.5),)))
    assert not second.treatment.warnings  # 16 days at 0.5 mm: the default band is 14 days
    settings = journal.guidance_settings()
    stricter = replace(settings, interval_bands=((0.0, 3), (0.31, 21), (1.0, 28), (1.5, 42)))
    journal.set_guidance_settings(stricter)
    assert journal.guidance_settings() == stricter
    assert [w.rule for w in journal.get_treatment(second.treatment.id).warnings] == ["interval"]


def test_one_summary_query_answers_save_list_and_refresh(journal: Journal, ago: Ago) -> None:
    journal.set_mode("clinic")
    ada = journal.save_client(ClientDraft("Ada"))
    journal.save_client(ClientDraft("Grace"))
    journal.save_treatment(TreatmentDraft(ada.id, ago(3), (AreaDraft("cheeks", 1.0),)))
    listed = {c.name: c for c in journal.list_clients()}["Ada"]
    assert (listed.treatment_count, listed.client.name) == (1, "Ada")
    assert journal.client_summary(ada.id) == listed
    renamed = journal.save_client(
        replace(ClientDraft("Ada Byron"), id=ada.id, version=listed.client.version)
    )
    # The save answers with the list row: the rename keeps the session count and last date.
    assert (renamed.treatment_count, renamed.last_treatment_at) == (1, listed.last_treatment_at)
    assert renamed.client.name == "Ada Byron" and renamed == journal.client_summary(ada.id)
    assert journal.client_summary(journal.list_clients()[1].id).treatment_count == 0
    with pytest.raises(NotFound):
        journal.client_summary(9999)
