"""Client use-cases. Functions take an open ``Session``; the caller owns the unit of work.

What the client list shows (``ClientSummary``: the client, its session count and last session)
is built by one statement, ``_summaries``, whether the list is read whole, one row is
refreshed, or a save answers with the row it changed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import client_rows, convert, settings
from needlejournal.journal.client_search import client_matches
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.limits import parse_id
from needlejournal.journal.records import SELF_NAME, ClientDraft, ClientRecord, ClientSummary
from needlejournal.journal.rows import existing, no_record_called, no_such_record
from needlejournal.journal.validation import client_problems
from needlejournal.phrases import said

if TYPE_CHECKING:
    from sqlalchemy import Select

    Summaries = Select[Any]  # the client's columns, session count, last session


# Every ClientRecord field is a client column of its name (convert.client reads the same):
# a field without one fails here, at import, rather than reading as its default.
CLIENT_COLUMNS = tuple(getattr(m.Client, f.name) for f in fields(ClientRecord))


def _summaries(client_id: int | None = None) -> Summaries:
    """Clients with their session count and last session date, in one query.

    With ``client_id`` the aggregate is limited to that client's sessions too (an index range
    on ``treatment(client_id, performed_at)``), so refreshing one row never scans them all.
    """
    T = m.Treatment
    stats = select(
        T.client_id.label("cid"),
        func.count(T.id).label("n"),
        func.max(T.performed_at).label("last"),
    ).group_by(T.client_id)
    if client_id is not None:
        stats = stats.where(T.client_id == client_id)
    agg = stats.subquery()
    stmt = (
        select(*CLIENT_COLUMNS, agg.c.n, agg.c.last)
        .outerjoin(agg, agg.c.cid == m.Client.id)
        .order_by(m.Client.is_self.desc(), func.lower(m.Client.name), m.Client.id)
    )
    return stmt if client_id is None else stmt.where(m.Client.id == client_id)


def _read(s: Session, stmt: Summaries) -> list[ClientSummary]:
    # Plain rows, not entities: the list of 1,000 clients costs a third (clinic benchmark).
    # func.max keeps the column's type, so ``last`` comes back as an aware UTC datetime.
    k = len(CLIENT_COLUMNS)
    return [
        ClientSummary(convert.from_row(ClientRecord, row[:k]), row[k] or 0, row[k + 1])
        for row in s.execute(stmt)
    ]


def list_clients(
    s: Session, query: str = "", *, include_archived: bool = False
) -> list[ClientSummary]:
    """The client list; a search (``client_matches``) finds archived clients too.

    On SQLite the same statement is read as plain rows (``client_rows``): the ORM's result
    processing cost 2.5× the bare query at 1,000 clients. A value the plain mapping cannot
    read as SQLAlchemy would is read through the ORM statement instead.
    """
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        try:
            return client_rows.list_clients(raw, query, include_archived=include_archived)
        except (ValueError, TypeError):
            pass
    return list_clients_orm(s, query, include_archived=include_archived)


def list_clients_orm(
    s: Session, query: str = "", *, include_archived: bool = False
) -> list[ClientSummary]:
    """The client list through the ORM statement (PostgreSQL; the reference on SQLite)."""
    stmt = _summaries()
    searching = bool(query.strip())
    if not include_archived and not searching:
        stmt = stmt.where(m.Client.archived.is_(False))
    found = _read(s, stmt)
    # Matched in Python, by the same rule as the window's search box (phones by their digits).
    return [c for c in found if client_matches(c.client, query)] if searching else found


def client_summary(s: Session, client_id: int) -> ClientSummary:
    """One row of the client list (archived or not), without listing every client."""
    found = _read(s, _summaries(client_id))
    if not found:
        raise no_such_record("client", client_id)
    return found[0]


def get_client(s: Session, client_id: int) -> m.Client:
    return existing(s, m.Client, client_id, "client")


def find_client(s: Session, name_or_id: str) -> m.Client:
    """By id (digits) or by exact name, then by a unique case-insensitive match."""
    key = name_or_id.strip()
    if key.isascii() and key.isdigit():
        row_id = parse_id(key)
        if row_id is None:
            raise no_such_record("client", key)
        return get_client(s, row_id)
    exact = s.scalars(select(m.Client).where(m.Client.name == key)).all()
    if len(exact) == 1:
        return exact[0]
    loose = s.scalars(select(m.Client).where(func.lower(m.Client.name) == key.lower())).all()
    if len(loose) == 1:
        return loose[0]
    if len(exact) > 1 or len(loose) > 1:
        same = exact if len(exact) > 1 else loose
        raise InvalidInput([_several(key, [client_summary(s, c.id) for c in same])])
    raise no_record_called("client", key)


def _several(key: str, candidates: list[ClientSummary]) -> str:
    """One sentence naming each candidate by id, with what tells them apart."""

    def day(when: datetime) -> str:
        return f"{when.astimezone():%Y-%m-%d}"

    def described(c: ClientSummary) -> str:
        n = c.treatment_count
        sessions = (
            f"{n} session{'s' if n != 1 else ''}, last {day(c.last_treatment_at)}"
            if n and c.last_treatment_at is not None
            else "no sessions"
        )
        extra = f", {c.client.concerns}" if c.client.concerns else ""
        return f"#{c.id} {c.name} (added {day(c.client.created_at)}, {sessions}{extra})"

    listed = "; ".join(described(c) for c in candidates)
    return f"Several clients are called “{key}”: {listed}; use the client's id."


def save_client(s: Session, d: ClientDraft) -> ClientSummary:
    """Create or edit a client; answers with its list row (counts included)."""
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
    c.birth_date = d.birth_date
    c.age_band = None if d.birth_date is not None else d.age_band
    c.phone = " ".join(d.phone.split())
    c.email = d.email.strip()
    s.flush()
    return client_summary(s, c.id)


def add_client(s: Session, d: ClientDraft) -> ClientSummary:
    """A new client; the journal's mode is never switched by who is in it.

    A client called "Me" added while there is none becomes the journal's own person
    (``is_self``), unless the journal is in clinic mode. On a journal whose mode nobody has
    chosen yet (a new one driven from the command line: the window asks on first run) the
    first client chooses it: "Me" means personal, anyone else clinic. Once chosen, only the
    user changes it (``Journal.set_mode``).
    """
    if d.id is not None:
        raise InvalidInput([said("This client already exists; edit it instead.", "client_exists")])
    chosen = settings.stored_mode(s)
    called_me = d.name.strip().casefold() == SELF_NAME.casefold()
    if called_me and chosen != "clinic" and _self_id(s) is None:
        d = replace(d, name=SELF_NAME, is_self=True)
    summary = save_client(s, d)
    if chosen is None:
        settings.set_mode(s, "personal" if summary.client.is_self else "clinic")
    return summary


def _self_id(s: Session) -> int | None:
    return s.scalars(select(m.Client.id).where(m.Client.is_self.is_(True)).limit(1)).first()


def ensure_self(s: Session) -> ClientSummary:
    """Personal mode: the one client called "Me", created on first use."""
    me = _self_id(s)
    if me is None:
        row = m.Client(name=SELF_NAME, is_self=True)
        s.add(row)
        s.flush()
        me = row.id
    return client_summary(s, me)


def delete_client(s: Session, client_id: int) -> None:
    s.delete(get_client(s, client_id))
    s.flush()
