"""A refused save as a ``Conflict`` a person can resolve: the stored record, who, and when.

Raised in two places with the same content: ``rows.existing`` (the edit was read at an older
version than the row holds) and the facade after a race lost at flush (``StaleDataError``:
another seat committed between our read and our write), which re-reads the row here.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from needlejournal import phrases
from needlejournal.db import models as m
from needlejournal.journal import convert
from needlejournal.journal.conflicts import changed_phrase
from needlejournal.journal.errors import Conflict
from needlejournal.stamps import parse_stamp

TREATMENT_EAGER: tuple[ORMOption, ...] = (
    selectinload(m.Treatment.areas),
    selectinload(m.Treatment.products).selectinload(m.ProductUse.product),
    selectinload(m.Treatment.device),
)


def record_of(row: object) -> object | None:
    """The frozen record of a tracked row (the treatment with its parts loaded)."""
    if isinstance(row, m.Client):
        return convert.client(row)
    if isinstance(row, m.Treatment):
        return convert.treatment(row)
    if isinstance(row, m.Observation):
        return convert.observation(row)
    if isinstance(row, m.Photo):
        return convert.photo(row)
    if isinstance(row, m.Device):
        return convert.device(row)
    if isinstance(row, m.Product):
        return convert.product(row)
    return None


def conflict_of(row: object, what: str) -> Conflict:
    """The conflict with ``row`` as it is stored now (``what`` names it: "session")."""
    by = str(getattr(row, "changed_by", "") or "")
    at = getattr(row, "updated_at", None)
    phrase = changed_phrase(by, at)
    said = (
        phrase[len("changed ") :]
        if phrase.startswith("changed elsewhere")
        else f"elsewhere ({phrase})"
    )
    message = f"This {what} was changed {said}; reopen it and try again."
    seat, user = parse_stamp(by)
    told = phrases.said(message, "record_changed_by", what=what, seat=seat, user=user, at=at)
    return Conflict(told, record_of(row), by, at)


def reread_conflict(s: Session, model: type[m.Base], row_id: int, what: str) -> Conflict:
    """After a race lost at flush: the row as the winner left it (or gone)."""
    options: Sequence[ORMOption] = TREATMENT_EAGER if model is m.Treatment else ()
    row = s.get(model, row_id, options=options, populate_existing=True)
    if row is None:
        message = f"This {what} was deleted elsewhere; nothing was saved."
        return Conflict(phrases.said(message, "record_deleted", what=what))
    return conflict_of(row, what)
