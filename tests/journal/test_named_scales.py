"""Ratings on named scales (issue 12): stored with scale, version and rater, per session or
skin check; the old texture/tone/redness fields are the ``texture``/``tone``/``visia-redness``
scales, migrated and kept equal both ways."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput, NotFound
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceRecord,
    ObservationDraft,
    PhotoDraft,
    RatingDraft,
    TreatmentDraft,
)
from needlejournal.paths import resolve

Ago = Callable[[float], datetime]
FIXTURES = Path(__file__).parent.parent / "fixtures" / "databases"


def _session(j: Journal, client_id: int, when: datetime, pen: DeviceRecord, **kw: object) -> int:
    draft = TreatmentDraft(client_id, when, (AreaDraft("cheeks", 1.0),), pen.id, **kw)  # type: ignore[arg-type]
    return j.save_treatment(draft).treatment.id


def test_old_scores_are_migrated_to_named_scales(tmp_path: Path) -> None:
    """A journal of schema 0002 (texture 4 on two sessions, 5 on a skin check) opens with
    those values as ``texture`` ratings by the client, the old fields unchanged."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "0002.sqlite3", data / "journal.sqlite3")
    j = Journal.open(resolve(data))
    try:
        ada = j.find_client("Ada Lovelace")
        ratings = j.ratings(ada.id)
        assert [(r.scale, r.value, r.rater, r.scale_version) for r in ratings] == [
            ("texture", 4, "", 1),
            ("texture", 5, "", 1),
            ("texture", 4, "", 1),
        ]
        entries = j.timeline(ada.id).entries
        assert [e.texture_score for e in entries] == [4, 5, 4]
        assert [r.record for r in ratings] == [(e.kind, e.id) for e in entries]
        assert [r.when for r in ratings] == [e.when for e in entries]
    finally:
        j.close()


def test_rating_a_session_keeps_scale_version_and_rater(
    journal: Journal, pen: DeviceRecord, ago: Ago
) -> None:
    me = journal.ensure_self()
    sid = _session(journal, me.client.id, ago(3), pen)
    saved = journal.add_rating(
        me.client.id, RatingDraft("Goodman-Baron", 3, rater="Dr Ruiz"), treatment_id=sid
    )
    assert (saved.scale, saved.scale_version, saved.value, saved.rater) == (
        "goodman-baron",
        1,
        3,
        "Dr Ruiz",
    )
    assert saved.record == ("treatment", sid)
    # The same scale, area and rater on the same session replaces; another rater adds.
    again = RatingDraft("goodman-baron", 2, rater="Dr Ruiz")
    journal.add_rating(me.client.id, again, treatment_id=sid)
    journal.add_rating(me.client.id, RatingDraft("goodman-baron", 4), treatment_id=sid)
    journal.add_rating(me.client.id, RatingDraft("visia-pores", 2, area="cheeks"), treatment_id=sid)
    got = {(r.scale, r.area, r.rater): r.value for r in journal.ratings(me.client.id)}
    assert got == {
        ("goodman-baron", "", "Dr Ruiz"): 2,
        ("goodman-baron", "", ""): 4,
        ("visia-pores", "cheeks", ""): 2,
    }
    timeline = journal.timeline(me.client.id)
    assert len(timeline.ratings_of("treatment", sid)) == 3


def test_texture_scale_and_old_field_stay_equal(
    journal: Journal, pen: DeviceRecord, ago: Ago
) -> None:
    me = journal.ensure_self().client
    sid = _session(journal, me.id, ago(3), pen, texture_score=4)
    assert [(r.scale, r.value) for r in journal.ratings(me.id)] == [("texture", 4)]
    # The scale written → the old field follows.
    journal.add_rating(me.id, RatingDraft("texture", 7), treatment_id=sid)
    t = journal.get_treatment(sid)
    assert t.texture_score == 7
    # The old field written (the dialog) → the scale follows; cleared → the rating goes.
    draft = TreatmentDraft(
        me.id, t.performed_at, (AreaDraft("cheeks", 1.0),), pen.id, texture_score=5,
        tone_score=6, id=sid, version=t.version,
    )  # fmt: skip
    journal.save_treatment(draft)
    assert sorted((r.scale, r.value) for r in journal.ratings(me.id)) == [
        ("texture", 5),
        ("tone", 6),
    ]
    t = journal.get_treatment(sid)
    journal.save_treatment(replace(draft, texture_score=None, version=t.version))
    assert [(r.scale, r.value) for r in journal.ratings(me.id)] == [("tone", 6)]
    # Another rater's texture is their own rating, never the session's field.
    journal.add_rating(me.id, RatingDraft("texture", 2, rater="Dr Ruiz"), treatment_id=sid)
    assert journal.get_treatment(sid).texture_score is None
    # Deleting the mirrored rating clears the field.
    tone = next(r for r in journal.ratings(me.id) if r.scale == "tone")
    journal.delete_rating(tone.id)
    assert journal.get_treatment(sid).tone_score is None


