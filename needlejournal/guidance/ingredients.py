"""Product cautions: match a product's ingredients against the keyword lists, by phase."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .facts import GuidanceWarning
from .settings import GuidanceSettings
from .sources import SOURCE_AFTERCARE, SOURCE_VITAMIN_C
from .vocabulary import Phase, normalise_text

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
_CATEGORY_PLURALS = {
    "retinoids": "retinoids",
    "acids": "exfoliating acids",
    "benzoyl_peroxide": "benzoyl peroxide",
    "hydroquinone": "hydroquinone",
}
_ENTRY_SEPARATORS = re.compile(r"[,;|\n•]+")


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
    if not Phase.has(phase):
        raise ValueError(f"unknown phase {phase!r}; expected one of {Phase.listed()}")
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
