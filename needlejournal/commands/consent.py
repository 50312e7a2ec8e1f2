"""``consent add`` and ``consent list``: consent on file, with the signed document.

JSON (``consent list``): ``[{id, client_id, client, kind, given_on, valid_until, taken_by,
current, document: {sha256, media_type, name, path} | null, note}]``, newest first.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.dates import iso
from needlejournal.guidance import ConsentKind

from . import _parsing as parse
from . import _records as out
from ._base import Context, JSONValue, Outcome, Subparsers, add_command, add_group

if TYPE_CHECKING:  # the journal (and SQLAlchemy) load only when the command runs
    from needlejournal.journal.api import Journal
    from needlejournal.journal.consents import ConsentRecord


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "consent", None, "Consent on file, with signed documents.")
    commands = add_group(group, "consent commands")
    add = add_command(
        commands,
        "add",
        run_add,
        "Record a consent (and store its signed PDF or image) → the consent entry.",
    )
    add.add_argument("--client", required=True, metavar="NAME_OR_ID")
    add.add_argument("--kind", required=True, choices=ConsentKind.values())
    add.add_argument("--date", type=parse.day, default=None, metavar="DATE", help="default today")
    add.add_argument("--by", required=True, metavar="NAME", help="who took the consent")
    add.add_argument("--until", type=parse.day, metavar="DATE", help="valid until (optional)")
    add.add_argument("--document", type=Path, metavar="FILE", help="the signed PDF or image")
    add.add_argument("--note", default="")
    listing = add_command(
        commands, "list", run_list, "List consents on file (one client's, or everyone's)."
    )
    listing.add_argument("client_arg", nargs="?", metavar="NAME_OR_ID")
    listing.add_argument("--client", metavar="NAME_OR_ID")


def _json(journal: Journal, c: ConsentRecord, client: str, today: date) -> dict[str, JSONValue]:
    from needlejournal.journal.consents import document_path

    path = document_path(journal, c)
    document: JSONValue = (
        None
        if c.document_sha256 is None
        else {
            "sha256": c.document_sha256,
            "media_type": c.document_type,
            "name": c.document_name,
            "path": None if path is None else str(path),
        }
    )
    return {
        "id": c.id,
        "client_id": c.client_id,
        "client": client,
        "kind": c.kind,
        "given_on": iso(c.given_on),
        "valid_until": iso(c.valid_until),
        "taken_by": c.taken_by,
        "current": c.current_on(today),
        "document": document,
        "note": c.note,
    }


def run_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.consents import ConsentDraft, save_consent

    journal = ctx.journal()
    client = journal.find_client(args.client)
    draft = ConsentDraft(
        client_id=client.id,
        kind=args.kind,
        given_on=args.date or date.today(),
        taken_by=args.by,
        valid_until=args.until,
        note=args.note,
    )
    saved = save_consent(journal, draft, args.document)
    with_doc = f", document {saved.document_name}" if saved.document_sha256 else ""
    return Outcome(
        data=_json(journal, saved, client.name, date.today()),
        text=(
            f"Recorded {ConsentKind.label_of(saved.kind).lower()} consent #{saved.id} for "
            f"{client.name}, given {saved.given_on.isoformat()}, taken by {saved.taken_by}"
            f"{with_doc}."
        ),
    )


def run_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.consents import list_consents

    journal = ctx.journal()
    key = args.client or args.client_arg
    client_id = journal.find_client(key).id if key else None
    found = journal.run(lambda s: list_consents(s, client_id))
    names = {c.id: c.name for c in journal.list_clients(include_archived=True)}
    today = date.today()
    data: list[JSONValue] = [_json(journal, c, names.get(c.client_id, ""), today) for c in found]
    rows = [
        (
            f"#{c.id}",
            names.get(c.client_id, ""),
            ConsentKind.label_of(c.kind),
            c.given_on.isoformat(),
            c.valid_until.isoformat() if c.valid_until else "—",
            c.taken_by,
            "yes" if c.current_on(today) else "no",
            c.document_name or ("yes" if c.document_sha256 else "—"),
        )
        for c in found
    ]
    text = (
        out.table(
            ("ID", "Client", "Kind", "Given", "Valid until", "Taken by", "Current", "Document"),
            rows,
        )
        if rows
        else "No consent on file."
    )
    return Outcome(data=data, text=text)
