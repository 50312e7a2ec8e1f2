"""One photo's record read with plain ``sqlite3``: the ``compare`` command's reads (issue 15).

``compare`` is a new process each time and needs two photo records; importing SQLAlchemy and
the ORM models cost it ~0.3 s of its 2 s goal. The statement reads ``PhotoRecord``'s fields by
name and converts each value as SQLAlchemy's SQLite types would (naive UTC text → aware
``datetime`` like ``db.types.UTCDateTime``, JSON text → ``dict``, 0/1 → ``bool``); a test holds
it to the ORM's record (``convert.photo``). A value they would not read the same way raises
``ValueError`` or ``TypeError``: the caller then reads through ``Journal``. Nothing here
imports SQLAlchemy.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from typing import Any

from needlejournal.journal.client_rows import flag, utc_datetime
from needlejournal.journal.records import PhotoRecord

PHOTO_FIELDS = tuple(f.name for f in fields(PhotoRecord))
_COLUMNS = ", ".join(f'"{name}"' for name in PHOTO_FIELDS)
PHOTO_SQL = f"SELECT {_COLUMNS} FROM photo WHERE id = ?"
_INTS = ("id", "client_id", "width", "height", "bytes", "version")
_TEXTS = ("role", "view", "sha256", "media_type", "original_name", "note")


def _json_object(value: Any, *, optional: bool) -> dict[str, object] | None:
    if value is None:
        return None if optional else {}
    if not isinstance(value, str):
        raise TypeError(f"a JSON column holds {type(value).__name__}")
    decoded = json.loads(value)
    if decoded is None:
        return None if optional else {}
    if not isinstance(decoded, dict):
        raise ValueError("a photo's capture or landmarks is not a JSON object")
    return decoded


def photo_from_row(row: sqlite3.Row | tuple[Any, ...]) -> PhotoRecord:
    """The record of one row of ``PHOTO_SQL``."""
    values = dict(zip(PHOTO_FIELDS, row, strict=True))
    for name in _INTS:
        if type(values[name]) is not int:
            raise TypeError(f"photo.{name} holds {type(values[name]).__name__}")
    for name in _TEXTS:
        if not isinstance(values[name], str):
            raise TypeError(f"photo.{name} holds {type(values[name]).__name__}")
    treatment = values["treatment_id"]
    if treatment is not None and type(treatment) is not int:
        raise TypeError(f"photo.treatment_id holds {type(treatment).__name__}")
    values["taken_at"] = utc_datetime(values["taken_at"])
    values["capture"] = _json_object(values["capture"], optional=False)
    values["landmarks"] = _json_object(values["landmarks"], optional=True) or None
    share = values["share_consent"]
    values["share_consent"] = None if share is None else flag(share)
    return PhotoRecord(**values)


def read_photo(conn: sqlite3.Connection, photo_id: int) -> PhotoRecord | None:
    """The photo with ``photo_id``, or None when there is none."""
    row = conn.execute(PHOTO_SQL, (photo_id,)).fetchone()
    return None if row is None else photo_from_row(row)
