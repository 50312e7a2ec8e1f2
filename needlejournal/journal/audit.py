"""The audit trail, read and recorded: who did what to which client, when, from which seat.

Lines are written by the unit of work (``audit_hook``); use-cases add the actions the ORM
cannot see with ``record``. Reading returns frozen ``AuditRecord``s; ``verify`` walks the
hash chain. Nothing here knows Qt: the window and the CLI both use it through the journal.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal.audit_actions import ACTIONS as ACTIONS
from needlejournal.journal.audit_actions import Action as Action
from needlejournal.journal.audit_chain import ChainCheck, Line, stamp
from needlejournal.journal.audit_chain import verify as verify_chain
from needlejournal.journal.audit_hook import note


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    seat: str
    os_user: str
    client_id: int | None
    action: str
    record_kind: str
    record_id: int | None
    details: dict[str, Any]

    @property
    def fields(self) -> tuple[str, ...]:
        value = self.details.get("fields", [])
        return tuple(str(f) for f in value) if isinstance(value, list) else ()

    def summary(self) -> str:
        """The line in words: "changed session 12 (notes, pain)"."""
        what = " ".join(p for p in (self.record_kind, _opt(self.record_id)) if p)
        text = f"{self.action} {what}".strip()
        if self.fields:
            text += f" ({', '.join(self.fields)})"
        key = self.details.get("key")
        if isinstance(key, str):
            text += f" {key}"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": stamp(self.at),
            "seat": self.seat,
            "os_user": self.os_user,
            "client_id": self.client_id,
            "action": self.action,
            "record_kind": self.record_kind,
            "record_id": self.record_id,
            "details": self.details,
        }


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)


def record(
    s: Session,
    action: Action,
    *,
    client_id: int | None = None,
    kind: str = "",
    record_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Record an action in this unit of work (written when it commits, with its changes)."""
    note(s, Line(action.value, client_id, kind, record_id, details))


@dataclass(frozen=True)
class AuditFilter:
    client_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    action: str | None = None
    limit: int | None = None  # the newest N (still returned oldest first)


def _record(row: m.AuditEntry) -> AuditRecord:
    try:
        details = json.loads(row.details or "{}")
    except ValueError:
        details = {"unreadable": True}
    return AuditRecord(
        row.id,
        row.at,
        row.seat,
        row.os_user,
        row.client_id,
        row.action,
        row.record_kind,
        row.record_id,
        details if isinstance(details, dict) else {},
    )


def entries(s: Session, f: AuditFilter) -> list[AuditRecord]:
    """Lines matching ``f``, oldest first."""
    stmt = select(m.AuditEntry)
    if f.client_id is not None:
        stmt = stmt.where(m.AuditEntry.client_id == f.client_id)
    if f.since is not None:
        stmt = stmt.where(m.AuditEntry.at >= f.since)
    if f.until is not None:
        stmt = stmt.where(m.AuditEntry.at < f.until)
    if f.action:
        stmt = stmt.where(m.AuditEntry.action == f.action)
    if f.limit is not None:
        newest = stmt.order_by(m.AuditEntry.id.desc()).limit(f.limit)
        return [_record(r) for r in reversed(s.scalars(newest).all())]
    return [_record(r) for r in s.scalars(stmt.order_by(m.AuditEntry.id))]


def verify(s: Session) -> ChainCheck:
    return verify_chain(s)


CSV_COLUMNS = (
    "id",
    "at",
    "seat",
    "os_user",
    "client_id",
    "action",
    "record_kind",
    "record_id",
    "fields",
    "details",
)


def csv_text(records: Sequence[AuditRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            [
                r.id,
                stamp(r.at),
                r.seat,
                r.os_user,
                _opt(r.client_id),
                r.action,
                r.record_kind,
                _opt(r.record_id),
                " ".join(r.fields),
                json.dumps(r.details, sort_keys=True),
            ]
        )
    return out.getvalue()


def write_csv(records: Sequence[AuditRecord], target: Path) -> None:
    from needlejournal.durable import atomic_write

    with atomic_write(target) as handle:
        handle.write(csv_text(records).encode("utf-8"))
