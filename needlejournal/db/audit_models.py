"""The audit trail's tables: its append-only lines and the chain's head (``journal.audit``).

Part of the journal's tables: import them through ``db.models`` (as ``m``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from needlejournal.db.model_base import Base


class AuditEntry(Base):
    """One line of the audit trail: append-only, each row chained to the one before by hash.

    Ids are given by the writer (the chain head's ``last_id`` + 1), never by a sequence, so the
    chain has no gaps to explain and two writers that ever raced would collide on the key
    rather than fork the chain. ``client_id`` is deliberately not a foreign key: erasing a
    client must not delete (and so break) the lines that record what happened to them; the
    lines hold the id only, never a name. ``details`` is canonical JSON text, hashed as stored.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    seat: Mapped[str] = mapped_column(String(100))
    os_user: Mapped[str] = mapped_column(String(100))
    client_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    record_kind: Mapped[str] = mapped_column(String(32), default="")
    record_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_entry_client_id", "client_id"),
        Index("ix_audit_entry_at", "at"),
    )


class AuditHead(Base):
    """The chain's newest line (one row, id 1): appends lock it, so seats append in turn, and
    a removed newest line is caught (the head still names it)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
