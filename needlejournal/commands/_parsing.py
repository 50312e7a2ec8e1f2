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

from needlejournal.guidance import (
    Endpoint,
    Indication,
    Phase,
    normalise_text,
    read_indication,
    read_treated_area,
)
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


def _treated_area(text: str) -> tuple[str, str]:
    """(area, indication) from a name people use: 'upper lip', 'eyelid', 'cheeks/acne scars',
    'stretch marks' (the body); the indication is "general" when the text names none."""
    try:
        found = read_treated_area(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return found.area, found.indication or Indication.GENERAL.value


def indication(text: str) -> str:
    try:
        return read_indication(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def area_name(text: str) -> str:
    """A face area by its word ("cheeks", "under eye")."""
    return _treated_area(text)[0]


def area(text: str) -> AreaDraft:
    """AREA:DEPTH_MM[:PASSES[:ENDPOINT]], e.g. ``cheeks:1.5:3:pinpoint_bleeding``; AREA may
    carry an indication ("cheeks/acne scars", "acne scars on cheeks", "stretch marks").

    The depth is only parsed here; its range is the journal's rule, checked when saving.
    """
    parts = text.split(":")
    if not 2 <= len(parts) <= 4:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not AREA:DEPTH_MM[:PASSES[:ENDPOINT]], e.g. cheeks:1.0:3"
        )
    name, why = _treated_area(parts[0])
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
    return AreaDraft(area=name, depth_mm=depth, passes=passes, endpoint=endpoint, indication=why)


@dataclass(frozen=True)
class ProductSpec:
    name: str
    phase: str
    day_offset: int | None = None


# "aftercare:3", "aftercare:day3", "aftercare+3", "aftercare from day 3"
_PHASE_AND_DAY = re.compile(
    r"\s*(?P<phase>[a-z]+)\s*(?:(?:[:+]|\s+from)\s*(?:day\s*)?(?P<day>[0-9]{1,3})\s*)?", re.I
)


def product(text: str) -> ProductSpec:
    """NAME[@PHASE[:DAY]]; a suffix that is not a phase stays part of the name. DAY is the day
    after the session an aftercare product was first used ("Retinol serum@aftercare:3")."""
    name, sep, suffix = text.rpartition("@")
    found = _PHASE_AND_DAY.fullmatch(suffix) if sep else None
    if found and Phase.has(found["phase"].lower()) and name.strip():
        phase = found["phase"].lower()
        day = None if found["day"] is None else int(found["day"])
        if day is not None and phase != Phase.AFTERCARE:
            raise argparse.ArgumentTypeError(
                f"“{text}”: a start day applies only to aftercare, e.g. {name.strip()}@aftercare:3"
            )
        if day is not None and day > 365:
            raise argparse.ArgumentTypeError(f"“{text}”: the start day must be 0 to 365")
        return ProductSpec(name.strip(), phase, day)
    if sep and not name.strip():
        raise argparse.ArgumentTypeError(f"“{text}” names no product")
    if sep and suffix.strip() and "@" not in suffix and " " not in suffix.strip():
        raise argparse.ArgumentTypeError(
            f"unknown phase “{suffix}” in “{text}”; use one of: {Phase.listed()} "
            "(aftercare may name its start day: @aftercare:3)"
        )
    if not text.strip():
        raise argparse.ArgumentTypeError("a product needs a name")
    return ProductSpec(text.strip(), DEFAULT_PHASE)
