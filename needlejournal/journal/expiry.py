"""Expiry dates of products and of their lots (batches). A session that used a product past
its lot's expiry date (or, for a lot with no date of its own, the product's) is warned about
(``guidance.consent.expiry_warnings``, attached when sessions are read)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.library import find_product
from needlejournal.journal.limits import EARLIEST_YEAR, text_problems
from needlejournal.phrases import said


@dataclass(frozen=True)
class LotExpiry:
    product: str
    lot: str | None  # None: the product itself
    expires_on: date | None


def _problems(lot: str | None, expires_on: date | None) -> list[str]:
    problems = [] if lot is None else text_problems("The lot number", lot, limit=100)
    if lot is not None and not lot.strip():
        problems.append(said("The lot number is empty.", "lot_empty"))
    if expires_on is not None and expires_on.year < EARLIEST_YEAR:
        message = f"The expiry date is before {EARLIEST_YEAR}."
        problems.append(said(message, "before_year", field="The expiry date", year=EARLIEST_YEAR))
    return problems


def _set(s: Session, product: str, lot: str | None, expires_on: date | None) -> LotExpiry:
    p = find_product(s, product)
    if lot is None:
        p.expires_on = expires_on
        s.flush()
        return LotExpiry(p.name, None, expires_on)
    key = lot.strip()
    row = s.scalars(
        select(m.ProductLot).where(
            m.ProductLot.product_id == p.id, func.lower(m.ProductLot.lot_number) == key.lower()
        )
    ).first()
    if row is None:
        row = m.ProductLot(product_id=p.id, lot_number=key)
        s.add(row)
    row.expires_on = expires_on
    s.flush()
    return LotExpiry(p.name, row.lot_number, expires_on)


def set_expiry(
    journal: Journal, product: str, expires_on: date | None, lot: str | None = None
) -> LotExpiry:
    """Set (or clear, with None) the expiry of ``product`` or of one of its lots."""
    problems = _problems(lot, expires_on)
    if problems:
        raise InvalidInput(problems)
    return journal.run(lambda s: _set(s, product, lot, expires_on))


def expiries(journal: Journal, product: str) -> list[LotExpiry]:
    """The product's own expiry, then each lot's, by lot number."""

    def read(s: Session) -> list[LotExpiry]:
        p = find_product(s, product)
        lots = s.scalars(
            select(m.ProductLot)
            .where(m.ProductLot.product_id == p.id)
            .order_by(m.ProductLot.lot_number)
        )
        return [
            LotExpiry(p.name, None, p.expires_on),
            *(LotExpiry(p.name, r.lot_number, r.expires_on) for r in lots),
        ]

    return journal.run(read)


def _rename(s: Session, product: str, old: str, new: str) -> LotExpiry:
    p = find_product(s, product)
    rows = s.scalars(select(m.ProductLot).where(m.ProductLot.product_id == p.id)).all()
    by_number = {r.lot_number.lower(): r for r in rows}
    row = by_number.get(old.strip().lower())
    if row is None:
        message = f"{p.name} has no lot {old.strip()} on file."
        raise InvalidInput([said(message, "lot_not_on_file", product=p.name, lot=old.strip())])
    taken = by_number.get(new.strip().lower())
    if taken is not None and taken is not row:
        message = f"{p.name} already has a lot {taken.lot_number} on file."
        lot = taken.lot_number
        raise InvalidInput([said(message, "lot_taken", product=p.name, lot=lot)])
    row.lot_number = new.strip()
    s.flush()
    return LotExpiry(p.name, row.lot_number, row.expires_on)


def save_lot(
    journal: Journal, product: str, lot: str, expires_on: date | None, *, was: str | None = None
) -> LotExpiry:
    """A lot's number and expiry as a form edits them: ``was`` is the number it had (a typo
    corrected), None for a lot added. Sessions keep the lot number they recorded."""
    problems = _problems(lot, expires_on)
    if problems:
        raise InvalidInput(problems)

    def write(s: Session) -> LotExpiry:
        if was is not None:  # renamed (or its case corrected) before the date is set
            _rename(s, product, was, lot)
        return _set(s, product, lot, expires_on)

    return journal.run(write)
