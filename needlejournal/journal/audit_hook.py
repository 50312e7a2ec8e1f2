"""Write the audit trail from the unit of work itself, in the transaction it records.

Installed once on the journal's sessionmaker, so no use-case writes audit lines by hand:
``before_flush`` notes every record created, changed (with the names of the fields that
really changed) or deleted; use-cases add what the ORM cannot see (viewed photos, exported,
erased…) with ``audit.note``; ``before_commit`` flushes, turns both into lines and appends
them to the chain before the commit. A unit that rolls back leaves no line, and a line is
never written for a change that was not committed.

The lines name records by kind and id, and fields by name: never a value, so the trail holds
nothing personal that erasing a client would have to remove.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from needlejournal.db import models as m
from needlejournal.journal.audit_chain import Line, append

PENDING = "audit_pending"
NOTES = "audit_notes"

# Bookkeeping columns every save touches: not a change anyone made.
_IGNORED = frozenset({"id", "version", "created_at", "updated_at", "changed_by"})

_KINDS: dict[type[m.Base], str] = {
    m.Client: "client",
    m.Treatment: "session",
    m.Observation: "skin check",
    m.Consent: "consent",
    m.Rating: "rating",
    m.Photo: "photo",
    m.PhotoRegion: "photo region",
    m.Device: "device",
    m.Product: "product",
    m.ProductLot: "product lot",
    m.Setting: "setting",
}


def _client_of(obj: Any) -> int | None:
    if isinstance(obj, m.Client):
        return obj.id
    return getattr(obj, "client_id", None)


def _record_id(obj: Any) -> int | None:
    value = getattr(obj, "id", None)
    return value if isinstance(value, int) else None


def _children(items: Any) -> list[tuple[Any, ...]]:
    """What a session's areas or products say, in order (ids and positions aside)."""
    rows = []
    for child in items:
        state = inspect(child)
        cols = [a.key for a in state.mapper.column_attrs if a.key not in {"id", "treatment_id"}]
        rows.append(tuple(getattr(child, c) for c in cols))
    return sorted(rows)


def changed_fields(obj: Any) -> list[str]:
    """Names of the fields whose value really changed (same-value assignments are not)."""
    state = inspect(obj)
    names = []
    for attr in state.mapper.column_attrs:
        if attr.key in _IGNORED:
            continue
        if state.attrs[attr.key].history.has_changes():
            names.append(attr.key)
    for rel in state.mapper.relationships:
        hist = state.attrs[rel.key].history
        if rel.uselist and (hist.added or hist.deleted):
            before = _children([*hist.unchanged, *hist.deleted])
            after = _children([*hist.unchanged, *hist.added])
            if before != after:
                names.append(rel.key)
    return names


@dataclass
class _Pending:
    """A record's change seen at a flush; its line is made at commit (ids are known then)."""

    action: str
    obj: Any
    kind: str
    fields: list[str] = field(default_factory=list)
    client_id: int | None = None
    record_id: int | None = None


def _before_flush(s: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    pending: list[_Pending] = s.info.setdefault(PENDING, [])
    for obj in s.new:
        kind = _KINDS.get(type(obj))
        if kind is not None:
            pending.append(_Pending("created", obj, kind))
    for obj in s.dirty:
        kind = _KINDS.get(type(obj))
        if kind is None or not s.is_modified(obj):
            continue
        fields = changed_fields(obj)
        if fields:
            pending.append(_Pending("changed", obj, kind, fields))
    for obj in s.deleted:
        kind = _KINDS.get(type(obj))
        if kind is not None:
            # Read now: a deleted row's ids are all there is left to say.
            pending.append(_Pending("deleted", obj, kind, [], _client_of(obj), _record_id(obj)))


def _setting_key(p: _Pending) -> dict[str, Any]:
    return {"key": p.obj.key} if isinstance(p.obj, m.Setting) else {}


def lines_for(pending: list[_Pending], notes: list[Line]) -> list[Line]:
    """One line per record and action, in the order they happened, merged within the unit."""
    erased = {n.client_id for n in notes if n.action == "erased"}
    created: set[int] = set()
    by_key: dict[tuple[str, str, int | None, str], Line] = {}
    order: list[tuple[str, str, int | None, str]] = []
    for p in pending:
        if p.action != "deleted":
            p.client_id, p.record_id = _client_of(p.obj), _record_id(p.obj)
        marker = id(p.obj)
        if p.action == "created":
            created.add(marker)
        elif p.action == "changed" and marker in created:
            continue  # a record made in this unit is reported once, as created
        if p.kind == "client" and p.action == "deleted" and p.record_id in erased:
            continue  # the erasure line says it
        extra = _setting_key(p)
        key = (p.action, p.kind, p.record_id, extra.get("key", ""))
        if key in by_key:
            old = by_key[key]
            merged = sorted({*(old.details or {}).get("fields", []), *p.fields})
            by_key[key] = Line(
                old.action,
                old.client_id,
                old.record_kind,
                old.record_id,
                {**(old.details or {}), "fields": merged},
            )
            continue
        details: dict[str, Any] = dict(extra)
        if p.fields:
            details["fields"] = sorted(p.fields)
        by_key[key] = Line(p.action, p.client_id, p.kind, p.record_id, details or None)
        order.append(key)
    return [by_key[k] for k in order] + notes


def _before_commit(s: Session, actor: Callable[[], tuple[str, str]]) -> None:
    if s.new or s.dirty or s.deleted:
        s.flush()  # collects the last changes (and gives new records their ids)
    pending: list[_Pending] = s.info.pop(PENDING, [])
    notes: list[Line] = s.info.pop(NOTES, [])
    if not pending and not notes:
        return
    lines = lines_for(pending, notes)
    if lines:
        seat, user = actor()
        append(s, lines, seat, user)


def _forget(s: Session, *_args: Any) -> None:
    s.info.pop(PENDING, None)
    s.info.pop(NOTES, None)


def install(sessions: sessionmaker[Session], actor: Callable[[], tuple[str, str]]) -> None:
    """Record every unit of work made by ``sessions``; ``actor`` says (seat, OS user)."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "before_commit", lambda s: _before_commit(s, actor))
    event.listen(sessions, "after_rollback", _forget)


def note(s: Session, line: Line) -> None:
    """Record what the ORM cannot see (a view, an export…) with this unit's changes."""
    s.info.setdefault(NOTES, []).append(line)
