"""Dates in the window's language: ``needlejournal.dates`` with QLocale's words.

Same functions, same time-zone rule as ``needlejournal.dates`` (the one formatter); only the
month and weekday names (QLocale's, for the language chosen at start-up) and the word order
(a translated pattern: "4. März 2026", "4 mar 2026") differ. The command line never comes here.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale

from needlejournal import dates
from needlejournal.dates import DateWords

_cache: dict[str, DateWords] = {}


def words() -> DateWords:
    """The date words of QLocale's default locale (set by ``language.install``).

    English is ``dates.ENGLISH`` itself, whatever the country: the window then reads exactly
    like the command line ("Wed 4 Mar 2026").
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        return dates.ENGLISH
    key = locale.name() + "|" + QCoreApplication.translate("Dates", "{day} {month} {year}")
    found = _cache.get(key)
    if found is None:
        short = QLocale.FormatType.ShortFormat
        found = _cache[key] = DateWords(
            months=tuple(locale.monthName(m, short) for m in range(1, 13)),
            weekdays=tuple(locale.dayName(d, short) for d in range(1, 8)),
            date_pattern=QCoreApplication.translate("Dates", "{day} {month} {year}"),
            day_pattern=QCoreApplication.translate("Dates", "{weekday} {date}"),
            when_pattern=QCoreApplication.translate("Dates", "{day}, {time}"),
            moment_pattern=QCoreApplication.translate("Dates", "{date} {time}"),
        )
    return found


def format_date(when: date, tz: tzinfo | None = None) -> str:
    return dates.format_date(when, tz, words())


def format_day(when: date, tz: tzinfo | None = None) -> str:
    return dates.format_day(when, tz, words())


def format_when(when: datetime, tz: tzinfo | None = None) -> str:
    return dates.format_when(when, tz, words())


def format_moment(when: datetime | None, tz: tzinfo | None = None) -> str:
    return dates.format_moment(when, tz, words())


def format_number(value: float, decimals: int) -> str:
    """A number with the locale's decimal separator: "0,5" in German."""
    return QLocale().toString(value, "f", decimals)


def local_depth(mm: float) -> str:
    """``guidance.format_depth`` with the locale's decimal separator: "1,25 mm"."""
    from needlejournal.guidance import format_depth  # here: keeps dates off its import

    text = format_depth(mm)  # "1.25 mm": one or two decimals, the shared rule
    number = text.removesuffix(" mm")
    decimals = len(number.partition(".")[2])
    return f"{format_number(float(number), decimals)} mm"
