"""Guidance v1: pure domain rules that flag known risks in a logged treatment.

Every number here is a user-editable default taken from the domain notes (DOMAIN.md), and
every warning names where its rule comes from. Warnings inform; they never block saving.
Stdlib only: no Qt, no SQLAlchemy, so the CLI, the UI and the tests share one implementation.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from types import MappingProxyType
from typing import TypeVar

AREAS: tuple[str, ...] = (
    "forehead",
    "cheeks",
    "nose",
    "chin",
    "perioral",
    "periorbital",
    "neck",
    "decolletage",
    "scalp",
    "body",
    "other",
)
AREA_LABELS: dict[str, str] = {
    "forehead": "Forehead",
    "cheeks": "Cheeks",
    "nose": "Nose",
    "chin": "Chin / jawline",
    "perioral": "Upper lip / perioral",
    "periorbital": "Under-eye / periorbital",
    "neck": "Neck",
    "decolletage": "Décolletage",
    "scalp": "Scalp",
    "body": "Body",
    "other": "Other",
}
PHASES: tuple[str, ...] = ("prep", "during", "post", "aftercare")
ENDPOINTS: tuple[str, ...] = ("none", "erythema", "pinpoint_bleeding")
DEVICE_KINDS: tuple[str, ...] = ("roller", "pen", "stamp", "rf")
MAX_DEPTH_MM: float = 3.0

SOURCE_INTERVAL = (
    "Consumer rules of thumb for microneedling intervals (they disagree; weak evidence): "
    "0.2–0.3 mm 1–2× a week, 0.5 mm every 2–4 weeks, ≥ 1.0 mm every 4–6 weeks, ≥ 1.5 mm every "
    "6–8 weeks. Trials and clinics space sessions about 4 weeks apart (e.g. PMC6122507)."
)
SOURCE_HOME_DEPTH = "Consumer home-use microneedling guides (typical depth by area; weak evidence)."
SOURCE_PRO_DEPTH = "ASJ Open Forum review of microneedling and RF microneedling depth by area."
SOURCE_VITAMIN_C = (
    "Inference from case reports: Soltani-Arabshahi et al., JAMA Dermatol 2014 (granulomas after "
    "microneedling with a topical vitamin C serum); systematic review Friedmann et al., "
    "Dermatol Surg 2024 (mostly motorised pens plus topical vitamin C)."
)
SOURCE_AFTERCARE = (
    "Clinic aftercare handouts: avoid retinoids (resume after ~7–14 days), AHA/BHA and other "
    "acids, exfoliants, benzoyl peroxide and hydroquinone for days after needling."
)

_V = TypeVar("_V")

RULE_IDS: tuple[str, ...] = ("interval", "product_phase", "depth_area", "depth_home")

# "Avoid for days after" categories -> how a message names one ingredient of that kind.
_CAUTION_CATEGORIES: dict[str, str] = {
    "retinoids": "a retinoid",
    "acids": "an exfoliating acid",
    "benzoyl_peroxide": "benzoyl peroxide",
    "hydroquinone": "hydroquinone",
}
_PHASE_WORDS = {
    "prep": "before needling",
    "during": "during needling",
    "post": "right after needling",
    "aftercare": "for aftercare",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_depth(mm: float) -> str:
    """'1.0 mm', '0.25 mm', '1.5 mm': one decimal at least, two when the depth needs them."""
    text = f"{mm:.2f}"
    if text.endswith("0"):
        text = text[:-1]
    return f"{text} mm"


def format_date(when: datetime, tz: tzinfo | None = None) -> str:
    """'3 Mar 2026' in tz (the machine's local zone when None); month names never localised."""
    local = when.astimezone(tz)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}"


def _check_depth(depth_mm: float, what: str) -> None:
    if isinstance(depth_mm, bool) or not isinstance(depth_mm, int | float):
        raise ValueError(f"{what} must be a number of millimetres, got {depth_mm!r}")
    if not math.isfinite(depth_mm) or not 0 < depth_mm <= MAX_DEPTH_MM:
        raise ValueError(f"{what} must be above 0 and at most {format_depth(MAX_DEPTH_MM)}")


