"""Who changed a row: the seat name and the OS user, stamped on every insert and update.

The one place the ``changed_by`` column gets its value (the ``Tracked`` mixin's default and
onupdate), so every write — window, command line, import — says which seat made it, and a
conflict can say "changed on seat FRONT-DESK (ana) at 10:42". The stamp is re-read when the
seat's name changes (its env variable, or the saved file's modification time), not on every
row: a photo import stamps hundreds of rows.
"""

from __future__ import annotations

import os

from needlejournal import seat

MAX_STAMP = 100  # the column's width

_cache: tuple[tuple[str, int], str] | None = None


def _key() -> tuple[str, int]:
    try:
        mtime = seat.seat_file().stat().st_mtime_ns
    except OSError:
        mtime = -1
    return os.environ.get(seat.SEAT_ENV, ""), mtime


def format_stamp(seat_name: str, user: str) -> str:
    """'FRONT-DESK (ana)': the seat, and the account in brackets."""
    return f"{seat_name} ({user})"[:MAX_STAMP]


def parse_stamp(stamp: str) -> tuple[str, str]:
    """(seat, user) of a stamp; ('', '') for rows written before stamps existed."""
    name, sep, user = stamp.rpartition(" (")
    if not sep or not user.endswith(")"):
        return stamp, ""
    return name, user[:-1]


def changed_by() -> str:
    """This process's stamp (cached until the seat name changes)."""
    global _cache
    key = _key()
    if _cache is None or _cache[0] != key:
        _cache = (key, format_stamp(seat.seat_name(), seat.os_user()))
    return _cache[1]
