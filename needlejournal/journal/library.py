"""Device and product libraries."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import convert
from needlejournal.journal.errors import Conflict, InvalidInput, NotFound
from needlejournal.journal.records import DeviceDraft, DeviceRecord, ProductDraft, ProductRecord
from needlejournal.journal.validation import device_problems, product_problems


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
        problems.append(f"A device called “{d.name.strip()}” already exists.")
    if problems:
        raise InvalidInput(problems)
    if d.id is None:
        dev = m.Device(name=d.name.strip(), kind=d.kind)
        s.add(dev)
    else:
        found = s.get(m.Device, d.id)
        if found is None:
            raise NotFound(f"There is no device with id {d.id}.")
        dev = found
        if d.version is not None and d.version != dev.version:
            raise Conflict(f"{dev.name} was changed elsewhere; reopen it and try again.")
    dev.name, dev.kind, dev.needle_count = d.name.strip(), d.kind, d.needle_count
    dev.cartridge, dev.notes, dev.archived = d.cartridge, d.notes, d.archived
    s.flush()
    return convert.device(dev)


def save_product(s: Session, d: ProductDraft) -> ProductRecord:
    problems = product_problems(d)
    if not problems and _name_taken(s, m.Product, d.name, d.id):
        problems.append(f"A product called “{d.name.strip()}” already exists.")
    if problems:
        raise InvalidInput(problems)
    if d.id is None:
        p = m.Product(name=d.name.strip())
        s.add(p)
    else:
        found = s.get(m.Product, d.id)
        if found is None:
            raise NotFound(f"There is no product with id {d.id}.")
        p = found
        if d.version is not None and d.version != p.version:
            raise Conflict(f"{p.name} was changed elsewhere; reopen it and try again.")
    p.name, p.brand, p.kind = d.name.strip(), d.brand.strip(), d.kind
    p.ingredients = [i.strip() for i in d.ingredients if i.strip()]
    p.notes, p.archived = d.notes, d.archived
    s.flush()
    return convert.product(p)


def find_device(s: Session, name_or_id: str) -> m.Device:
    key = name_or_id.strip()
    stmt = (
        select(m.Device).where(m.Device.id == int(key))
        if key.isdigit()
        else select(m.Device).where(func.lower(m.Device.name) == key.lower())
    )
    dev = s.scalars(stmt).first()
    if dev is None:
        raise NotFound(f"There is no device called “{key}”.")
    return dev


def find_product(s: Session, name_or_id: str) -> m.Product:
    key = name_or_id.strip()
    stmt = (
        select(m.Product).where(m.Product.id == int(key))
        if key.isdigit()
        else select(m.Product).where(func.lower(m.Product.name) == key.lower())
    )
    p = s.scalars(stmt).first()
    if p is None:
        raise NotFound(f"There is no product called “{key}”.")
    return p
