"""What worked: how the scores moved after sessions, by the settings used.

The scores are the journal's texture and tone and every other named scale rated on the
sessions and skin checks (one series per scale, area and rater: one esthetician's Glogau is
never joined to another's).

Pure: it reads timelines (records), never the database. For every session with a score
before it (the latest at or before the session, its own included) and one after it (the first
after it, up to and including the next session's), the change is *after − before*. Changes are
grouped by what the session did — a depth band on an area ("≥ 1.0 mm on cheeks"), a product
applied in a phase — and each group reports n and the mean change per session.

Honest by construction: this is a correlation in a journal (scores also move with the season,
the rest of a routine and who rated them), never proof, and a group of two sessions says
almost nothing; ``CAVEAT`` is shown beside every result.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from needlejournal.guidance import Area
from needlejournal.guidance.scales import find_scale
from needlejournal.journal.records import ObservationRecord, Timeline, TreatmentRecord
from needlejournal.phrases import Words, said
from needlejournal.words import count

SCALES = ("texture", "tone")
EVERY_SESSION = said("all sessions", "setting_all")
CAVEAT = (
    "A correlation in this journal, not proof: scores also move with the season, the rest of "
    "the routine and who rated them, and a few sessions can show a change by chance."
)
_PHASE_WORDS = {
    "prep": "before",
    "during": "during",
    "post": "right after",
    "aftercare": "in aftercare",
}
# Depth bands that follow the interval bands people plan by.
_BANDS = ((0.0, "under 0.5 mm"), (0.5, "0.5–0.9 mm"), (1.0, "1.0–1.4 mm"), (1.5, "≥ 1.5 mm"))


@dataclass(frozen=True)
class Effect:
    """One setting's sessions and the mean change of one scale (or photo measure) after them."""

    setting: str  # "sessions at 1.0–1.4 mm on cheeks", "sessions with X right after"…
    scale: str  # "texture", "tone", a named scale's series ("Glogau photoageing type — Dr Ruiz")
    # or a photo measure's ("left cheek (Front) texture")
    sessions: int
    mean_change: float
    clients: int  # how many people these sessions come from
    decimals: int = 1  # shown in the sentence: photo measures such as texture need two
    hint: str = ""  # what a lower value means, for photo measures ("lower is smoother")

    def sentence(self) -> str:
        who = "" if self.clients == 1 else f", {count(self.clients, 'client')}"
        hint = f" ({self.hint})" if self.hint else ""
        return (
            f"{self.setting[:1].upper()}{self.setting[1:]}: n = {self.sessions}{who}, "
            f"mean {self.scale} change {self.mean_change:+.{self.decimals}f} per session{hint}"
        )


@dataclass(frozen=True)
class Change:
    """One session's before → after change of one series."""

    client_id: int
    settings: tuple[str, ...]
    scale: str
    delta: float


def _band(depth_mm: float) -> str:
    label = _BANDS[0][1]
    for start, name in _BANDS:
        if round(depth_mm, 2) >= start:
            label = name
    return label


def settings_of(t: TreatmentRecord) -> tuple[str, ...]:
    """What a session did, each a ``Said`` (the window words it: ``ui.what_worked_dialog``)."""
    found: list[str] = [EVERY_SESSION]
    for area in t.areas:
        where = Area.label_of(area.area).lower()
        band = _band(area.depth_mm)
        found.append(
            said(
                f"sessions at {band} on {where}",
                "setting_depth",
                band=band,
                area=Words("Area", (area.area,)),
            )
        )
    for use in t.products:
        when = _PHASE_WORDS.get(use.phase, use.phase)
        phase = Words("Phase", (use.phase,))
        text = f"sessions with {use.product_name} {when}"
        found.append(said(text, "setting_product", product=use.product_name, phase=phase))
    return tuple(dict.fromkeys(found))


def _score(entry: TreatmentRecord | ObservationRecord, scale: str) -> int | None:
    value: int | None = getattr(entry, f"{scale}_score")
    return value


