"""The interval and depth rules, and the checks of one treatment or a whole history."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from needlejournal.dates import format_date
from needlejournal.phrases import Depth, Words, params_of
from needlejournal.words import count

from .facts import AreaDose, GuidanceWarning, ProductApplied, TreatmentFacts
from .ingredients import ingredient_cautions
from .screening import ScreeningFact, screening_order, warnings_on_day
from .settings import GuidanceSettings
from .sources import (
    SOURCE_HOME_DEPTH,
    SOURCE_HOME_LIMIT,
    SOURCE_INTERVAL,
    SOURCE_PRO_DEPTH,
    SOURCE_PRO_PERIORBITAL,
)
from .vocabulary import Area, Indication, format_depth


def _deeper(depth_mm: float, limit_mm: float) -> bool:
    # Compare at the 0.01 mm resolution depths are recorded in, so float noise never warns.
    return round(depth_mm, 2) > round(limit_mm, 2)


def interval_days_for_depth(depth_mm: float, settings: GuidanceSettings) -> int:
    """Minimum days between sessions for this depth: the band with the largest start ≤ depth."""
    depth = round(depth_mm, 2)
    days = settings.interval_bands[0][1]
    for from_mm, band_days in settings.interval_bands:
        if depth >= round(from_mm, 2):
            days = band_days
    return days


def _whole_days(gap: timedelta) -> int:
    # Nearest whole day: the same time of day four weeks later is 28 days, whatever the clock
    # drift of a few hours, which is how people count the gap between sessions.
    return int((gap + timedelta(hours=12)) // timedelta(days=1))


# The face heals as one sheet of skin only if the user says so (a journal setting); by default
# each area is its own wound, so a deep neck session does not hold back a light forehead one.
FACE_AREAS: frozenset[str] = frozenset(
    {Area.FOREHEAD, Area.CHEEKS, Area.NOSE, Area.CHIN, Area.PERIORAL, Area.PERIORBITAL}
)
_WHOLE_SESSION = "*"  # a session with no recorded area: compared with everything


def _depth_by_site(t: TreatmentFacts, settings: GuidanceSettings) -> dict[str, float]:
    """The deepest depth per healing site: an area, or "face" when the face counts as one."""
    if not t.areas:
        return {_WHOLE_SESSION: t.deepest_mm}
    sites: dict[str, float] = {}
    for dose in t.areas:
        site = "face" if settings.face_as_one_area and dose.area in FACE_AREAS else dose.area
        sites[site] = max(sites.get(site, 0.0), dose.depth_mm)
    return sites


def _site_label(site: str) -> str:
    return "face" if site == "face" else Area.label_of(site).lower()


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What the interval rule reads of one session, computed once per check."""

    seconds: float  # performed_at as a POSIX timestamp
    needed: int  # days its own deepest depth asks for
    sites: dict[str, float]


_Sites = dict[int, _Prepared]  # keyed by id(facts): the caller keeps the objects alive


def _prepared(t: TreatmentFacts, settings: GuidanceSettings, cache: _Sites) -> _Prepared:
    found = cache.get(id(t))
    if found is None:
        needed = interval_days_for_depth(t.deepest_mm, settings)
        found = _Prepared(t.performed_at.timestamp(), needed, _depth_by_site(t, settings))
        cache[id(t)] = found
    return found


