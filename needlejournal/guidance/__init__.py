"""Guidance v1: pure domain rules that flag known risks in a logged treatment.

Every number here is a user-editable default taken from the domain notes (DOMAIN.md), and
every warning names where its rule comes from. Warnings inform; they never block saving.
Stdlib only: no Qt, no SQLAlchemy, so the CLI, the UI and the tests share one implementation.

The package re-exports every public name, so callers import from ``needlejournal.guidance``:
``vocabulary`` (areas, phases, endpoints, device kinds, photo roles/views/skin states as
``StrEnum``s with their labels; depth formatting), ``facts`` (what the rules read and return),
``defaults`` and ``settings`` (thresholds and their JSON), ``sources`` (where rules come from),
``ingredients`` (product cautions) and ``rules`` (intervals, depths, whole histories).
"""

from __future__ import annotations

from .facts import (
    PHRASE_IDS,
    RULE_IDS,
    AreaDose,
    GuidanceWarning,
    ProductApplied,
    TreatmentFacts,
    facts_from_draft,
    facts_from_record,
)
from .ingredients import ingredient_cautions
from .names import TreatedArea, read_indication, read_treated_area
from .rules import check_history, check_treatment, interval_days_for_depth
from .screening import (
    SOURCE_SCREENING,
    SOURCE_SCREENING_REVIEW,
    TIMED_ITEMS,
    WINDOW_WORDS,
    ScreeningFact,
    answers_on,
    read_screening_item,
    screening_warnings,
)
from .settings import GuidanceSettings
from .sources import (
    SOURCE_AFTERCARE,
    SOURCE_HOME_DEPTH,
    SOURCE_HOME_LIMIT,
    SOURCE_INTERVAL,
    SOURCE_PRO_DEPTH,
    SOURCE_PRO_PERIORBITAL,
    SOURCE_VITAMIN_C,
)
from .vocabulary import (
    BODY_AREAS,
    MAX_DEPTH_MM,
    REDNESS_WORDS,
    AgeBand,
    Area,
    ConsentKind,
    DeviceKind,
    Endpoint,
    Indication,
    Phase,
    PhotoRole,
    PhotoView,
    RegionShape,
    ScreeningAnswer,
    ScreeningItem,
    SkinState,
    Term,
    format_depth,
    normalise_text,
)

__all__ = [
    "BODY_AREAS",
    "MAX_DEPTH_MM",
    "PHRASE_IDS",
    "REDNESS_WORDS",
    "RULE_IDS",
    "SOURCE_AFTERCARE",
    "SOURCE_HOME_DEPTH",
    "SOURCE_HOME_LIMIT",
    "SOURCE_INTERVAL",
    "SOURCE_PRO_DEPTH",
    "SOURCE_PRO_PERIORBITAL",
    "SOURCE_SCREENING",
    "SOURCE_SCREENING_REVIEW",
    "SOURCE_VITAMIN_C",
    "TIMED_ITEMS",
    "WINDOW_WORDS",
    "AgeBand",
    "Area",
    "AreaDose",
    "ConsentKind",
    "DeviceKind",
    "Endpoint",
    "GuidanceSettings",
    "GuidanceWarning",
    "Indication",
    "Phase",
    "PhotoRole",
    "PhotoView",
    "ProductApplied",
    "RegionShape",
    "ScreeningAnswer",
    "ScreeningFact",
    "ScreeningItem",
    "SkinState",
    "Term",
    "TreatedArea",
    "TreatmentFacts",
    "answers_on",
    "check_history",
    "check_treatment",
    "facts_from_draft",
    "facts_from_record",
    "format_depth",
    "ingredient_cautions",
    "interval_days_for_depth",
    "normalise_text",
    "read_indication",
    "read_screening_item",
    "read_treated_area",
    "screening_warnings",
]
