"""The named rating scales a session or skin check can carry (DOMAIN.md "Scales").

Every stored rating keeps the scale's name and version and who rated it, so a chart never
mixes a Glogau type with a GAIS grade, nor one esthetician's eye with another's. A scale's
``version`` changes when the meaning of its numbers does; ratings keep the version they were
entered under.

``texture`` and ``tone`` are the journal's own 0–10 scores (the two score fields that sessions
and skin checks always had); ``visia-redness`` is the skin check's redness field. Those three
are mirrored into the old columns so readers of the old fields keep working.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from needlejournal.phrases import Words, said

ROMAN = ("I", "II", "III", "IV", "V", "VI")
_WHOLE = re.compile(r"-?[0-9]{1,6}")
SEVERITY_0_4 = ("none", "minimal", "mild", "moderate", "severe")


@dataclass(frozen=True)
class Scale:
    name: str  # stored, and typed on the command line
    title: str
    low: int
    high: int
    meaning: str  # one or two sentences shown where the value is entered
    labels: dict[int, str] = field(default_factory=dict)  # words for some or all values
    version: int = 1
    per_area: bool = False  # may be given per face area ("cheeks")
    against_baseline: bool = False  # rated against the client's first photo (GAIS)
    roman: bool = False  # shown and typed as I, II, …
    higher_is_better: bool = False

    def label(self, value: int) -> str:
        """'IV', '3 · moderate', '7 / 10' — a value as the scale names it."""
        text = self.number(value)
        words = self.labels.get(value)
        return f"{text} · {words}" if words else text

    def number(self, value: int) -> str:
        """'IV', '3', '7 / 10' — the value without its words (the same in every language)."""
        if self.roman and 1 <= value <= len(ROMAN):
            return ROMAN[value - 1]
        if self.high == 10 and self.low == 0:
            return f"{value} / 10"
        return str(value)

    def parse(self, text: str) -> int | None:
        """The value typed for this scale (a number, or a Roman numeral on I–VI scales)."""
        t = text.strip()
        if self.roman and t.upper() in ROMAN:
            return ROMAN.index(t.upper()) + 1
        return int(t) if _WHOLE.fullmatch(t) else None

    def problem(self, value: int) -> str | None:
        if self.low <= value <= self.high:
            return None
        if self.roman:
            low, high = ROMAN[self.low - 1], ROMAN[self.high - 1]
        else:
            low, high = str(self.low), str(self.high)
        message = f"{self.title} runs from {low} to {high}; {value} is outside it."
        scale = Words("Scale", (self.name,))
        return said(message, "scale_range", scale=scale, low=low, high=high, value=value)


_VISIA = {
    "spots": "Spots",
    "wrinkles": "Wrinkles",
    "texture": "Texture",
    "pores": "Pores",
    "redness": "Redness",
    "brown-areas": "Brown areas",
}

SCALES: tuple[Scale, ...] = (
    Scale(
        "texture",
        "Texture score",
        0,
        10,
        "How smooth the skin looks and feels, 0 (very rough, many scars or bumps) to 10 "
        "(smooth, even); the journal's own score.",
        higher_is_better=True,
    ),
    Scale(
        "tone",
        "Tone score",
        0,
        10,
        "How even the colour is, 0 (very uneven: marks, redness, patches) to 10 (even); the "
        "journal's own score.",
        higher_is_better=True,
    ),
    Scale(
        "fitzpatrick",
        "Fitzpatrick skin type",
        1,
        6,
        "Skin phototype, a baseline: I always burns, never tans … VI never burns, deeply "
        "pigmented. Types IV–VI carry more risk of marks after needling.",
        labels={
            1: "always burns",
            2: "usually burns",
            3: "sometimes burns",
            4: "rarely burns",
            5: "very rarely burns",
            6: "never burns",
        },
        roman=True,
    ),
    Scale(
        "goodman-baron",
        "Goodman & Baron scar grade",
        1,
        4,
        "Qualitative acne-scar grade: 1 macular (flat, coloured), 2 mild (hidden by make-up), "
        "3 moderate (seen at conversation distance), 4 severe (not flattened by stretching).",
        labels={1: "macular", 2: "mild", 3: "moderate", 4: "severe"},
    ),
    Scale(
        "goodman-baron-score",
        "Goodman & Baron scar score",
        0,
        84,
        "Quantitative acne-scar score: scars counted by type and number, 0 (none) to 84.",
    ),
    Scale(
        "glogau",
        "Glogau photoageing type",
        1,
        4,
        "I no wrinkles, II wrinkles in motion, III wrinkles at rest, IV only wrinkles.",
        labels={1: "no wrinkles", 2: "in motion", 3: "at rest", 4: "only wrinkles"},
        roman=True,
    ),
    Scale(
        "gais",
        "GAIS (against the baseline photo)",
        1,
        5,
        "Global Aesthetic Improvement Scale, judged against the client's first photo: "
        "1 very much improved, 2 much improved, 3 improved, 4 no change, 5 worse.",
        labels={
            1: "very much improved",
            2: "much improved",
            3: "improved",
            4: "no change",
            5: "worse",
        },
        against_baseline=True,
    ),
    *(
        Scale(
            f"visia-{key}",
            f"{title} (VISIA)",
            0,
            4,
            f"{title} in the VISIA vocabulary, for one face area or the whole face: "
            "0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.",
            labels=dict(enumerate(SEVERITY_0_4)),
            per_area=True,
        )
        for key, title in _VISIA.items()
    ),
)

BY_NAME: dict[str, Scale] = {s.name: s for s in SCALES}
# The scales mirrored in the old score columns: name → column, per kind of record.
SESSION_COLUMNS: dict[str, str] = {"texture": "texture_score", "tone": "tone_score"}
CHECK_COLUMNS: dict[str, str] = {**SESSION_COLUMNS, "visia-redness": "redness"}


def find_scale(name: str) -> Scale | None:
    return BY_NAME.get(name.strip().lower())


def unknown_scale(name: str) -> str:
    message = f"There is no scale called “{name}”; the scales are: {', '.join(BY_NAME)}."
    return said(message, "unknown_scale", name=name, choices=", ".join(BY_NAME))
