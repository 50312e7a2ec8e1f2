"""``clinic grant-seat ROLE [--print]``: make a PostgreSQL role a seat of the clinic journal.

A seat reads and writes records but may only append to the audit trail (no UPDATE, DELETE or
TRUNCATE on it). Run as the journal's owner. JSON: ``{"role", "statements": […], "ran": bool}``.
"""

from __future__ import annotations

import argparse

from ._base import Context, Outcome, Subparsers, UsageError, add_command, add_group


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "clinic", None, "Clinic mode on PostgreSQL: seat roles.")
    commands = add_group(group, "clinic commands")
    grant = add_command(
        commands,
        "grant-seat",
        run_grant_seat,
        "Let ROLE use the journal as a seat: records read and written, the audit trail "
        "append-only (run as the journal's owner).",
    )
    grant.add_argument("role", metavar="ROLE", help="an existing PostgreSQL login role")
    grant.add_argument("--print", action="store_true", help="print the SQL instead of running it")


def run_grant_seat(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.clinic_roles import grant_seat, seat_sql

    if ctx.paths.is_sqlite:
        raise UsageError(
            "Seat roles are for a clinic's PostgreSQL journal; give --database-url "
            "postgresql+psycopg://…"
        )
    if args.print:
        from urllib.parse import urlsplit

        database = urlsplit(ctx.paths.sqlite_url).path.lstrip("/") or "needlejournal"
        statements = seat_sql(args.role, database)
        text = "\n".join(f"{s};" for s in statements)
        return Outcome(data={"role": args.role, "statements": statements, "ran": False}, text=text)
    statements = grant_seat(ctx.journal(), args.role)
    return Outcome(
        data={"role": args.role, "statements": statements, "ran": True},
        text=f"{args.role} is now a seat: it reads and writes the journal, and can add audit "
        "lines but never change or remove one.",
    )
