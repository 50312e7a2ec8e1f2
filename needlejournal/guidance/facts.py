"""What the rules read (a treatment as plain facts) and what they give back (warnings).

``facts_from_record`` and ``facts_from_draft`` build those facts from a stored session or from
one being typed. They read records and drafts by shape (the protocols below), so guidance stays
below the journal layer and both front ends share one conversion.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from needlejournal.phrases import Params

from .vocabulary import Area, Indication, Phase

RULE_IDS: tuple[str, ...] = (
    "interval",
    "product_phase",
    "depth_area",
    "depth_home",
    "consent",  # guidance.consent: record keeping, attached by the journal
    "expired_product",
    "screening",
    "screening_review",
    "screening_unknown",
)

# Every wording a warning can have: the stable ids a front end translates (with ``params``).
PHRASE_IDS: tuple[str, ...] = (
    "interval",  # relation, days, depth (of the other session, or None), on, site, at, needed
    "depth_area",  # area, indication, depth, limit, own_figure, personal
    "depth_home",  # depth, areas, limit
    "product_vitamin_c",  # product, hit, found_in, phase, day_offset
    "product_aftercare",  # product, hit, found_in, phase, day_offset, category, days
    "consent_missing",
    "consent_later",
    "consent_expired",
    "expired_product",  # product, lot, expired_on, day
    "screening_yes",  # item, reviewed_on, reviewer
    "screening_undated",  # item, reviewed_on, reviewer
    "screening_recent",  # item, item_date, since, set_days
    "screening_review",  # reviewed_on, age, every
    "screening_unknown",  # items
)


@dataclass(frozen=True)
class AreaDose:
    area: str
    depth_mm: float
    passes: int | None = None
    indication: str = Indication.GENERAL.value

    def __post_init__(self) -> None:
        if not Area.has(self.area):
            raise ValueError(f"unknown area {self.area!r}; expected one of {Area.listed()}")
        if not Indication.has(self.indication):
            raise ValueError(
                f"unknown indication {self.indication!r}; expected one of {Indication.listed()}"
            )
        # Only nonsense is refused here: a depth over MAX_DEPTH_MM is an input error the
        # validation rules refuse, but guidance still reads it so a dialog can warn about it live.
        depth = self.depth_mm
        if isinstance(depth, bool) or not isinstance(depth, int | float):
            raise ValueError(f"depth for {self.area} must be a number of millimetres")
        if not math.isfinite(depth) or depth <= 0:
            raise ValueError(f"depth for {self.area} must be above 0 mm, got {depth!r}")
        if self.passes is not None and self.passes < 1:
            raise ValueError(f"passes for {self.area} must be at least 1, got {self.passes}")


@dataclass(frozen=True)
class ProductApplied:
    name: str
    phase: str
    ingredients: tuple[str, ...] = ()
    # Aftercare only: the day after the session the product was first used (0 = that day);
    # None when not recorded, and read as "from the start".
    day_offset: int | None = None

    def __post_init__(self) -> None:
        if not Phase.has(self.phase):
            raise ValueError(f"unknown phase {self.phase!r}; expected one of {Phase.listed()}")
        if self.day_offset is not None and self.day_offset < 0:
            raise ValueError(f"day offset must be 0 or more, got {self.day_offset}")


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
    message: str  # the English sentence the command line and the report print
    source: str
    phrase: str  # one of PHRASE_IDS: which sentence ``message`` is, for a translated window
    params: Params = ()  # what the sentence says, as data (see needlejournal.phrases)


# ---- building facts from records and drafts (read by shape) -------------------------------


class DoseLike(Protocol):
    @property
    def area(self) -> str: ...
    @property
    def depth_mm(self) -> float: ...
    @property
    def passes(self) -> int | None: ...
    @property
    def indication(self) -> str: ...


class ProductUseLike(Protocol):
    @property
    def product_id(self) -> int: ...
    @property
    def phase(self) -> str: ...
    @property
    def day_offset(self) -> int | None: ...


class RecordedProductLike(ProductUseLike, Protocol):
    @property
    def product_name(self) -> str: ...


class TreatmentRecordLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def performed_at(self) -> datetime: ...
    @property
    def areas(self) -> Sequence[DoseLike]: ...
    @property
    def products(self) -> Sequence[RecordedProductLike]: ...


class TreatmentDraftLike(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def performed_at(self) -> datetime: ...
    @property
    def areas(self) -> Sequence[DoseLike]: ...
    @property
    def products(self) -> Sequence[ProductUseLike]: ...


Ingredients = Mapping[int, tuple[str, ...]]


# A history repeats the same few doses and products: the frozen facts are shared, not rebuilt
# (and re-validated) for every session of every timeline. ``typed``: 1 and 1.0 stay apart.
_dose = functools.lru_cache(maxsize=4096, typed=True)(AreaDose)
_applied = functools.lru_cache(maxsize=4096, typed=True)(ProductApplied)


def facts_from_record(t: TreatmentRecordLike, ingredients: Ingredients) -> TreatmentFacts:
    """What guidance needs to know about a stored session (ingredients by product id)."""
    return TreatmentFacts(
        performed_at=t.performed_at,
        areas=tuple(_dose(a.area, a.depth_mm, a.passes, a.indication) for a in t.areas),
        products=tuple(
            _applied(u.product_name, u.phase, ingredients.get(u.product_id, ()), u.day_offset)
            for u in t.products
        ),
        id=t.id,
    )


def facts_from_draft(
    d: TreatmentDraftLike, names: Mapping[int, str], ingredients: Ingredients
) -> TreatmentFacts:
    """What guidance can read of a session being typed: what is checkable, as typed.

    Areas and products the rules cannot read (an unknown area, no depth yet, an unknown phase,
    a passes count below 1) are left out; the validation rules name those next to the field. A
    depth over MAX_DEPTH_MM is kept, so guidance warns about it while it is typed.
    """
    areas = tuple(
        AreaDose(a.area, a.depth_mm, a.passes, a.indication)
        for a in d.areas
        if Area.has(a.area)
        and Indication.has(a.indication)
        and math.isfinite(a.depth_mm)
        and a.depth_mm > 0
        and (a.passes is None or a.passes >= 1)
    )
    products = tuple(
        ProductApplied(
            names.get(u.product_id, ""),
            u.phase,
            ingredients.get(u.product_id, ()),
            u.day_offset if u.day_offset is None or u.day_offset >= 0 else None,
        )
        for u in d.products
        if Phase.has(u.phase)
    )
    return TreatmentFacts(performed_at=d.performed_at, areas=areas, products=products, id=d.id)
