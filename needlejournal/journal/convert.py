"""ORM rows → frozen records. The only place that reads ORM attributes for the front ends."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import MISSING, fields
from typing import Any, TypeVar

from sqlalchemy.orm import InstrumentedAttribute

from needlejournal.db import models as m
from needlejournal.guidance import GuidanceWarning
from needlejournal.journal.records import (
    AreaRecord,
    ClientRecord,
    DeviceRecord,
    ObservationRecord,
    PhotoRecord,
    ProductRecord,
    ProductUseRecord,
    TreatmentRecord,
)

R = TypeVar("R")


def client(c: m.Client) -> ClientRecord:
    return ClientRecord(
        id=c.id,
        name=c.name,
        is_self=c.is_self,
        skin_type=c.skin_type,
        concerns=c.concerns,
        contraindications=c.contraindications,
        consent_on=c.consent_on,
        notes=c.notes,
        archived=c.archived,
        version=c.version,
        created_at=c.created_at,
        birth_date=c.birth_date,
        age_band=c.age_band,
        phone=c.phone,
        email=c.email,
    )


def device(d: m.Device) -> DeviceRecord:
    return DeviceRecord(
        id=d.id,
        name=d.name,
        kind=d.kind,
        needle_count=d.needle_count,
        cartridge=d.cartridge,
        notes=d.notes,
        archived=d.archived,
        version=d.version,
    )


def product(p: m.Product) -> ProductRecord:
    return ProductRecord(
        id=p.id,
        name=p.name,
        brand=p.brand,
        kind=p.kind,
        ingredients=tuple(p.ingredients or ()),
        notes=p.notes,
        archived=p.archived,
        version=p.version,
    )


def treatment(t: m.Treatment, warnings: tuple[GuidanceWarning, ...] = ()) -> TreatmentRecord:
    """Needs ``areas``, ``products.product`` and ``device`` eagerly loaded."""
    return TreatmentRecord(
        id=t.id,
        client_id=t.client_id,
        performed_at=t.performed_at,
        device=device(t.device) if t.device is not None else None,
        areas=tuple(
            AreaRecord(a.area, a.depth_mm, a.passes, a.endpoint, a.indication) for a in t.areas
        ),
        products=tuple(
            ProductUseRecord(
                product_id=u.product_id,
                product_name=u.product.name,
                brand=u.product.brand,
                phase=u.phase,
                lot_number=u.lot_number,
                note=u.note,
                day_offset=u.day_offset,
            )
            for u in t.products
        ),
        pain=t.pain,
        numbing=t.numbing,
        downtime_days=t.downtime_days,
        adverse_events=t.adverse_events,
        notes=t.notes,
        texture_note=t.texture_note,
        texture_score=t.texture_score,
        tone_note=t.tone_note,
        tone_score=t.tone_score,
        version=t.version,
        warnings=warnings,
    )


def observation(o: m.Observation) -> ObservationRecord:
    return ObservationRecord(
        id=o.id,
        client_id=o.client_id,
        observed_at=o.observed_at,
        treatment_id=o.treatment_id,
        texture_score=o.texture_score,
        tone_score=o.tone_score,
        redness=o.redness,
        texture_note=o.texture_note,
        tone_note=o.tone_note,
        note=o.note,
        rater=o.rater,
        version=o.version,
    )


def photo(p: m.Photo) -> PhotoRecord:
    return PhotoRecord(
        id=p.id,
        client_id=p.client_id,
        treatment_id=p.treatment_id,
        role=p.role,
        view=p.view,
        taken_at=p.taken_at,
        sha256=p.sha256,
        media_type=p.media_type,
        width=p.width,
        height=p.height,
        bytes=p.bytes,
        original_name=p.original_name,
        capture=dict(p.capture or {}),
        landmarks=dict(p.landmarks) if p.landmarks else None,
        note=p.note,
        version=p.version,
        share_consent=p.share_consent,
    )


def record_columns(
    record: type[object], model: type[m.Base], *, until: str | None = None
) -> tuple[InstrumentedAttribute[Any], ...]:
    """The ``model`` columns named like ``record``'s leading fields, in field order.

    Rows selected with them build the record positionally, at raw-row speed, yet mapped by
    name: the tuple is derived from ``dataclasses.fields`` at import. Fields are taken up to
    ``until`` (exclusive) or the first field with a default (``kind``…); one that has no
    column of its name fails the import, so a record and its table cannot drift apart.
    """
    names: list[str] = []
    for f in fields(record):  # type: ignore[arg-type]
        if f.name == until or f.default is not MISSING or f.default_factory is not MISSING:
            break
        names.append(f.name)
    missing = [n for n in names if n not in model.__table__.c]
    if missing:
        raise TypeError(f"{record.__name__} fields without a {model.__name__} column: {missing}")
    return tuple(getattr(model, n) for n in names)


def positional(record: Callable[..., R]) -> Callable[..., R]:
    """``record``, to be called with a row's values in its ``record_columns`` order."""
    return record


def from_row(make: Callable[..., R], row: Sequence[Any]) -> R:
    """A record from a row selected with its ``record_columns``."""
    return make(*row)


# Listing a client's photos reads plain rows (a client may have thousands; entity loading cost
# ~6 µs a row more).
# ``share_consent`` has a default (records made in tests need not name it): selected last.
PHOTO_COLUMNS = (*record_columns(PhotoRecord, m.Photo), m.Photo.share_consent)
_PHOTO_FIELDS = [c.key for c in PHOTO_COLUMNS]
_CAPTURE, _LANDMARKS = _PHOTO_FIELDS.index("capture"), _PHOTO_FIELDS.index("landmarks")


def photo_from_row(row: Sequence[Any]) -> PhotoRecord:
    """A ``PHOTO_COLUMNS`` row → record (JSON columns copied so records share nothing)."""
    values = list(row)
    values[_CAPTURE] = dict(values[_CAPTURE] or {})
    values[_LANDMARKS] = dict(values[_LANDMARKS]) if values[_LANDMARKS] else None
    return from_row(PhotoRecord, values)
