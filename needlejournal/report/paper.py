"""The page size a user expects: Letter in the US and Canada (and a few neighbours), A4
elsewhere, read from the locale the way ``LC_PAPER`` is resolved (``LC_ALL`` wins, then
``LC_PAPER``, then ``LANG``). Stdlib only."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Paper = Literal["A4", "Letter"]
# Territories whose paper is US Letter (glibc's LC_PAPER data: US, CA, and the Americas that
# follow them; everything else uses A4).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "GT", "CR"})


def territory(locale_name: str) -> str | None:
    """``en_US.UTF-8@euro`` → ``US``; ``C`` or ``POSIX`` → None."""
    base = locale_name.split(".", 1)[0].split("@", 1)[0]
    _, sep, country = base.partition("_")
    return country.upper() if sep and country else None


def paper_for_locale(env: Mapping[str, str] | None = None) -> Paper:
    environ = os.environ if env is None else env
    for key in ("LC_ALL", "LC_PAPER", "LANG"):
        value = environ.get(key, "").strip()
        if value:
            where = territory(value)
            return "Letter" if where in LETTER_TERRITORIES else "A4"
    return "A4"
