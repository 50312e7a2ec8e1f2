"""The audit trail's hash chain: append lines in turn, and verify that none was touched.

Each line's ``row_hash`` is SHA-256 over the previous line's hash and the line's own canonical
content (every column but the two hashes, as sorted, compact JSON). Editing a line changes its
own hash; deleting or reordering lines breaks the link to the line before; removing the newest
lines leaves the chain head (``audit_head``) naming a line that is gone.

Appends are serialised by a write on the chain-head row before it is read: on SQLite that
write takes the database's writer lock, on PostgreSQL the row lock, which a second seat waits
for and then re-reads (READ COMMITTED), so two seats never both extend the same line.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Table, insert, select, update
from sqlalchemy.orm import Session

from needlejournal.db import models as m

GENESIS = "0" * 64
HEAD_ID = 1
VERIFY_BATCH = 2_000


def _table(model: type[m.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


ENTRY = _table(m.AuditEntry)
HEAD = _table(m.AuditHead)


@dataclass(frozen=True)
class Line:
    """One line to append, before the chain gives it an id and hashes."""

    action: str
    client_id: int | None = None
    record_kind: str = ""
    record_id: int | None = None
    details: dict[str, Any] | None = None


def details_text(details: dict[str, Any] | None) -> str:
    return json.dumps(details or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def stamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def canonical(row: dict[str, Any]) -> str:
    """The text a line's hash covers: every column but the hashes, in a fixed form."""
    content = {
        "id": row["id"],
        "at": stamp(row["at"]),
        "seat": row["seat"],
        "os_user": row["os_user"],
        "client_id": row["client_id"],
        "action": row["action"],
        "record_kind": row["record_kind"],
        "record_id": row["record_id"],
        "details": row["details"],
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def link(prev_hash: str, row: dict[str, Any]) -> str:
    return hashlib.sha256(f"{prev_hash}\n{canonical(row)}".encode()).hexdigest()


def append(s: Session, lines: Sequence[Line], seat: str, os_user: str) -> None:
    """Append ``lines`` in the session's transaction, after the chain's newest line."""
    if not lines:
        return
    # The write comes first: the lock it takes is what makes the read below the true head.
    locked = s.execute(update(HEAD).where(HEAD.c.id == HEAD_ID).values(last_id=HEAD.c.last_id))
    if not cast("CursorResult[Any]", locked).rowcount:
        _rebuild_head(s)
    last_id, last_hash = s.execute(
        select(HEAD.c.last_id, HEAD.c.last_hash).where(HEAD.c.id == HEAD_ID)
    ).one()
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    for line in lines:
        last_id += 1
        row: dict[str, Any] = {
            "id": last_id,
            "at": now,
            "seat": seat[:100],
            "os_user": os_user[:100],
            "client_id": line.client_id,
            "action": line.action,
            "record_kind": line.record_kind,
            "record_id": line.record_id,
            "details": details_text(line.details),
            "prev_hash": last_hash,
        }
        last_hash = row["row_hash"] = link(last_hash, row)
        rows.append(row)
    s.execute(insert(ENTRY), rows)
    s.execute(update(HEAD).where(HEAD.c.id == HEAD_ID).values(last_id=last_id, last_hash=last_hash))


def _rebuild_head(s: Session) -> None:
    """The head row is gone (only a hand in the database removes it): start again from the
    newest line, so saving still works; ``verify`` cannot vouch for the lines after it."""
    newest = s.execute(
        select(ENTRY.c.id, ENTRY.c.row_hash).order_by(ENTRY.c.id.desc()).limit(1)
    ).first()
    last_id, last_hash = (newest[0], newest[1]) if newest else (0, GENESIS)
    s.execute(insert(HEAD).values(id=HEAD_ID, last_id=last_id, last_hash=last_hash))


@dataclass(frozen=True)
class ChainCheck:
    """What ``verify`` found: ``ok``, how many lines it read, and the first break."""

    lines: int
    broken_at: int | None = None  # the id of the first line that does not fit
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def _rows(s: Session) -> Iterator[dict[str, Any]]:
    after = 0
    while True:
        batch = s.execute(
            select(ENTRY).where(ENTRY.c.id > after).order_by(ENTRY.c.id).limit(VERIFY_BATCH)
        ).all()
        if not batch:
            return
        for r in batch:
            yield dict(r._mapping)
        after = batch[-1].id


def verify(s: Session) -> ChainCheck:
    """Walk the chain oldest first; report the first line that was edited, removed or moved."""
    return verify_rows(_rows(s), s.execute(select(HEAD.c.last_id, HEAD.c.last_hash)).first())


def verify_rows(rows: Iterable[dict[str, Any]], head: Any) -> ChainCheck:
    prev_hash, expected_id, count = GENESIS, 1, 0
    for row in rows:
        count += 1
        rid = row["id"]
        if rid != expected_id:
            missing = (
                f"line {expected_id}"
                if rid == expected_id + 1
                else (f"lines {expected_id}–{rid - 1}")
            )
            return ChainCheck(count, rid, f"the audit trail is missing {missing} (removed)")
        if row["prev_hash"] != prev_hash:
            return ChainCheck(
                count,
                rid,
                f"audit line {rid} does not follow line {rid - 1} (a line was removed, "
                "replaced or moved)",
            )
        if link(prev_hash, row) != row["row_hash"]:
            return ChainCheck(count, rid, f"audit line {rid} was changed after it was written")
        prev_hash, expected_id = row["row_hash"], rid + 1
    if head is None:
        return ChainCheck(count, None, "the audit trail's chain head is missing")
    head_id, head_hash = head[0], head[1]
    if head_id > expected_id - 1:
        return ChainCheck(
            count,
            expected_id,
            f"the newest audit lines ({expected_id}–{head_id}) were removed",
        )
    if head_id < expected_id - 1 or head_hash != prev_hash:
        return ChainCheck(
            count, head_id + 1, "the audit trail's chain head does not match its newest line"
        )
    return ChainCheck(count)
