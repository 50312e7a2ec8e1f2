"""Ratings on named scales (``guidance.scales``), each on one session or skin check.

The old score fields of a record are one named scale each (``texture``, ``tone``, a skin
check's ``visia-redness``): the rating of the record's own rater (a session's: the client,
"") on the whole face is kept equal to the old column in both directions, so readers of the
old fields and the named-scale readers see the same number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, bindparam, func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance.scales import CHECK_COLUMNS, SESSION_COLUMNS, find_scale
from needlejournal.journal.clients import get_client
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import RatingDraft, RatingRecord
from needlejournal.journal.rows import existing, no_such_record
from needlejournal.journal.validation import rating_problems
from needlejournal.phrases import said

R, T, Check = m.Rating, m.Treatment, m.Observation
Record = m.Treatment | m.Observation


def _columns(record: Record) -> dict[str, str]:
    return SESSION_COLUMNS if isinstance(record, m.Treatment) else CHECK_COLUMNS


def _own_rater(record: Record) -> str:
    return record.rater.strip() if isinstance(record, m.Observation) else ""


def _of_record(s: Session, record: Record) -> list[m.Rating]:
    key = R.treatment_id if isinstance(record, m.Treatment) else R.observation_id
    return list(s.scalars(select(R).where(key == record.id).order_by(R.id)))


def _is_mirror(r: m.Rating, record: Record, rater: str) -> bool:
    return r.scale in _columns(record) and r.area == "" and r.rater == rater


def _new(record: Record, draft: RatingDraft) -> m.Rating:
    scale = find_scale(draft.scale)
    assert scale is not None  # validated before
    return m.Rating(
        client_id=record.client_id,
        treatment_id=record.id if isinstance(record, m.Treatment) else None,
        observation_id=record.id if isinstance(record, m.Observation) else None,
        scale=scale.name,
        scale_version=scale.version,
        area=draft.area,
        value=draft.value,
        rater=draft.rater.strip(),
        baseline_photo_id=draft.baseline_photo_id,
        note=draft.note,
    )


def sync_record(
    s: Session, record: Record, *, old_rater: str, others: Iterable[RatingDraft] | None
) -> None:
    """After a session or skin check was saved from its draft: its score fields rewritten as
    their ratings (found under the rater it had), and its other ratings replaced when given."""
    s.flush()  # the record has its id
    rater = _own_rater(record)
    rows = _of_record(s, record)
    for r in rows:
        if r.client_id != record.client_id:  # a record moved to another client takes them
            r.client_id = record.client_id
    mirrors = {r.scale: r for r in rows if _is_mirror(r, record, old_rater.strip())}
    for scale_name, column in _columns(record).items():
        value: int | None = getattr(record, column)
        row = mirrors.get(scale_name)
        if value is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(_new(record, RatingDraft(scale_name, value, rater=rater)))
        elif (row.value, row.rater) != (value, rater):
            row.value, row.rater = value, rater
    if others is not None:
        for r in rows:
            if r not in mirrors.values():
                s.delete(r)
        s.flush()
        for d in others:
            s.add(_new(record, d))
    s.flush()


def _baseline_photo(s: Session, client_id: int) -> int | None:
    """The client's first photo (a "before" one when there is any): what GAIS is judged by."""
    P = m.Photo
    return s.scalar(
        select(P.id)
        .where(P.client_id == client_id)
        .order_by((P.role != "before"), P.taken_at, P.id)
        .limit(1)
    )


def add_rating(
    s: Session,
    client_id: int,
    draft: RatingDraft,
    *,
    treatment_id: int | None = None,
    observation_id: int | None = None,
    when: datetime | None = None,
) -> RatingRecord:
    """Rate a session or skin check on a named scale; with neither given, a new skin check
    dated ``when`` (default now) holds the rating. The same scale, area and rater on the
    same record replaces the earlier value."""
    problems = rating_problems(draft)
    if problems:
        raise InvalidInput(problems)
    if treatment_id is not None and observation_id is not None:
        raise InvalidInput([said("Give a session or a skin check, not both.", "session_or_check")])
    get_client(s, client_id)
    scale = find_scale(draft.scale)
    assert scale is not None
    draft = replace(draft, scale=scale.name, rater=draft.rater.strip())
    record: Record
    if treatment_id is not None:
        record = existing(s, m.Treatment, treatment_id, "session")
    elif observation_id is not None:
        record = existing(s, m.Observation, observation_id, "skin check")
    else:
        record = m.Observation(
            client_id=client_id, observed_at=when or datetime.now(UTC), rater=draft.rater
        )
        s.add(record)
        s.flush()
    if record.client_id != client_id:
        noun = "session" if isinstance(record, m.Treatment) else "skin check"
        message = f"That {noun} belongs to another client."
        raise InvalidInput([said(message, "other_clients_record", what=noun)])
    if draft.baseline_photo_id is not None:
        photo = s.get(m.Photo, draft.baseline_photo_id)
        if photo is None or photo.client_id != client_id:
            message = f"This client has no photo with id {draft.baseline_photo_id}."
            raise InvalidInput([said(message, "no_such_photo", id=draft.baseline_photo_id)])
    elif scale.against_baseline:
        draft = replace(draft, baseline_photo_id=_baseline_photo(s, client_id))
    same = [
        r
        for r in _of_record(s, record)
        if (r.scale, r.area, r.rater) == (draft.scale, draft.area, draft.rater)
    ]
    if same:
        row = same[0]
        row.value, row.note = draft.value, draft.note
        row.scale_version, row.baseline_photo_id = scale.version, draft.baseline_photo_id
    else:
        row = _new(record, draft)
        s.add(row)
    column = _columns(record).get(scale.name)
    if column and not draft.area and draft.rater == _own_rater(record):
        setattr(record, column, draft.value)
    s.flush()
    return _one(s, row.id)


