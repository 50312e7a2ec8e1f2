"""``treatment add``: log one microneedling session (a "Session" in the window).

Client, device and products are resolved by name or id in the same unit of work as the save,
so nothing is written unless the whole session is accepted. Guidance warnings are returned,
never blocking. An unknown name or refused input is a usage error (exit 2).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from needlejournal.dates import format_moment, iso
from needlejournal.journal.errors import NotFound
from needlejournal.journal.records import ProductUseDraft, SavedTreatment, TreatmentDraft

from . import _parsing as parse
from . import _records as out
from ._base import Context, Outcome, Subparsers, add_command, add_group

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


_SCORE = parse.bounded_int(0, 10)


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "treatment", None, "Log microneedling sessions.")
    commands = add_group(group, "treatment commands")
    add = add_command(
        commands,
        "add",
        run_add,
        "Log a session → {id, warnings: [{rule, message, source}]}. Unknown client, device or "
        "product names and refused values (depth > 3.0 mm, a future date) exit 2, nothing saved.",
    )
    add.add_argument("--client", required=True, metavar="NAME_OR_ID")
    add.add_argument(
        "--date",
        required=True,
        type=parse.when,
        metavar="ISO",
        help="2025-03-01 (local noon) or 2025-03-01T14:30 (local) or with an offset",
    )
    add.add_argument("--device", required=True, metavar="NAME_OR_ID", help="from `device list`")
    add.add_argument(
        "--area",
        required=True,
        action="append",
        type=parse.area,
        dest="areas",
        metavar="AREA:DEPTH_MM[:PASSES[:ENDPOINT]]",
        help="repeatable, e.g. cheeks:1.5:3:pinpoint_bleeding",
    )
    add.add_argument(
        "--product",
        action="append",
        type=parse.product,
        dest="products",
        default=[],
        metavar="NAME[@PHASE]",
        help="repeatable; phase prep|during|post|aftercare (default during)",
    )
    add.add_argument("--texture", type=_SCORE, metavar="0..10", help="texture score")
    add.add_argument("--tone", type=_SCORE, metavar="0..10", help="tone score")
    add.add_argument("--texture-note", default="", metavar="TEXT")
    add.add_argument("--tone-note", default="", metavar="TEXT")
    add.add_argument("--pain", type=_SCORE, metavar="0..10")
    add.add_argument("--numbing", action="store_true", help="numbing cream was used")
    add.add_argument("--downtime", type=parse.bounded_int(0, 365), metavar="DAYS")
    add.add_argument("--adverse-events", default="", metavar="TEXT")
    add.add_argument("--notes", default="", metavar="TEXT")


@dataclass(frozen=True)
class SessionRequest:
    """The command line's session: names not yet resolved, the rest already a draft."""

    client: str
    device: str
    products: tuple[parse.ProductSpec, ...]
    draft: TreatmentDraft  # client_id, device_id and products are filled in when saving


def _known(names: list[str], what: str, hint: str) -> str:
    if not names:
        return f"The {what} library is empty; {hint}."
    return f"Known {what}s: {', '.join(names)}; {hint}."


def _device_id(s: Session, name: str) -> int:
    from needlejournal.journal import library

    try:
        return library.find_device(s, name).id
    except NotFound as e:
        names = [d.name for d in library.list_devices(s)]
        hint = "add one with “needlejournal device add NAME --kind pen”"
        raise NotFound(f"{e} {_known(names, 'device', hint)}") from None


def _product_id(s: Session, name: str) -> int:
    from needlejournal.journal import library

    try:
        return library.find_product(s, name).id
    except NotFound as e:
        names = [p.name for p in library.list_products(s)]
        hint = "add one with “needlejournal product add NAME”"
        raise NotFound(f"{e} {_known(names, 'product', hint)}") from None


def save_session(s: Session, r: SessionRequest) -> tuple[str, SavedTreatment]:
    """Resolve names and save, all in the caller's unit of work."""
    from needlejournal.journal import clients, treatments

    client = clients.find_client(s, r.client)
    draft = replace(
        r.draft,
        client_id=client.id,
        device_id=_device_id(s, r.device),
        products=tuple(ProductUseDraft(_product_id(s, p.name), p.phase) for p in r.products),
    )
    return client.name, treatments.save_treatment(s, draft)


def run_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    draft = TreatmentDraft(
        client_id=0,
        performed_at=args.date,
        areas=tuple(args.areas),
        texture_score=args.texture,
        tone_score=args.tone,
        texture_note=args.texture_note,
        tone_note=args.tone_note,
        pain=args.pain,
        numbing=args.numbing,
        downtime_days=args.downtime,
        adverse_events=args.adverse_events,
        notes=args.notes,
    )
    request = SessionRequest(args.client, args.device, tuple(args.products), draft)
    client_name, saved = ctx.journal().run(lambda s: save_session(s, request))
    t = saved.treatment
    lines = [f"Saved session #{t.id} for {client_name} on {format_moment(t.performed_at)}."]
    lines += [line for w in t.warnings for line in out.warning_lines(w)]
    return Outcome(
        data={
            "id": t.id,
            "client_id": t.client_id,
            "date": iso(t.performed_at),
            "warnings": [out.warning(w) for w in t.warnings],
        },
        text="\n".join(lines),
    )
