"""Frozen journal records → JSON-ready dicts (the ``--json`` contract) and short text lines.

Dates are ISO 8601 in UTC with an explicit offset (``2025-03-01T11:00:00+00:00``); the
human text shows them in the machine's local zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from needlejournal.guidance import AREA_LABELS, GuidanceWarning, format_depth
from needlejournal.journal.records import (
    ClientSummary,
    DeviceRecord,
    ObservationRecord,
    PhotoRecord,
    ProductRecord,
    TimelineEntry,
    TreatmentRecord,
)

from ._base import JSONValue


def iso(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def local(value: datetime | None) -> str:
    return "—" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def client(summary: ClientSummary) -> dict[str, JSONValue]:
    c = summary.client
    return {
        "id": c.id,
        "name": c.name,
        "skin_type": c.skin_type,
        "is_self": c.is_self,
        "concerns": c.concerns,
        "consent_on": iso(c.consent_on),
        "archived": c.archived,
        "treatments": summary.treatment_count,
        "last_treatment": iso(summary.last_treatment_at),
    }


def device(d: DeviceRecord) -> dict[str, JSONValue]:
    return {
        "id": d.id,
        "name": d.name,
        "kind": d.kind,
        "needle_count": d.needle_count,
        "cartridge": d.cartridge,
        "notes": d.notes,
    }


def product(p: ProductRecord) -> dict[str, JSONValue]:
    return {
        "id": p.id,
        "name": p.name,
        "brand": p.brand,
        "kind": p.kind,
        "ingredients": list(p.ingredients),
        "notes": p.notes,
    }


def warning(w: GuidanceWarning) -> dict[str, JSONValue]:
    return {"rule": w.rule, "message": w.message, "source": w.source}


def treatment(t: TreatmentRecord) -> dict[str, JSONValue]:
    return {
        "kind": "treatment",
        "id": t.id,
        "client_id": t.client_id,
        "date": iso(t.performed_at),
        "performed_at": iso(t.performed_at),
        "device": None if t.device is None else device(t.device),
        "areas": [
            {"area": a.area, "depth_mm": a.depth_mm, "passes": a.passes, "endpoint": a.endpoint}
            for a in t.areas
        ],
        "products": [
            {
                "product_id": u.product_id,
                "name": u.product_name,
                "brand": u.brand,
                "phase": u.phase,
                "lot_number": u.lot_number,
                "note": u.note,
            }
            for u in t.products
        ],
        "pain": t.pain,
        "numbing": t.numbing,
        "downtime_days": t.downtime_days,
        "adverse_events": t.adverse_events,
        "notes": t.notes,
        "texture_score": t.texture_score,
        "texture_note": t.texture_note,
        "tone_score": t.tone_score,
        "tone_note": t.tone_note,
        "warnings": [warning(w) for w in t.warnings],
    }


def observation(o: ObservationRecord) -> dict[str, JSONValue]:
    return {
        "kind": "observation",
        "id": o.id,
        "client_id": o.client_id,
        "date": iso(o.observed_at),
        "observed_at": iso(o.observed_at),
        "treatment_id": o.treatment_id,
        "texture_score": o.texture_score,
        "texture_note": o.texture_note,
        "tone_score": o.tone_score,
        "tone_note": o.tone_note,
        "redness": o.redness,
        "note": o.note,
        "rater": o.rater,
    }


def photo(p: PhotoRecord) -> dict[str, JSONValue]:
    return {
        "kind": "photo",
        "id": p.id,
        "client_id": p.client_id,
        "date": iso(p.taken_at),
        "taken_at": iso(p.taken_at),
        "treatment_id": p.treatment_id,
        "role": p.role,
        "view": p.view,
        "width": p.width,
        "height": p.height,
        "bytes": p.bytes,
        "media_type": p.media_type,
        "sha256": p.sha256,
        "original_name": p.original_name,
        "capture": p.capture,
        "note": p.note,
    }


def entry(e: TimelineEntry | PhotoRecord) -> dict[str, JSONValue]:
    if isinstance(e, PhotoRecord):
        return photo(e)
    return treatment(e) if isinstance(e, TreatmentRecord) else observation(e)


# ---- human text ----------------------------------------------------------------------------


def table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    head = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    return "\n".join(line.rstrip() for line in [head, *lines])


def _score(label: str, score: int | None, note: str) -> str | None:
    if score is None and not note:
        return None
    value = f" {score}/10" if score is not None else ""
    return f"{label}{value}" + (f": {note}" if note else "")


def warning_lines(w: GuidanceWarning) -> list[str]:
    """A warning for a person: the message, then where the rule comes from."""
    return [f"  ! {w.message}", f"    source: {w.source}"]


def entry_lines(e: TimelineEntry) -> list[str]:
    """A few indented lines per timeline entry, warnings marked with “!”."""
    notes: list[str | None]
    if isinstance(e, TreatmentRecord):
        device_name = e.device.name if e.device else "no device"
        areas = ", ".join(
            f"{AREA_LABELS.get(a.area, a.area).lower()} {format_depth(a.depth_mm)}"
            + (f" ×{a.passes}" if a.passes else "")
            for a in e.areas
        )
        head = f"{local(e.performed_at)}  Session #{e.id}  {device_name}: {areas}"
        products = ", ".join(f"{u.product_name} ({u.phase})" for u in e.products)
        notes = [
            f"products: {products}" if products else None,
            f"pain {e.pain}/10" if e.pain is not None else None,
            _score("texture", e.texture_score, e.texture_note),
            _score("tone", e.tone_score, e.tone_note),
        ]
        warn = [line for w in e.warnings for line in warning_lines(w)]
    else:
        head = f"{local(e.observed_at)}  Skin check #{e.id}"
        notes = [
            _score("texture", e.texture_score, e.texture_note),
            _score("tone", e.tone_score, e.tone_note),
            e.note or None,
        ]
        warn = []
    return [head, *(f"    {n}" for n in notes if n), *warn]
