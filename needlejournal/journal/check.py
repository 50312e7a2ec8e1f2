"""Integrity checks of the journal database (the photo store adds its own part)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from needlejournal.journal.errors import JournalDamaged
from needlejournal.journal.problems import Problem as Problem

if TYPE_CHECKING:
    from needlejournal.journal.audit_chain import ChainCheck


def database_problems(engine: Engine, *, quick: bool = False) -> list[Problem]:
    """SQLite ``integrity_check`` (or ``quick_check``) and ``foreign_key_check``."""
    if engine.dialect.name != "sqlite":
        return []
    problems: list[Problem] = []
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}"))]
            if rows != ["ok"]:
                problems += [Problem("database", f"database damage: {r}") for r in rows[:20]]
            for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
                problems.append(
                    Problem(
                        "foreign_key",
                        f"a {table} row points at a missing {parent}",
                        {"table": table, "rowid": rowid, "parent": parent},
                    )
                )
        if not quick and not problems:
            problems += [
                Problem(
                    "bad_text",
                    f"a {bad.table} row (rowid {bad.rowid}) has {bad.column} text that is not "
                    "valid UTF-8 (“check --repair” replaces the bad bytes)",
                    {"table": bad.table, "rowid": bad.rowid, "column": bad.column},
                )
                for bad in undecodable_text(engine)
            ]
    except DatabaseError as e:
        # So damaged that SQLite cannot even run the check ("disk image is malformed").
        problems.append(Problem("database", f"database damage: {e.orig}"))
    return problems


def journal_problems(
    database: list[Problem], verify_audit: Callable[[], ChainCheck]
) -> list[Problem]:
    """The database's problems, and the audit chain's when the database could be read."""
    if any(p.kind == "database" for p in database):
        return database  # the chain would only repeat the damage, or fail to be read
    try:
        chain = verify_audit()
    except JournalDamaged:
        return database
    if chain.ok:
        return database
    return [
        *database,
        Problem(
            "audit_chain",
            f"the audit trail is broken: {chain.problem}",
            {"broken_at": chain.broken_at},
        ),
    ]


@dataclass(frozen=True)
class BadText:
    table: str
    rowid: int
    column: str
    raw: bytes


def undecodable_text(engine: Engine) -> list[BadText]:
    """Every TEXT value that is not valid UTF-8 (the driver fails to read such a row)."""
    found: list[BadText] = []
    raw_conn = engine.raw_connection()
    try:
        conn = raw_conn.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        conn.text_factory = bytes
        try:
            tables = [
                r[0].decode()
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                columns = [r[1].decode() for r in conn.execute(f'PRAGMA table_info("{table}")')]
                picks = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
                for row in conn.execute(f'SELECT rowid, {picks} FROM "{table}"'):
                    for i, column in enumerate(columns):
                        value, kind = row[1 + 2 * i], row[2 + 2 * i]
                        if kind == b"text" and not _is_utf8(value):
                            found.append(BadText(table, int(row[0]), column, value))
        finally:
            conn.text_factory = str
    finally:
        raw_conn.close()
    return found


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def repair_text(engine: Engine) -> list[str]:
    """Replace undecodable bytes by U+FFFD (the replacement character); say where."""
    done: list[str] = []
    if engine.dialect.name != "sqlite":
        return done  # PostgreSQL refuses invalid UTF-8 on the way in
    found = undecodable_text(engine)
    if not found:
        return done
    with engine.begin() as conn:
        for bad in found:
            fixed = bad.raw.decode("utf-8", "replace")
            conn.exec_driver_sql(
                f'UPDATE "{bad.table}" SET "{bad.column}" = ? WHERE rowid = ?',
                (fixed, bad.rowid),
            )
            done.append(
                f"replaced unreadable bytes in {bad.table} {bad.rowid} ({bad.column}) "
                "by the � character"
            )
    return done