def delete_rating(s: Session, rating_id: int) -> None:
    row = existing(s, m.Rating, rating_id, "rating")
    record: Record | None = (
        s.get(m.Treatment, row.treatment_id)
        if row.treatment_id is not None
        else s.get(m.Observation, row.observation_id)
    )
    if record is not None:
        column = _columns(record).get(row.scale)
        if column and _is_mirror(row, record, _own_rater(record)):
            setattr(record, column, None)
    s.delete(row)
    s.flush()
    if isinstance(record, m.Observation) and _empty(s, record):
        s.delete(record)  # a skin check holds at least one score or note (validation)
        s.flush()


def _empty(s: Session, o: m.Observation) -> bool:
    said = (o.texture_note, o.tone_note, o.note)
    scored = (o.texture_score, o.tone_score, o.redness)
    return (
        not any(t.strip() for t in said) and scored == (None, None, None) and not _of_record(s, o)
    )


_COLUMNS = (
    R.id,
    R.client_id,
    R.treatment_id,
    R.observation_id,
    # the record's date, a session's or a skin check's: one column, so it is converted once
    func.coalesce(
        select(T.performed_at).where(T.id == R.treatment_id).scalar_subquery(),
        select(Check.observed_at).where(Check.id == R.observation_id).scalar_subquery(),
        type_=T.performed_at.type,
    ),
    R.scale,
    R.scale_version,
    R.area,
    R.value,
    R.rater,
    R.baseline_photo_id,
    R.note,
    R.version,
)


# A client's ratings, built once (a select of two scalar subqueries costs more to construct
# than to run): every timeline reads them.
_OF_CLIENT = select(*_COLUMNS).where(R.client_id == bindparam("client", type_=Integer))


# The same without the dates: a timeline has its entries' dates in hand already.
_UNDATED = select(*(c for c in _COLUMNS if c is not _COLUMNS[4])).where(
    R.client_id == bindparam("client", type_=Integer)
)


_FIELDS = tuple(f.name for f in fields(RatingRecord))
_UNDATED_FIELDS = tuple(name for name in _FIELDS if name != "when")  # ``_UNDATED``'s columns


def ratings_of_entries(
    s: Session, client_id: int, dates: Mapping[tuple[str, int], datetime]
) -> list[RatingRecord]:
    """``client_ratings`` for a reader that holds every entry's date (``record`` → date):
    the rows are read plainly (Core) and dated from ``dates``. A rating of an entry missing
    from ``dates`` sends it back to ``client_ratings``, so the records are the same."""
    out: list[RatingRecord] = []
    rows: Sequence[Sequence[Any]] = s.connection().execute(_UNDATED, {"client": client_id}).all()
    new, date_of = object.__new__, dates.get
    for r in rows:
        tid = r[2]
        when = date_of(("treatment", tid) if tid is not None else ("observation", r[3]))
        if when is None:
            return client_ratings(s, client_id)
        # Without a frozen dataclass's field-by-field ``__init__`` nor a tuple per row (a
        # timeline holds hundreds of ratings): the undated columns by name, then the date.
        record = new(RatingRecord)
        fields_of = record.__dict__
        fields_of.update(zip(_UNDATED_FIELDS, r, strict=True))
        fields_of["when"] = when
        out.append(record)
    out.sort(key=lambda r: (r.when, r.id))
    return out


def _records(s: Session, where: ColumnElement[bool]) -> list[RatingRecord]:
    return _from_rows(s.execute(select(*_COLUMNS).where(where)))


# Positional records from rows, at row speed, yet by name: the columns are the fields in order.
assert [c.key for c in _COLUMNS if c is not _COLUMNS[4]] == [
    f.name for f in fields(RatingRecord) if f.name != "when"
]


def _from_rows(rows: Iterable[Sequence[Any]]) -> list[RatingRecord]:
    out = [RatingRecord(*r) for r in rows]
    out.sort(key=lambda r: (r.when, r.id))
    return out


def _one(s: Session, rating_id: int) -> RatingRecord:
    found = _records(s, R.id == rating_id)
    if not found:
        raise no_such_record("rating", rating_id)  # pragma: no cover
    return found[0]


def client_ratings(s: Session, client_id: int, scale: str | None = None) -> list[RatingRecord]:
    """One client's ratings (on one scale when given), oldest first."""
    if scale is None:
        return _from_rows(s.execute(_OF_CLIENT, {"client": client_id}))
    return _records(s, (R.client_id == client_id) & (R.scale == scale))
