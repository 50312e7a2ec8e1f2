"""Lot recall: which clients and sessions received a product (and one lot of it).

A recall notice names a product and a batch; the clinic has to reach everyone it was used on.
Every use is listed, archived clients included (a recall does not care who still comes).
The lot is matched ignoring case and surrounding spaces, as people type batch numbers.
The client record holds no phone or e-mail yet, so a use carries the client's name and id;
contact fields join it when the schema has them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import convert
from needlejournal.journal.records import ProductRecord
from needlejournal.journal.rows import by_name_or_id

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal


@dataclass(frozen=True)
class LotUse:
    client_id: int
    client_name: str
    client_archived: bool
    treatment_id: int
    performed_at: datetime  # UTC, as stored
    phase: str
    lot_number: str
    note: str
    client_phone: str = ""  # contact details: a recall means calling people
    client_email: str = ""

    @property
    def contact(self) -> str:
        return " · ".join(x for x in (self.client_phone, self.client_email) if x)


@dataclass(frozen=True)
class LotRecall:
    product: ProductRecord
    lot: str | None  # None: every lot of the product
    uses: tuple[LotUse, ...]  # oldest first

    @property
    def client_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(u.client_id for u in self.uses))


def recall(s: Session, product: str, lot: str | None = None) -> LotRecall:
    """Every use of ``product`` (name or id), limited to ``lot`` when given."""
    found = by_name_or_id(s, m.Product, product, "product")
    U, T, C = m.ProductUse, m.Treatment, m.Client
    stmt = (
        select(
            C.id,
            C.name,
            C.archived,
            T.id,
            T.performed_at,
            U.phase,
            U.lot_number,
            U.note,
            C.phone,
            C.email,
        )
        .join(T, T.id == U.treatment_id)
        .join(C, C.id == T.client_id)
        .where(U.product_id == found.id)
        .order_by(T.performed_at, T.id, U.position)
    )
    wanted = lot.strip() if lot is not None else None
    if wanted is not None:
        stmt = stmt.where(func.lower(func.trim(U.lot_number)) == wanted.lower())
    uses = tuple(
        LotUse(*row[:8], client_phone=row[8], client_email=row[9]) for row in s.execute(stmt)
    )
    return LotRecall(convert.product(found), wanted, uses)


def recall_in(journal: Journal, product: str, lot: str | None = None) -> LotRecall:
    """``recall`` as one unit of work on an open journal (the front ends' entry)."""
    return journal.run(lambda s: recall(s, product, lot))
