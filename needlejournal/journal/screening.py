"""A client's screening checklist on file: read it, change or review it (rows only added).

The records are plain (no ORM): ``ScreeningRecord`` holds the current answer per item and
every version before it. Saving adds one row per item changed, all with the same review day
and reviewer; ``review_all`` re-records the unchanged answers too, which renews the review.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import (
    ScreeningFact,
    ScreeningItem,
)
from needlejournal.journal.clients import get_client
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.screening_records import (
    ScreeningChange,
    ScreeningDraft,
    ScreeningEntryRecord,
    ScreeningRecord,
    screening_problems,
)


def _order(e: ScreeningEntryRecord) -> tuple[date, datetime, int]:
    return (e.reviewed_on, e.recorded_at, e.id)


def get_screening(s: Session, client_id: int) -> ScreeningRecord:
    get_client(s, client_id)
    return _load(s, client_id)


def _load(s: Session, client_id: int) -> ScreeningRecord:
    E = m.ScreeningEntry
    rows = s.execute(
        select(E.id, E.item, E.answer, E.item_date, E.reviewed_on, E.reviewer, E.recorded_at).where(
            E.client_id == client_id
        )
    ).all()
    history = sorted((ScreeningEntryRecord(*r) for r in rows), key=_order)
    latest: dict[str, ScreeningEntryRecord] = {}
    for e in history:
        latest[e.item] = e
    current = tuple(latest[i] for i in ScreeningItem.values() if i in latest)
    return ScreeningRecord(client_id, current, tuple(history))


def screening_facts(s: Session, client_id: int) -> list[ScreeningFact]:
    """Every version of the client's answers, as the guidance rules read them."""
    return [
        ScreeningFact(e.item, e.answer, e.reviewed_on, e.item_date, e.reviewer, e.recorded_at)
        for e in _load(s, client_id).history
    ]


def save_screening(s: Session, d: ScreeningDraft, *, now: datetime) -> ScreeningRecord:
    problems = screening_problems(d)
    if problems:
        raise InvalidInput(problems)
    get_client(s, d.client_id)
    before = _load(s, d.client_id)
    changes: list[ScreeningChange] = list(d.changes)
    if d.review_all:
        changed = {c.item for c in d.changes}
        changes += [
            ScreeningChange(e.item, e.answer, e.item_date)
            for e in before.current
            if e.item not in changed
        ]
    for c in changes:
        s.add(
            m.ScreeningEntry(
                client_id=d.client_id,
                item=c.item,
                answer=c.answer,
                item_date=c.item_date,
                reviewed_on=d.reviewed_on,
                reviewer=d.reviewer.strip(),
                recorded_at=now,
            )
        )
    s.flush()
    return _load(s, d.client_id)
