"""The words guidance speaks in: treated areas, product phases, endpoints, device kinds, photo
roles, views and skin states — each a ``StrEnum`` whose value is what the journal stores and
whose ``label`` is what a person reads — and how depths and free text are written and compared.

These enums are the one list: the database CHECK constraints (``db/models.py``), the
validation, the CLI choices and the window's combos are built from them, and a test ties the
migrated schema to them (``tests/journal/test_vocabulary_schema.py``). Stored values never
change; a new word needs an Alembic migration that widens its CHECK.
"""

from __future__ import annotations

import math
import re
import unicodedata
from enum import StrEnum
from typing import Self


class Term(StrEnum):
    """A closed set of stored words, each with the label users see (no members itself)."""

    label: str

    def __new__(cls, value: str, label: str | None = None) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = value if label is None else label
        return member

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """The stored words, in the order menus show them."""
        return tuple(term.value for term in cls)

    @classmethod
    def listed(cls) -> str:
        """'prep, during, post, aftercare': the stored words for an error message."""
        return ", ".join(cls.values())

    @classmethod
    def has(cls, value: object) -> bool:
        """Whether ``value`` is one of the stored words (``in`` refuses plain str on 3.11)."""
        return isinstance(value, str) and value in cls._value2member_map_

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Stored word → label, in menu order."""
        return {term.value: term.label for term in cls}

    @classmethod
    def label_of(cls, value: str) -> str:
        """The label of a stored word; an unknown word (another version's) shows as it is."""
        term = cls._value2member_map_.get(value)
        return term.label if isinstance(term, Term) else value

    @classmethod
    def sql_check(cls, column: str) -> str:
        """The SQL CHECK expression that admits exactly these words in ``column``."""
        words = ",".join(f"'{v}'" for v in cls.values())
        return f"{column} IN ({words})"


class Area(Term):
    FOREHEAD = "forehead", "Forehead"
    CHEEKS = "cheeks", "Cheeks"
    NOSE = "nose", "Nose"
    CHIN = "chin", "Chin / jawline"
    PERIORAL = "perioral", "Upper lip / perioral"
    PERIORBITAL = "periorbital", "Under-eye / periorbital"
    NECK = "neck", "Neck"
    DECOLLETAGE = "decolletage", "Décolletage"
    SCALP = "scalp", "Scalp"
    ABDOMEN = "abdomen", "Abdomen"
    THIGHS = "thighs", "Thighs"
    ARMS = "arms", "Arms"
    BUTTOCKS = "buttocks", "Buttocks"
    BACK = "back", "Back"
    HANDS = "hands", "Hands"
    BODY = "body", "Body"
    OTHER = "other", "Other"


# The body below the neck: no face or scalp thinness, and no depth figure in the domain notes.
BODY_AREAS: frozenset[str] = frozenset(
    {"abdomen", "thighs", "arms", "buttocks", "back", "hands", "body"}
)


class Indication(Term):
    """Why an area was treated: the depth that is usual depends on it (acne scars go deeper)."""

    GENERAL = "general", "Unspecified"
    REJUVENATION = "rejuvenation", "Rejuvenation / fine lines"
    ACNE_SCARS = "acne_scars", "Acne scars"
    SCARS = "scars", "Surgical or other scars"
    STRETCH_MARKS = "stretch_marks", "Stretch marks"
    PIGMENTATION = "pigmentation", "Pigmentation / melasma"
    HAIR_LOSS = "hair_loss", "Hair loss"


class Phase(Term):
    """When in a session a product goes on."""

    PREP = "prep"
    DURING = "during"
    POST = "post"
    AFTERCARE = "aftercare"


class Endpoint(Term):
    """The visible clinical endpoint reached on an area."""

    NONE = "none", "no visible endpoint"
    ERYTHEMA = "erythema", "erythema"
    PINPOINT_BLEEDING = "pinpoint_bleeding", "pinpoint bleeding"


class DeviceKind(Term):
    ROLLER = "roller", "Roller"
    PEN = "pen", "Pen"
    STAMP = "stamp", "Stamp"
    RF = "rf", "RF microneedling"


class PhotoRole(Term):
    BEFORE = "before", "Before"
    AFTER = "after", "After"
    PROGRESS = "progress", "Progress"


class PhotoView(Term):
    FRONT = "front", "Front"
    LEFT45 = "left45", "Left 45°"
    RIGHT45 = "right45", "Right 45°"
    LEFT90 = "left90", "Left 90°"
    RIGHT90 = "right90", "Right 90°"
    CLOSEUP = "closeup", "Close-up"
    OTHER = "other", "Other"


class ConsentKind(Term):
    """What a consent on file covers (``consent.kind``)."""

    TREATMENT = "treatment", "Treatment"
    PHOTOGRAPHY = "photography", "Photography"
    MARKETING = "marketing", "Marketing / sharing"


class RegionShape(Term):
    """How a measured photo region is drawn: the box itself, or the ellipse inside it."""

    RECT = "rect", "Rectangle"
    ELLIPSE = "ellipse", "Ellipse"


class AgeBand(Term):
    """An age band, for a client who gives no date of birth (``client.age_band``)."""

    UNDER_18 = "under18", "Under 18"
    AGE_18_24 = "18-24", "18–24"
    AGE_25_34 = "25-34", "25–34"
    AGE_35_44 = "35-44", "35–44"
    AGE_45_54 = "45-54", "45–54"
    AGE_55_64 = "55-64", "55–64"
    AGE_65_UP = "65+", "65 and over"


class SkinState(Term):
    """The skin in a photo (kept in ``Photo.capture["skin"]``): day-3 redness is not tone."""

    CLEAN = "clean", "Clean skin"
    MAKEUP = "makeup", "Make-up"
    POST = "post", "After a session"


class ScreeningItem(Term):
    """The client screening checklist of the domain notes (DOMAIN.md, "Client screening")."""

    ACTIVE_INFECTION = "active_infection", "Active infection or acne"
    SKIN_FLARE = "skin_flare", "Eczema, psoriasis or rosacea flare"
    KELOID = "keloid", "Keloid tendency"
    BLEEDING = "bleeding", "Bleeding disorder or anticoagulants"
    DIABETES = "diabetes", "Uncontrolled diabetes"
    PREGNANCY = "pregnancy", "Pregnancy or breastfeeding"
    ISOTRETINOIN = "isotretinoin", "Isotretinoin"
    MALIGNANCY = "malignancy", "Malignancy, chemo- or radiotherapy"
    LESIONS = "lesions", "Actinic keratoses or raised moles in the area"
    ALLERGY = "allergy", "Allergy to stainless steel or topical anaesthetics"
    FILLER = "filler", "Recent filler"
    NEUROMODULATOR = "neuromodulator", "Recent neuromodulator"
    PEEL_LASER = "peel_laser", "Recent peel or laser"


class ScreeningAnswer(Term):
    YES = "yes", "Yes"
    NO = "no", "No"
    UNKNOWN = "unknown", "Unknown"


# A skin check's redness, 0..4 (VISIA-style words; the CHECK on observation.redness is 0..4).
REDNESS_WORDS: tuple[str, ...] = ("none", "faint", "mild", "moderate", "marked")
MAX_DEPTH_MM: float = 3.0


def format_depth(mm: float) -> str:
    """'1.0 mm', '0.25 mm', '1.5 mm': one decimal at least, two when the depth needs them."""
    text = f"{mm:.2f}"
    if text.endswith("0"):
        text = text[:-1]
    return f"{text} mm"


def check_depth(depth_mm: float, what: str) -> None:
    """Raise ValueError unless depth_mm is a number above 0 and at most MAX_DEPTH_MM."""
    if isinstance(depth_mm, bool) or not isinstance(depth_mm, int | float):
        raise ValueError(f"{what} must be a number of millimetres, got {depth_mm!r}")
    if not math.isfinite(depth_mm) or not 0 < depth_mm <= MAX_DEPTH_MM:
        raise ValueError(f"{what} must be above 0 and at most {format_depth(MAX_DEPTH_MM)}")


def normalise_text(text: str) -> str:
    """Lower case, accents dropped, every run of punctuation/space one space: 'L-AA' -> 'l aa'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())
