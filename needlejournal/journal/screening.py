"""A client's screening checklist on file: read it, change or review it (rows only added).

The records are plain (no ORM): ``ScreeningRecord`` holds the current answer per item and
every version before it. Saving adds one row per item changed, all with the same review day
and reviewer; ``review_all`` re-records the unchanged answers too, which renews the review.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Integer, bindparam, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import (
    ScreeningAnswer,
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


E = m.ScreeningEntry
_OF_CLIENT = select(
    E.id, E.item, E.answer, E.item_date, E.reviewed_on, E.reviewer, E.recorded_at
).where(E.client_id == bindparam("client", type_=Integer))


def _load(s: Session, client_id: int, *, plain: bool = False) -> ScreeningRecord:
    """``plain``: through the connection (Core), for readers with nothing pending to flush."""
    run = s.connection().execute if plain else s.execute
    rows = run(_OF_CLIENT, {"client": client_id}).all()
    history = sorted((ScreeningEntryRecord(*r) for r in rows), key=_order)
    latest: dict[str, ScreeningEntryRecord] = {}
    for e in history:
        latest[e.item] = e
    current = tuple(latest[i] for i in ScreeningItem.values() if i in latest)
    return ScreeningRecord(client_id, current, tuple(history))


def read_screening(s: Session, client_id: int) -> ScreeningRecord:
    """``get_screening`` of a client the caller has read already (one plain statement)."""
    return _load(s, client_id, plain=True)


def screening_facts(record: ScreeningRecord) -> list[ScreeningFact]:
    """Every version of the client's answers, as the guidance rules read them."""
    return [
        ScreeningFact(e.item, e.answer, e.reviewed_on, e.item_date, e.reviewer, e.recorded_at)
        for e in record.history
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


def archived(record: ScreeningRecord) -> list[dict[str, str | None]]:
    """Every version of the answers as a client archive carries them (oldest first)."""
    return [
        {
            "item": e.item,
            "answer": e.answer,
            "item_date": e.item_date.isoformat() if e.item_date else None,
            "reviewed_on": e.reviewed_on.isoformat(),
            "reviewer": e.reviewer,
            "recorded_at": e.recorded_at.isoformat(),
        }
        for e in record.history
    ]


def merge_archived(s: Session, client_id: int, entries: Sequence[dict[str, Any]]) -> int:
    """Add the archive's answers this journal does not hold yet (same item, answer, date,
    review day and reviewer); returns how many were added. Raises ValueError on a damaged one."""
    have = {
        (e.item, e.answer, e.item_date, e.reviewed_on, e.reviewer)
        for e in _load(s, client_id).history
    }
    added = 0
    for raw in entries:
        item, answer = str(raw["item"]), str(raw["answer"])
        if not ScreeningItem.has(item) or not ScreeningAnswer.has(answer):
            raise ValueError(f"screening entry {raw!r}")
        item_date = date.fromisoformat(raw["item_date"]) if raw.get("item_date") else None
        reviewed_on = date.fromisoformat(raw["reviewed_on"])
        reviewer = str(raw.get("reviewer") or "")
        key = (item, answer, item_date, reviewed_on, reviewer)
        if key in have:
            continue
        recorded_at = datetime.fromisoformat(raw["recorded_at"])
        if recorded_at.tzinfo is None:
            recorded_at = recorded_at.replace(tzinfo=UTC)
        s.add(
            m.ScreeningEntry(
                client_id=client_id,
                item=item,
                answer=answer,
                item_date=item_date,
                reviewed_on=reviewed_on,
                reviewer=reviewer,
                recorded_at=recorded_at,
            )
        )
        have.add(key)
        added += 1
    s.flush()
    return added
