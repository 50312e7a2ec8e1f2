"""The named scales' titles and meanings in the window's language (issue 12's scales).

``guidance.scales`` owns them in English (the CLI prints those); ``ui.scales_section``
shows them through ``translate("Scales", …)``. lupdate cannot read them out of another layer,
so each is listed here; tests/i18n/test_terms.py fails when a scale's title or meaning is
missing. The value words ("III · at rest") are listed in ``VALUE_WORDS`` and said by
``scale_value``: the dialogs' value lists, the details and the Progress chart's tooltips all
word a value through it (tests/i18n/test_terms.py fails when a scale's value word is missing).
"""

# ruff: noqa: E501 — each entry is one sentence, kept whole so it matches its source exactly
from __future__ import annotations

from typing import TYPE_CHECKING

from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from needlejournal.guidance.scales import Scale

SCALE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Scales", "Texture score"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "How smooth the skin looks and feels, 0 (very rough, many scars or bumps) to 10 (smooth, even); the journal's own score.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Tone score"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "How even the colour is, 0 (very uneven: marks, redness, patches) to 10 (even); the journal's own score.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Fitzpatrick skin type"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Skin phototype, a baseline: I always burns, never tans … VI never burns, deeply pigmented. Types IV–VI carry more risk of marks after needling.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Goodman & Baron scar grade"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Qualitative acne-scar grade: 1 macular (flat, coloured), 2 mild (hidden by make-up), 3 moderate (seen at conversation distance), 4 severe (not flattened by stretching).",
    ),
    QT_TRANSLATE_NOOP("Scales", "Goodman & Baron scar score"),
    QT_TRANSLATE_NOOP(
        "Scales", "Quantitative acne-scar score: scars counted by type and number, 0 (none) to 84."
    ),
    QT_TRANSLATE_NOOP("Scales", "Glogau photoageing type"),
    QT_TRANSLATE_NOOP(
        "Scales", "I no wrinkles, II wrinkles in motion, III wrinkles at rest, IV only wrinkles."
    ),
    QT_TRANSLATE_NOOP("Scales", "GAIS (against the baseline photo)"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Global Aesthetic Improvement Scale, judged against the client's first photo: 1 very much improved, 2 much improved, 3 improved, 4 no change, 5 worse.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Spots (VISIA)"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Spots in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Wrinkles (VISIA)"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Wrinkles in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Texture (VISIA)"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Texture in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Pores (VISIA)"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Pores in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Redness (VISIA)"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Redness in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.",
    ),
    QT_TRANSLATE_NOOP("Scales", "Brown areas (VISIA)"),
    QT_TRANSLATE_NOOP(
        "Scales",
        "Brown areas in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.",
    ),
)

# The words some scales give their values (guidance.scales, ``Scale.labels``).
VALUE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ScaleValues", "always burns"),
    QT_TRANSLATE_NOOP("ScaleValues", "usually burns"),
    QT_TRANSLATE_NOOP("ScaleValues", "sometimes burns"),
    QT_TRANSLATE_NOOP("ScaleValues", "rarely burns"),
    QT_TRANSLATE_NOOP("ScaleValues", "very rarely burns"),
    QT_TRANSLATE_NOOP("ScaleValues", "never burns"),
    QT_TRANSLATE_NOOP("ScaleValues", "macular"),
    QT_TRANSLATE_NOOP("ScaleValues", "mild"),
    QT_TRANSLATE_NOOP("ScaleValues", "moderate"),
    QT_TRANSLATE_NOOP("ScaleValues", "severe"),
    QT_TRANSLATE_NOOP("ScaleValues", "no wrinkles"),
    QT_TRANSLATE_NOOP("ScaleValues", "in motion"),
    QT_TRANSLATE_NOOP("ScaleValues", "at rest"),
    QT_TRANSLATE_NOOP("ScaleValues", "only wrinkles"),
    QT_TRANSLATE_NOOP("ScaleValues", "very much improved"),
    QT_TRANSLATE_NOOP("ScaleValues", "much improved"),
    QT_TRANSLATE_NOOP("ScaleValues", "improved"),
    QT_TRANSLATE_NOOP("ScaleValues", "no change"),
    QT_TRANSLATE_NOOP("ScaleValues", "worse"),
    QT_TRANSLATE_NOOP("ScaleValues", "none"),
    QT_TRANSLATE_NOOP("ScaleValues", "minimal"),
)


def scale_value(scale: Scale, value: int) -> str:
    """'III · in Ruhe' — a value as the scale names it, in the window's language."""
    number = scale.number(value)
    words = scale.labels.get(value)
    return f"{number} · {translate('ScaleValues', words)}" if words else number
