"""Integrity checks of the journal database (the photo store adds its own part)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError


@dataclass(frozen=True)
class Problem:
    kind: str  # e.g. "database", "foreign_key", "missing_file", "orphan_file"
    message: str
    detail: dict[str, object] = field(default_factory=dict)


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
    except DatabaseError as e:
        # So damaged that SQLite cannot even run the check ("disk image is malformed").
        problems.append(Problem("database", f"database damage: {e.orig}"))
    return problems