def _shortfall(
    t: TreatmentFacts, other: TreatmentFacts, settings: GuidanceSettings, cache: _Sites
) -> tuple[int, int, str, float, int] | None:
    """How many days ``t`` falls inside ``other``'s healing window on a site both treated:
    (shortfall, gap days, site, depth, needed days), or None when it does not."""
    mine, theirs = _prepared(t, settings, cache), _prepared(other, settings, cache)
    # Nearest whole day, as ``_whole_days`` counts.
    days = int((abs(mine.seconds - theirs.seconds) + 43_200) // 86_400)
    if days >= max(mine.needed, theirs.needed):
        return None  # outside even the deeper window of the two: the common case, cheaply
    if _WHOLE_SESSION in mine.sites or _WHOLE_SESSION in theirs.sites:
        shared = {_WHOLE_SESSION: max(t.deepest_mm, other.deepest_mm)}
    else:
        shared = {
            site: max(mine.sites[site], theirs.sites[site])
            for site in mine.sites.keys() & theirs.sites.keys()
        }
    worst: tuple[int, int, str, float, int] | None = None
    for site, depth in sorted(shared.items()):
        needed = interval_days_for_depth(depth, settings)
        if days < needed and (worst is None or needed - days > worst[0]):
            worst = (needed - days, days, site, depth, needed)
    return worst


def _interval_warning(
    t: TreatmentFacts,
    other: TreatmentFacts,
    found: tuple[int, int, str, float, int],
    settings: GuidanceSettings,
    tz: tzinfo | None,
) -> GuidanceWarning:
    _, days, site, deeper, needed = found
    relation = "since" if other.performed_at <= t.performed_at else "before"
    gap = "Less than a day" if days == 0 else f"Only {count(days, 'day')}"
    depth = f"{format_depth(other.deepest_mm)} " if other.areas else ""
    # Name the area only when the two sessions did not treat the very same areas.
    same_areas = {d.area for d in t.areas} == {d.area for d in other.areas}
    where = "" if site == _WHOLE_SESSION or same_areas else f" ({_site_label(site)})"
    message = (
        f"{gap} {relation} the {depth}session on {format_date(other.performed_at, tz)}{where}; "
        f"at {format_depth(deeper)}, sessions are usually at least {count(needed, 'day')} apart."
    )
    params = params_of(
        relation=relation,
        days=days,
        depth=Depth(other.deepest_mm) if other.areas else None,
        on=other.performed_at.astimezone(tz).date(),
        site=None if site == _WHOLE_SESSION or same_areas else site,
        at=Depth(deeper),
        needed=needed,
    )
    return GuidanceWarning("interval", message, SOURCE_INTERVAL, "interval", params)


def _interval_warnings(
    t: TreatmentFacts,
    history: Iterable[TreatmentFacts],
    settings: GuidanceSettings,
    tz: tzinfo | None,
    cache: _Sites,
) -> list[GuidanceWarning]:
    """At most one warning per direction, from every other session whose healing window still
    covers ``t``, not only the nearest: a deep session followed by two light ones still holds
    back the third. The reported one is the most constraining (most days still to wait)."""
    best: dict[bool, tuple[tuple[int, int], TreatmentFacts, tuple[int, int, str, float, int]]]
    best = {}
    for other in history:
        # The history usually holds t itself when an existing session is edited: skip it.
        if _is_same(t, other):
            continue
        found = _shortfall(t, other, settings, cache)
        if found is None:
            continue
        earlier = other.performed_at <= t.performed_at
        rank = (found[0], -found[1])  # most days short first, then the nearest
        if earlier not in best or rank > best[earlier][0]:
            best[earlier] = (rank, other, found)
    return [
        _interval_warning(t, best[side][1], best[side][2], settings, tz)
        for side in (True, False)
        if side in best
    ]


def _depth_warnings(
    t: TreatmentFacts, settings: GuidanceSettings, personal_mode: bool
) -> list[GuidanceWarning]:
    warnings = []
    covered: set[str] = set()  # areas whose own warning already names a limit this strict
    where, source = (
        ("at home", SOURCE_HOME_DEPTH)
        if personal_mode
        else ("in professional treatments", SOURCE_PRO_DEPTH)
    )
    for dose in t.areas:
        limit = settings.usual_max_depth(
            dose.area, personal_mode=personal_mode, indication=dose.indication
        )
        if limit is not None and _deeper(dose.depth_mm, limit):
            what = Area.label_of(dose.area)
            if dose.indication != Indication.GENERAL:
                what += f" ({Indication.label_of(dose.indication).lower()})"
            overrides = (
                settings.home_max_depth_by_indication
                if personal_mode
                else settings.professional_max_depth_by_indication
            )
            own_figure = dose.area in overrides.get(dose.indication, {})
            scope = "this area and indication" if own_figure else "this area"
            message = (
                f"{what}: {format_depth(dose.depth_mm)} is deeper than the usual maximum of "
                f"{format_depth(limit)} for {scope} {where}."
            )
            own = source
            if not personal_mode and dose.area == Area.PERIORBITAL:
                own = SOURCE_PRO_PERIORBITAL
            params = params_of(
                area=Words("Area", (dose.area,)),
                indication=None
                if dose.indication == Indication.GENERAL
                else Words("Indication", (dose.indication,)),
                depth=Depth(dose.depth_mm),
                limit=Depth(limit),
                own_figure=own_figure,
                personal=personal_mode,
            )
            warnings.append(GuidanceWarning("depth_area", message, own, "depth_area", params))
            if limit <= settings.home_max_depth_mm:
                covered.add(dose.area)
    if personal_mode:
        # One fact, one warning: the home limit speaks only for areas no stricter area limit
        # has already warned about ("Cheeks: 1.5 mm … maximum of 1.0 mm" said it all).
        too_deep = [
            d
            for d in t.areas
            if d.area not in covered and _deeper(d.depth_mm, settings.home_max_depth_mm)
        ]
        if too_deep:
            deepest = max(d.depth_mm for d in too_deep)
            labels = ", ".join(dict.fromkeys(Area.label_of(d.area).lower() for d in too_deep))
            message = (
                f"{format_depth(deepest)} ({labels}) is deeper than home-use guides advise: "
                f"they say not to exceed {format_depth(settings.home_max_depth_mm)}."
            )
            params = params_of(
                depth=Depth(deepest),
                areas=Words("Area", tuple(dict.fromkeys(d.area for d in too_deep))),
                limit=Depth(settings.home_max_depth_mm),
            )
            warnings.append(
                GuidanceWarning("depth_home", message, SOURCE_HOME_LIMIT, "depth_home", params)
            )
    return warnings


def check_treatment(
    t: TreatmentFacts,
    history: Sequence[TreatmentFacts],
    settings: GuidanceSettings,
    *,
    personal_mode: bool,
    tz: tzinfo | None = None,
    screening: Sequence[ScreeningFact] = (),
) -> list[GuidanceWarning]:
    """Every warning for t: intervals, depth by area and at home, product cautions, and the
    client's screening on file (every version of its answers).

    history is the same client's other treatments (it may include t itself). Dates in messages
    are shown in tz, the machine's local zone when None.
    """
    return _check_one(t, history, _Checking(settings, personal_mode, tz, screening))


_ProductKey = tuple[str, str, tuple[str, ...], int | None]
_ProductCache = dict[_ProductKey, list[GuidanceWarning]]

# Ingredient matching is pure (the product, its phase and the settings decide it) and a journal
# repeats the same few products in every client's history: the matches outlive one check.
# Keyed by the settings object itself (the journal hands out one per stored value), bounded.
_CAUTIONS: dict[int, tuple[GuidanceSettings, _ProductCache]] = {}
_CAUTIONS_KEPT = 512  # products × phases × offsets per settings before the cache starts over


def _cautions_for(settings: GuidanceSettings) -> _ProductCache:
    found = _CAUTIONS.get(id(settings))
    if found is None or found[0] is not settings or len(found[1]) > _CAUTIONS_KEPT:
        if len(_CAUTIONS) >= 8:
            _CAUTIONS.clear()
        found = (settings, {})
        _CAUTIONS[id(settings)] = found
    return found[1]


class _Checking:
    """What one check of a client's history works out once, not once per session: the
    screening facts in order and each session day's screening warnings, the depth warnings of
    each set of doses (facts share equal doses: ``facts_from_record``), each session's sites,
    and the ingredient matches (shared between checks: ``_cautions_for``)."""

    def __init__(
        self,
        settings: GuidanceSettings,
        personal_mode: bool,
        tz: tzinfo | None,
        screening: Sequence[ScreeningFact],
    ) -> None:
        self.settings, self.personal_mode, self.tz = settings, personal_mode, tz
        self.screening = sorted(screening, key=screening_order)
        self.by_day: dict[date, list[GuidanceWarning]] = {}
        self.by_doses: dict[tuple[AreaDose, ...], list[GuidanceWarning]] = {}
        self.sites: _Sites = {}  # the caller keeps the facts alive meanwhile
        self.products = _cautions_for(settings)
        self.by_product: dict[int, list[GuidanceWarning]] = {}
        self._ids: list[ProductApplied] = []

    def screening_warnings(self, performed_at: datetime) -> list[GuidanceWarning]:
        if not self.screening:
            return []
        day = performed_at.astimezone(self.tz).date()
        found = self.by_day.get(day)
        if found is None:
            found = warnings_on_day(day, self.screening, self.settings, self.personal_mode)
            self.by_day[day] = found
        return found

    def depth_warnings(self, t: TreatmentFacts) -> list[GuidanceWarning]:
        found = self.by_doses.get(t.areas)
        if found is None:
            found = _depth_warnings(t, self.settings, self.personal_mode)
            self.by_doses[t.areas] = found
        return found

    def product_warnings(self, p: ProductApplied) -> list[GuidanceWarning]:
        # By identity first: the facts of one history share their products (no hashing of
        # the ingredient list per use); ``_ids`` keeps them alive, so ids are not reused.
        found = self.by_product.get(id(p))
        if found is None:
            key = (p.name, p.phase, p.ingredients, p.day_offset)
            found = self.products.get(key)
            if found is None:
                found = ingredient_cautions(
                    p.ingredients, p.phase, self.settings, product=p.name, day_offset=p.day_offset
                )
                self.products[key] = found
            self.by_product[id(p)] = found
            self._ids.append(p)
        return found


def _check_one(
    t: TreatmentFacts, history: Sequence[TreatmentFacts], checking: _Checking
) -> list[GuidanceWarning]:
    warnings = _interval_warnings(t, history, checking.settings, checking.tz, checking.sites)
    warnings += checking.depth_warnings(t)
    for p in t.products:
        warnings += checking.product_warnings(p)
    warnings += checking.screening_warnings(t.performed_at)
    return warnings


def _is_same(t: TreatmentFacts, other: TreatmentFacts) -> bool:
    return other is t or (t.id is not None and other.id == t.id)


def check_history(
    treatments: Sequence[TreatmentFacts],
    settings: GuidanceSettings,
    *,
    personal_mode: bool,
    tz: tzinfo | None = None,
    screening: Sequence[ScreeningFact] = (),
) -> list[list[GuidanceWarning]]:
    """check_treatment for every treatment of one client against all the others, in input order.

    Sorts once and hands each treatment only the sessions within the longest interval band of
    it (no window reaches further), so a 50,000-session history takes O(n · k) for the k
    sessions of one window instead of the O(n²) of calling check_treatment in a loop.
    """
    order = sorted(range(len(treatments)), key=lambda i: treatments[i].performed_at)
    ranked = [treatments[i] for i in order]
    moments = [t.performed_at for t in ranked]
    deepest_anywhere = max((t.deepest_mm for t in ranked), default=0.0)
    results: list[list[GuidanceWarning]] = [[] for _ in treatments]
    checking = _Checking(settings, personal_mode, tz, screening)
    # No window around a session is wider than the deepest session's (every session is at
    # most that deep); half a day more because gaps are rounded to whole days.
    widest = interval_days_for_depth(deepest_anywhere, settings)
    reach = timedelta(days=widest, hours=12)
    for pos, index in enumerate(order):
        t = ranked[pos]
        low = bisect.bisect_left(moments, t.performed_at - reach)
        high = bisect.bisect_right(moments, t.performed_at + reach)
        results[index] = _check_one(t, ranked[low:high], checking)
    return results