def test_skin_check_redness_is_visia_redness_by_its_rater(journal: Journal, ago: Ago) -> None:
    me = journal.ensure_self().client
    o = journal.save_observation(ObservationDraft(me.id, ago(2), redness=3, rater="Dr Ruiz"))
    assert [(r.scale, r.value, r.rater) for r in journal.ratings(me.id)] == [
        ("visia-redness", 3, "Dr Ruiz")
    ]
    # The check's rater changes: its own ratings move with it, no stale copy stays behind.
    o = journal.save_observation(
        ObservationDraft(me.id, o.observed_at, redness=2, rater="Sam", id=o.id, version=o.version)
    )
    assert [(r.scale, r.value, r.rater) for r in journal.ratings(me.id)] == [
        ("visia-redness", 2, "Sam")
    ]
    journal.add_rating(me.id, RatingDraft("visia-redness", 4, rater="Sam"), observation_id=o.id)
    assert journal.timeline(me.id).entries[0].redness == 4  # type: ignore[union-attr]


def test_a_rating_alone_makes_a_skin_check_that_goes_with_it(journal: Journal, ago: Ago) -> None:
    me = journal.ensure_self().client
    when = ago(1)
    r = journal.add_rating(me.id, RatingDraft("glogau", 3, rater="Dr Ruiz"), when=when)
    kind, check_id = r.record
    assert kind == "observation" and r.when == when
    (entry,) = journal.timeline(me.id).entries
    assert (entry.kind, entry.id) == ("observation", check_id)
    journal.delete_rating(r.id)
    assert journal.timeline(me.id).entries == ()  # an empty skin check is not left behind


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (RatingDraft("goodman", 3), "There is no scale called “goodman”"),
        (RatingDraft("glogau", 5), "Glogau photoageing type runs from I to IV; 5 is outside it."),
        (RatingDraft("gais", 0), "GAIS (against the baseline photo) runs from 1 to 5"),
        (RatingDraft("glogau", 2, area="cheeks"), "given for the whole face, not per area"),
        (RatingDraft("visia-spots", 2, area="elbow"), "Unknown area “elbow”"),
        (RatingDraft("visia-spots", 2, rater="x" * 201), "The rater"),
    ],
)
def test_bad_ratings_are_refused_in_a_sentence_and_change_nothing(
    journal: Journal, pen: DeviceRecord, ago: Ago, draft: RatingDraft, message: str
) -> None:
    me = journal.ensure_self().client
    sid = _session(journal, me.id, ago(3), pen)
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        journal.add_rating(me.id, draft, treatment_id=sid)
    assert journal.ratings(me.id) == []


def test_a_rating_on_someone_elses_or_a_missing_record_is_refused(
    journal: Journal, pen: DeviceRecord, ago: Ago
) -> None:
    me = journal.ensure_self().client
    ada = journal.save_client(ClientDraft("Ada")).client
    sid = _session(journal, ada.id, ago(3), pen)
    with pytest.raises(InvalidInput, match="belongs to another client"):
        journal.add_rating(me.id, RatingDraft("glogau", 2), treatment_id=sid)
    with pytest.raises(NotFound, match="There is no skin check with id 99"):
        journal.add_rating(me.id, RatingDraft("glogau", 2), observation_id=99)
    with pytest.raises(InvalidInput, match="not both"):
        journal.add_rating(me.id, RatingDraft("glogau", 2), treatment_id=sid, observation_id=1)
    assert journal.ratings(me.id) == [] and journal.ratings(ada.id) == []
    assert journal.timeline(me.id).entries == ()


def test_dialog_ratings_replace_the_others_and_keep_the_fields(
    journal: Journal, pen: DeviceRecord, ago: Ago
) -> None:
    me = journal.ensure_self().client
    base = TreatmentDraft(me.id, ago(3), (AreaDraft("cheeks", 1.0),), pen.id, texture_score=4)
    first = journal.save_treatment(
        replace(base, ratings=(RatingDraft("glogau", 2), RatingDraft("gais", 3, rater="Sam")))
    ).treatment
    assert sorted(r.scale for r in journal.ratings(me.id)) == ["gais", "glogau", "texture"]
    # An edit that leaves ``ratings`` out keeps them; one that gives them replaces them.
    t = journal.save_treatment(replace(base, id=first.id, version=first.version)).treatment
    assert sorted(r.scale for r in journal.ratings(me.id)) == ["gais", "glogau", "texture"]
    journal.save_treatment(
        replace(base, id=t.id, version=t.version, ratings=(RatingDraft("glogau", 3),))
    )
    assert sorted((r.scale, r.value) for r in journal.ratings(me.id)) == [
        ("glogau", 3),
        ("texture", 4),
    ]
    with pytest.raises(InvalidInput, match="given twice by the same rater"):
        journal.save_treatment(replace(base, ratings=(RatingDraft("glogau", 1),) * 2))
    with pytest.raises(InvalidInput, match="has its own field"):
        journal.save_treatment(replace(base, ratings=(RatingDraft("texture", 1),)))


