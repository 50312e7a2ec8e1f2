"""Bounds every value must respect before the journal stores it (pure: no SQL, no Qt).

One class of defect, fixed in one place for every front end: numbers beyond SQLite's 64-bit
integers, dates whose time zone pushes them out of the calendar, text that is not valid
Unicode (bytes that were not UTF-8 arrive as lone surrogates), control characters in a name,
names as long as a book, and depths too small to be a real needle.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta

from needlejournal.phrases import Param, said

MAX_ID = 2**63 - 1  # SQLite INTEGER
MAX_NAME = 200  # names, brands, lot numbers, light and camera
MAX_TEXT = 20_000  # free notes
MAX_PASSES = 50
MAX_NEEDLES = 1_000
MAX_DOWNTIME_DAYS = 365
MIN_DEPTH_MM = 0.05  # the finest step of the pens and rollers in the library
EARLIEST_YEAR = 1900
_DIGITS = re.compile(r"[0-9]+")
_MULTILINE_OK = {"\n", "\t", "\r"}


def parse_id(text: str) -> int | None:
    """A record id written in ASCII digits, within SQLite's range; ``None`` otherwise."""
    key = text.strip()
    if not _DIGITS.fullmatch(key):
        return None
    value = int(key)
    return value if 0 < value <= MAX_ID else None


def id_in_range(value: int | None) -> bool:
    return value is None or 0 < value <= MAX_ID


def text_problems(
    label: str, value: str, *, limit: int = MAX_NAME, lines: bool = False
) -> list[str]:
    """Invalid Unicode, control characters (a newline only where ``lines``), too long."""
    problems: list[str] = []
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        problems.append(
            said(
                f"{label} contains bytes that are not valid text (UTF-8); type it again.",
                "text_not_utf8",
                field=label,
            )
        )
    if any(unicodedata.category(c) == "Cc" and not (lines and c in _MULTILINE_OK) for c in value):
        if lines:
            message = f"{label} cannot contain control characters."
            problems.append(said(message, "text_control", field=label))
        else:
            message = f"{label} cannot contain a line break or control character."
            problems.append(said(message, "text_line_break", field=label))
    if len(value) > limit:
        problems.append(
            said(
                f"{label} is too long ({limit:,} characters at most).",
                "text_too_long",
                field=label,
                limit=limit,
            )
        )
    return problems


def int_problems(label: str, value: int | None, lo: int, hi: int) -> list[str]:
    if value is None or lo <= value <= hi:
        return []
    return [
        said(f"{label} must be between {lo:,} and {hi:,}.", "int_range", field=label, lo=lo, hi=hi)
    ]


def id_problems(label: str, value: int | None) -> list[str]:
    if id_in_range(value):
        return []
    return [said(f"There is no {label} with id {value}.", "no_such_record", what=label, id=value)]


def moment_problems(label: str, when: datetime) -> list[str]:
    """A date-time too early, or one whose offset leaves the calendar once in UTC."""
    try:
        utc = when.astimezone(UTC) if when.tzinfo is not None else when
    except OverflowError:
        return [said(f"{label} is out of range.", "out_of_range", field=label)]
    if utc.year < EARLIEST_YEAR:
        return [_before_earliest(label)]
    return []


def day_problems(
    label: str, day: date | None, *, today: date | None = None, field: Param = None
) -> list[str]:
    """A calendar date between 1900 and tomorrow (a time zone ahead may already be there).
    ``field``: how a front end names the field when ``label`` is composed at run time."""
    if day is None:
        return []
    named = label if field is None else field
    today = today or datetime.now(UTC).date()
    if day.year < EARLIEST_YEAR:
        return [_before_earliest(label, named)]
    if day > today + timedelta(days=1):
        return [said(f"{label} is in the future.", "in_future", field=named)]
    return []


def _before_earliest(label: str, field: Param = None) -> str:
    # The year as text: a number parameter would be grouped ("1.900") in German.
    return said(
        f"{label} is before {EARLIEST_YEAR}.",
        "before_year",
        field=label if field is None else field,
        year=str(EARLIEST_YEAR),
    )
