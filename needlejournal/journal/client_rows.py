"""The client list on SQLite as plain SQL: one statement and one row → record mapping.

Three readers use it: ``clients.list_clients`` on an open journal (through the unit of work's
own connection), ``plain_read`` (a ``client list`` command that never imports SQLAlchemy) and
the window's ``first_look`` (the names on screen before the journal is open).
The ORM statement (``clients._summaries``) stays the reference and PostgreSQL's path; a test
holds the three to identical records.

Nothing here imports SQLAlchemy. The columns are ``ClientRecord``'s fields by name, and each
value is converted as SQLAlchemy's SQLite types convert it (ISO text → ``date``/``datetime``,
datetimes as aware UTC like ``db.types.UTCDateTime``, 0/1 → ``bool``). A value they would not
read the same way raises ``ValueError`` or ``TypeError``; callers then fall back to the ORM.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from datetime import UTC, date, datetime
from typing import Any, get_args, get_type_hints

from needlejournal.journal.client_records import ClientRecord, ClientSummary
from needlejournal.journal.client_search import client_matches

CLIENT_FIELDS = tuple(f.name for f in fields(ClientRecord))

_COLUMNS = ", ".join(f'c."{name}"' for name in CLIENT_FIELDS)
# As clients._summaries renders it: counts from one grouped scan of treatment's covering index.
_LIST_SQL = (
    f"SELECT {_COLUMNS}, s.n, s.last FROM client AS c LEFT OUTER JOIN ("
    "SELECT client_id AS cid, count(id) AS n, max(performed_at) AS last "
    "FROM treatment GROUP BY client_id) AS s ON s.cid = c.id{where} "
    "ORDER BY c.is_self DESC, lower(c.name), c.id"
)
LIST_ALL_SQL = _LIST_SQL.format(where="")
LIST_ACTIVE_SQL = _LIST_SQL.format(where=" WHERE c.archived IS 0")


def utc_datetime(value: Any) -> datetime:
    """SQLite text → aware UTC datetime, as ``UTCDateTime`` over SQLAlchemy's DATETIME."""
    try:  # what the journal writes: naive UTC text (parsed with its zone 8× faster)
        moment = datetime.fromisoformat(value + "+00:00")
        if moment.tzinfo is not None:  # "2025-01-02+00:00" parses, but as a naive midnight
            return moment
    except (ValueError, TypeError):
        pass
    if not isinstance(value, str):
        raise TypeError(f"a datetime column holds {type(value).__name__}")
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def day(value: Any) -> date:
    if not isinstance(value, str):
        raise TypeError(f"a date column holds {type(value).__name__}")
    return date.fromisoformat(value)


def flag(value: Any) -> bool:
    return bool(value)


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    kinds = {k for k in get_args(hint) if k is not type(None)} or {hint}  # X | None → X
    if datetime in kinds:  # before date: a datetime is a date
        return utc_datetime
    if date in kinds:
        return day
    if bool in kinds:
        return flag
    return None  # int, str: SQLite hands them over as they are


_HINTS = get_type_hints(ClientRecord)
_CONVERTERS = tuple(
    (i, conv)
    for i, name in enumerate(CLIENT_FIELDS)
    if (conv := _converter(_HINTS[name])) is not None
)


def summary_from_raw(row: Sequence[Any]) -> ClientSummary:
    """A plain SQLite row of ``LIST_*_SQL`` → the list's record (NULLs stay None)."""
    values = list(row)
    for i, conv in _CONVERTERS:
        if values[i] is not None:
            values[i] = conv(values[i])
    k = len(CLIENT_FIELDS)
    last = values[k + 1]
    return ClientSummary(
        ClientRecord(*values[:k]), values[k] or 0, None if last is None else utc_datetime(last)
    )


def summaries(rows: Iterable[Sequence[Any]], query: str = "") -> list[ClientSummary]:
    """The list's records; a search keeps the clients ``client_matches`` finds."""
    found = [summary_from_raw(row) for row in rows]
    return [c for c in found if client_matches(c.client, query)] if query.strip() else found


def list_clients(
    conn: sqlite3.Connection, query: str = "", *, include_archived: bool = False
) -> list[ClientSummary]:
    """``clients.list_clients`` on a plain connection: archived clients only when asked or
    searched for (a search finds them too)."""
    every = include_archived or bool(query.strip())
    rows = conn.execute(LIST_ALL_SQL if every else LIST_ACTIVE_SQL).fetchall()
    return summaries(rows, query)
