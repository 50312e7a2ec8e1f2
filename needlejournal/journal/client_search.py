"""Which clients a search finds: by name, phone, e-mail, notes or concerns (pure, no SQL).

The command line (``client list --search``) and the window's search box use this one rule.
A phone number is matched by its digits, so "0170 123" finds "0170-123 45 67" however
either was spaced or punctuated.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

MIN_PHONE_DIGITS = 3  # fewer digits would find half the list
_PHONE_LIKE = re.compile(r"[0-9+()./\s-]+")


class Searchable(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def concerns(self) -> str: ...


def folded(text: str) -> str:
    """Case and accents ignored: "Zoë" is found by "zoe"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isdigit())


def client_matches(client: Searchable, query: str) -> bool:
    """Every word of ``query`` is found in one of the client's searchable fields."""
    words = query.split()
    if not words:
        return True
    text = folded(" \n".join((client.name, client.email, client.notes, client.concerns)))
    stripped = query.strip()
    wanted = digits(stripped)
    phone_like = _PHONE_LIKE.fullmatch(stripped) and len(wanted) >= MIN_PHONE_DIGITS
    if phone_like and wanted in digits(client.phone):
        return True  # the whole query is a phone number: digits compared, spacing ignored
    phone_text = folded(client.phone)
    return all(folded(w) in text or folded(w) in phone_text for w in words)
