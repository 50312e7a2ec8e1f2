"""``client add``, ``client edit`` and ``client list``.

The journal owns the mode rule (``Journal.add_client``): adding a client never switches a
chosen mode. On a journal whose mode nobody chose yet, the first client chooses it ("Me":
personal, anyone else: clinic); ``needlejournal mode`` shows or changes it.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from needlejournal.dates import format_date
from needlejournal.guidance import AgeBand
from needlejournal.journal.client_search import folded
from needlejournal.journal.records import ClientDraft, ClientSummary

from . import _parsing as parse
from . import _records as out
from ._base import Context, Outcome, Subparsers, UsageError, add_command, add_group
from ._client_data import add_client_data_commands
from ._screening import add_screening_command


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
    _contact_arguments(add)

    edit = add_command(
        commands,
        "edit",
        run_edit,
        "Change a client's record: only the fields given change (an empty value clears one).",
    )
    edit.add_argument("client_arg", nargs="?", metavar="NAME_OR_ID")
    edit.add_argument("--client", metavar="NAME_OR_ID")
    edit.add_argument("--name")
    edit.add_argument("--skin-type", type=parse.skin_type, metavar="I..VI")
    edit.add_argument("--concerns")
    edit.add_argument("--notes")
    _contact_arguments(edit, editing=True)
    state = edit.add_mutually_exclusive_group()
    state.add_argument(
        "--archive",
        action="store_true",
        help="archive: leaves the list and the due view, stays searchable",
    )
    state.add_argument("--unarchive", action="store_true", help="back on the list")

    listing = add_command(
        commands,
        "list",
        run_list,
        "List clients with their session count and last session.",
        reads_only=True,
    )
    listing.add_argument(
        "--search",
        default="",
        help="part of a name, phone number, e-mail, notes or concerns (finds archived clients too)",
    )
    listing.add_argument("--all", action="store_true", help="include archived clients")
    add_client_data_commands(commands)
    add_screening_command(commands)


def _contact_arguments(parser: argparse.ArgumentParser, *, editing: bool = False) -> None:
    default = None if editing else ""
    parser.add_argument("--phone", default=default, help="e.g. +49 170 1234567")
    parser.add_argument("--email", default=default, help="e.g. ada@example.com")
    age = parser.add_mutually_exclusive_group()
    age.add_argument("--birth-date", type=_optional_day, metavar="DATE", help="date of birth")
    age.add_argument(
        "--age-band",
        type=_age_band,
        metavar="BAND",
        help=f"instead of a date of birth: {AgeBand.listed()}",
    )


def _optional_day(text: str) -> object:
    return "" if not text.strip() else parse.day(text)


def _age_band(text: str) -> str:
    if not text.strip():
        return ""
    if not AgeBand.has(text.strip()):
        raise argparse.ArgumentTypeError(
            f"“{text}” is not an age band; use one of: {AgeBand.listed()}"
        )
    return text.strip()


def run_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    draft = ClientDraft(
        name=args.name,
        skin_type=args.skin_type,
        concerns=args.concerns,
        consent_on=args.consent,
        notes=args.notes,
        phone=args.phone,
        email=args.email,
        birth_date=args.birth_date or None,
        age_band=args.age_band or None,
    )
    journal = ctx.journal()
    added = journal.add_client(draft)
    mode = journal.mode()
    c = added.client
    return Outcome(
        data={"id": c.id, "name": c.name, "skin_type": c.skin_type, "mode": mode},
        text=f"Added client #{c.id} {c.name} (journal in {mode} mode).",
    )


def run_edit(ctx: Context, args: argparse.Namespace) -> Outcome:
    key = args.client or args.client_arg
    if not key:
        raise UsageError("Say which client: “needlejournal client edit NAME_OR_ID --phone …”.")
    journal = ctx.journal()
    c = journal.find_client(key)
    draft = ClientDraft(
        name=c.name,
        skin_type=c.skin_type,
        concerns=c.concerns,
        contraindications=c.contraindications,
        consent_on=c.consent_on,
        notes=c.notes,
        is_self=c.is_self,
        archived=c.archived,
        id=c.id,
        version=c.version,
        birth_date=c.birth_date,
        age_band=c.age_band,
        phone=c.phone,
        email=c.email,
    )
    changes: dict[str, object] = {
        field: getattr(args, field)
        for field in ("name", "skin_type", "concerns", "notes", "phone", "email")
        if getattr(args, field) is not None
    }
    if args.birth_date is not None:
        changes.update(birth_date=args.birth_date or None, age_band=None)
    if args.age_band is not None:
        changes.update(age_band=args.age_band or None, birth_date=None)
    if args.archive or args.unarchive:
        changes["archived"] = bool(args.archive)
    saved = journal.save_client(replace(draft, **changes))  # type: ignore[arg-type]
    return Outcome(
        data=out.client(saved),
        text=f"Saved client #{saved.id} {saved.name}"
        + (" (archived)." if saved.client.archived else "."),
    )


def _contact(c: ClientSummary) -> str:
    return " · ".join(x for x in (c.client.phone, c.client.email) if x) or "—"


def _listing_order(c: ClientSummary) -> tuple[bool, str, int]:
    """The journal's owner first, then names as a reader sorts them: accents and case aside
    ("Émile" with the E's, not after "Zora": SQLite's lower() folds ASCII only), ties by id."""
    return not c.client.is_self, folded(c.name), c.id


def run_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    records = ctx.read(
        lambda plain: plain.list_clients(args.search, include_archived=args.all),
        lambda journal: journal.list_clients(args.search, include_archived=args.all),
    )
    records = sorted(records, key=_listing_order)
    data = [out.client(c) for c in records]
    if ctx.json:  # the table is for people (66 ms at 10,000 clients): not made for a program
        return Outcome(data=data, text="")
    rows = [
        (
            str(c.id),
            c.name + (" (archived)" if c.client.archived else ""),
            c.client.skin_type or "—",
            str(c.treatment_count),
            format_date(c.last_treatment_at) if c.last_treatment_at else "—",
            _contact(c),
        )
        for c in records
    ]
    if rows:
        text = out.table(("ID", "Name", "Skin", "Sessions", "Last session", "Contact"), rows)
    elif args.search.strip():
        text = f"No client matches “{args.search.strip()}”."
    else:
        text = (
            "No clients yet: add one with “needlejournal client add NAME” or try "
            "“needlejournal demo”."
        )
    return Outcome(data=data, text=text)
