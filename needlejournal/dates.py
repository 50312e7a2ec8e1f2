"""How every front end writes a moment: one formatter, in the user's local time zone.

The journal stores UTC; people read their own day. The window, the CLI's text, exported
comparisons, time-lapse captions and reports all format through here, so one photo never
reads "3 Mar" in one view and "4 Mar" in another. The command line, reports and exports are
English and stable (scripts parse them): ``ENGLISH`` is every function's default. The window
passes the words of its language (``needlejournal.ui.local_dates`` builds them from QLocale
and the translated patterns), so the same day reads "Mi. 4. März 2026" there. Machine output
(``--json``) uses ``iso``: ISO 8601 with an explicit offset. Stdlib only: every layer may
import this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo


@dataclass(frozen=True)
class DateWords:
    """How one language writes a day: short month and weekday names and the word order.

    Patterns use ``str.format`` fields: ``{day} {month} {year}`` for a date, ``{weekday}
    {date}`` for a day, ``{day}, {time}`` for a moment with its weekday and ``{date} {time}``
    for a table cell; times are always 24-hour ``HH:MM``.
    """

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_pattern: str = "{day} {month} {year}"
    day_pattern: str = "{weekday} {date}"
    when_pattern: str = "{day}, {time}"
    moment_pattern: str = "{date} {time}"


ENGLISH = DateWords(
    months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
)


def local(when: datetime, tz: tzinfo | None = None) -> datetime:
    """``when`` in ``tz``, the machine's zone (``TZ`` included) when None."""
    return when.astimezone(tz)


def _day(when: date, tz: tzinfo | None) -> date:
    # A moment is shown on its local day; a calendar day (a due date) is already one.
    return local(when, tz) if isinstance(when, datetime) else when


def format_date(when: date, tz: tzinfo | None = None, words: DateWords = ENGLISH) -> str:
    """'4 Mar 2026': the local day of a moment, or a calendar day as it is."""
    t = _day(when, tz)
    return words.date_pattern.format(day=t.day, month=words.months[t.month - 1], year=t.year)


def format_day(when: date, tz: tzinfo | None = None, words: DateWords = ENGLISH) -> str:
    """'Wed 4 Mar 2026': the local day with its weekday."""
    t = _day(when, tz)
    return words.day_pattern.format(
        weekday=words.weekdays[t.weekday()], date=format_date(t, words=words)
    )


def format_when(when: datetime, tz: tzinfo | None = None, words: DateWords = ENGLISH) -> str:
    """'Wed 4 Mar 2026, 09:00': the local day and time."""
    t = local(when, tz)
    return words.when_pattern.format(day=format_day(t, words=words), time=f"{t:%H:%M}")


def format_moment(
    when: datetime | None, tz: tzinfo | None = None, words: DateWords = ENGLISH
) -> str:
    """'4 Mar 2026 09:00' for tables and one-line messages; '—' when unknown."""
    if when is None:
        return "—"
    t = local(when, tz)
    return words.moment_pattern.format(date=format_date(t, words=words), time=f"{t:%H:%M}")


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 for JSON: datetimes keep their explicit offset (UTC as stored)."""
    return None if value is None else value.isoformat()
