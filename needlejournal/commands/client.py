"""``client add`` and ``client list``.

The journal owns the mode rule (``Journal.add_client``): adding a client never switches a
chosen mode. On a journal whose mode nobody chose yet, the first client chooses it ("Me":
personal, anyone else: clinic); ``needlejournal mode`` shows or changes it.
"""

from __future__ import annotations

import argparse

from needlejournal.dates import format_date
from needlejournal.journal.records import ClientDraft

from . import _parsing as parse
from . import _records as out
from ._base import Context, Outcome, Subparsers, add_command, add_group
from ._client_data import add_client_data_commands


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "client", None, "Add and list clients.")
    commands = add_group(group, "client commands")

    add = add_command(
        commands,
        "add",
        run_add,
        "Add a client → {id, name, mode}. Never switches the journal's mode; on a new "
        "journal the first client chooses it (“Me”: personal, anyone else: clinic).",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--skin-type", type=parse.skin_type, metavar="I..VI")
    add.add_argument("--concerns", default="", help="e.g. “acne scars, texture”")
    add.add_argument("--consent", type=parse.day, metavar="DATE", help="consent signed on")
    add.add_argument("--notes", default="")

    listing = add_command(
        commands,
        "list",
        run_list,
        "List clients with their session count and last session.",
        reads_only=True,
    )
    listing.add_argument("--search", default="", help="part of a name or concern")
    listing.add_argument("--all", action="store_true", help="include archived clients")
    add_client_data_commands(commands)


def run_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    draft = ClientDraft(
        name=args.name,
        skin_type=args.skin_type,
        concerns=args.concerns,
        consent_on=args.consent,
        notes=args.notes,
    )
    journal = ctx.journal()
    added = journal.add_client(draft)
    mode = journal.mode()
    c = added.client
    return Outcome(
        data={"id": c.id, "name": c.name, "skin_type": c.skin_type, "mode": mode},
        text=f"Added client #{c.id} {c.name} (journal in {mode} mode).",
    )


def run_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    records = ctx.journal().list_clients(args.search, include_archived=args.all)
    rows = [
        (
            str(c.id),
            c.name,
            c.client.skin_type or "—",
            str(c.treatment_count),
            format_date(c.last_treatment_at) if c.last_treatment_at else "—",
        )
        for c in records
    ]
    text = (
        out.table(("ID", "Name", "Skin", "Sessions", "Last session"), rows)
        if rows
        else "No clients yet: add one with “needlejournal client add NAME” or try "
        "“needlejournal demo”."
    )
    return Outcome(data=[out.client(c) for c in records], text=text)
