"""``treatment add``: log one microneedling session (a "Session" in the window).

Client, device and products are resolved by name or id in the same unit of work as the save,
so nothing is written unless the whole session is accepted. Guidance warnings are returned,
never blocking. An unknown name or refused input is a usage error (exit 2).
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from needlejournal.dates import format_moment, iso
from needlejournal.guidance import Indication
from needlejournal.journal.errors import NotFound, UnknownEntry
from needlejournal.journal.records import NamedProduct, NamedSession, TreatmentDraft

from . import _parsing as parse
from . import _records as out
from ._base import Context, Outcome, Subparsers, add_command, add_group

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
        help="repeatable, e.g. cheeks:1.5:3:pinpoint_bleeding; common names work (upper lip, "
        "eyelid, décolleté, abdomen, thighs…) and AREA may carry an indication: "
        "'cheeks/acne scars:2.0', 'stretch marks:1.5' (the body), 'hair loss:1.0' (the scalp)",
    )
    add.add_argument(
        "--indication",
        type=parse.indication,
        metavar="INDICATION",
        help="why the areas were treated, for those that name none: rejuvenation, acne scars, "
        "scars, stretch marks, pigmentation, hair loss (default: unspecified)",
    )
    add.add_argument(
        "--product",
        action="append",
        type=parse.product,
        dest="products",
        default=[],
        metavar="NAME[@PHASE[:DAY]]",
        help="repeatable; phase prep|during|post|aftercare (default during); aftercare may say "
        "the day after the session it was started: 'Retinol serum@aftercare:3'",
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


_ADD_HINT = {
    "device": "add one with “needlejournal device add NAME --kind pen”",
    "product": "add one with “needlejournal product add NAME”",
}


def _with_hint(e: UnknownEntry) -> NotFound:
    hint = _ADD_HINT[e.what]
    if not e.known:
        return NotFound(f"{e} The {e.what} library is empty; {hint}.")
    return NotFound(f"{e} Known {e.what}s: {', '.join(e.known)}; {hint}.")


def run_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    areas = tuple(
        replace(a, indication=args.indication)
        if args.indication and a.indication == Indication.GENERAL
        else a
        for a in args.areas
    )
    draft = TreatmentDraft(
        client_id=0,
        performed_at=args.date,
        areas=areas,
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
    products = tuple(NamedProduct(p.name, p.phase, p.day_offset) for p in args.products)
    request = NamedSession(args.client, args.device, products, draft)
    try:
        client, saved = ctx.journal().save_named_session(request)
    except UnknownEntry as e:
        raise _with_hint(e) from None
    client_name = client.name
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
