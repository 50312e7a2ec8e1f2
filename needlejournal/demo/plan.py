"""Plan a demo journal: pure, deterministic for a seed, no database.

Each client gets their own random stream (seeded by seed and index), so client *k* is the
same whatever the number of clients. Sessions run backwards from a few days before ``today``
with 4–6 weeks between them (home rolling: 2–4 weeks), some too soon so interval warnings
show; depths ramp from a start to a target per area; texture and tone scores (0–10, higher
is better) improve slowly with noise; a few products are used in a flagged phase.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import product as cartesian
from typing import overload

from needlejournal.guidance import GuidanceSettings, interval_days_for_depth
from needlejournal.journal.records import SELF_NAME, AreaDraft, Mode

from . import catalogue as cat

_GUIDANCE = GuidanceSettings()  # the default intervals: a demo follows them, mostly


@dataclass(frozen=True, slots=True)
class PlannedProductUse:
    product: str  # catalogue key
    phase: str
    lot_number: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class PlannedTreatment:
    performed_at: datetime
    device: str  # catalogue key
    areas: tuple[AreaDraft, ...]
    products: tuple[PlannedProductUse, ...]
    pain: int
    numbing: bool
    downtime_days: int
    adverse_events: str
    notes: str
    texture_score: int
    texture_note: str
    tone_score: int
    tone_note: str


@dataclass(frozen=True, slots=True)
class PlannedObservation:
    observed_at: datetime
    after_treatment: int | None  # index into the client's treatments
    texture_score: int
    tone_score: int
    redness: int
    texture_note: str
    tone_note: str
    note: str
    rater: str


@dataclass(frozen=True, slots=True)
class PlannedClient:
    name: str
    is_self: bool
    skin_type: str
    concerns: str
    contraindications: str
    consent_on: date | None
    notes: str
    treatments: tuple[PlannedTreatment, ...]  # oldest first
    observations: tuple[PlannedObservation, ...]  # oldest first


class PlannedClients(Sequence[PlannedClient]):
    """The planned clients, each built when asked for and not kept.

    A client's plan depends only on the seed and its index, so 10,000 clients need not sit in
    memory at once: the writer walks them in chunks and memory stays flat however many there
    are (``demo --clients 10000``).
    """

    def __init__(
        self, names: Sequence[str], personal: bool, treatments: int, today: date, seed: int
    ) -> None:
        self._names = names
        self._personal = personal
        self._treatments = treatments
        self._today = today
        self._seed = seed

    def __len__(self) -> int:
        return len(self._names)

    def _key(self) -> tuple[object, ...]:
        return (tuple(self._names), self._personal, self._treatments, self._today, self._seed)

    def __eq__(self, other: object) -> bool:
        # Deterministic: the same inputs plan the same clients.
        if isinstance(other, PlannedClients):
            return self._key() == other._key()
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    @overload
    def __getitem__(self, index: int) -> PlannedClient: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[PlannedClient, ...]: ...
    def __getitem__(self, index: int | slice) -> PlannedClient | tuple[PlannedClient, ...]:
        if isinstance(index, slice):
            return tuple(self._build(i) for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._build(index)

    def _build(self, i: int) -> PlannedClient:
        rng = random.Random(f"needlejournal-demo:{self._seed}:{i}")
        return _client(
            rng, self._names[i], self._personal, self._treatments, self._today, self._seed
        )


@dataclass(frozen=True)
class DemoPlan:
    mode: Mode
    devices: tuple[cat.DemoDevice, ...]
    products: tuple[cat.DemoProduct, ...]
    clients: Sequence[PlannedClient]


def plan_demo(*, clients: int, treatments: int, seed: int, today: date) -> DemoPlan:
    """One client plans a personal journal ("Me"); more plan a clinic."""
    if clients < 1:
        raise ValueError("a demo journal needs at least one client")
    if treatments < 0:
        raise ValueError("the number of sessions cannot be negative")
    personal = clients == 1
    names = [SELF_NAME] if personal else _names(clients, seed)
    planned = PlannedClients(names, personal, treatments, today, seed)
    return DemoPlan("personal" if personal else "clinic", cat.DEVICES, cat.PRODUCTS, planned)


def _names(count: int, seed: int) -> list[str]:
    """Unique “First Last” names; a number is added only past every combination."""
    combos = [f"{f} {last}" for f, last in cartesian(cat.FIRST_NAMES, cat.LAST_NAMES)]
    random.Random(f"needlejournal-demo:{seed}:names").shuffle(combos)
    return [
        combos[i % len(combos)] + (f" ({i // len(combos) + 1})" if i >= len(combos) else "")
        for i in range(count)
    ]


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs])[0]


def _session_dates(
    rng: random.Random, deepest: list[float], today: date, personal: bool
) -> list[datetime]:
    """Oldest first, the last one 2–40 days before today, at plausible hours (UTC).

    Gaps follow the interval guidance for the deeper of two neighbouring sessions (plus up to
    two weeks); about one in twelve comes too soon, so the demo shows interval warnings.
    """
    day = today - timedelta(days=rng.randint(2, 40))
    days = [day]
    for k in range(len(deepest) - 1, 0, -1):
        needed = interval_days_for_depth(max(deepest[k], deepest[k - 1]), _GUIDANCE)
        roll = rng.random()
        if roll < 0.08:
            gap = max(4, needed - rng.randint(4, 10))  # squeezed in before a trip: too soon
        elif roll < 0.13 and not personal:
            gap = needed + rng.randint(30, 90)  # a break
        else:
            gap = needed + rng.randint(0, 14)
        day -= timedelta(days=gap)
        days.append(day)
    hours = (19, 21) if personal else (8, 17)
    return [
        datetime.combine(d, time(rng.randint(*hours), rng.choice((0, 15, 30, 45))), UTC)
        for d in reversed(days[: len(deepest)])
    ]


def _depth(start: float, target: float, k: int) -> float:
    """Ramp over the first four sessions, in the 0.25 mm steps pens use."""
    mm = start + (target - start) * min(k, 4) / 4
    return round(round(mm * 4) / 4, 2)


def _dose(rng: random.Random, area: str, depth: float, device: cat.DemoDevice) -> AreaDraft:
    return AreaDraft(area, depth, rng.randint(*device.passes), _endpoint(rng, depth))


def _endpoint(rng: random.Random, depth: float) -> str:
    if depth >= 1.5 or (depth >= 1.0 and rng.random() < 0.7):
        return "pinpoint_bleeding"
    if depth < 0.5 and rng.random() < 0.4:
        return "none"
    return "erythema"


def _lot(seed: int, product: cat.DemoProduct, when: datetime) -> str:
    """A lot changes every quarter (a new bottle), the same for every client that quarter."""
    quarter = when.year * 4 + (when.month - 1) // 3
    start_month = (quarter % 4) * 3 + 1
    n = zlib.crc32(f"{seed}:{product.key}:{quarter}".encode()) % 1000
    return f"{product.lot_prefix}{when.year % 100:02d}{start_month:02d}-{n:03d}"


def _score(value: float) -> int:
    return max(0, min(10, round(value)))


def _band(progress: float) -> int:
    return 0 if progress < 0.35 else 1 if progress < 0.7 else 2


@dataclass
class _Course:
    """A client's true (unobserved) skin state: slow improvement toward a plateau."""

    texture0: float
    tone0: float
    texture_gain: float
    tone_gain: float

    def at(self, k: float) -> tuple[float, float, float]:
        progress = 1 - math.exp(-k / 5)
        return (
            self.texture0 + self.texture_gain * progress,
            self.tone0 + self.tone_gain * progress,
            progress,
        )


