"""The client list's records, in a module of their own so the window's first look
(``journal.first_look``) can build them without importing every record (``records``
re-exports both: they are the same classes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ClientRecord:
    id: int
    name: str
    is_self: bool
    skin_type: str | None
    concerns: str
    contraindications: str
    consent_on: date | None
    notes: str
    archived: bool
    version: int
    created_at: datetime
    birth_date: date | None = None
    age_band: str | None = None  # an AgeBand, when no birth date is given
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ClientSummary:
    """A client as the client list shows it: the entity and its session aggregates.

    Every write that changes what the list shows returns one, built by the same query as the
    list (``journal.clients``), so a row is never replaced by a record missing its counts.
    """

    client: ClientRecord
    treatment_count: int
    last_treatment_at: datetime | None

    @property
    def id(self) -> int:
        return self.client.id

    @property
    def name(self) -> str:
        return self.client.name
