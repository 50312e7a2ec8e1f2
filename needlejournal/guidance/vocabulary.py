"""The words guidance speaks in: treated areas, product phases, endpoints, device kinds, and
how depths, dates and free text are written and compared."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import datetime, tzinfo

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
