"""A sentence as data: the stable id of its wording and its parameters (issue 14).

The domain and journal layers compose their English sentences for the command line (scripts
read that text, so it never changes with the language); alongside they hand over what the
sentence said as data, so the window can say it again in its own language with numbers, dates
and depths formatted by the locale. Stdlib only: every layer may import this.

A parameter is plain text that stays as it is (a product name, a lot number, a hit on an
ingredient list), a number, a calendar day, or one of the typed values below, which tell the
front end how to word it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Depth:
    """A needle depth in millimetres ("1,5 mm" in German)."""

    mm: float


@dataclass(frozen=True, slots=True)
class Count:
    """A counted noun ("5 days", "1 month"): the front end picks the plural form."""

    n: int
    noun: str  # "day", "month", "item"


@dataclass(frozen=True, slots=True)
class Words:
    """One or more stored domain words of one enum (``kind`` is its class name: "Area",
    "ScreeningItem"…), or of a table the front end translates by name; joined by commas."""

    kind: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DateOf:
    """A field named at run time: the date given for a domain word ("The date for
    Isotretinoin", a screening item's last course)."""

    of: Words


Param = str | int | bool | None | date | Depth | Count | Words | DateOf
Params = tuple[tuple[str, Param], ...]


def params_of(**values: Param) -> Params:
    """Keyword arguments as the frozen, hashable pairs a record keeps."""
    return tuple(values.items())


def as_count(days: int) -> Count:
    """Days as people count a span: days under 45, else months (as ``words.count`` prints)."""
    return Count(days, "day") if days < 45 else Count(round(days / 30.44), "month")


class Said(str):
    """An English sentence (the string itself: what the command line prints and scripts read)
    that also carries which wording it is and what it says, for a front end to translate.

    A ``str``, so every caller that joins, compares or prints messages keeps working; the
    window looks at ``phrase`` and ``params`` (``ui/validation_words.py``).
    """

    phrase: str
    params: Params

    def __new__(cls, text: str, phrase: str, params: Params = ()) -> Said:
        made = super().__new__(cls, text)
        made.phrase = phrase
        made.params = params
        return made

    def __reduce__(self) -> tuple[type[Said], tuple[str, str, Params]]:
        # Copied or pickled (an error sent from a worker process) with what it says.
        return (Said, (str(self), self.phrase, self.params))


def said(text: str, phrase: str, **values: Param) -> Said:
    return Said(text, phrase, params_of(**values))


class Told(str):
    """Several sentences as the command line prints them (joined by spaces), each kept as it
    was said (a ``Said`` when it has a phrase), so a front end can say each in its language."""

    parts: tuple[str, ...]
    joiner: str

    def __new__(cls, parts: Sequence[str], joiner: str = " ") -> Told:
        made = super().__new__(cls, joiner.join(parts))
        made.parts = tuple(parts)
        made.joiner = joiner  # "; " for a list of short clauses
        return made

    def __reduce__(self) -> tuple[type[Told], tuple[tuple[str, ...], str]]:
        return (Told, (self.parts, self.joiner))


def sentences(message: str) -> list[str]:
    """The sentences of a message: a ``Told``'s parts, else the message itself."""
    return list(message.parts) if isinstance(message, Told) else [message]
