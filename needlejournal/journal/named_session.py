"""Saving a session whose client, device and products are given by name or id.

The command line's way of logging a session: names are resolved in the same unit of work as
the save, so nothing is written unless the whole session is accepted. An unknown device or
product raises ``UnknownEntry`` carrying the names the library does hold, so the front end
can say what it knows and how to add one.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from needlejournal.journal import clients, convert, library, treatments
from needlejournal.journal.errors import NotFound, UnknownEntry
from needlejournal.journal.records import (
    ClientRecord,
    NamedSession,
    ProductUseDraft,
    SavedTreatment,
)


def _device_id(s: Session, name: str) -> int:
    try:
        return library.find_device(s, name).id
    except NotFound as e:
        raise UnknownEntry(str(e), "device", [d.name for d in library.list_devices(s)]) from None


def _product_id(s: Session, name: str) -> int:
    try:
        return library.find_product(s, name).id
    except NotFound as e:
        known = [p.name for p in library.list_products(s)]
        raise UnknownEntry(str(e), "product", known) from None


def save_named_session(s: Session, r: NamedSession) -> tuple[ClientRecord, SavedTreatment]:
    client = clients.find_client(s, r.client)
    draft = replace(
        r.draft,
        client_id=client.id,
        device_id=_device_id(s, r.device),
        products=tuple(
            ProductUseDraft(_product_id(s, p.name_or_id), p.phase, day_offset=p.day_offset)
            for p in r.products
        ),
    )
    return convert.client(client), treatments.save_treatment(s, draft)
