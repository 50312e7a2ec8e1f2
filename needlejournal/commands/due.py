"""``due [--on DATE] [--ics FILE]``: who is due for a session or an aftercare check-in.

JSON: ``{"today": DATE, "items": [{client_id, client, kind, due_on, overdue, days_late,
last_session_id, last_session_at, deepest_mm, interval_days}], "ics": FILE|null}``, soonest
first. ``kind`` is "session" (next session by the guidance interval for the last session's
deepest depth) or "aftercare" (day 2–3 check-in, no skin check logged since the session).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.dates import format_date, iso
from needlejournal.guidance import format_depth

from . import _parsing as parse
from . import _records as out
from ._base import Context, JSONValue, Outcome, Subparsers, add_command

if TYPE_CHECKING:  # the journal (and SQLAlchemy) load only when the command runs
    from needlejournal.journal.due import DueItem


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "due",
        run,
        "Who is due for a session or an aftercare check-in, soonest first → {items: […]}.",
        reads_only=True,
    )
    parser.add_argument(
        "--on", type=parse.day, metavar="DATE", help="as seen on this day (default: today)"
    )
    parser.add_argument(
        "--ics", type=Path, metavar="FILE", help="also write the items as a calendar (.ics)"
    )


def _item(item: DueItem, today: date) -> dict[str, JSONValue]:
    return {
        "client_id": item.client_id,
        "client": item.client_name,
        "kind": item.kind,
        "due_on": item.due_on.isoformat(),
        "overdue": item.overdue,
        "days_late": item.late_by(today),
        "last_session_id": item.last_session_id,
        "last_session_at": iso(item.last_session_at),
        "deepest_mm": item.deepest_mm,
        "interval_days": item.interval_days,
    }


def _line(item: DueItem, today: date) -> tuple[str, ...]:
    what = "aftercare check-in" if item.kind == "aftercare" else "next session"
    if item.overdue:
        late = item.late_by(today)
        state = f"overdue {late} day{'' if late == 1 else 's'}"
    elif item.due_on == today:
        state = "today"
    else:
        state = ""
    depth = format_depth(item.deepest_mm) if item.deepest_mm else "—"
    return (
        format_date(item.due_on),
        item.client_name,
        what,
        state,
        format_date(item.last_session_at),
        depth,
    )


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.due import due_in
    from needlejournal.journal.due_calendar import write_ics

    today: date = args.on or date.today()
    items = due_in(ctx.journal(), today)
    lines: list[str] = []
    if items:
        lines.append(
            out.table(
                ("Due", "Client", "What", "", "Last session", "Depth"),
                [_line(i, today) for i in items],
            )
        )
    else:
        lines.append("Nobody is due: no client who is not archived has a session yet.")
    if args.ics is not None:
        count = write_ics(items, args.ics)
        lines.append(f"Wrote {count} event{'' if count == 1 else 's'} to {args.ics}.")
    data = {
        "today": today.isoformat(),
        "items": [_item(i, today) for i in items],
        "ics": None if args.ics is None else str(args.ics),
    }
    return Outcome(data=data, text="\n".join(lines))
