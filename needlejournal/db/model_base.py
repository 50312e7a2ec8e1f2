"""What every table shares: the declarative ``Base`` with its constraint names, and the
``Tracked`` stamps and version counter (re-exported by ``db.models``, imported as ``m``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from needlejournal.db.types import UTCDateTime, utcnow
from needlejournal.stamps import MAX_STAMP, changed_by

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}  # noqa: RUF012


class Tracked:
    """Created/updated stamps, who made the last change, and the optimistic-locking counter.

    ``changed_by`` is the seat and OS user of the last insert or update ("FRONT-DESK (ana)",
    ``db.stamps``); rows written before schema 0003 hold "".
    """

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[str] = mapped_column(
        String(MAX_STAMP), default=changed_by, onupdate=changed_by, server_default=""
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