def _named_scales(timeline: Timeline) -> dict[tuple[str, int], dict[str, int]]:
    """Each entry's ratings on the other named scales, by series ("Glogau … — Dr Ruiz"): the
    texture and tone its own fields hold are read from them, not counted twice."""
    own: dict[tuple[str, int], str] = {
        (e.kind, e.id): e.rater if isinstance(e, ObservationRecord) else ""
        for e in timeline.entries
    }
    found: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
    for r in timeline.ratings:
        if r.scale in SCALES and not r.area and r.rater == own.get(r.record):
            continue
        scale = find_scale(r.scale)
        name = scale.title if scale else r.scale
        area = r.area if r.area and Area.has(r.area) else ""
        if area:
            name += f" · {Area.label_of(area).lower()}"
        if r.rater:
            name += f" — {r.rater}"
        series = said(
            name,
            "series_scale",
            scale=Words("Scale", (r.scale,)),
            area=Words("Area", (area,) if area else ()),
            rater=r.rater,
        )
        found[r.record][series] = r.value
    return found


def _changes(timeline: Timeline) -> list[Change]:
    entries = sorted(timeline.entries, key=lambda e: e.when)
    sessions = [e for e in entries if isinstance(e, TreatmentRecord)]
    named = _named_scales(timeline)
    series = sorted({name for values in named.values() for name in values})

    def value(e: TreatmentRecord | ObservationRecord, scale: str) -> int | None:
        if scale in SCALES:
            return _score(e, scale)
        return named.get((e.kind, e.id), {}).get(scale)

    changes = []
    for i, session in enumerate(sessions):
        until: datetime | None = sessions[i + 1].when if i + 1 < len(sessions) else None
        for scale in (*SCALES, *series):
            before = [
                value(e, scale)
                for e in entries
                if e.when <= session.when and value(e, scale) is not None
            ]
            after = [
                value(e, scale)
                for e in entries
                if e.when > session.when
                and (until is None or e.when <= until)
                and value(e, scale) is not None
            ]
            if before and after and before[-1] is not None and after[0] is not None:
                delta = float(after[0] - before[-1])
                changes.append(Change(session.client_id, settings_of(session), scale, delta))
    return changes


def what_worked(timelines: Iterable[Timeline]) -> tuple[Effect, ...]:
    """Effects of every setting over the given timelines (one client, or a clinic's)."""
    return grouped_effects(c for timeline in timelines for c in _changes(timeline))


def grouped_effects(
    changes: Iterable[Change],
    make: Callable[[str, str, list[Change]], Effect] | None = None,
) -> tuple[Effect, ...]:
    """The changes grouped by setting and series, each group an ``Effect`` (``make`` builds
    it, default: a named scale's)."""
    grouped: dict[tuple[str, str], list[Change]] = defaultdict(list)
    for change in changes:
        for setting in change.settings:
            grouped[(setting, change.scale)].append(change)
    effects = [
        (make or _scale_effect)(setting, scale, found)
        for (setting, scale), found in grouped.items()
    ]
    # "all sessions" first, then the best-supported settings.
    effects.sort(key=lambda e: (e.setting != EVERY_SESSION, -e.sessions, e.setting, e.scale))
    return tuple(effects)


def _scale_effect(setting: str, scale: str, found: list[Change]) -> Effect:
    return Effect(
        setting=setting,
        scale=scale,
        sessions=len(found),
        mean_change=round(statistics.fmean(c.delta for c in found), 2),
        clients=len({c.client_id for c in found}),
    )


def summary_lines(
    effects: Sequence[Effect], *, min_sessions: int = 2, caveat: bool = True
) -> list[str]:
    """Sentences for a person, leaving out settings seen in fewer than ``min_sessions``."""
    shown = [e.sentence() for e in effects if e.sessions >= min_sessions]
    return [*shown, CAVEAT] if shown and caveat else shown
