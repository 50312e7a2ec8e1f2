"""The client list read with plain ``sqlite3`` for the window's first screen.

Opening the journal imports SQLAlchemy and the models (~0.5 s on a busy machine) before the
list can be read; this read needs neither, so the window shows the names while the journal is
still opening. It only ever reads (``mode=ro``), takes no journal lock and writes nothing, so
it can never harm a journal that turns out damaged, locked or too new: the real open still
decides, and its list replaces this one. Anything unexpected (a missing file, an older or
foreign schema, a locked or damaged database) gives None and the window waits for the open.

The records are built from the same columns as ``journal.clients`` reads (the fields of
``ClientRecord``), converted as the ORM's column types do; a test compares the two reads.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from needlejournal.journal.client_records import ClientSummary
    from needlejournal.journal.records import Mode
    from needlejournal.paths import DataPaths

BUSY_TIMEOUT_S = 0.2  # a writer holding the file: the open will wait, this read need not


@dataclass(frozen=True)
class FirstLook:
    mode: Mode
    clients: list[ClientSummary]  # as ``Journal.list_clients(include_archived=True)``


def first_look(paths: DataPaths) -> FirstLook | None:
    """The mode and the client list, or None when only the real open can say."""
    if not paths.is_sqlite or not paths.db_file.is_file():
        return None
    try:
        return _read(paths.db_file)
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        return None


def _read(db: Path) -> FirstLook | None:
    from needlejournal.journal.client_records import ClientRecord, ClientSummary

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        mode = _mode(conn)
        if mode is None:
            return None  # a new journal: the window asks who it is for once it is open
        names = [f.name for f in fields(ClientRecord)]
        columns = ", ".join(f"c.{n}" for n in names)
        rows = conn.execute(
            f"SELECT {columns}, a.n, a.last FROM client c LEFT JOIN ("
            "  SELECT client_id, count(id) AS n, max(performed_at) AS last"
            "  FROM treatment GROUP BY client_id"
            ") a ON a.client_id = c.id ORDER BY c.is_self DESC, lower(c.name), c.id"
        ).fetchall()
    finally:
        conn.close()
    convert = [_CONVERT.get(str(f.type), _same) for f in fields(ClientRecord)]
    k = len(names)
    clients = [
        ClientSummary(
            ClientRecord(*(c(v) for c, v in zip(convert, row[:k], strict=True))),
            row[k] or 0,
            _moment(row[k + 1]),
        )
        for row in rows
    ]
    if mode == "personal" and not any(c.client.is_self for c in clients):
        return None  # the open adds the personal journal's "Me" first
    return FirstLook(mode, clients)


def _mode(conn: sqlite3.Connection) -> Mode | None:
    row = conn.execute("SELECT value FROM setting WHERE key = 'mode'").fetchone()
    value = json.loads(row[0]).get("mode") if row else None
    if value == "personal":
        return "personal"
    if value == "clinic":
        return "clinic"
    return None


def _same(value: Any) -> Any:
    return value


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _moment(value: Any) -> datetime | None:
    """SQLite holds naive UTC text (``db.types.UTCDateTime``); the records hold aware UTC."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _moment_required(value: Any) -> datetime:
    moment = _moment(value)
    if moment is None:
        raise ValueError("a required time is missing")
    return moment


# By the annotation of each ``ClientRecord`` field (strings: the records module defers them).
_CONVERT: dict[str, Callable[[Any], Any]] = {
    "bool": bool,
    "date | None": _day,
    "datetime": _moment_required,
    "datetime | None": _moment,
}
