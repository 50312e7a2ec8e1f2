"""Due items as an iCalendar file (RFC 5545): one all-day VEVENT per item.

Calendar apps re-importing a newer file update events rather than duplicate them because a
UID is stable for one client, kind and due day. Lines end in CRLF and are folded at 75
octets (never inside a UTF-8 character), text values are escaped (RFC 5545 §3.1, §3.3.11).
Stdlib only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from needlejournal.dates import format_date
from needlejournal.durable import atomic_write
from needlejournal.guidance import format_depth
from needlejournal.journal.due import DueItem
from needlejournal.words import count

PRODID = "-//NeedleJournal//Due view//EN"
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """An iCalendar TEXT value: backslash, semicolon, comma and newlines escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets joined by CRLF + space."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return line
    pieces: list[bytes] = []
    start, limit = 0, MAX_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        # Step back off UTF-8 continuation bytes (10xxxxxx) so no character is cut in two.
        while end < len(data) and end > start and (data[end] & 0xC0) == 0x80:
            end -= 1
        pieces.append(data[start:end])
        start, limit = end, MAX_OCTETS - 1  # continuation lines begin with one space
    return "\r\n ".join(p.decode("utf-8") for p in pieces)


def _day(d: date) -> str:
    return d.strftime("%Y%m%d")


def uid_for(item: DueItem) -> str:
    # No name in the UID: it identifies the event, it need not say who.
    return f"nj-due-{item.client_id}-{item.kind}-{_day(item.due_on)}@needlejournal"


def summary_for(item: DueItem) -> str:
    if item.kind == "aftercare":
        return f"{item.client_name}: aftercare check-in (day 2–3)"
    return f"{item.client_name}: next session due"


def description_for(item: DueItem) -> str:
    last = format_date(item.last_session_at)
    if item.kind == "aftercare":
        return f"Last session {last}; no skin check logged since."
    depth = format_depth(item.deepest_mm) if item.deepest_mm else "no depth logged"
    return f"Last session {last} at {depth}; usual interval {count(item.interval_days, 'day')}."


def _event(item: DueItem, stamp: str) -> list[str]:
    days = 2 if item.kind == "aftercare" else 1  # the check-in window is day 2 and day 3
    return [
        "BEGIN:VEVENT",
        f"UID:{uid_for(item)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(item.due_on)}",
        f"DTEND;VALUE=DATE:{_day(item.due_on + timedelta(days=days))}",
        f"SUMMARY:{escape_text(summary_for(item))}",
        f"DESCRIPTION:{escape_text(description_for(item))}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def to_ics(items: Iterable[DueItem], now: datetime | None = None) -> bytes:
    """The whole calendar, CRLF line ends, folded, UTF-8."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    lines.append("X-WR-CALNAME:NeedleJournal — who is due")
    for item in items:
        lines += _event(item, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def write_ics(items: Iterable[DueItem], target: Path, now: datetime | None = None) -> int:
    """Write the calendar atomically (temp file + rename); returns the number of events."""
    listed = list(items)
    data = to_ics(listed, now)
    with atomic_write(target, suffix=".ics") as handle:
        handle.write(data)
    target.chmod(0o600)
    return len(listed)
