"""Frozen journal records → JSON-ready dicts (the ``--json`` contract) and short text lines.

Dates are ISO 8601 in UTC with an explicit offset (``2025-03-01T11:00:00+00:00``); the
human text shows them in the machine's local zone through ``needlejournal.dates``.
"""

from __future__ import annotations

from collections.abc import Sequence

from needlejournal.dates import format_moment, iso
from needlejournal.guidance import (
    REDNESS_WORDS,
    Area,
    DeviceKind,
    Endpoint,
    GuidanceWarning,
    Indication,
    Phase,
    PhotoRole,
    PhotoView,
    format_depth,
)
from needlejournal.guidance.scales import find_scale
from needlejournal.journal.records import (
    AreaRecord,
    ClientSummary,
    DeviceRecord,
    ObservationRecord,
    PhotoRecord,
    ProductRecord,
    ProductUseRecord,
    RatingRecord,
    TimelineEntry,
    TreatmentRecord,
)
from needlejournal.journal.region_records import MeasureRecord
from needlejournal.words import count

from ._base import JSONValue


def client(summary: ClientSummary) -> dict[str, JSONValue]:
    c = summary.client
    return {
        "id": c.id,
        "name": c.name,
        "skin_type": c.skin_type,
        "is_self": c.is_self,
        "concerns": c.concerns,
        "consent_on": iso(c.consent_on),
        "birth_date": iso(c.birth_date),
        "age_band": c.age_band,
        "phone": c.phone,
        "email": c.email,
        "notes": c.notes,
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
            {
                "area": a.area,
                "indication": a.indication,
                "depth_mm": a.depth_mm,
                "passes": a.passes,
                "endpoint": a.endpoint,
            }
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
                "day_offset": u.day_offset,
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


def rating(r: RatingRecord) -> dict[str, JSONValue]:
    scale = find_scale(r.scale)
    return {
        "id": r.id,
        "client_id": r.client_id,
        "scale": r.scale,
        "scale_version": r.scale_version,
        "value": r.value,
        "label": scale.label(r.value) if scale else str(r.value),
        "area": r.area or None,
        "rater": r.rater or "self",
        "date": iso(r.when),
        "treatment_id": r.treatment_id,
        "observation_id": r.observation_id,
        "baseline_photo_id": r.baseline_photo_id,
        "note": r.note,
    }


def rating_line(r: RatingRecord) -> str:
    """'Glogau photoageing type III · at rest (cheeks), by Dr Ruiz'."""
    scale = find_scale(r.scale)
    title = scale.title if scale else r.scale
    value = scale.label(r.value) if scale else str(r.value)
    where = f" ({Area.label_of(r.area).lower()})" if r.area and Area.has(r.area) else ""
    who = f", by {r.rater}" if r.rater else ""
    return f"{title} {value}{where}{who}"


def measure(m: MeasureRecord) -> dict[str, JSONValue]:
    return {
        "region_id": m.region_id,
        "region": m.region_name,
        "px": list(m.px),
        "alignment": m.alignment,
        "values": {k: round(v, 3) for k, v in m.values.items()},
        "version": m.metrics_version,
        "colour_space": m.colour_space,
        "white_balance": m.white_balance or None,
        "note": "comparable only under the same light",
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


def _area(a: AreaRecord) -> str:
    text = f"{Area.label_of(a.area).lower()} {format_depth(a.depth_mm)}"
    if a.indication != Indication.GENERAL:
        text = f"{Area.label_of(a.area).lower()} ({Indication.label_of(a.indication).lower()}) "
        text += format_depth(a.depth_mm)
    if a.passes:
        text += f" ×{a.passes}"
    if a.endpoint != Endpoint.NONE:
        text += f", {Endpoint.label_of(a.endpoint)}"
    return text


def _product(u: ProductUseRecord) -> str:
    details = [Phase.label_of(u.phase)]
    if u.day_offset is not None:
        details[0] += f" from day {u.day_offset}"
    if u.lot_number:
        details.append(f"lot {u.lot_number}")
    if u.note:
        details.append(u.note)
    return f"{u.product_name} ({', '.join(details)})"


def _comfort(t: TreatmentRecord) -> str | None:
    facts = []
    if t.pain is not None:
        facts.append(f"pain {t.pain}/10")
    if t.numbing:
        facts.append("numbing")
    if t.downtime_days is not None:
        facts.append(f"downtime {count(t.downtime_days, 'day')}")
    return ", ".join(facts) or None


def _treatment_lines(t: TreatmentRecord) -> list[str]:
    device = f"{t.device.name} ({DeviceKind.label_of(t.device.kind)})" if t.device else "no device"
    head = f"{format_moment(t.performed_at)}  Session #{t.id}  {device}"
    details = [
        "areas: " + "; ".join(_area(a) for a in t.areas),
        "products: " + "; ".join(_product(u) for u in t.products) if t.products else None,
        _comfort(t),
        _score("texture", t.texture_score, t.texture_note),
        _score("tone", t.tone_score, t.tone_note),
        f"adverse events: {t.adverse_events}" if t.adverse_events else None,
        f"notes: {t.notes}" if t.notes else None,
    ]
    warnings = [line for w in t.warnings for line in warning_lines(w)]
    return [head, *(f"    {d}" for d in details if d), *warnings]


def _observation_lines(o: ObservationRecord) -> list[str]:
    after = f" (after session #{o.treatment_id})" if o.treatment_id is not None else ""
    redness = (
        f"redness {o.redness}/4 ({REDNESS_WORDS[o.redness]})"
        if o.redness is not None and 0 <= o.redness < len(REDNESS_WORDS)
        else None
    )
    details = [
        _score("texture", o.texture_score, o.texture_note),
        _score("tone", o.tone_score, o.tone_note),
        redness,
        f"note: {o.note}" if o.note else None,
        f"rated by {o.rater}" if o.rater else None,
    ]
    head = f"{format_moment(o.observed_at)}  Skin check #{o.id}{after}"
    return [head, *(f"    {d}" for d in details if d)]


def _photo_lines(p: PhotoRecord) -> list[str]:
    session = f"  session #{p.treatment_id}" if p.treatment_id is not None else ""
    head = (
        f"{format_moment(p.taken_at)}  Photo #{p.id}  "
        f"{PhotoView.label_of(p.view)} · {PhotoRole.label_of(p.role)}{session}"
    )
    capture = ", ".join(str(v) for k, v in p.capture.items() if k in ("light", "camera") and v)
    details = [p.original_name or None, capture or None, f"note: {p.note}" if p.note else None]
    return [head, *(f"    {d}" for d in details if d)]


def entry_lines(e: TimelineEntry | PhotoRecord) -> list[str]:
    """Every field a person needs, a few indented lines per entry, warnings marked with “!”."""
    if isinstance(e, PhotoRecord):
        return _photo_lines(e)
    if isinstance(e, TreatmentRecord):
        return _treatment_lines(e)
    return _observation_lines(e)
