"""Who is due: the next session and the aftercare check-in of every client still seen.

Rules (defaults the user can change through the guidance settings, never hard limits):

- **Next session**: the local day of the client's last session plus the guidance interval for
  that session's deepest depth (``interval_days_for_depth``). Overdue once that day has passed.
- **Aftercare check-in**: day 2–3 after the last session, while no skin check has been logged
  since it. It is shown from the session day until ``AFTERCARE_SHOWN_DAYS`` after it (a check
  forgotten for weeks is no longer a check-in, the next session is what matters), overdue from
  day 4.

Archived clients and clients without a session are never due. Qt-free; one read, no writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import GuidanceSettings, interval_days_for_depth
from needlejournal.journal.settings import get_guidance

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal

DueKind = Literal["session", "aftercare"]
AFTERCARE_FROM_DAY = 2
AFTERCARE_UNTIL_DAY = 3
AFTERCARE_SHOWN_DAYS = 7


@dataclass(frozen=True)
class DueItem:
    client_id: int
    client_name: str
    kind: DueKind
    due_on: date  # the local day it is due (the first day of the window for aftercare)
    overdue: bool
    last_session_id: int
    last_session_at: datetime  # UTC, as stored
    deepest_mm: float
    interval_days: int  # for "session": the guidance interval; for "aftercare": 0

    def late_by(self, today: date) -> int:
        """Whole days past the due day (0 when not overdue)."""
        last_day = self.due_on
        if self.kind == "aftercare":
            last_day += timedelta(days=AFTERCARE_UNTIL_DAY - AFTERCARE_FROM_DAY)
        return max(0, (today - last_day).days)


@dataclass(frozen=True)
class _LastSession:
    client_id: int
    client_name: str
    treatment_id: int
    performed_at: datetime
    deepest_mm: float
    checked_since: bool


def _last_sessions(s: Session) -> list[_LastSession]:
    """Each non-archived client's last session, its deepest depth and whether a skin check
    was logged after it: four set-based queries, whatever the number of clients."""
    T, A, Ob, C = m.Treatment, m.TreatmentArea, m.Observation, m.Client
    latest = (
        select(T.client_id.label("cid"), func.max(T.performed_at).label("at"))
        .group_by(T.client_id)
        .subquery()
    )
    # Two sessions at the same instant: the higher id is "the last".
    last_id = (
        select(func.max(T.id).label("tid"))
        .join(latest, (latest.c.cid == T.client_id) & (latest.c.at == T.performed_at))
        .group_by(T.client_id)
        .subquery()
    )
    rows = s.execute(
        select(C.id, C.name, T.id, T.performed_at)
        .join(T, T.client_id == C.id)
        .where(T.id.in_(select(last_id.c.tid)), C.archived.is_(False))
    ).all()
    if not rows:
        return []
    ids = [r[2] for r in rows]
    depths = dict(
        s.execute(
            select(A.treatment_id, func.max(A.depth_mm))
            .where(A.treatment_id.in_(ids))
            .group_by(A.treatment_id)
        ).all()
    )
    last_check = dict(
        s.execute(
            select(Ob.client_id, func.max(Ob.observed_at))
            .where(Ob.client_id.in_([r[0] for r in rows]))
            .group_by(Ob.client_id)
        ).all()
    )
    return [
        _LastSession(
            client_id=cid,
            client_name=name,
            treatment_id=tid,
            performed_at=at,
            deepest_mm=float(depths.get(tid) or 0.0),
            checked_since=last_check.get(cid) is not None and last_check[cid] > at,
        )
        for cid, name, tid, at in rows
    ]


def items_for(
    last: _LastSession, settings: GuidanceSettings, today: date, tz: tzinfo | None
) -> list[DueItem]:
    """The due items of one client's last session (pure: tested on hand-made calendars)."""
    session_day = last.performed_at.astimezone(tz).date()
    interval = interval_days_for_depth(last.deepest_mm, settings) if last.deepest_mm else 0
    next_on = session_day + timedelta(days=interval)
    found = [
        DueItem(
            client_id=last.client_id,
            client_name=last.client_name,
            kind="session",
            due_on=next_on,
            overdue=next_on < today,
            last_session_id=last.treatment_id,
            last_session_at=last.performed_at,
            deepest_mm=last.deepest_mm,
            interval_days=interval,
        )
    ]
    age = (today - session_day).days
    if not last.checked_since and 0 <= age <= AFTERCARE_SHOWN_DAYS:
        found.append(
            DueItem(
                client_id=last.client_id,
                client_name=last.client_name,
                kind="aftercare",
                due_on=session_day + timedelta(days=AFTERCARE_FROM_DAY),
                overdue=age > AFTERCARE_UNTIL_DAY,
                last_session_id=last.treatment_id,
                last_session_at=last.performed_at,
                deepest_mm=last.deepest_mm,
                interval_days=0,
            )
        )
    return found


def who_is_due(s: Session, today: date, tz: tzinfo | None = None) -> list[DueItem]:
    """Every due item of every non-archived client, soonest (most overdue) first.

    ``today`` is the local day the caller lives in; ``tz`` the zone that turns stored UTC
    moments into local days (None: the machine's zone).
    """
    settings = get_guidance(s)
    items = [item for last in _last_sessions(s) for item in items_for(last, settings, today, tz)]
    items.sort(key=lambda i: (i.due_on, i.kind != "aftercare", i.client_name.casefold()))
    return items


def due_in(journal: Journal, today: date | None = None) -> list[DueItem]:
    """``who_is_due`` as one unit of work on an open journal (the front ends' entry)."""
    day = today if today is not None else date.today()
    return journal.run(lambda s: who_is_due(s, day))
