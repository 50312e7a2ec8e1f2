"""The interval and depth rules, and the checks of one treatment or a whole history."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta, tzinfo

from needlejournal.dates import format_date

from .facts import GuidanceWarning, TreatmentFacts
from .ingredients import ingredient_cautions
from .settings import GuidanceSettings
from .sources import SOURCE_HOME_DEPTH, SOURCE_HOME_LIMIT, SOURCE_INTERVAL, SOURCE_PRO_DEPTH
from .vocabulary import Area, format_depth


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


def _interval_warning(
    t: TreatmentFacts, other: TreatmentFacts, settings: GuidanceSettings, tz: tzinfo | None
) -> GuidanceWarning | None:
    days = _whole_days(abs(t.performed_at - other.performed_at))
    deeper = max(t.deepest_mm, other.deepest_mm)
    needed = interval_days_for_depth(deeper, settings)
    if days >= needed:
        return None
    relation = "since" if other.performed_at <= t.performed_at else "before"
    gap = "Less than a day" if days == 0 else f"Only {days} day{'' if days == 1 else 's'}"
    depth = f"{format_depth(other.deepest_mm)} " if other.areas else ""
    message = (
        f"{gap} {relation} the {depth}session on {format_date(other.performed_at, tz)}; "
        f"at {format_depth(deeper)}, sessions are usually at least {needed} days apart."
    )
    return GuidanceWarning("interval", message, SOURCE_INTERVAL)


def _interval_warnings(
    t: TreatmentFacts,
    history: Iterable[TreatmentFacts],
    settings: GuidanceSettings,
    tz: tzinfo | None,
) -> list[GuidanceWarning]:
    # The history usually holds t itself when an existing session is edited: skip it by id.
    others = [h for h in history if h is not t and (t.id is None or h.id != t.id)]
    earlier = [h for h in others if h.performed_at <= t.performed_at]
    later = [h for h in others if h.performed_at > t.performed_at]
    neighbours = []
    if earlier:
        neighbours.append(max(earlier, key=lambda h: h.performed_at))
    if later:
        neighbours.append(min(later, key=lambda h: h.performed_at))
    found = (_interval_warning(t, n, settings, tz) for n in neighbours)
    return [w for w in found if w is not None]


def _depth_warnings(
    t: TreatmentFacts, settings: GuidanceSettings, personal_mode: bool
) -> list[GuidanceWarning]:
    warnings = []
    where, source = (
        ("at home", SOURCE_HOME_DEPTH)
        if personal_mode
        else ("in professional treatments", SOURCE_PRO_DEPTH)
    )
    for dose in t.areas:
        limit = settings.usual_max_depth(dose.area, personal_mode=personal_mode)
        if limit is not None and _deeper(dose.depth_mm, limit):
            message = (
                f"{Area.label_of(dose.area)}: {format_depth(dose.depth_mm)} is deeper than the "
                f"usual maximum of {format_depth(limit)} for this area {where}."
            )
            warnings.append(GuidanceWarning("depth_area", message, source))
    if personal_mode:
        too_deep = [d for d in t.areas if _deeper(d.depth_mm, settings.home_max_depth_mm)]
        if too_deep:
            deepest = max(d.depth_mm for d in too_deep)
            labels = ", ".join(dict.fromkeys(Area.label_of(d.area).lower() for d in too_deep))
            message = (
                f"{format_depth(deepest)} ({labels}) is deeper than home-use guides advise: "
                f"they say not to exceed {format_depth(settings.home_max_depth_mm)}."
            )
            warnings.append(GuidanceWarning("depth_home", message, SOURCE_HOME_LIMIT))
    return warnings


def check_treatment(
    t: TreatmentFacts,
    history: Sequence[TreatmentFacts],
    settings: GuidanceSettings,
    *,
    personal_mode: bool,
    tz: tzinfo | None = None,
) -> list[GuidanceWarning]:
    """Every warning for t: intervals, depth by area and at home, product cautions.

    history is the same client's other treatments (it may include t itself). Dates in messages
    are shown in tz, the machine's local zone when None.
    """
    return _check_one(t, history, settings, personal_mode, tz, {})


_ProductCache = dict[tuple[str, str, tuple[str, ...]], list[GuidanceWarning]]


def _check_one(
    t: TreatmentFacts,
    history: Sequence[TreatmentFacts],
    settings: GuidanceSettings,
    personal_mode: bool,
    tz: tzinfo | None,
    product_cache: _ProductCache,
) -> list[GuidanceWarning]:
    warnings = _interval_warnings(t, history, settings, tz)
    warnings += _depth_warnings(t, settings, personal_mode)
    for p in t.products:
        # A client's history repeats the same few products: match their ingredients once.
        key = (p.name, p.phase, p.ingredients)
        if key not in product_cache:
            # Without a recorded ingredient list the name is all we have ("Retinol 0.5% serum").
            product_cache[key] = ingredient_cautions(
                p.ingredients or (p.name,), p.phase, settings, product=p.name
            )
        warnings += product_cache[key]
    return warnings


def _is_same(t: TreatmentFacts, other: TreatmentFacts) -> bool:
    return other is t or (t.id is not None and other.id == t.id)


def check_history(
    treatments: Sequence[TreatmentFacts],
    settings: GuidanceSettings,
    *,
    personal_mode: bool,
    tz: tzinfo | None = None,
) -> list[list[GuidanceWarning]]:
    """check_treatment for every treatment of one client against all the others, in input order.

    Sorts once and hands each treatment only its neighbours, so a 50,000-session history takes
    O(n log n) instead of the O(n²) of calling check_treatment in a loop; results are the same.
    """
    order = sorted(range(len(treatments)), key=lambda i: treatments[i].performed_at)
    ranked = [treatments[i] for i in order]
    results: list[list[GuidanceWarning]] = [[] for _ in treatments]
    product_cache: _ProductCache = {}
    for pos, index in enumerate(order):
        t = ranked[pos]
        left = pos - 1
        while left >= 0 and _is_same(t, ranked[left]):
            left -= 1
        # Keep every earlier session tied at the nearest moment: check_treatment picks the first
        # of them in input order, and a stable sort keeps that order.
        while left > 0 and ranked[left - 1].performed_at == ranked[left].performed_at:
            left -= 1
        right = pos + 1
        while right < len(ranked) and (
            _is_same(t, ranked[right]) or ranked[right].performed_at <= t.performed_at
        ):
            right += 1
        window = ranked[max(left, 0) : right + 1]
        results[index] = _check_one(t, window, settings, personal_mode, tz, product_cache)
    return results
