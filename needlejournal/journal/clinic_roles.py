"""The seat role of a clinic's PostgreSQL journal: read and write records, append-only audit.

The SQL lives in the package (``db/clinic_roles.sql``) so a DBA can read or run it by hand;
``grant_seat`` runs it as the connected role (the journal's owner) in one transaction.
"""

from __future__ import annotations

import re
from importlib.resources import files

from sqlalchemy import text

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput, JournalError

_ROLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def seat_sql(role: str, database: str) -> list[str]:
    """The statements that make ``role`` a seat of ``database`` (identifiers quoted)."""
    if not _ROLE.fullmatch(role):
        raise InvalidInput(
            [f"“{role}” is not a role name (letters, digits and _, at most 63 characters)."]
        )
    source = files("needlejournal.db").joinpath("clinic_roles.sql").read_text(encoding="utf-8")
    body = "\n".join(line for line in source.splitlines() if not line.startswith("--"))
    filled = body.replace("{role}", _quoted(role)).replace("{database}", _quoted(database))
    return [s.strip() for s in filled.split(";") if s.strip()]


def grant_seat(journal: Journal, role: str) -> list[str]:
    """Give ``role`` a seat's rights on this journal; returns the statements run."""
    if journal.paths.is_sqlite:
        raise JournalError("Seat roles are for a clinic's PostgreSQL journal (--database-url).")
    with journal.engine.connect() as c:
        database = str(c.execute(text("SELECT current_database()")).scalar())
        exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    statements = seat_sql(role, database)
    if exists is None:
        raise InvalidInput(
            [f"There is no database role “{role}”; create it first (CREATE ROLE {role} LOGIN)."]
        )
    from sqlalchemy.exc import ProgrammingError

    try:
        with journal.engine.begin() as c:
            for statement in statements:
                c.execute(text(statement))
    except ProgrammingError as e:
        raise JournalError(
            f"The seat role could not be set up ({str(e.orig).splitlines()[0]}); connect as "
            "the journal's owner."
        ) from None
    return statements
