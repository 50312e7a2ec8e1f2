"""Which seat (computer) and which OS user is working: stamped on changes and audit rows.

A clinic shares one PostgreSQL journal between several seats (front desk, treatment room).
The seat name is a property of the computer, not of the journal, so it lives in the user's
config folder (platformdirs), not in the database: two seats can never overwrite each other's
name. ``NEEDLEJOURNAL_SEAT`` overrides it (tests, kiosks); the default is the host name.
Stdlib + platformdirs only: the CLI and the window both read it before any database work.
"""

from __future__ import annotations

import getpass
import os
import socket
from pathlib import Path

from needlejournal import APP_NAME
from needlejournal.durable import atomic_write

SEAT_ENV = "NEEDLEJOURNAL_SEAT"
MAX_SEAT_NAME = 40


class SeatNameError(ValueError):
    """A seat name that cannot be stored (empty, too long, or with line breaks)."""


def seat_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "seat"


def _clean(name: str) -> str:
    return " ".join(name.split())


def seat_name() -> str:
    """The name this computer goes by in the journal: env, then the saved name, then host."""
    from_env = _clean(os.environ.get(SEAT_ENV, ""))
    if from_env:
        return from_env[:MAX_SEAT_NAME]
    try:
        saved = _clean(seat_file().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        saved = ""
    if saved:
        return saved[:MAX_SEAT_NAME]
    return (socket.gethostname().split(".")[0] or "this computer")[:MAX_SEAT_NAME]


def set_seat_name(name: str) -> str:
    """Save this computer's seat name (atomically); returns the name as stored."""
    cleaned = _clean(name)
    if not cleaned:
        raise SeatNameError("A seat name cannot be empty.")
    if len(cleaned) > MAX_SEAT_NAME:
        raise SeatNameError(f"A seat name can have at most {MAX_SEAT_NAME} characters.")
    target = seat_file()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with atomic_write(target) as handle:
        handle.write(cleaned.encode("utf-8"))
    return cleaned


def os_user() -> str:
    """The operating-system account running the app (who sat at the seat)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"
