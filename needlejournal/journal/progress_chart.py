"""What a progress chart shows, from one client's timeline (pure: no Qt, no SQL).

A *series* is one named scale as one rater gave it, on one face area (``Glogau — Dr Ruiz``,
``Pores (0–4) · Cheeks``): a chart never joins one esthetician's eye to another's, nor a
Glogau type to a GAIS grade. Around the series: the sessions (deepest depth, serums), the
skin checks, the days photos were taken and the notes, all dated, so a person can read the
chart against what was done. The window draws it (``ui.progress_chart``), the PDF report too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from needlejournal import phrases
from needlejournal.dates import local
from needlejournal.guidance import Area, PhotoView, format_depth
from needlejournal.guidance.scales import find_scale
from needlejournal.journal.records import (
    ObservationRecord,
    PhotoRecord,
    RatingRecord,
    Timeline,
    TreatmentRecord,
)
from needlejournal.journal.region_records import METRICS, MeasureRecord
from needlejournal.phrases import Words


@dataclass(frozen=True)
class Point:
    when: datetime
    value: float
    label: str  # the value in the scale's words ("III · at rest"; a Said for a named scale)
    record: tuple[str, int]  # ("treatment" | "observation" | "photo", id)
    odd: str = ""  # why a photo measure may not compare: its capture differs ("" when same)


@dataclass(frozen=True)
class Series:
    key: str  # "scale:glogau|cheeks|Dr Ruiz": stable, for a chosen set kept between clients
    title: str
    low: float
    high: float
    higher_is_better: bool
    points: tuple[Point, ...]
    range_text: str = ""  # "0–10", "I–IV": how the scale itself says its range


@dataclass(frozen=True)
class SessionMark:
    id: int
    when: datetime
    deepest_mm: float
    deepest_areas: tuple[str, ...]  # the areas needled that deep, as shown ("Cheeks")
    serums: tuple[str, ...]  # every product used, in the session's order
    deepest_area_codes: tuple[str, ...] = ()  # the same areas as stored, for a front end

    def summary(self) -> str:
        """'1.5 mm (Cheeks) · HA serum, Peptide serum' — what hovering a session shows."""
        depth = f"{format_depth(self.deepest_mm)} ({', '.join(self.deepest_areas)})"
        return depth + (f" · {', '.join(self.serums)}" if self.serums else "")


@dataclass(frozen=True)
class Note:
    when: datetime
    record: tuple[str, int]
    text: str
    # What ``text`` joins: (the field's English label, "" for the notes themselves; the text).
    parts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ChartData:
    series: tuple[Series, ...]
    sessions: tuple[SessionMark, ...]
    checks: tuple[datetime, ...]
    photo_days: tuple[date, ...]  # local calendar days with at least one photo
    notes: tuple[Note, ...]
    first: datetime | None = None
    last: datetime | None = None

    def series_named(self, key: str) -> Series | None:
        return next((s for s in self.series if s.key == key), None)


def series_key(scale: str, area: str = "", rater: str = "") -> str:
    return f"scale:{scale}|{area}|{rater}"


def _series(ratings: Iterable[RatingRecord]) -> list[Series]:
    grouped: dict[str, list[RatingRecord]] = {}
    for r in ratings:
        grouped.setdefault(series_key(r.scale, r.area, r.rater), []).append(r)
    out = []
    for key, rows in grouped.items():
        first = rows[0]
        scale = find_scale(first.scale)
        title = scale.title if scale else first.scale
        area = first.area if first.area and Area.has(first.area) else ""
        if area:
            title += f" · {Area.label_of(area)}"
        if first.rater:
            title += f" — {first.rater}"
        title = phrases.said(
            title,
            "series_scale",
            scale=Words("Scale", (first.scale,)),
            area=Words("Area", (area,) if area else ()),
            rater=first.rater,
        )
        low, high = (scale.low, scale.high) if scale else (0, 10)
        points = tuple(
            Point(r.when, float(r.value), _value_label(first.scale, r.value), r.record)
            for r in sorted(rows, key=lambda r: (r.when, r.id))
        )
        better = scale.higher_is_better if scale else True
        span = (
            f"{scale.label(low).split(' ')[0]}–{scale.label(high).split(' ')[0]}" if scale else ""
        )
        out.append(Series(key, title, low, high, better, points, span))
    # The journal's own scores first (every journal has them), then by name.
    own = ("scale:texture||", "scale:tone||")
    out.sort(key=lambda s: (s.key not in own, own.index(s.key) if s.key in own else 0, s.title))
    return out


def _value_label(name: str, value: int) -> str:
    """'III · at rest', with the scale and value as data (the window words it)."""
    scale = find_scale(name)
    if scale is None:
        return str(value)
    return phrases.said(
        scale.label(value), "scale_value", scale=Words("Scale", (name,)), value=value
    )


def _session(t: TreatmentRecord) -> SessionMark:
    deepest = t.deepest_mm
    codes = tuple(a.area for a in t.areas if a.depth_mm == deepest)
    areas = tuple(Area.label_of(a) for a in codes)
    return SessionMark(
        t.id, t.performed_at, deepest, areas, tuple(u.product_name for u in t.products), codes
    )


def _notes(entries: Sequence[TreatmentRecord | ObservationRecord]) -> list[Note]:
    notes = []
    for e in entries:
        record = (e.kind, e.id)
        said = [
            ("Texture", e.texture_note),
            ("Tone", e.tone_note),
            ("", e.notes if isinstance(e, TreatmentRecord) else e.note),
        ]
        if isinstance(e, TreatmentRecord) and e.adverse_events:
            said.append(("Adverse events", e.adverse_events))
        kept = tuple((label, t) for label, t in said if t.strip())
        text = "; ".join(f"{label}: {t}" if label else t for label, t in kept)
        if text:
            notes.append(Note(e.when, record, text, kept))
    return notes


def chart_data(
    timeline: Timeline, extra: Sequence[Series] = (), photos: Sequence[PhotoRecord] | None = None
) -> ChartData:
    """The chart of one client: every scale series (``extra``: metric series), sessions,
    skin checks, photo days (the timeline's photos unless given) and notes."""
    sessions = [e for e in timeline.entries if isinstance(e, TreatmentRecord)]
    checks = [e for e in timeline.entries if isinstance(e, ObservationRecord)]
    shown = timeline.photos if photos is None else photos
    series = [*_series(timeline.ratings), *extra]
    moments = [e.when for e in timeline.entries] + [p.taken_at for p in shown]
    moments += [pt.when for s in series for pt in s.points]
    return ChartData(
        series=tuple(series),
        sessions=tuple(_session(t) for t in sessions),
        checks=tuple(o.observed_at for o in checks),
        photo_days=tuple(sorted({local(p.taken_at).date() for p in shown})),
        notes=tuple(_notes(timeline.entries)),
        first=min(moments, default=None),
        last=max(moments, default=None),
    )


def default_keys(data: ChartData) -> list[str]:
    """What a chart shows before anyone picks: the journal's own texture and tone scores, or
    else the first series there is."""
    own = [k for k in ("scale:texture||", "scale:tone||") if data.series_named(k) is not None]
    return own or [s.key for s in data.series[:1]]


CONDITIONS = (("light", "light"), ("camera", "camera"), ("skin", "skin state"))


def _conditions_differ(capture: dict[str, object], baseline: dict[str, object]) -> str:
    """'light: window vs ring light; camera not recorded' — "" when the same as the baseline."""
    said: list[str] = []
    for key, name in CONDITIONS:
        a, b = baseline.get(key), capture.get(key)
        if not a or not b:
            message = f"{name} not recorded"
            said.append(phrases.said(message, "condition_not_recorded", condition=key))
        elif str(a).strip().casefold() != str(b).strip().casefold():
            message = f"{name}: {b} (the region's photo: {a})"
            said.append(
                phrases.said(
                    message, "condition_differs", condition=key, value=str(b), reference=str(a)
                )
            )
    # Each clause as data, so the window says it in its language (ui.series_words).
    return phrases.Told(said, "; ") if said else ""


def _measure_label(value: float, unit: str) -> str:
    """'13.50°', with the value in hundredths as data (the window uses its decimal mark)."""
    hundredths = round(value * 100)
    return phrases.said(f"{value:.2f}{unit}", "measure_value", hundredths=hundredths, unit=unit)


def metric_series(measures: Sequence[MeasureRecord]) -> list[Series]:
    """One series per region and measure, points marked where the photo's capture conditions
    differ from those of the photo the region was drawn on (or the first one measured)."""
    by_region: dict[int, list[MeasureRecord]] = {}
    for m in measures:
        by_region.setdefault(m.region_id, []).append(m)
    out = []
    for region_id, rows in by_region.items():
        rows.sort(key=lambda r: (r.taken_at, r.photo_id))
        base = next((r for r in rows if r.alignment == "reference"), rows[0])
        odd = {r.photo_id: _conditions_differ(r.capture, base.capture) for r in rows}
        for key, label, unit in METRICS:
            values = [(r, float(r.values[key])) for r in rows if key in r.values]
            if not values:
                continue
            low, high = min(v for _, v in values), max(v for _, v in values)
            pad = max((high - low) * 0.1, 0.5)
            title = phrases.said(
                f"{rows[0].region_name} ({PhotoView.label_of(rows[0].view)}) — {label}",
                "series_metric",
                region=rows[0].region_name,
                view=Words("PhotoView", (rows[0].view,)),
                metric=key,
            )
            points = tuple(
                Point(
                    r.taken_at, v, _measure_label(v, unit), ("photo", r.photo_id), odd[r.photo_id]
                )
                for r, v in values
            )
            out.append(
                Series(
                    f"metric:{region_id}:{key}",
                    title,
                    low - pad,
                    high + pad,
                    key not in ("evenness", "texture", "spot_count", "spot_area_pct"),
                    points,
                    "photo",
                )
            )
    return out
