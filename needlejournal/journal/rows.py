"""Loading the row a use-case works on: missing → ``NotFound``, edited elsewhere → ``Conflict``.

One place for the sentence a user sees and for the optimistic-locking check that keeps two
clinic seats from silently overwriting each other (the rows' ``version_id_col`` catches a race
at flush; this catches an edit of a stale copy before any work is done).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from needlejournal.db import models as m
from needlejournal.journal.errors import NotFound
from needlejournal.journal.limits import id_in_range, parse_id
from needlejournal.journal.stale import conflict_of
from needlejournal.phrases import Said, said

_DIGITS = re.compile(r"[0-9]+")
Row = TypeVar("Row", bound=m.Base)
Named = TypeVar("Named", m.Device, m.Product)


def existing(
    s: Session,
    model: type[Row],
    row_id: int,
    what: str,
    *,
    version: int | None = None,
    options: Sequence[ORMOption] = (),
) -> Row:
    """The row ``row_id`` of ``model``; ``what`` names it for the user ("session")."""
    if not id_in_range(row_id):  # beyond SQLite's integers: no such row, not a crash
        raise no_such_record(what, row_id)
    row = s.get(model, row_id, options=options)
    if row is None:
        raise no_such_record(what, row_id)
    if version is not None and version != getattr(row, "version", version):
        raise conflict_of(row, what)
    return row


def by_name_or_id(s: Session, model: type[Named], name_or_id: str, what: str) -> Named:
    """A library entry by id (digits) or by case-insensitive name."""
    key = name_or_id.strip()
    if _DIGITS.fullmatch(key):
        row_id = parse_id(key)
        if row_id is None:
            raise no_such_record(what, key)
        match = model.id == row_id
    else:
        match = func.lower(model.name) == key.lower()
    row = s.scalars(select(model).where(match)).first()
    if row is None:
        raise no_record_called(what, key)
    return row


def record_missing(what: str, row_id: int | str) -> Said:
    """ "There is no session with id 7." (``what`` names the record as ``existing`` does)."""
    return said(f"There is no {what} with id {row_id}.", "no_such_record", what=what, id=row_id)


def no_such_record(what: str, row_id: int | str) -> NotFound:
    return NotFound(record_missing(what, row_id))


def no_record_called(what: str, name: str) -> NotFound:
    message = f"There is no {what} called “{name}”."
    return NotFound(said(message, "no_record_called", what=what, name=name))
