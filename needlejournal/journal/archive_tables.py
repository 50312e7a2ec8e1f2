"""The client archive's records as JSON-ready dicts, and the same records as CSV tables
(``csv/<table>.csv``: one row per record, nested lists flattened into their own tables).
Split out of ``journal.client_archive``, which gathers the records and writes the zip;
docs/client-export.md documents every column."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from needlejournal.journal import archive_ratings, archive_regions
from needlejournal.journal.records import (
    ClientRecord,
    DeviceRecord,
    ObservationRecord,
    PhotoRecord,
    ProductRecord,
    TreatmentRecord,
)

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "client": (
        "name",
        "skin_type",
        "concerns",
        "contraindications",
        "consent_on",
        "birth_date",
        "age_band",
        "phone",
        "email",
        "notes",
        "archived",
    ),
    "devices": ("key", "name", "kind", "needle_count", "cartridge", "notes"),
    "products": ("key", "name", "brand", "kind", "ingredients", "notes"),
    "treatments": (
        "key",
        "performed_at",
        "device",
        "pain",
        "numbing",
        "downtime_days",
        "adverse_events",
        "notes",
        "texture_score",
        "texture_note",
        "tone_score",
        "tone_note",
    ),
    "consents": (
        "kind",
        "given_on",
        "valid_until",
        "taken_by",
        "note",
        "document",
        "document_sha256",
        "document_type",
        "document_name",
    ),
    "treatment_areas": (
        "treatment",
        "position",
        "area",
        "depth_mm",
        "passes",
        "endpoint",
        "indication",
    ),
    "product_uses": (
        "treatment",
        "position",
        "product",
        "phase",
        "lot_number",
        "note",
        "day_offset",
    ),
    "observations": (
        "key",
        "observed_at",
        "treatment",
        "texture_score",
        "tone_score",
        "redness",
        "texture_note",
        "tone_note",
        "note",
        "rater",
    ),
    "ratings": archive_ratings.CSV_COLUMNS,
    "regions": archive_regions.REGION_COLUMNS,
    "measures": archive_regions.MEASURE_COLUMNS,
    "screening": (
        "item",
        "answer",
        "item_date",
        "reviewed_on",
        "reviewer",
        "recorded_at",
    ),
    "photos": (
        "sha256",
        "file",
        "treatment",
        "role",
        "view",
        "taken_at",
        "media_type",
        "width",
        "height",
        "bytes",
        "original_name",
        "capture",
        "landmarks",
        "note",
        "share_consent",
    ),
}


def iso(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def client_fields(c: ClientRecord) -> dict[str, Any]:
    return {
        "name": c.name,
        "skin_type": c.skin_type,
        "concerns": c.concerns,
        "contraindications": c.contraindications,
        "consent_on": iso(c.consent_on),
        "birth_date": iso(c.birth_date),
        "age_band": c.age_band,
        "phone": c.phone,
        "email": c.email,
        "notes": c.notes,
        "archived": c.archived,
    }


def device_fields(d: DeviceRecord) -> dict[str, Any]:
    return {
        "key": f"d{d.id}",
        "name": d.name,
        "kind": d.kind,
        "needle_count": d.needle_count,
        "cartridge": d.cartridge,
        "notes": d.notes,
    }


def product_fields(p: ProductRecord) -> dict[str, Any]:
    return {
        "key": f"p{p.id}",
        "name": p.name,
        "brand": p.brand,
        "kind": p.kind,
        "ingredients": list(p.ingredients),
        "notes": p.notes,
    }


def treatment_fields(t: TreatmentRecord) -> dict[str, Any]:
    return {
        "key": f"t{t.id}",
        "performed_at": iso(t.performed_at),
        "device": None if t.device is None else f"d{t.device.id}",
        "pain": t.pain,
        "numbing": t.numbing,
        "downtime_days": t.downtime_days,
        "adverse_events": t.adverse_events,
        "notes": t.notes,
        "texture_score": t.texture_score,
        "texture_note": t.texture_note,
        "tone_score": t.tone_score,
        "tone_note": t.tone_note,
        "areas": [
            {
                "area": a.area,
                "depth_mm": a.depth_mm,
                "passes": a.passes,
                "endpoint": a.endpoint,
                "indication": a.indication,
            }
            for a in t.areas
        ],
        "products": [
            {
                "product": f"p{u.product_id}",
                "phase": u.phase,
                "lot_number": u.lot_number,
                "note": u.note,
                "day_offset": u.day_offset,
            }
            for u in t.products
        ],
    }


def observation_fields(o: ObservationRecord) -> dict[str, Any]:
    return {
        "key": f"o{o.id}",
        "observed_at": iso(o.observed_at),
        "treatment": None if o.treatment_id is None else f"t{o.treatment_id}",
        "texture_score": o.texture_score,
        "tone_score": o.tone_score,
        "redness": o.redness,
        "texture_note": o.texture_note,
        "tone_note": o.tone_note,
        "note": o.note,
        "rater": o.rater,
    }


def photo_member(sha256: str, stored: Path) -> str:
    return f"photos/{sha256}{stored.suffix.lower()}"


def photo_fields(p: PhotoRecord, member: str) -> dict[str, Any]:
    return {
        "sha256": p.sha256,
        "file": member,
        "treatment": None if p.treatment_id is None else f"t{p.treatment_id}",
        "role": p.role,
        "view": p.view,
        "taken_at": iso(p.taken_at),
        "media_type": p.media_type,
        "width": p.width,
        "height": p.height,
        "bytes": p.bytes,
        "original_name": p.original_name,
        "capture": p.capture,
        "landmarks": p.landmarks,
        "note": p.note,
        "share_consent": p.share_consent,
    }


def _csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        cells = []
        for c in columns:
            value = row.get(c)
            if isinstance(value, dict | list):
                value = json.dumps(value, ensure_ascii=False, sort_keys=True)
            cells.append("" if value is None else value)
        writer.writerow(cells)
    return out.getvalue().encode("utf-8")


def csv_tables(doc: dict[str, Any]) -> dict[str, bytes]:
    areas = [
        {"treatment": t["key"], "position": i, **a}
        for t in doc["treatments"]
        for i, a in enumerate(t["areas"])
    ]
    uses = [
        {"treatment": t["key"], "position": i, **u}
        for t in doc["treatments"]
        for i, u in enumerate(t["products"])
    ]
    tables = {
        "client": [doc["client"]],
        "devices": doc["devices"],
        "products": doc["products"],
        "treatments": doc["treatments"],
        "treatment_areas": areas,
        "product_uses": uses,
        "observations": doc["observations"],
        "ratings": doc["ratings"],
        "screening": doc.get("screening", []),
        "photos": doc["photos"],
        "consents": doc["consents"],
        "regions": doc["regions"],
        "measures": doc["measures"],
    }
    return {f"csv/{name}.csv": _csv(rows, CSV_COLUMNS[name]) for name, rows in tables.items()}
