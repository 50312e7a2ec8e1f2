"""What filling a demo journal returns or raises (cheap to import: no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from needlejournal.journal.errors import JournalError
from needlejournal.journal.records import Mode


class DemoRefused(JournalError):
    """The demo fills only an empty journal, so it never mixes with real records."""


@dataclass(frozen=True)
class DemoSummary:
    """What was written; ``client_ids`` in plan order (for a later photo step)."""

    mode: Mode
    clients: int
    treatments: int
    observations: int
    devices: int
    products: int
    client_ids: tuple[int, ...]
    first_date: date | None
    last_date: date | None
    photos: int = 0  # synthetic photos imported (``fill_demo(photos=True)``)
