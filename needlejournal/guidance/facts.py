"""What the rules read (a treatment as plain facts) and what they give back (warnings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .vocabulary import Area, Phase, check_depth

RULE_IDS: tuple[str, ...] = ("interval", "product_phase", "depth_area", "depth_home")


@dataclass(frozen=True)
class AreaDose:
    area: str
    depth_mm: float
    passes: int | None = None

    def __post_init__(self) -> None:
        if not Area.has(self.area):
            raise ValueError(f"unknown area {self.area!r}; expected one of {Area.listed()}")
        check_depth(self.depth_mm, f"depth for {self.area}")
        if self.passes is not None and self.passes < 1:
            raise ValueError(f"passes for {self.area} must be at least 1, got {self.passes}")


@dataclass(frozen=True)
class ProductApplied:
    name: str
    phase: str
    ingredients: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not Phase.has(self.phase):
            raise ValueError(f"unknown phase {self.phase!r}; expected one of {Phase.listed()}")


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