def test_deleting_a_session_or_client_deletes_its_ratings(
    journal: Journal, pen: DeviceRecord, ago: Ago
) -> None:
    ada = journal.save_client(ClientDraft("Ada")).client
    sid = _session(journal, ada.id, ago(3), pen, texture_score=3)
    journal.add_rating(ada.id, RatingDraft("glogau", 2), treatment_id=sid)
    journal.add_rating(ada.id, RatingDraft("fitzpatrick", 4), when=ago(1))
    journal.delete_treatment(sid)
    assert [r.scale for r in journal.ratings(ada.id)] == ["fitzpatrick"]
    journal.delete_client(ada.id)
    assert journal.ratings(ada.id) == []


def test_gais_is_judged_against_the_first_photo(journal: Journal, tmp_path: Path, ago: Ago) -> None:
    me = journal.ensure_self().client
    library = PhotoLibrary(journal)
    ids = []
    for i, colour in enumerate(((200, 150, 130), (190, 140, 120))):
        path = tmp_path / f"p{i}.png"
        Image.new("RGB", (32, 32), colour).save(path)
        stamp = ago(10 - i).timestamp()
        os.utime(path, (stamp, stamp))  # no EXIF date: the file's time is when it was taken
        ids.append(library.import_one(path, PhotoDraft(me.id)).id)
    r = journal.add_rating(me.id, RatingDraft("gais", 2), when=ago(1))
    assert r.baseline_photo_id == ids[0]
    second = RatingDraft("gais", 3, baseline_photo_id=ids[1])
    chosen = journal.add_rating(me.id, second, when=ago(1))
    assert chosen.baseline_photo_id == ids[1]
    with pytest.raises(InvalidInput, match="no photo with id 999"):
        journal.add_rating(me.id, RatingDraft("gais", 3, baseline_photo_id=999), when=ago(1))


def test_one_record_check_holds_in_the_database(journal: Journal) -> None:
    """A rating on no record (or on both) is refused by the schema itself."""
    if not journal.paths.is_sqlite:
        pytest.skip("the SQLite file is opened directly")
    me = journal.ensure_self().client
    db = sqlite3.connect(journal.paths.db_file)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO rating (client_id, scale, scale_version, area, value, rater, note,"
                " created_at, updated_at, version) VALUES (?, 'glogau', 1, '', 2, '', '',"
                " '2026-01-01', '2026-01-01', 1)",
                (me.id,),
            )
    finally:
        db.close()


def test_what_worked_follows_each_named_scale_per_rater(
    journal: Journal, pen: DeviceRecord, ago: Ago
) -> None:
    from needlejournal.journal.what_worked import what_worked

    me = journal.ensure_self().client
    first = _session(journal, me.id, ago(40), pen, texture_score=4)
    journal.add_rating(me.id, RatingDraft("goodman-baron", 3, rater="Dr Ruiz"), treatment_id=first)
    journal.add_rating(me.id, RatingDraft("goodman-baron", 4), treatment_id=first)
    check = journal.add_rating(
        me.id, RatingDraft("goodman-baron", 2, rater="Dr Ruiz"), when=ago(20)
    )
    texture = RatingDraft("texture", 6, rater="Dr Ruiz")  # the check's own rater: its field
    journal.add_rating(me.id, texture, observation_id=check.observation_id)
    effects = {(e.setting, e.scale): e for e in what_worked([journal.timeline(me.id)])}
    ruiz = effects[("all sessions", "Goodman & Baron scar grade — Dr Ruiz")]
    assert (ruiz.sessions, ruiz.mean_change) == (1, -1.0)
    own = effects[("all sessions", "texture")]
    assert (own.sessions, own.mean_change) == (1, 2.0)
    # The client's own grade has no later value: it is not joined to Dr Ruiz's.
    assert ("all sessions", "Goodman & Baron scar grade") not in effects
    assert not any("Texture score" in scale for _, scale in effects)  # the field, once
    assert ruiz.sentence() == (
        "All sessions: n = 1, mean Goodman & Baron scar grade — Dr Ruiz change -1.0 per session"
    )