@dataclass(frozen=True)
class AreaDose:
    area: str
    depth_mm: float
    passes: int | None = None

    def __post_init__(self) -> None:
        if self.area not in AREAS:
            raise ValueError(f"unknown area {self.area!r}; expected one of {', '.join(AREAS)}")
        _check_depth(self.depth_mm, f"depth for {self.area}")
        if self.passes is not None and self.passes < 1:
            raise ValueError(f"passes for {self.area} must be at least 1, got {self.passes}")


@dataclass(frozen=True)
class ProductApplied:
    name: str
    phase: str
    ingredients: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.phase not in PHASES:
            raise ValueError(f"unknown phase {self.phase!r}; expected one of {', '.join(PHASES)}")


@dataclass(frozen=True)
class TreatmentFacts:
    performed_at: datetime  # tz-aware UTC
    areas: tuple[AreaDose, ...]
    products: tuple[ProductApplied, ...] = ()
    id: int | None = None  # None for one not yet saved

    def __post_init__(self) -> None:
        if self.performed_at.utcoffset() is None:
            raise ValueError("performed_at must be timezone-aware (UTC)")

    @property
    def deepest_mm(self) -> float:
        """The deepest set depth over all areas; 0.0 when no area was recorded."""
        return max((a.depth_mm for a in self.areas), default=0.0)


@dataclass(frozen=True)
class GuidanceWarning:
    rule: str  # one of RULE_IDS
    message: str
    source: str


