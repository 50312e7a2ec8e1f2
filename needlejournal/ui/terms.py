"""The domain's words in the window's language: areas, indications, phases, endpoints, device
kinds, photo roles, views, skin states and redness.

``needlejournal.guidance`` owns the stored words and their English labels (the command line and
reports print those). The window shows them through ``label``: the English label translated
in the context named after its enum ("Area", "Phase"…). lupdate cannot read labels out of
another layer, so each one is listed here with QT_TRANSLATE_NOOP; tests/i18n/test_terms.py
fails when an enum gains a label this table lacks.
"""

from __future__ import annotations

from needlejournal.guidance import REDNESS_WORDS, Term
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

CATALOGUE: tuple[tuple[str, str], ...] = (
    ("Area", QT_TRANSLATE_NOOP("Area", "Forehead")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Cheeks")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Nose")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Chin / jawline")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Upper lip / perioral")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Under-eye / periorbital")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Neck")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Décolletage")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Scalp")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Abdomen")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Thighs")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Arms")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Buttocks")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Back")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Hands")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Body")),
    ("Area", QT_TRANSLATE_NOOP("Area", "Other")),
    ("Indication", QT_TRANSLATE_NOOP("Indication", "Unspecified")),
    ("Indication", QT_TRANSLATE_NOOP("Indication", "Rejuvenation / fine lines")),
    ("Indication", QT_TRANSLATE_NOOP("Indication", "Acne scars")),
    ("Indication", QT_TRANSLATE_NOOP("Indication", "Surgical or other scars")),
    ("Indication", QT_TRANSLATE_NOOP("Indication", "Stretch marks")),
    ("Indication", QT_TRANSLATE_NOOP("Indication", "Pigmentation / melasma")),
    ("Indication", QT_TRANSLATE_NOOP("Indication", "Hair loss")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Active infection or acne")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Eczema, psoriasis or rosacea flare")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Keloid tendency")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Bleeding disorder or anticoagulants")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Uncontrolled diabetes")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Pregnancy or breastfeeding")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Isotretinoin")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Malignancy, chemo- or radiotherapy")),
    (
        "ScreeningItem",
        QT_TRANSLATE_NOOP("ScreeningItem", "Actinic keratoses or raised moles in the area"),
    ),
    (
        "ScreeningItem",
        QT_TRANSLATE_NOOP("ScreeningItem", "Allergy to stainless steel or topical anaesthetics"),
    ),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Recent filler")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Recent neuromodulator")),
    ("ScreeningItem", QT_TRANSLATE_NOOP("ScreeningItem", "Recent peel or laser")),
    ("ScreeningAnswer", QT_TRANSLATE_NOOP("ScreeningAnswer", "Yes")),
    ("ScreeningAnswer", QT_TRANSLATE_NOOP("ScreeningAnswer", "No")),
    ("ScreeningAnswer", QT_TRANSLATE_NOOP("ScreeningAnswer", "Unknown")),
    ("Phase", QT_TRANSLATE_NOOP("Phase", "prep")),
    ("Phase", QT_TRANSLATE_NOOP("Phase", "during")),
    ("Phase", QT_TRANSLATE_NOOP("Phase", "post")),
    ("Phase", QT_TRANSLATE_NOOP("Phase", "aftercare")),
    ("Endpoint", QT_TRANSLATE_NOOP("Endpoint", "no visible endpoint")),
    ("Endpoint", QT_TRANSLATE_NOOP("Endpoint", "erythema")),
    ("Endpoint", QT_TRANSLATE_NOOP("Endpoint", "pinpoint bleeding")),
    ("DeviceKind", QT_TRANSLATE_NOOP("DeviceKind", "Roller")),
    ("DeviceKind", QT_TRANSLATE_NOOP("DeviceKind", "Pen")),
    ("DeviceKind", QT_TRANSLATE_NOOP("DeviceKind", "Stamp")),
    ("DeviceKind", QT_TRANSLATE_NOOP("DeviceKind", "RF microneedling")),
    ("PhotoRole", QT_TRANSLATE_NOOP("PhotoRole", "Before")),
    ("PhotoRole", QT_TRANSLATE_NOOP("PhotoRole", "After")),
    ("PhotoRole", QT_TRANSLATE_NOOP("PhotoRole", "Progress")),
    ("PhotoView", QT_TRANSLATE_NOOP("PhotoView", "Front")),
    ("PhotoView", QT_TRANSLATE_NOOP("PhotoView", "Left 45°")),
    ("PhotoView", QT_TRANSLATE_NOOP("PhotoView", "Right 45°")),
    ("PhotoView", QT_TRANSLATE_NOOP("PhotoView", "Left 90°")),
    ("PhotoView", QT_TRANSLATE_NOOP("PhotoView", "Right 90°")),
    ("PhotoView", QT_TRANSLATE_NOOP("PhotoView", "Close-up")),
    ("PhotoView", QT_TRANSLATE_NOOP("PhotoView", "Other")),
    ("SkinState", QT_TRANSLATE_NOOP("SkinState", "Clean skin")),
    ("SkinState", QT_TRANSLATE_NOOP("SkinState", "Make-up")),
    ("SkinState", QT_TRANSLATE_NOOP("SkinState", "After a session")),
    ("Redness", QT_TRANSLATE_NOOP("Redness", "none")),
    ("Redness", QT_TRANSLATE_NOOP("Redness", "faint")),
    ("Redness", QT_TRANSLATE_NOOP("Redness", "mild")),
    ("Redness", QT_TRANSLATE_NOOP("Redness", "moderate")),
    ("Redness", QT_TRANSLATE_NOOP("Redness", "marked")),
)


def label(kind: type[Term], value: str) -> str:
    """The label of a stored word in the window's language (an unknown word as it is)."""
    return translate(kind.__name__, kind.label_of(value))


def labels(kind: type[Term]) -> dict[str, str]:
    """Stored word → translated label, in menu order (for combos)."""
    return {value: translate(kind.__name__, text) for value, text in kind.labels().items()}


def redness(level: int) -> str:
    return translate("Redness", REDNESS_WORDS[level])
