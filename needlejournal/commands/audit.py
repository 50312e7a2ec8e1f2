"""``audit [--client X] [--since DATE] [--action A] [--last N] [--verify] [--csv FILE]``.

JSON: ``{"entries": [{id, at, seat, os_user, client_id, action, record_kind, record_id,
details}], "verified": {ok, lines, broken_at, problem} | null, "csv": FILE | null}``, oldest
first. ``--client`` takes a name or an id (an erased client is found by id only: the trail
keeps no name). ``--verify`` walks the hash chain; exit 1 with one sentence when it is broken.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.dates import format_moment
from needlejournal.words import count

from . import _parsing as parse
from ._base import (
    EXIT_OK,
    EXIT_REJECTED,
    Context,
    JSONValue,
    Outcome,
    Subparsers,
    UsageError,
    add_command,
)

if TYPE_CHECKING:
    from needlejournal.journal.audit import AuditRecord


def since(text: str) -> datetime:
    """A date (from the start of that local day) or an ISO date-time; returns aware UTC."""
    raw = text.strip()
    if len(raw) == 10:
        start = datetime.combine(parse.day(raw), time(0)).astimezone()
        return start.astimezone(UTC)
    return parse.when(raw)


def register(subparsers: Subparsers) -> None:
    from needlejournal.journal.audit_actions import ACTIONS

    parser = add_command(
        subparsers,
        "audit",
        run,
        "Who did what, when, from which seat → {entries: […]}; --verify checks the hash chain.",
    )
    parser.add_argument("--client", metavar="NAME_OR_ID", help="only this client's lines")
    parser.add_argument(
        "--since", type=since, metavar="DATE", help="from this day (or ISO date-time) on"
    )
    parser.add_argument("--action", choices=ACTIONS, metavar="ACTION", help="only this action")
    parser.add_argument(
        "--last", type=parse.bounded_int(1, 1_000_000), metavar="N", help="only the newest N"
    )
    parser.add_argument(
        "--verify", action="store_true", help="check that no line was edited, removed or moved"
    )
    parser.add_argument("--csv", type=Path, metavar="FILE", help="also write the lines as CSV")


def _client_id(ctx: Context, wanted: str) -> int:
    text = wanted.strip()
    if text.isdigit():
        return int(text)  # also an erased client, whom no name finds any more
    return ctx.journal().find_client(text).id


def _line(r: AuditRecord) -> str:
    who = f"{r.seat} ({r.os_user})"
    client = f"client {r.client_id}: " if r.client_id is not None else ""
    return f"  #{r.id} {format_moment(r.at)}  {who}  {client}{r.summary()}"


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.audit import AuditFilter, write_csv

    if args.csv is not None and not args.csv.parent.is_dir():
        raise UsageError(f"The folder {args.csv.parent} does not exist.")
    if args.since is not None and args.since > datetime.now(UTC):
        raise UsageError(f"--since {date.isoformat(args.since.date())} is in the future.")
    journal = ctx.journal()
    client_id = _client_id(ctx, args.client) if args.client else None
    wanted = AuditFilter(client_id=client_id, since=args.since, action=args.action, limit=args.last)
    records = journal.audit_entries(wanted)
    if args.csv is not None:
        write_csv(records, args.csv)
    data: dict[str, JSONValue] = {
        "entries": [r.to_json() for r in records],
        "verified": None,
        "csv": None if args.csv is None else str(args.csv),
    }
    lines = [f"{count(len(records), 'audit line')}."] + [_line(r) for r in records]
    errors: tuple[str, ...] = ()
    code = EXIT_OK
    if args.verify:
        check = journal.verify_audit()
        data["verified"] = {
            "ok": check.ok,
            "lines": check.lines,
            "broken_at": check.broken_at,
            "problem": check.problem or None,
        }
        if check.ok:
            lines.append(f"The audit trail is intact ({count(check.lines, 'line')} verified).")
        else:
            errors = (f"The audit trail is broken: {check.problem}.",)
            code = EXIT_REJECTED
    if args.csv is not None:
        lines.append(f"Wrote {args.csv}.")
    return Outcome(data=data, text="\n".join(lines), exit_code=code, errors=errors)