def _client(
    rng: random.Random, name: str, personal: bool, count: int, today: date, seed: int
) -> PlannedClient:
    plan = cat.HOME_PLAN if personal else rng.choice(cat.CLINIC_PLANS)
    device_key = rng.choice(plan.devices)
    areas = [a for a in plan.areas if a[3] >= 1.0 or rng.random() < a[3]] or [plan.areas[0]]
    products = {p.key: p for p in cat.PRODUCTS}
    devices = {d.key: d for d in cat.DEVICES}
    course = _Course(
        rng.uniform(*plan.texture_start),
        rng.uniform(*plan.tone_start),
        rng.uniform(2.0, 4.0),
        rng.uniform(1.0, 3.0),
    )
    # Depths first: the spacing of sessions depends on how deep they go.
    keys: list[str] = []
    sessions: list[tuple[AreaDraft, ...]] = []
    for k in range(count):
        # Home users start with the roller and move to the home pen once used to it.
        key = ("roller" if k < count // 3 else "home_pen") if personal else device_key
        device = devices[key]
        keys.append(key)
        sessions.append(
            tuple(
                _dose(rng, area, device.fixed_depth_mm or _depth(start, target, k), device)
                for area, start, target, _often in areas
            )
        )
    dates = _session_dates(rng, [max(d.depth_mm for d in s) for s in sessions], today, personal)
    rater = "self" if personal else rng.choice(cat.PRACTITIONERS)
    # One wording per client (their scars or their sun spots), so notes read as one story.
    variant = rng.randrange(2)

    def notes(band: int) -> tuple[str, str]:
        texture_notes, tone_notes = plan.texture_notes[band], plan.tone_notes[band]
        return texture_notes[variant % len(texture_notes)], tone_notes[variant % len(tone_notes)]

    treatments: list[PlannedTreatment] = []
    observations: list[PlannedObservation] = []
    if dates:
        texture, tone, _ = course.at(0)
        observations.append(
            PlannedObservation(
                dates[0] - timedelta(days=rng.randint(7, 14)), None, _score(texture),
                _score(tone), rng.randint(0, 2), *notes(0),
                "Baseline photos taken." if personal else "Baseline consultation and screening.",
                rater,
            )
        )  # fmt: skip
    for k, when in enumerate(dates):
        key, doses = keys[k], sessions[k]
        deepest = max(d.depth_mm for d in doses)
        numbing = (deepest >= 1.0 and rng.random() < 0.95) if not personal else rng.random() < 0.2
        uses = _product_uses(rng, plan, personal, numbing, when, products, seed)
        texture, tone, progress = course.at(k + 0.5)
        texture_note, tone_note = notes(_band(progress))
        pain = 1 + deepest * (1.5 if numbing else 3.0) + rng.gauss(0, 1)
        treatments.append(
            PlannedTreatment(
                performed_at=when,
                device=key,
                areas=tuple(doses),
                products=uses,
                pain=_score(pain),
                numbing=numbing,
                downtime_days=max(0, round(deepest * 1.5 + (key == "rf") + rng.gauss(0, 0.5))),
                adverse_events=rng.choice(cat.ADVERSE_EVENTS) if rng.random() < 0.12 else "none",
                notes=rng.choice(cat.HOME_SESSION_NOTES if personal else cat.SESSION_NOTES),
                texture_score=_score(texture + rng.gauss(0, 0.6)),
                texture_note=texture_note,
                tone_score=_score(tone + rng.gauss(0, 0.6)),
                tone_note=tone_note,
            )
        )
        next_day = dates[k + 1] if k + 1 < len(dates) else datetime.combine(today, time(), UTC)
        check_at = when + timedelta(days=rng.randint(10, 21), hours=rng.randint(-3, 3))
        if rng.random() < 0.5 and check_at < next_day - timedelta(days=2):
            texture, tone, progress = course.at(k + 0.8)
            observations.append(
                PlannedObservation(
                    check_at, k, _score(texture + rng.gauss(0, 0.5)),
                    _score(tone + rng.gauss(0, 0.5)), rng.randint(0, 1), *notes(_band(progress)),
                    rng.choice(cat.CHECK_NOTES), rater,
                )
            )  # fmt: skip
    first = dates[0].date() if dates else today
    return PlannedClient(
        name=name,
        is_self=personal,
        skin_type=_weighted(rng, cat.SKIN_TYPE_WEIGHTS),
        concerns=plan.concern,
        contraindications=""
        if personal or rng.random() < 0.75
        else rng.choice(cat.CONTRAINDICATIONS),
        consent_on=None if personal else first - timedelta(days=rng.randint(7, 14)),
        notes="" if personal else rng.choice(cat.CLIENT_NOTES),
        treatments=tuple(treatments),
        observations=tuple(observations),
    )


def _product_uses(
    rng: random.Random,
    plan: cat.Plan,
    personal: bool,
    numbing: bool,
    when: datetime,
    products: dict[str, cat.DemoProduct],
    seed: int,
) -> tuple[PlannedProductUse, ...]:
    """Prep, glide, post and aftercare products; a few in a phase guidance flags."""
    chosen: list[tuple[str, str, str]] = []
    if not personal:
        chosen.append(("prep", "prep", ""))
    if numbing:
        chosen.append(("lidocaine", "prep", "30 minutes under occlusion"))
    glide = rng.choice(plan.glides)
    chosen.append((glide, "during", "blood drawn and spun on site" if glide == "prp" else ""))
    roll = rng.random()
    if roll < 0.03:
        chosen.append(("vitc", "during", "client's own serum"))  # flagged: L-ascorbic acid
    if not personal:
        chosen.append(("mask" if rng.random() < 0.5 else "ha", "post", ""))
    chosen.append(("balm", "aftercare", "twice daily for 3 days"))
    chosen.append(("spf", "aftercare", "daily for 2 weeks"))
    if 0.03 <= roll < 0.08:
        chosen.append(("retinol", "aftercare", "resumed on day 3"))  # flagged: retinoid
    elif 0.08 <= roll < 0.11:
        chosen.append(("glycolic", "aftercare", "resumed on day 2"))  # flagged: acid
    uses = []
    for key, phase, note in chosen:
        item = products[key]
        lot = f"tube {when:%y%m%d}-{rng.randint(1, 9)}" if key == "prp" else _lot(seed, item, when)
        uses.append(PlannedProductUse(key, phase, lot, note))
    return tuple(uses)
