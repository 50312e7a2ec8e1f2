"""Client use-cases. Functions take an open ``Session``; the caller owns the unit of work."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import convert
from needlejournal.journal.errors import InvalidInput, NotFound
from needlejournal.journal.limits import parse_id
from needlejournal.journal.records import ClientDraft, ClientRecord
from needlejournal.journal.rows import existing
from needlejournal.journal.validation import client_problems

SELF_NAME = "Me"


def list_clients(
    s: Session, query: str = "", *, include_archived: bool = False
) -> list[ClientRecord]:
    """Clients with their session count and last session date, in one query."""
    stats = (
        select(
            m.Treatment.client_id.label("cid"),
            func.count(m.Treatment.id).label("n"),
            func.max(m.Treatment.performed_at).label("last"),
        )
        .group_by(m.Treatment.client_id)
        .subquery()
    )
    stmt = (
        select(m.Client, stats.c.n, stats.c.last)
        .outerjoin(stats, stats.c.cid == m.Client.id)
        .order_by(m.Client.is_self.desc(), func.lower(m.Client.name), m.Client.id)
    )
    if query.strip():
        pattern = f"%{query.strip().lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(m.Client.name).like(pattern), func.lower(m.Client.concerns).like(pattern)
            )
        )
    if not include_archived:
        stmt = stmt.where(m.Client.archived.is_(False))
    # func.max keeps the column's type, so ``last`` comes back as an aware UTC datetime.
    return [convert.client(c, n or 0, last) for c, n, last in s.execute(stmt)]


def get_client(s: Session, client_id: int) -> m.Client:
    return existing(s, m.Client, client_id, "client")


def find_client(s: Session, name_or_id: str) -> m.Client:
    """By id (digits) or by exact name, then by a unique case-insensitive match."""
    key = name_or_id.strip()
    if key.isascii() and key.isdigit():
        row_id = parse_id(key)
        if row_id is None:
            raise NotFound(f"There is no client with id {key}.")
        return get_client(s, row_id)
    exact = s.scalars(select(m.Client).where(m.Client.name == key)).all()
    if len(exact) == 1:
        return exact[0]
    loose = s.scalars(select(m.Client).where(func.lower(m.Client.name) == key.lower())).all()
    if len(loose) == 1:
        return loose[0]
    if len(exact) > 1 or len(loose) > 1:
        raise InvalidInput([f"Several clients are called “{key}”; use the client's id."])
    raise NotFound(f"There is no client called “{key}”.")


def save_client(s: Session, d: ClientDraft) -> ClientRecord:
    problems = client_problems(d)
    if problems:
        raise InvalidInput(problems)
    if d.id is None:
        c = m.Client(name=d.name.strip())
        s.add(c)
    else:
        c = existing(s, m.Client, d.id, "client", version=d.version)
    c.name = d.name.strip()
    c.skin_type = d.skin_type
    c.concerns = d.concerns
    c.contraindications = d.contraindications
    c.consent_on = d.consent_on
    c.notes = d.notes
    c.is_self = d.is_self
    c.archived = d.archived
    s.flush()
    return convert.client(c)


def ensure_self(s: Session) -> ClientRecord:
    """Personal mode: the one client called "Me", created on first use."""
    me = s.scalars(select(m.Client).where(m.Client.is_self.is_(True)).limit(1)).first()
    if me is None:
        me = m.Client(name=SELF_NAME, is_self=True)
        s.add(me)
        s.flush()
    return convert.client(me)


def delete_client(s: Session, client_id: int) -> None:
    s.delete(get_client(s, client_id))
    s.flush()
