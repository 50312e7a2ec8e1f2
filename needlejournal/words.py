"""Counted nouns: "1 day", "2 days" — never "1 days" nor "day(s)". Stdlib only: every layer
(the window, the CLI, reports, guidance) may import this."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun in the right number: count(1, "day") → "1 day"."""
    return f"{n} {noun if n == 1 else (plural if plural is not None else noun + 's')}"
