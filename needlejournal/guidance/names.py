"""The names people give treated areas and indications, mapped to the stored words.

"upper lip" is the perioral area, "eyelid" the periorbital one, "stretch marks" an indication
on the body. Both front ends read a typed area through ``read_treated_area``: one list of
synonyms (English, German, Spanish, French), longest phrase first, whole words only, and a
"did you mean" for a near miss.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from .vocabulary import Area, Indication, normalise_text

_AREA_NAMES: dict[str, tuple[str, ...]] = {
    "forehead": ("forehead", "brow", "brows", "glabella", "temple", "temples", "stirn", "frente"),
    "cheeks": ("cheek", "cheeks", "malar", "wange", "wangen", "mejilla", "mejillas", "joue"),
    "nose": ("nose", "nasal", "nose sidewall", "nase", "nariz", "nez"),
    "chin": ("chin", "jaw", "jawline", "jaw line", "kinn", "barbilla", "menton", "mandibula"),
    "perioral": (
        "perioral",
        "upper lip",
        "lip",
        "lips",
        "mouth",
        "around the mouth",
        "smoker s lines",
        "smokers lines",
        "lip lines",
        "oberlippe",
        "labio superior",
        "levre superieure",
    ),
    "periorbital": (
        "periorbital",
        "under eye",
        "under eyes",
        "undereye",
        "under the eyes",
        "under-eye",
        "eye",
        "eyes",
        "eye area",
        "eyelid",
        "eyelids",
        "eye lid",
        "lids",
        "crow s feet",
        "crows feet",
        "tear trough",
        "tear troughs",
        "infraorbital",
        "augen",
        "augenpartie",
        "augenlid",
        "augenlider",
        "contorno de ojos",
        "ojos",
        "parpado",
        "paupiere",
        "paupieres",
        "contour des yeux",
    ),
    "neck": ("neck", "hals", "cuello", "cou"),
    "decolletage": ("decolletage", "decollete", "dekollete", "chest", "escote", "cleavage"),
    "scalp": ("scalp", "hairline", "head", "kopfhaut", "cuero cabelludo", "cuir chevelu"),
    "abdomen": ("abdomen", "abdominal", "stomach", "belly", "tummy", "bauch", "vientre", "ventre"),
    "thighs": ("thigh", "thighs", "leg", "legs", "inner thighs", "oberschenkel", "muslos"),
    "arms": ("arm", "arms", "upper arm", "upper arms", "forearm", "forearms", "oberarme", "brazos"),
    "buttocks": (
        "buttock",
        "buttocks",
        "bum",
        "butt",
        "glutes",
        "gluteal",
        "gesass",
        "gluteos",
        "fesses",
    ),
    "back": ("back", "upper back", "lower back", "shoulders", "rucken", "espalda", "dos"),
    "hands": ("hand", "hands", "back of hands", "back of the hands", "handrucken", "manos"),
    "body": ("body", "hips", "flanks", "knees", "breasts", "korper", "cuerpo", "corps"),
    "other": ("other",),
}
_INDICATION_NAMES: dict[str, tuple[str, ...]] = {
    "general": ("general", "unspecified", "not specified", "none"),
    "rejuvenation": (
        "rejuvenation",
        "anti aging",
        "anti ageing",
        "antiaging",
        "fine lines",
        "lines",
        "wrinkles",
        "texture",
        "pores",
        "enlarged pores",
        "photoaging",
        "skin quality",
        "collagen induction",
        "verjungung",
        "falten",
        "arrugas",
        "rides",
    ),
    "acne_scars": (
        "acne scars",
        "acne scar",
        "acne scarring",
        "acne_scars",
        "ice pick scars",
        "boxcar scars",
        "rolling scars",
        "aknenarben",
        "cicatrices de acne",
        "cicatrices d acne",
    ),
    "scars": (
        "scars",
        "scar",
        "surgical scars",
        "surgical scar",
        "traumatic scars",
        "burn scars",
        "narben",
        "narbe",
        "cicatrices",
        "cicatriz",
    ),
    "stretch_marks": (
        "stretch marks",
        "stretch mark",
        "stretchmarks",
        "stretch_marks",
        "striae",
        "striae distensae",
        "dehnungsstreifen",
        "schwangerschaftsstreifen",
        "estrias",
        "vergetures",
    ),
    "pigmentation": (
        "pigmentation",
        "hyperpigmentation",
        "melasma",
        "dark spots",
        "sun spots",
        "age spots",
        "pih",
        "discoloration",
        "discolouration",
        "pigmentflecken",
        "manchas",
        "taches",
    ),
    "hair_loss": (
        "hair loss",
        "hair_loss",
        "alopecia",
        "androgenetic alopecia",
        "thinning hair",
        "hair thinning",
        "hair growth",
        "haarausfall",
        "caida del cabello",
        "perte de cheveux",
    ),
}
# An indication named without an area, where only one area makes sense for it.
_AREA_OF_INDICATION: dict[str, str] = {"stretch_marks": "body", "hair_loss": "scalp"}
# Words that join an area and an indication: "acne scars on the cheeks", "cheeks for melasma".
_GLUE = frozenset({"on", "the", "of", "for", "at", "and", "both", "left", "right", "area", "with"})


_Table = list[tuple[tuple[str, ...], str]]


def _table(names: dict[str, tuple[str, ...]], enum: type[Area] | type[Indication]) -> _Table:
    """(phrase as words, stored word), longest phrase first; labels and values are names too."""
    rows: dict[str, str] = {}
    for term in enum:
        rows[normalise_text(term.value)] = term.value
        rows[normalise_text(term.label)] = term.value
    for value, phrases in names.items():
        for phrase in phrases:
            rows[normalise_text(phrase)] = value
    table = [(tuple(k.split()), v) for k, v in rows.items() if k]
    return sorted(table, key=lambda row: -len(row[0]))


_AREAS = _table(_AREA_NAMES, Area)
_INDICATIONS = _table(_INDICATION_NAMES, Indication)


@dataclass(frozen=True)
class TreatedArea:
    area: str  # an Area
    indication: str | None  # an Indication, or None when the text named none


def _take(words: list[str], table: _Table) -> str | None:
    """Find the longest known phrase in ``words`` (whole words), remove it, return its value."""
    for phrase, value in table:
        n = len(phrase)
        for start in range(len(words) - n + 1):
            if tuple(words[start : start + n]) == phrase:
                del words[start : start + n]
                return value
    return None


def _suggestion(text: str) -> str:
    known = [" ".join(p) for p, _ in _AREAS + _INDICATIONS]
    close = difflib.get_close_matches(normalise_text(text), known, n=1, cutoff=0.75)
    return f" Did you mean “{close[0]}”?" if close else ""


def read_treated_area(text: str) -> TreatedArea:
    """'upper lip' → perioral; 'acne scars on cheeks' → cheeks + acne scars; 'stretch marks' →
    body + stretch marks. Raises ValueError with one sentence when the text names no area."""
    words = normalise_text(text.replace("/", " ").replace("+", " ")).split()
    if not words:
        raise ValueError("An area needs a name, e.g. cheeks.")
    area = _take(words, _AREAS)
    indication = _take(words, _INDICATIONS)
    if area is None and indication is None:
        raise ValueError(
            f"unknown area “{text.strip()}”; use one of: {Area.listed()} (an indication may "
            f"follow: {Indication.listed()}).{_suggestion(text)}"
        )
    leftover = [w for w in words if w not in _GLUE]
    if leftover:
        raise ValueError(
            f"“{text.strip()}”: “{' '.join(leftover)}” is not an area or indication I know."
            f"{_suggestion(' '.join(leftover))}"
        )
    if area is None:
        assert indication is not None
        area = _AREA_OF_INDICATION.get(indication)
        if area is None:
            raise ValueError(
                f"“{text.strip()}” names an indication but no area; say where too, "
                f"e.g. “cheeks/{text.strip()}”."
            )
    return TreatedArea(area, indication)


def read_indication(text: str) -> str:
    """'stretch marks' → stretch_marks; raises ValueError with one sentence when unknown."""
    words = normalise_text(text).split()
    found = _take(words, _INDICATIONS)
    if found is None or [w for w in words if w not in _GLUE]:
        raise ValueError(
            f"Unknown indication “{text.strip()}”.{_suggestion(text)} "
            f"Use one of: {Indication.listed()}."
        )
    return found
