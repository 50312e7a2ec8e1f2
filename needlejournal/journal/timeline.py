"""One client's timeline: sessions with their guidance warnings, skin checks, ratings and the
screening on file (and the photos, for the command line's merged view).

Each thing is read once, by the client, so a timeline is a fixed handful of statements
whatever the length of the history (tests/journal/test_timeline_statements.py pins the count):
the client, the sessions with their areas and products (``treatments.load_treatments``), the
skin checks, the screening (shown, and read by the rules), the ratings, and what the rules
need besides: the products' ingredients and expiry, and the mode and thresholds.

The reads beyond the sessions and skin checks go through the session's connection (Core):
plain columns need none of the ORM's per-statement work, which cost more than the queries.
A timeline is read in a unit of its own, and a session is read right after its flush, so no
change is pending that Core would miss (the ORM would flush it first).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, bindparam, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import convert, ratings
from needlejournal.journal.client_records import ClientRecord
from needlejournal.journal.client_rows import CLIENT_FIELDS
from needlejournal.journal.limits import id_in_range
from needlejournal.journal.records import Timeline
from needlejournal.journal.rows import no_such_record
from needlejournal.journal.screening import read_screening
from needlejournal.journal.treatments import (
    load_observations,
    load_treatments,
    merged,
    with_warnings,
)

_CLIENT = select(*(getattr(m.Client, name) for name in CLIENT_FIELDS)).where(
    m.Client.id == bindparam("client", type_=Integer)
)
_PHOTOS = (
    select(*convert.PHOTO_COLUMNS)
    .where(m.Photo.client_id == bindparam("client", type_=Integer))
    .order_by(m.Photo.taken_at, m.Photo.id)
)


def read_client(s: Session, client_id: int) -> ClientRecord:
    """The client as a record (a column read: no entity, so nothing to read twice)."""
    found = (
        s.connection().execute(_CLIENT, {"client": client_id}) if id_in_range(client_id) else None
    )
    row = None if found is None else found.first()
    if row is None:
        raise no_such_record("client", client_id)
    return ClientRecord(*row)


def timeline(s: Session, client_id: int, *, photos: bool = False) -> Timeline:
    """Sessions (with guidance warnings) and skin checks of one client, oldest first.

    ``photos`` adds the client's photos (the CLI's merged timeline); the window leaves it off,
    its gallery lists them itself, so a timeline refresh never reads thousands of photo rows.
    """
    client = read_client(s, client_id)
    screening = read_screening(s, client_id)
    sessions = with_warnings(s, load_treatments(s, client_id), screening)
    entries = merged(sessions, load_observations(s, client_id))
    dates: dict[tuple[str, int], datetime] = {(e.kind, e.id): e.when for e in entries}
    photo_rows = s.execute(_PHOTOS, {"client": client_id}) if photos else ()
    return Timeline(
        client,
        entries,
        tuple(convert.photo_from_row(row) for row in photo_rows),
        tuple(ratings.ratings_of_entries(s, client_id, dates)),
        screening=screening,
    )