def normalise_text(text: str) -> str:
    """Lower case, accents dropped, every run of punctuation/space one space: 'L-AA' -> 'l aa'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


# --- Settings -------------------------------------------------------------------------------

_DEFAULT_INTERVAL_BANDS: tuple[tuple[float, int], ...] = (
    # (from depth in mm, inclusive; minimum days between sessions). DOMAIN.md puts 0.3 mm in the
    # "0.2–0.3 mm, 1–2× a week" class, so the 0.5 mm class starts just above it.
    (0.0, 3),
    (0.31, 14),
    (1.0, 28),
    (1.5, 42),
)
# None = the source gives no maximum for that area, so no area-specific warning.
_DEFAULT_HOME_MAX: dict[str, float | None] = {
    "forehead": 0.5,
    "cheeks": 1.0,
    "nose": 0.75,  # guides say 0.25–0.5, some allow up to 0.75: warn only past the outer limit
    "chin": 1.0,
    "perioral": 0.5,
    "periorbital": 0.3,
    "neck": None,
    "decolletage": None,
    "scalp": None,
    "body": None,
    "other": None,
}
_DEFAULT_PRO_MAX: dict[str, float | None] = {
    "forehead": None,  # the review gives "≥ 1.5", a floor, not a maximum
    "cheeks": 2.0,  # 1.0 in general, 1.5–2.0 for scars
    "nose": 2.0,  # sidewall
    "chin": None,
    "perioral": 0.5,
    "periorbital": None,  # "avoid the lash line": a placement rule, not a depth
    "neck": 1.5,
    "decolletage": None,
    "scalp": None,
    "body": None,
    "other": None,
}
_DEFAULT_KEYWORDS: dict[str, tuple[str, ...]] = {
    # Explicit L-ascorbic acid names; matched after derivative names are masked out.
    "l_ascorbic_acid": ("l ascorbic acid", "ascorbic acid", "l aa", "laa"),
    # "Vitamin C" alone counts as L-AA (the serums in the case reports) unless a derivative is
    # named in the same ingredient entry.
    "vitamin_c_generic": ("vitamin c", "vit c"),
    "vitamin_c_derivatives": (
        "ascorbyl",  # ascorbyl glucoside, sodium/magnesium ascorbyl phosphate, ascorbyl palmitate
        "ascorbate",  # tetrahexyldecyl ascorbate, sodium ascorbate
        "ethyl ascorbic acid",
        "ascorbic acid 2 glucoside",
        "ascorbic acid glucoside",
        "aa2g",
    ),
    "retinoids": (
        "retinol",
        "retinal",
        "retinaldehyde",
        "retinyl",
        "retinoate",
        "retinoid",
        "retinoic acid",
        "tretinoin",
        "isotretinoin",
        "adapalene",
        "tazarotene",
        "trifarotene",
        "vitamin a",
    ),
    # Named acids only: a bare "acid" would flag hyaluronic, ferulic or tranexamic acid. Azelaic
    # acid is included: DOMAIN.md lists "other acids", and it stings on a broken barrier.
    # Citric acid is left out: it is a pH adjuster in most formulas.
    "acids": (
        "aha",
        "bha",
        "pha",
        "alpha hydroxy",
        "beta hydroxy",
        "polyhydroxy acid",
        "glycolic",
        "lactic acid",
        "mandelic",
        "malic acid",
        "tartaric acid",
        "salicylic",
        "betaine salicylate",
        "azelaic",
        "trichloroacetic",
        "tca",
        "exfoliant",
        "exfoliating",
        "chemical peel",
    ),
    "benzoyl_peroxide": ("benzoyl peroxide", "bpo"),
    "hydroquinone": ("hydroquinone",),
}
_DEFAULT_WASHOUT_DAYS: dict[str, int] = {
    "retinoids": 14,  # DOMAIN.md: resume after ~7–14 days; the cautious end
    "acids": 7,
    "benzoyl_peroxide": 7,
    "hydroquinone": 7,
}


@dataclass(frozen=True)
class GuidanceSettings:
    """All thresholds, with DOMAIN.md defaults. Stored by the app as JSON (see to_json)."""

    interval_bands: tuple[tuple[float, int], ...] = _DEFAULT_INTERVAL_BANDS
    home_max_depth_by_area: Mapping[str, float | None] = field(
        default_factory=lambda: MappingProxyType(dict(_DEFAULT_HOME_MAX))
    )
    professional_max_depth_by_area: Mapping[str, float | None] = field(
        default_factory=lambda: MappingProxyType(dict(_DEFAULT_PRO_MAX))
    )
    home_max_depth_mm: float = 1.0
    vitamin_c_phases: tuple[str, ...] = ("during", "post")
    aftercare_caution_phases: tuple[str, ...] = ("during", "post", "aftercare")
    ingredient_keywords: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType(dict(_DEFAULT_KEYWORDS))
    )
    washout_days: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType(dict(_DEFAULT_WASHOUT_DAYS))
    )

    def __post_init__(self) -> None:
        _validate_bands(self.interval_bands)
        # Lists from callers become tuples, so equality and the JSON round trip stay exact.
        bands = tuple((float(f), d) for f, d in self.interval_bands)
        object.__setattr__(self, "interval_bands", bands)
        for name in ("home_max_depth_by_area", "professional_max_depth_by_area"):
            table: Mapping[str, float | None] = getattr(self, name)
            if set(table) != set(AREAS):
                raise ValueError(f"guidance settings: {name!r} must give a value for every area")
            for area, depth in table.items():
                if depth is not None:
                    _check_depth(depth, f"guidance settings: {name}[{area!r}]")
            object.__setattr__(self, name, MappingProxyType(dict(table)))
        _check_depth(self.home_max_depth_mm, "guidance settings: 'home_max_depth_mm'")
        for name in ("vitamin_c_phases", "aftercare_caution_phases"):
            bad = [p for p in getattr(self, name) if p not in PHASES]
            if bad:
                raise ValueError(
                    f"guidance settings: {name!r} has unknown phase(s) {bad}; "
                    f"expected some of {', '.join(PHASES)}"
                )
            object.__setattr__(self, name, tuple(getattr(self, name)))
        if set(self.ingredient_keywords) != set(_DEFAULT_KEYWORDS):
            raise ValueError("guidance settings: 'ingredient_keywords' must list every category")
        keywords = {}
        for category, words in self.ingredient_keywords.items():
            cleaned = tuple(normalise_text(w) for w in words)
            if any(not w for w in cleaned):
                raise ValueError(f"guidance settings: empty keyword in {category!r}")
            keywords[category] = cleaned
        object.__setattr__(self, "ingredient_keywords", MappingProxyType(keywords))
        if set(self.washout_days) != set(_DEFAULT_WASHOUT_DAYS):
            raise ValueError("guidance settings: 'washout_days' must list every category")
        for category, days in self.washout_days.items():
            _check_days(days, f"guidance settings: washout_days[{category!r}]")
        object.__setattr__(self, "washout_days", MappingProxyType(dict(self.washout_days)))

    def usual_max_depth(self, area: str, *, personal_mode: bool) -> float | None:
        table = (
            self.home_max_depth_by_area if personal_mode else self.professional_max_depth_by_area
        )
        return table.get(area)

    def to_json(self) -> dict[str, object]:
        return {
            "interval_bands": [{"from_mm": f, "min_days": d} for f, d in self.interval_bands],
            "home_max_depth_by_area": dict(self.home_max_depth_by_area),
            "professional_max_depth_by_area": dict(self.professional_max_depth_by_area),
            "home_max_depth_mm": self.home_max_depth_mm,
            "vitamin_c_phases": list(self.vitamin_c_phases),
            "aftercare_caution_phases": list(self.aftercare_caution_phases),
            "ingredient_keywords": {k: list(v) for k, v in self.ingredient_keywords.items()},
            "washout_days": dict(self.washout_days),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> GuidanceSettings:
        """Missing keys take defaults, unknown keys are ignored, bad values raise ValueError."""
        if not isinstance(data, Mapping):
            raise ValueError("guidance settings must be a JSON object")
        default = cls()
        kwargs: dict[str, object] = {}
        if "interval_bands" in data:
            kwargs["interval_bands"] = _bands_from_json(data["interval_bands"])
        for name in ("home_max_depth_by_area", "professional_max_depth_by_area"):
            if name in data:
                kwargs[name] = _merge(
                    getattr(default, name), data[name], name, _optional_depth_from_json
                )
        if "home_max_depth_mm" in data:
            kwargs["home_max_depth_mm"] = _number(data["home_max_depth_mm"], "home_max_depth_mm")
        for name in ("vitamin_c_phases", "aftercare_caution_phases"):
            if name in data:
                kwargs[name] = tuple(_string_list(data[name], name))
        if "ingredient_keywords" in data:
            kwargs["ingredient_keywords"] = _merge(
                default.ingredient_keywords,
                data["ingredient_keywords"],
                "ingredient_keywords",
                lambda v, what: tuple(_string_list(v, what)),
            )
        if "washout_days" in data:
            kwargs["washout_days"] = _merge(
                default.washout_days, data["washout_days"], "washout_days", _days_from_json
            )
        return cls(**kwargs)  # type: ignore[arg-type]  # each value was checked above


def _check_days(days: object, what: str) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3650:
        raise ValueError(f"{what} must be a whole number of days from 0 to 3650, got {days!r}")


def _validate_bands(bands: Sequence[tuple[float, int]]) -> None:
    what = "guidance settings: 'interval_bands'"
    if not bands or bands[0][0] != 0:
        raise ValueError(f"{what} must start with a band from 0 mm")
    previous = -1.0
    for from_mm, days in bands:
        if from_mm != 0:
            _check_depth(from_mm, f"{what} depth")
        if from_mm <= previous:
            raise ValueError(f"{what} depths must increase, got {format_depth(from_mm)} again")
        previous = from_mm
        _check_days(days, f"{what} minimum days")


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"guidance settings: {what!r} must be a number, got {value!r}")
    return float(value)


def _optional_depth_from_json(value: object, what: str) -> float | None:
    return None if value is None else _number(value, what)


def _days_from_json(value: object, what: str) -> int:
    _check_days(value, f"guidance settings: {what!r}")
    assert isinstance(value, int)
    return value


def _string_list(value: object, what: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValueError(f"guidance settings: {what!r} must be a list of text, got {value!r}")
    if not all(isinstance(v, str) for v in value):
        raise ValueError(f"guidance settings: {what!r} must contain only text, got {value!r}")
    return list(value)


def _merge(
    defaults: Mapping[str, _V], value: object, name: str, convert: Callable[[object, str], _V]
) -> dict[str, _V]:
    """Overlay a JSON object on the defaults; keys the app does not know are ignored."""
    if not isinstance(value, Mapping):
        raise ValueError(f"guidance settings: {name!r} must be an object, got {value!r}")
    merged = dict(defaults)
    for key, item in value.items():
        if key in merged:
            merged[key] = convert(item, f"{name}[{key!r}]")
    return merged


def _bands_from_json(value: object) -> tuple[tuple[float, int], ...]:
    what = "interval_bands"
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValueError(f"guidance settings: {what!r} must be a list, got {value!r}")
    bands = []
    for item in value:
        if not isinstance(item, Mapping) or "from_mm" not in item or "min_days" not in item:
            raise ValueError(
                f"guidance settings: each of {what!r} needs 'from_mm' and 'min_days', got {item!r}"
            )
        days = item["min_days"]
        _check_days(days, f"guidance settings: {what!r} min_days")
        assert isinstance(days, int)
        bands.append((_number(item["from_mm"], f"{what} from_mm"), days))
    return tuple(bands)


# --- Rules ----------------------------------------------------------------------------------

SOURCE_HOME_LIMIT = "Consumer home-use microneedling guides: do not exceed 1.0 mm at home."
_CATEGORY_PLURALS = {
    "retinoids": "retinoids",
    "acids": "exfoliating acids",
    "benzoyl_peroxide": "benzoyl peroxide",
    "hydroquinone": "hydroquinone",
}
_ENTRY_SEPARATORS = re.compile(r"[,;|\n•]+")


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
                f"{AREA_LABELS[dose.area]}: {format_depth(dose.depth_mm)} is deeper than the "
                f"usual maximum of {format_depth(limit)} for this area {where}."
            )
            warnings.append(GuidanceWarning("depth_area", message, source))
    if personal_mode:
        too_deep = [d for d in t.areas if _deeper(d.depth_mm, settings.home_max_depth_mm)]
        if too_deep:
            deepest = max(d.depth_mm for d in too_deep)
            labels = ", ".join(dict.fromkeys(AREA_LABELS[d.area].lower() for d in too_deep))
            message = (
                f"{format_depth(deepest)} ({labels}) is deeper than home-use guides advise: "
                f"they say not to exceed {format_depth(settings.home_max_depth_mm)}."
            )
            warnings.append(GuidanceWarning("depth_home", message, SOURCE_HOME_LIMIT))
    return warnings


def _contains(text: str, phrase: str) -> bool:
    """Whole-word phrase match on normalised text ('aha' never matches inside 'mahala')."""
    return f" {phrase} " in f" {text} "


def _is_l_ascorbic_acid(entry: str, keywords: Mapping[str, tuple[str, ...]]) -> bool:
    masked = entry
    for derivative in keywords["vitamin_c_derivatives"]:
        masked = re.sub(rf"(?<!\S){re.escape(derivative)}(?!\S)", " | ", masked)
    if any(_contains(masked, k) for k in keywords["l_ascorbic_acid"]):
        return True
    if masked != entry:  # a derivative is named, so a bare "vitamin C" here means that one
        return False
    return any(_contains(entry, k) for k in keywords["vitamin_c_generic"])


def ingredient_cautions(
    ingredients: Sequence[str],
    phase: str,
    settings: GuidanceSettings,
    *,
    product: str | None = None,
) -> list[GuidanceWarning]:
    """Cautions for one product's ingredients used in this phase (rule "product_phase").

    Each ingredient string may hold a whole INCI list; it is split at commas and semicolons.
    """
    if phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r}; expected one of {', '.join(PHASES)}")
    entries = [
        (raw.strip(), normalise_text(raw))
        for text in ingredients
        for raw in _ENTRY_SEPARATORS.split(text)
        if normalise_text(raw)
    ]
    keywords = settings.ingredient_keywords
    subject = f"“{product}”" if product else "This product"
    used = f"was used {_PHASE_WORDS[phase]}"
    warnings = []
    if phase in settings.vitamin_c_phases:
        hits = [raw for raw, entry in entries if _is_l_ascorbic_acid(entry, keywords)]
        if hits:
            message = (
                f"{subject} contains L-ascorbic acid (“{hits[0]}”) and {used}. Granulomas have "
                "been reported after needling with topical vitamin C serums; this caution is an "
                "inference from those case reports, not an established rule."
            )
            warnings.append(GuidanceWarning("product_phase", message, SOURCE_VITAMIN_C))
    if phase in settings.aftercare_caution_phases:
        for category, label in _CAUTION_CATEGORIES.items():
            hits = [
                raw
                for raw, entry in entries
                if any(_contains(entry, k) for k in keywords[category])
            ]
            if hits:
                days = settings.washout_days[category]
                message = (
                    f"{subject} contains {label} (“{hits[0]}”) and {used}. Clinic aftercare "
                    f"handouts advise avoiding {_CATEGORY_PLURALS[category]} for about {days} "
                    "days after needling."
                )
                warnings.append(GuidanceWarning("product_phase", message, SOURCE_AFTERCARE))
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
