"""Device and product libraries."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import convert
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import DeviceDraft, DeviceRecord, ProductDraft, ProductRecord
from needlejournal.journal.rows import by_name_or_id, existing
from needlejournal.journal.validation import device_problems, product_problems
from needlejournal.phrases import said


def list_devices(s: Session, *, include_archived: bool = False) -> list[DeviceRecord]:
    stmt = select(m.Device).order_by(func.lower(m.Device.name))
    if not include_archived:
        stmt = stmt.where(m.Device.archived.is_(False))
    return [convert.device(d) for d in s.scalars(stmt)]


def list_products(s: Session, *, include_archived: bool = False) -> list[ProductRecord]:
    stmt = select(m.Product).order_by(func.lower(m.Product.name))
    if not include_archived:
        stmt = stmt.where(m.Product.archived.is_(False))
    return [convert.product(p) for p in s.scalars(stmt)]


def _name_taken(
    s: Session, model: type[m.Device] | type[m.Product], name: str, own: int | None
) -> bool:
    stmt = select(model.id).where(func.lower(model.name) == name.strip().lower())
    found = s.scalars(stmt).first()
    return found is not None and found != own


def save_device(s: Session, d: DeviceDraft) -> DeviceRecord:
    problems = device_problems(d)
    if not problems and _name_taken(s, m.Device, d.name, d.id):
        message = f"A device called “{d.name.strip()}” already exists."
        problems.append(said(message, "name_taken", what="device", name=d.name.strip()))
    if problems:
        raise InvalidInput(problems)
    if d.id is None:
        dev = m.Device(name=d.name.strip(), kind=d.kind)
        s.add(dev)
    else:
        dev = existing(s, m.Device, d.id, "device", version=d.version)
    dev.name, dev.kind, dev.needle_count = d.name.strip(), d.kind, d.needle_count
    dev.cartridge, dev.notes, dev.archived = d.cartridge, d.notes, d.archived
    s.flush()
    return convert.device(dev)


def save_product(s: Session, d: ProductDraft) -> ProductRecord:
    problems = product_problems(d)
    if not problems and _name_taken(s, m.Product, d.name, d.id):
        message = f"A product called “{d.name.strip()}” already exists."
        problems.append(said(message, "name_taken", what="product", name=d.name.strip()))
    if problems:
        raise InvalidInput(problems)
    if d.id is None:
        p = m.Product(name=d.name.strip())
        s.add(p)
    else:
        p = existing(s, m.Product, d.id, "product", version=d.version)
    p.name, p.brand, p.kind = d.name.strip(), d.brand.strip(), d.kind
    p.ingredients = [i.strip() for i in d.ingredients if i.strip()]
    p.notes, p.archived = d.notes, d.archived
    s.flush()
    return convert.product(p)


def find_device(s: Session, name_or_id: str) -> m.Device:
    return by_name_or_id(s, m.Device, name_or_id, "device")


def find_product(s: Session, name_or_id: str) -> m.Product:
    return by_name_or_id(s, m.Product, name_or_id, "product")
