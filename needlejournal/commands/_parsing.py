"""Argument types for the commands: each raises ``ArgumentTypeError`` with a readable reason.

Pure (stdlib + guidance vocabulary), so dates, areas and products parse the same way in
every command and can be tested without a journal.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from needlejournal.guidance import Area, Endpoint, Phase, normalise_text
from needlejournal.journal.limits import EARLIEST_YEAR, parse_id
from needlejournal.journal.records import AreaDraft

SKIN_TYPES = ("I", "II", "III", "IV", "V", "VI")
_INTEGER = re.compile(r"[+-]?[0-9]{1,30}")
_DECIMAL = re.compile(r"[0-9]{1,3}(\.[0-9]{1,3})?")
DEFAULT_PHASE = Phase.DURING.value  # a serum named without a phase was used as the needling glide
# A date without a time is taken as local noon: midnight does not exist on some DST days,
# and noon keeps the same calendar date in every nearby time zone.
DATE_ONLY_TIME = time(12, 0)


def when(text: str) -> datetime:
    """ISO date or date-time; a naive value is local time. Returns aware UTC."""
    raw = text.strip()
    try:
        if len(raw) == 10:
            moment = datetime.combine(date.fromisoformat(raw), DATE_ONLY_TIME)
        else:
            moment = datetime.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not an ISO date such as 2025-03-01 or 2025-03-01T14:30"
        ) from None
    try:
        if moment.tzinfo is None:
            moment = moment.astimezone()  # the machine's local zone
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):  # 9999-12-31T23:59-12:00 is past year 9999 in UTC
        raise argparse.ArgumentTypeError(f"“{text}” is out of the calendar's range") from None
    if utc.year < EARLIEST_YEAR:
        raise argparse.ArgumentTypeError(f"“{text}” is before {EARLIEST_YEAR}")
    return utc


def day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not an ISO date such as 2025-03-01"
        ) from None


def whole(text: str) -> int:
    """Plain decimal digits only: Python's ``int`` would also read ``1_0`` and ``٣``."""
    raw = text.strip()
    if not _INTEGER.fullmatch(raw):
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number")
    return int(raw)


def record_id(text: str) -> int:
    """A record id: plain digits, within the journal's range."""
    value = parse_id(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"“{text}” is not a record id (a number from 1)")
    return value


def skin_type(text: str) -> str:
    """Fitzpatrick type as I..VI (or 1..6)."""
    raw = text.strip().upper()
    if raw.isdigit() and 1 <= int(raw) <= len(SKIN_TYPES):
        return SKIN_TYPES[int(raw) - 1]
    if raw in SKIN_TYPES:
        return raw
    raise argparse.ArgumentTypeError(f"“{text}” is not a Fitzpatrick skin type (I to VI)")


def bounded_int(lo: int, hi: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        value = whole(text)
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{value} is not between {lo} and {hi}")
        return value

    parse.__name__ = "number"  # argparse names the type in its messages
    return parse


def _area_name(text: str) -> str:
    key = normalise_text(text).replace(" ", "_")
    aliases = {"decollete": "decolletage", "under_eye": "periorbital", "jawline": "chin"}
    key = aliases.get(key, key)
    if not Area.has(key):
        raise argparse.ArgumentTypeError(f"unknown area “{text}”; use one of: {Area.listed()}")
    return key


def area_name(text: str) -> str:
    """A face area by its word ("cheeks", "under eye")."""
    return _area_name(text)


def area(text: str) -> AreaDraft:
    """AREA:DEPTH_MM[:PASSES[:ENDPOINT]], e.g. ``cheeks:1.5:3:pinpoint_bleeding``.

    The depth is only parsed here; its range is the journal's rule, checked when saving.
    """
    parts = text.split(":")
    if not 2 <= len(parts) <= 4:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not AREA:DEPTH_MM[:PASSES[:ENDPOINT]], e.g. cheeks:1.0:3"
        )
    name = _area_name(parts[0])
    if not _DECIMAL.fullmatch(parts[1].strip()):  # not 1e-320, 1_0, inf or nan
        raise argparse.ArgumentTypeError(
            f"the depth in “{text}” is not a number of millimetres such as 1.5"
        )
    depth = float(parts[1])
    passes: int | None = None
    if len(parts) >= 3 and parts[2].strip():
        if not _INTEGER.fullmatch(parts[2].strip()) or len(parts[2].strip()) > 6:
            raise argparse.ArgumentTypeError(f"the passes in “{text}” are not a whole number")
        passes = int(parts[2])
    endpoint = Endpoint.NONE.value
    if len(parts) == 4:
        endpoint = normalise_text(parts[3]).replace(" ", "_")
        if not Endpoint.has(endpoint):
            raise argparse.ArgumentTypeError(
                f"unknown endpoint “{parts[3]}”; use one of: {Endpoint.listed()}"
            )
    return AreaDraft(area=name, depth_mm=depth, passes=passes, endpoint=endpoint)


@dataclass(frozen=True)
class ProductSpec:
    name: str
    phase: str


def product(text: str) -> ProductSpec:
    """NAME[@PHASE]; a suffix that is not a phase stays part of the name."""
    name, sep, phase = text.rpartition("@")
    if sep and Phase.has(phase.strip().lower()) and name.strip():
        return ProductSpec(name.strip(), phase.strip().lower())
    if sep and not name.strip():
        raise argparse.ArgumentTypeError(f"“{text}” names no product")
    if sep and phase.strip() and "@" not in phase and " " not in phase.strip():
        raise argparse.ArgumentTypeError(
            f"unknown phase “{phase}” in “{text}”; use one of: {Phase.listed()}"
        )
    if not text.strip():
        raise argparse.ArgumentTypeError("a product needs a name")
    return ProductSpec(text.strip(), DEFAULT_PHASE)
