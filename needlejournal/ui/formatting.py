"""Words for records: how a session, a skin check or a client reads on screen (no widgets).

Kept apart from the widgets so the card, the details panel and the tests agree on one wording.
Dates are stored in UTC and shown by ``ui.local_dates`` in the machine's local time zone and
the window's language; the words for areas, phases, endpoints and device kinds are the
``guidance`` enums' labels, translated by ``ui.terms``. Every phrase goes through
``translate("Formatting", …)``; guidance warnings through ``ui.guidance_words``.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from needlejournal.guidance import Area, DeviceKind, Endpoint, Phase
from needlejournal.ui import terms

# The client list's words live apart (``client_words``: no guidance import on the way to the
# first list); re-exported here, where the other words are.
from needlejournal.ui.client_words import COUNTED as COUNTED
from needlejournal.ui.client_words import CountedWords as CountedWords
from needlejournal.ui.client_words import client_subtitle as client_subtitle
from needlejournal.ui.guidance_words import warning_source, warning_text
from needlejournal.ui.language import translate
from needlejournal.ui.local_dates import format_when, local_depth

if TYPE_CHECKING:  # types only: keeps this module off the import path of the first paint
    from needlejournal.journal.records import (
        AreaRecord,
        ObservationRecord,
        ProductUseRecord,
        TreatmentRecord,
    )


def area_text(a: AreaRecord) -> str:
    parts = [f"{terms.label(Area, a.area)} {local_depth(a.depth_mm)}"]
    if a.passes:
        parts.append(COUNTED.passes(a.passes))
    if a.endpoint != Endpoint.NONE:
        parts.append(terms.label(Endpoint, a.endpoint))
    return " · ".join(parts)


def product_text(p: ProductUseRecord) -> str:
    text = f"{p.product_name} ({terms.label(Phase, p.phase)})"
    if p.lot_number:
        text += translate("Formatting", ", lot {lot}").format(lot=p.lot_number)
    return text


def score_text(label: str, score: int | None, note: str) -> str:
    if score is None and not note:
        return ""
    head = f"{label} {score}/10" if score is not None else label
    return f"{head}: {note}" if note else head


def treatment_title(t: TreatmentRecord) -> str:
    device = f" · {t.device.name}" if t.device is not None else ""
    return translate("Formatting", "Session") + f" · {format_when(t.performed_at)}{device}"


def observation_title(o: ObservationRecord) -> str:
    return translate("Formatting", "Skin check") + f" · {format_when(o.observed_at)}"


def treatment_summary(t: TreatmentRecord) -> str:
    """Plain text of a session card: what a screen reader says and what tests look for."""
    areas = "; ".join(area_text(a) for a in t.areas)
    lines = [treatment_title(t), translate("Formatting", "Areas: {areas}").format(areas=areas)]
    if t.products:
        products = "; ".join(product_text(p) for p in t.products)
        lines.append(translate("Formatting", "Products: {products}").format(products=products))
    facts = []
    if t.pain is not None:
        facts.append(translate("Formatting", "pain {pain}/10").format(pain=t.pain))
    if t.numbing:
        facts.append(translate("Formatting", "numbing"))
    if t.downtime_days is not None:
        facts.append(COUNTED.downtime(t.downtime_days))
    if facts:
        joined = ", ".join(facts)
        lines.append(joined[:1].upper() + joined[1:])
    for line in (
        score_text(translate("Formatting", "Texture"), t.texture_score, t.texture_note),
        score_text(translate("Formatting", "Tone"), t.tone_score, t.tone_note),
    ):
        if line:
            lines.append(line)
    if t.adverse_events:
        lines.append(
            translate("Formatting", "Adverse events: {events}").format(events=t.adverse_events)
        )
    if t.notes:
        lines.append(t.notes)
    lines.extend(f"⚠ {warning_text(w)}" for w in t.warnings)
    return "\n".join(lines)


def observation_summary(o: ObservationRecord) -> str:
    lines = [observation_title(o)]
    for line in (
        score_text(translate("Formatting", "Texture"), o.texture_score, o.texture_note),
        score_text(translate("Formatting", "Tone"), o.tone_score, o.tone_note),
    ):
        if line:
            lines.append(line)
    if o.redness is not None:
        lines.append(
            translate("Formatting", "Redness {level}/4 ({word})").format(
                level=o.redness, word=terms.redness(o.redness)
            )
        )
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
        (translate("Formatting", "Texture"), e.texture_score, e.texture_note),
        (translate("Formatting", "Tone"), e.tone_score, e.tone_note),
    ):
        if score is not None or note:
            value = f"<b>{score}/10</b> " if score is not None else ""
            rows.append(_row(label, value + escape(note), muted))
    return rows


def treatment_html(t: TreatmentRecord, muted: str, warn: str, *, full: bool = False) -> str:
    """A session as rich text; ``full`` adds every field and each warning's source."""
    rows = [
        _row(
            translate("Formatting", "Areas"),
            "<br>".join(escape(area_text(a)) for a in t.areas) or "—",
            muted,
        ),
    ]
    if t.products or full:
        rows.append(
            _row(
                translate("Formatting", "Products"),
                "<br>".join(escape(product_text(p)) for p in t.products) or "—",
                muted,
            )
        )
    facts = []
    if t.pain is not None:
        facts.append(translate("Formatting", "pain {pain}/10").format(pain=t.pain))
    if full:
        facts.append(
            translate("Formatting", "numbing")
            if t.numbing
            else translate("Formatting", "no numbing")
        )
    elif t.numbing:
        facts.append(translate("Formatting", "numbing"))
    if t.downtime_days is not None:
        facts.append(COUNTED.days_downtime(t.downtime_days))
    if facts:
        rows.append(_row(translate("Formatting", "Comfort"), escape(", ".join(facts)), muted))
    rows += _score_rows(t, muted)
    if t.adverse_events or full:
        adverse = escape(t.adverse_events) or translate("Formatting", "none recorded")
        rows.append(_row(translate("Formatting", "Adverse"), adverse, muted))
    if t.notes:
        notes = escape(t.notes).replace("\n", "<br>")
        rows.append(_row(translate("Formatting", "Notes"), notes, muted))
    if full and t.device is not None:
        d = t.device
        extra = ", ".join(
            x
            for x in (
                terms.label(DeviceKind, d.kind),
                COUNTED.needles(d.needle_count) if d.needle_count else "",
                d.cartridge,
            )
            if x
        )
        rows.insert(
            0, _row(translate("Formatting", "Device"), escape(f"{d.name} ({extra})"), muted)
        )
    html = '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"
    for w in t.warnings:
        html += (
            f'<p style="margin-top:6px"><img src="warning-icon" width="14" height="14"> '
            f'<span style="color:{warn}">{escape(warning_text(w))}</span>'
        )
        if full:
            html += (
                f'<br><span style="color:{muted}; font-size:small">'
                + escape(
                    translate("Formatting", "Source: {source}").format(source=warning_source(w))
                )
                + "</span>"
            )
        html += "</p>"
    return html


def observation_html(o: ObservationRecord, muted: str) -> str:
    rows = _score_rows(o, muted)
    if o.redness is not None:
        value = f"{o.redness}/4 ({terms.redness(o.redness)})"
        rows.append(_row(translate("Formatting", "Redness"), value, muted))
    if o.note:
        note = escape(o.note).replace("\n", "<br>")
        rows.append(_row(translate("Formatting", "Note"), note, muted))
    if o.rater:
        rows.append(_row(translate("Formatting", "Rated by"), escape(o.rater), muted))
    return '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"
