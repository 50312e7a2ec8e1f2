"""The schema revisions this app ships and the one a journal holds, without importing Alembic.

Opening a journal whose schema is current must not pay Alembic's import (~150 ms per CLI
call): the chain is read from the version files' ``revision = "…"`` and
``down_revision = "…"`` lines (a test checks it agrees with Alembic's own reading), and the
stored revision is one plain ``SELECT`` from ``alembic_version``.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE
)


@functools.cache
def chain(migrations_dir: Path = MIGRATIONS_DIR) -> dict[str, str | None]:
    """Every shipped revision and the one it revises (None for the first)."""
    found: dict[str, str | None] = {}
    for path in sorted((migrations_dir / "versions").glob("*.py")):
        fields = {m.group(1): m.group(2) for m in _ASSIGNMENT.finditer(path.read_text("utf-8"))}
        revision = fields.get("revision")
        if revision is not None:
            found[revision] = fields.get("down_revision")
    return found


def head(migrations_dir: Path = MIGRATIONS_DIR) -> str:
    """The newest shipped revision: the one no other revision revises."""
    revisions = chain(migrations_dir)
    revised = set(revisions.values())
    heads = [r for r in revisions if r not in revised]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one chain; heads found: {sorted(heads)}")
    return heads[0]


def is_known(revision: str, migrations_dir: Path = MIGRATIONS_DIR) -> bool:
    """True for a revision this version of the app ships (not a newer one)."""
    return revision in chain(migrations_dir)


def stored(connection: Connection) -> str | None:
    """The journal's schema revision, or None for a database without one (new or foreign)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    if len(rows) > 1:
        raise RuntimeError("the journal records more than one schema revision")
    return str(rows[0][0]) if rows else None


def stored_plain(conn: sqlite3.Connection) -> str | None:
    """``stored`` on a plain ``sqlite3`` connection (a listing that never imports SQLAlchemy)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if has_table is None:
        return None
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        raise RuntimeError("the journal records more than one schema revision")
    return str(rows[0][0]) if rows else None
