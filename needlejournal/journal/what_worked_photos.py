"""What worked, read from photo measures: how each region's metrics moved after sessions.

The same reading as the named scales' (``what_worked``): for every session with a measure of
a region before it (the latest photo at or before the session) and one after it (the first
photo after it, up to and including the next session), the change is *after − before*,
grouped by what the session did. One series per region and metric ("left cheek (Front)
texture"); in clinic mode regions of the same name and view are pooled across clients.

Photo measures describe the photo as much as the skin, so a before/after pair is only used
when the two photos are comparable:
- photos taken right after a session (role "after") show the needling, not its result: never
  used;
- a pair whose recorded light, camera or skin state differ, or one white-balanced against a
  grey card and the other not, or measured under other metric definitions, is left out and
  counted (``PhotoWhatWorked.left_out``). Conditions nobody recorded are taken as the same:
  the caveat says so.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from needlejournal.guidance import PhotoView
from needlejournal.journal.records import Timeline, TreatmentRecord
from needlejournal.journal.region_records import MeasureRecord
from needlejournal.journal.what_worked import Change, Effect, grouped_effects, settings_of

# key → (the words in a sentence, decimals shown, what a lower value means)
METRIC_WORDS: dict[str, tuple[str, int, str]] = {
    "L": ("L*", 1, "lower is darker"),
    "a": ("redness a*", 1, "lower is less red"),
    "b": ("b*", 1, "lower is less yellow"),
    "ita": ("ITA°", 1, "lower is darker"),
    "evenness": ("evenness", 2, "lower is more even"),
    "texture": ("texture", 2, "lower is smoother"),
    "spot_count": ("spot count", 1, "lower is fewer spots"),
    "spot_area_pct": ("spot area %", 2, "lower is less spot area"),
}
PHOTO_CAVEAT = (
    "Photo measures compare only photos under the same light and camera: pairs whose recorded "
    "conditions differ are left out, and conditions nobody recorded are taken as the same."
)
_CONDITIONS = (("light", "light"), ("camera", "camera"), ("skin", "skin state"))


@dataclass(frozen=True)
class PhotoEffect:
    """An ``Effect`` of one region's metric, with what it measured."""

    effect: Effect
    region: str
    view: str
    metric: str  # a key of ``METRIC_WORDS``


@dataclass(frozen=True)
class PhotoWhatWorked:
    effects: tuple[PhotoEffect, ...]
    left_out: dict[str, int]  # reason → how many before/after pairs (one per region)


@dataclass(frozen=True)
class _Pair:
    before: MeasureRecord
    after: MeasureRecord


def series_name(region: str, view: str, metric: str) -> str:
    words = METRIC_WORDS[metric][0] if metric in METRIC_WORDS else metric
    return f"{region} ({PhotoView.label_of(view)}) {words}"


def _why_not_comparable(pair: _Pair) -> str:
    a, b = pair.before, pair.after
    for key, name in _CONDITIONS:
        x, y = a.capture.get(key), b.capture.get(key)
        if x and y and str(x).strip().casefold() != str(y).strip().casefold():
            return f"{name} differs"
    # "colour chart (residual ΔE 0.3)": the way of balancing counts, not its residual.
    if a.white_balance.split(" (")[0] != b.white_balance.split(" (")[0]:
        return "the photos' colours were balanced differently (grey card, colour chart, none)"
    if a.metrics_version != b.metrics_version:
        return "measured under other metric definitions (measure the region again)"
    return ""


def _pairs(
    sessions: Sequence[TreatmentRecord], rows: Sequence[MeasureRecord]
) -> list[tuple[TreatmentRecord, _Pair]]:
    """Each session's (before, after) measures of one region, rows oldest first."""
    out = []
    for i, session in enumerate(sessions):
        until: datetime | None = sessions[i + 1].when if i + 1 < len(sessions) else None
        before = [r for r in rows if r.taken_at <= session.when]
        after = [
            r for r in rows if r.taken_at > session.when and (until is None or r.taken_at <= until)
        ]
        if before and after:
            out.append((session, _Pair(before[-1], after[0])))
    return out


def _changes(
    timeline: Timeline, measures: Iterable[MeasureRecord], left_out: Counter[str]
) -> list[tuple[Change, str, str, str]]:
    sessions = sorted(
        (e for e in timeline.entries if isinstance(e, TreatmentRecord)), key=lambda e: e.when
    )
    just_after = {p.id for p in timeline.photos if p.role == "after"}
    by_region: dict[tuple[str, str], list[MeasureRecord]] = defaultdict(list)
    for m in measures:
        if m.photo_id not in just_after:
            by_region[(m.region_name, m.view)].append(m)
    out = []
    for (region, view), rows in by_region.items():
        rows.sort(key=lambda r: (r.taken_at, r.photo_id))
        for session, pair in _pairs(sessions, rows):
            why = _why_not_comparable(pair)
            if why:
                left_out[why] += 1
                continue
            for metric in METRIC_WORDS:
                if metric in pair.before.values and metric in pair.after.values:
                    delta = pair.after.values[metric] - pair.before.values[metric]
                    name = series_name(region, view, metric)
                    change = Change(session.client_id, settings_of(session), name, delta)
                    out.append((change, region, view, metric))
    return out


def photo_what_worked(
    journals: Iterable[tuple[Timeline, Sequence[MeasureRecord]]],
) -> PhotoWhatWorked:
    """Effects of every setting on every region's photo measures, over the given clients'
    timelines (read with their photos) and stored measures."""
    left_out: Counter[str] = Counter()
    found = [c for timeline, measures in journals for c in _changes(timeline, measures, left_out)]
    about = {change.scale: (region, view, metric) for change, region, view, metric in found}

    def make(setting: str, name: str, changes: list[Change]) -> Effect:
        metric = about[name][2]
        _words, decimals, hint = METRIC_WORDS[metric]
        return Effect(
            setting=setting,
            scale=name,
            sessions=len(changes),
            mean_change=round(statistics.fmean(c.delta for c in changes), decimals + 1),
            clients=len({c.client_id for c in changes}),
            decimals=decimals,
            hint=hint,
        )

    effects = grouped_effects((c for c, *_ in found), make)
    return PhotoWhatWorked(tuple(PhotoEffect(e, *about[e.scale]) for e in effects), dict(left_out))
