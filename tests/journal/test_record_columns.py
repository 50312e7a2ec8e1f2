"""Rows map to records by field name: the read path's column tuples follow the records' fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, selectinload
from test_photos import make_jpeg

from needlejournal.db import models as m
from needlejournal.journal import convert, treatments
from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import (
    AreaDraft,
    DeviceRecord,
    ObservationDraft,
    ObservationRecord,
    PhotoDraft,
    PhotoRecord,
    ProductRecord,
    ProductUseDraft,
    TreatmentDraft,
    TreatmentRecord,
)

Ago = Callable[[float], datetime]


@pytest.mark.parametrize(
    ("record", "columns"),
    [
        (PhotoRecord, convert.PHOTO_COLUMNS),
        (TreatmentRecord, treatments._TREATMENT_COLUMNS),
        (DeviceRecord, convert.record_columns(DeviceRecord, m.Device)),
        (ObservationRecord, convert.record_columns(ObservationRecord, m.Observation)),
    ],
)
def test_columns_are_the_records_leading_fields_by_name(record: type, columns: tuple) -> None:  # type: ignore[type-arg]
    names = [f.name for f in fields(record)]
    assert [c.key for c in columns] == names[: len(columns)]
    assert all(c.class_.__tablename__ for c in columns)


def test_a_field_with_no_column_of_its_name_fails_at_import() -> None:
    @dataclass(frozen=True)
    class Drifted:
        id: int
        colour: str  # no such column on Photo

    with pytest.raises(TypeError, match="colour"):
        convert.record_columns(Drifted, m.Photo)


def _by_entities(s: Session, treatment_id: int, observation_id: int) -> tuple[object, object]:
    t = s.get(
        m.Treatment,
        treatment_id,
        options=[
            selectinload(m.Treatment.areas),
            selectinload(m.Treatment.products).selectinload(m.ProductUse.product),
            selectinload(m.Treatment.device),
        ],
    )
    o = s.get(m.Observation, observation_id)
    assert t is not None and o is not None
    return convert.treatment(t), convert.observation(o)


def test_rows_build_the_same_records_as_entities(
    journal: Journal,
    pen: DeviceRecord,
    serums: dict[str, ProductRecord],
    ago: Ago,
    tmp_path: Path,
) -> None:
    me = journal.ensure_self()
    # Every field a distinct value, so a column read into the wrong field shows.
    draft = TreatmentDraft(
        me.id,
        ago(9),
        (AreaDraft("cheeks", 0.75, 2, "erythema"),),
        device_id=pen.id,
        products=(ProductUseDraft(serums["Hyaluronic serum"].id, "during", "LOT-1", "thin"),),
        pain=3,
        numbing=True,
        downtime_days=2,
        adverse_events="pinpoint bleeding",
        notes="first pass light",
        texture_note="rough chin",
        texture_score=4,
        tone_note="even",
        tone_score=6,
    )
    saved = journal.save_treatment(draft).treatment
    check = journal.save_observation(
        ObservationDraft(me.id, ago(5), 7, 5, 2, "smoother", "calm", "healing", "Dr Ines", saved.id)
    )
    (t_rows,) = (e for e in journal.timeline(me.id).entries if e.kind == "treatment")
    (o_rows,) = (e for e in journal.timeline(me.id).entries if e.kind == "observation")
    t_orm, o_orm = journal.run(lambda s: _by_entities(s, saved.id, check.id))
    assert replace(t_rows, warnings=()) == t_orm
    assert o_rows == o_orm

    library = PhotoLibrary(journal)
    imported = library.import_one(
        make_jpeg(tmp_path / "p.jpg", (1, 2, 3)),
        PhotoDraft(me.id, "after", "left45", saved.id, {"light": "window"}, "a note"),
    )
    (listed,) = library.list_photos(me.id)
    assert listed == library.get(imported.id)  # rows (list) == entity (get)
