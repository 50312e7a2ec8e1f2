"""Words for records: how a session, a skin check or a client reads on screen (no Qt here).

Kept apart from the widgets so the card, the details panel and the tests agree on one wording.
Dates are stored in UTC and shown by ``needlejournal.dates`` in the machine's local time zone;
the words for areas, phases, endpoints and device kinds are the ``guidance`` enums' labels.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from needlejournal.dates import format_day, format_when
from needlejournal.guidance import REDNESS_WORDS, Area, DeviceKind, Endpoint, Phase, format_depth
from needlejournal.words import count

if TYPE_CHECKING:  # types only: keeps this module off the import path of the first paint
    from needlejournal.journal.records import (
        AreaRecord,
        ClientSummary,
        ObservationRecord,
        ProductUseRecord,
        TreatmentRecord,
    )


def area_text(a: AreaRecord) -> str:
    parts = [f"{Area.label_of(a.area)} {format_depth(a.depth_mm)}"]
    if a.passes:
        parts.append(f"{a.passes} pass" + ("" if a.passes == 1 else "es"))
    if a.endpoint != Endpoint.NONE:
        parts.append(Endpoint.label_of(a.endpoint))
    return " · ".join(parts)


def product_text(p: ProductUseRecord) -> str:
    text = f"{p.product_name} ({Phase.label_of(p.phase)})"
    if p.lot_number:
        text += f", lot {p.lot_number}"
    return text


def score_text(label: str, score: int | None, note: str) -> str:
    if score is None and not note:
        return ""
    head = f"{label} {score}/10" if score is not None else label
    return f"{head}: {note}" if note else head


def client_subtitle(c: ClientSummary) -> str:
    if c.treatment_count == 0:
        return "No sessions yet"
    sessions = count(c.treatment_count, "session")
    if c.last_treatment_at is not None:
        return f"{sessions} · last {format_day(c.last_treatment_at)}"
    return sessions


def treatment_title(t: TreatmentRecord) -> str:
    device = f" · {t.device.name}" if t.device is not None else ""
    return f"Session · {format_when(t.performed_at)}{device}"


def observation_title(o: ObservationRecord) -> str:
    return f"Skin check · {format_when(o.observed_at)}"


def treatment_summary(t: TreatmentRecord) -> str:
    """Plain text of a session card: what a screen reader says and what tests look for."""
    lines = [treatment_title(t), "Areas: " + "; ".join(area_text(a) for a in t.areas)]
    if t.products:
        lines.append("Products: " + "; ".join(product_text(p) for p in t.products))
    facts = []
    if t.pain is not None:
        facts.append(f"pain {t.pain}/10")
    if t.numbing:
        facts.append("numbing")
    if t.downtime_days is not None:
        facts.append(f"downtime {count(t.downtime_days, 'day')}")
    if facts:
        lines.append(", ".join(facts).capitalize())
    for line in (
        score_text("Texture", t.texture_score, t.texture_note),
        score_text("Tone", t.tone_score, t.tone_note),
    ):
        if line:
            lines.append(line)
    if t.adverse_events:
        lines.append(f"Adverse events: {t.adverse_events}")
    if t.notes:
        lines.append(t.notes)
    lines.extend(f"⚠ {w.message}" for w in t.warnings)
    return "\n".join(lines)


def observation_summary(o: ObservationRecord) -> str:
    lines = [observation_title(o)]
    for line in (
        score_text("Texture", o.texture_score, o.texture_note),
        score_text("Tone", o.tone_score, o.tone_note),
    ):
        if line:
            lines.append(line)
    if o.redness is not None:
        lines.append(f"Redness {o.redness}/4 ({REDNESS_WORDS[o.redness]})")
    if o.note:
        lines.append(o.note)
    return "\n".join(lines)


# ---- rich text for cards and the details panel ---------------------------------------------


def _row(label: str, value: str, muted: str) -> str:
    return (
        f'<tr><td style="color:{muted}; padding-right:10px; white-space:nowrap">'
        f"{escape(label)}</td><td>{value}</td></tr>"
    )


def _score_rows(e: TreatmentRecord | ObservationRecord, muted: str) -> list[str]:
    """The texture and tone rows (score and note) that sessions and skin checks share."""
    rows = []
    for label, score, note in (
        ("Texture", e.texture_score, e.texture_note),
        ("Tone", e.tone_score, e.tone_note),
    ):
        if score is not None or note:
            value = f"<b>{score}/10</b> " if score is not None else ""
            rows.append(_row(label, value + escape(note), muted))
    return rows


def treatment_html(t: TreatmentRecord, muted: str, warn: str, *, full: bool = False) -> str:
    """A session as rich text; ``full`` adds every field and each warning's source."""
    rows = [
        _row("Areas", "<br>".join(escape(area_text(a)) for a in t.areas) or "—", muted),
    ]
    if t.products or full:
        rows.append(
            _row(
                "Products",
                "<br>".join(escape(product_text(p)) for p in t.products) or "—",
                muted,
            )
        )
    facts = []
    if t.pain is not None:
        facts.append(f"pain {t.pain}/10")
    if full:
        facts.append("numbing" if t.numbing else "no numbing")
    elif t.numbing:
        facts.append("numbing")
    if t.downtime_days is not None:
        facts.append(f"{count(t.downtime_days, 'day')} downtime")
    if facts:
        rows.append(_row("Comfort", escape(", ".join(facts)), muted))
    rows += _score_rows(t, muted)
    if t.adverse_events or full:
        rows.append(_row("Adverse", escape(t.adverse_events) or "none recorded", muted))
    if t.notes:
        rows.append(_row("Notes", escape(t.notes).replace("\n", "<br>"), muted))
    if full and t.device is not None:
        d = t.device
        extra = ", ".join(
            x
            for x in (
                DeviceKind.label_of(d.kind),
                f"{d.needle_count} needles" if d.needle_count else "",
                d.cartridge,
            )
            if x
        )
        rows.insert(0, _row("Device", escape(f"{d.name} ({extra})"), muted))
    html = '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"
    for w in t.warnings:
        html += (
            f'<p style="margin-top:6px"><img src="warning-icon" width="14" height="14"> '
            f'<span style="color:{warn}">{escape(w.message)}</span>'
        )
        if full:
            html += (
                f'<br><span style="color:{muted}; font-size:small">'
                f"Source: {escape(w.source)}</span>"
            )
        html += "</p>"
    return html


def observation_html(o: ObservationRecord, muted: str) -> str:
    rows = _score_rows(o, muted)
    if o.redness is not None:
        rows.append(_row("Redness", f"{o.redness}/4 ({REDNESS_WORDS[o.redness]})", muted))
    if o.note:
        rows.append(_row("Note", escape(o.note).replace("\n", "<br>"), muted))
    if o.rater:
        rows.append(_row("Rated by", escape(o.rater), muted))
    return '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"
