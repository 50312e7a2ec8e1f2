"""``client add`` and ``client list``.

Mode rule: ``client add Me`` on an empty journal creates the personal "Me" and keeps
personal mode; adding any other client switches the journal to clinic mode (in the same
unit of work as the new client).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from needlejournal.dates import format_date
from needlejournal.journal.records import ClientDraft, ClientRecord, Mode

from . import _parsing as parse
from . import _records as out
from ._base import Context, Outcome, Subparsers, add_command, add_group
from ._client_data import add_client_data_commands

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SELF_NAME = "Me"


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "client", None, "Add and list clients.")
    commands = add_group(group, "client commands")

    add = add_command(
        commands,
        "add",
        run_add,
        "Add a client → {id, name}. Switches the journal to clinic mode, except for the "
        "first client called “Me” (personal mode).",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--skin-type", type=parse.skin_type, metavar="I..VI")
    add.add_argument("--concerns", default="", help="e.g. “acne scars, texture”")
    add.add_argument("--consent", type=parse.day, metavar="DATE", help="consent signed on")
    add.add_argument("--notes", default="")

    listing = add_command(
        commands, "list", run_list, "List clients with their session count and last session."
    )
    listing.add_argument("--search", default="", help="part of a name or concern")
    listing.add_argument("--all", action="store_true", help="include archived clients")
    add_client_data_commands(commands)


def _add_client(s: Session, draft: ClientDraft) -> tuple[ClientRecord, Mode]:
    """The client and the mode switch in one unit of work."""
    from sqlalchemy import func, select

    from needlejournal.db import models as m
    from needlejournal.journal import clients, settings

    empty = not s.scalar(select(func.count()).select_from(m.Client))
    is_self = empty and draft.name.strip().casefold() == SELF_NAME.casefold()
    if is_self:
        draft = replace(draft, name=SELF_NAME, is_self=True)
    record = clients.save_client(s, draft)
    mode: Mode = "personal" if is_self else "clinic"
    if settings.get_mode(s) != mode:
        settings.set_mode(s, mode)
    return record, mode


def run_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    draft = ClientDraft(
        name=args.name,
        skin_type=args.skin_type,
        concerns=args.concerns,
        consent_on=args.consent,
        notes=args.notes,
    )
    record, mode = ctx.journal().run(lambda s: _add_client(s, draft))
    return Outcome(
        data={"id": record.id, "name": record.name, "skin_type": record.skin_type, "mode": mode},
        text=f"Added client #{record.id} {record.name} (journal in {mode} mode).",
    )


def run_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    records = ctx.journal().list_clients(args.search, include_archived=args.all)
    rows = [
        (
            str(c.id),
            c.name,
            c.skin_type or "—",
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
