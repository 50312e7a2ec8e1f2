"""The client list read with plain ``sqlite3`` for the window's first screen.

Opening the journal imports SQLAlchemy and the models (~0.5 s on a busy machine) before the
list can be read; this read needs neither, so the window shows the names while the journal is
still opening. It only ever reads (``mode=ro``), takes no journal lock and writes nothing, so
it can never harm a journal that turns out damaged, locked or too new: the real open still
decides, and its list replaces this one. Anything unexpected (a missing file, an older or
foreign schema, a locked or damaged database) gives None and the window waits for the open.

The statement and the row → record mapping are ``journal.client_rows``', which
``Journal.list_clients`` and the ``client list`` command use too; a test compares the reads.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    try:
        if not paths.is_sqlite or not paths.db_file.is_file():
            return None
        return _read(paths.db_file)
    except (OSError, sqlite3.Error, ValueError, TypeError, KeyError):
        return None


def _read(db: Path) -> FirstLook | None:
    from needlejournal.journal import client_rows

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        mode = _mode(conn)
        if mode is None:
            return None  # a new journal: the window asks who it is for once it is open
        rows = conn.execute(client_rows.LIST_ALL_SQL).fetchall()
    finally:
        conn.close()
    clients = client_rows.summaries(rows)
    if mode == "personal" and not any(c.client.is_self for c in clients):
        return None  # the open adds the personal journal's "Me" first
    return FirstLook(mode, clients)


def _mode(conn: sqlite3.Connection) -> Mode | None:
    row = conn.execute("SELECT value FROM setting WHERE key = 'mode'").fetchone()
    stored = json.loads(row[0]) if row else None
    value = stored.get("mode") if isinstance(stored, dict) else None
    if value == "personal":
        return "personal"
    if value == "clinic":
        return "clinic"
    return None
