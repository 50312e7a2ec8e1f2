"""How every front end writes a moment: one formatter, in the user's local time zone.

The journal stores UTC; people read their own day. The window, the CLI's text, exported
comparisons, time-lapse captions and reports all format through here, so one photo never
reads "3 Mar" in one view and "4 Mar" in another. Month and weekday names are never
localised (the journal is English throughout). Machine output (``--json``) uses ``iso``:
ISO 8601 with an explicit offset. Stdlib only: every layer may import this.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def local(when: datetime, tz: tzinfo | None = None) -> datetime:
    """``when`` in ``tz``, the machine's zone (``TZ`` included) when None."""
    return when.astimezone(tz)


def _day(when: date, tz: tzinfo | None) -> date:
    # A moment is shown on its local day; a calendar day (a due date) is already one.
    return local(when, tz) if isinstance(when, datetime) else when


def format_date(when: date, tz: tzinfo | None = None) -> str:
    """'4 Mar 2026': the local day of a moment, or a calendar day as it is."""
    t = _day(when, tz)
    return f"{t.day} {_MONTHS[t.month - 1]} {t.year}"


def format_day(when: date, tz: tzinfo | None = None) -> str:
    """'Wed 4 Mar 2026': the local day with its weekday."""
    t = _day(when, tz)
    return f"{_WEEKDAYS[t.weekday()]} {format_date(t)}"


def format_when(when: datetime, tz: tzinfo | None = None) -> str:
    """'Wed 4 Mar 2026, 09:00': the local day and time."""
    t = local(when, tz)
    return f"{format_day(t)}, {t:%H:%M}"


def format_moment(when: datetime | None, tz: tzinfo | None = None) -> str:
    """'4 Mar 2026 09:00' for tables and one-line messages; '—' when unknown."""
    if when is None:
        return "—"
    t = local(when, tz)
    return f"{format_date(t)} {t:%H:%M}"


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 for JSON: datetimes keep their explicit offset (UTC as stored)."""
    return None if value is None else value.isoformat()
