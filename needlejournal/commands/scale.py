"""``scale add|list|delete``: ratings on named scales (Fitzpatrick, Goodman & Baron, Glogau,
GAIS, VISIA 0–4, the journal's texture and tone), each with its scale version and rater."""

from __future__ import annotations

import argparse

from needlejournal.dates import format_moment
from needlejournal.guidance.scales import SCALES, find_scale, unknown_scale
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import RatingDraft
from needlejournal.words import count

from . import _parsing as parse
from . import _records as out
from ._base import Context, JSONValue, Outcome, Subparsers, add_command, add_group


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "scale", None, "Rate sessions and skin checks on named scales.")
    commands = add_group(group, "scale commands")
    add = add_command(
        commands,
        "add",
        run_add,
        "Rate a session or skin check (a new skin check when neither is given) → {id, …}.",
    )
    add.add_argument("--client", required=True, metavar="NAME_OR_ID")
    add.add_argument("--scale", required=True, metavar="NAME", help="see “scale list”")
    add.add_argument("--value", required=True, metavar="VALUE", help="a number (I–VI allowed)")
    target = add.add_mutually_exclusive_group()
    target.add_argument("--session", type=parse.record_id, metavar="ID")
    target.add_argument("--check", type=parse.record_id, metavar="ID", help="a skin check")
    add.add_argument("--rater", default="", metavar="NAME", help="an esthetician (default: self)")
    add.add_argument("--area", type=parse.area_name, metavar="AREA", help="VISIA scales: one area")
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument(
        "--date", type=parse.when, metavar="ISO", help="the new skin check's date (default: now)"
    )
    add.add_argument(
        "--baseline-photo", type=parse.record_id, metavar="ID", help="GAIS: the photo judged by"
    )
    listing = add_command(
        commands,
        "list",
        run_list,
        "List a client's ratings (or, without --client, the scales and what they mean).",
    )
    listing.add_argument("--client", metavar="NAME_OR_ID")
    listing.add_argument("--scale", metavar="NAME")
    delete = add_command(commands, "delete", run_delete, "Delete one rating → {deleted}.")
    delete.add_argument("id", type=parse.record_id, metavar="ID")


def run_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    scale = find_scale(args.scale)
    if scale is None:
        raise InvalidInput([unknown_scale(args.scale)])
    value = scale.parse(args.value)
    if value is None:
        raise InvalidInput([f"“{args.value}” is not a value of {scale.title}."])
    if args.date is not None and (args.session is not None or args.check is not None):
        raise InvalidInput(["--date is for a new skin check; a session or check has its own."])
    journal = ctx.journal()
    client = journal.find_client(args.client)
    record = journal.add_rating(
        client.id,
        RatingDraft(scale.name, value, args.area or "", args.rater, args.note, args.baseline_photo),
        treatment_id=args.session,
        observation_id=args.check,
        when=args.date,
    )
    kind, record_id = record.record
    noun = "session" if kind == "treatment" else "skin check"
    return Outcome(
        data=out.rating(record),
        text=f"Saved {out.rating_line(record)} for {client.name}, {noun} #{record_id} "
        f"({format_moment(record.when)}).",
    )


def _scale_list() -> Outcome:
    data: list[JSONValue] = [
        {
            "scale": s.name,
            "version": s.version,
            "title": s.title,
            "low": s.low,
            "high": s.high,
            "meaning": s.meaning,
            "per_area": s.per_area,
        }
        for s in SCALES
    ]
    lines = [f"{s.name}  ({s.title}, {s.low}–{s.high})\n    {s.meaning}" for s in SCALES]
    return Outcome(data=data, text="\n".join(lines))


def run_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    scale_name: str | None = None
    if args.scale is not None:
        scale = find_scale(args.scale)
        if scale is None:
            raise InvalidInput([unknown_scale(args.scale)])
        scale_name = scale.name
    if args.client is None:
        return _scale_list()
    journal = ctx.journal()
    client = journal.find_client(args.client)
    ratings = journal.ratings(client.id, scale_name)
    lines = [f"{client.name}: {count(len(ratings), 'rating')}, oldest first."]
    lines += [f"{format_moment(r.when)}  #{r.id}  {out.rating_line(r)}" for r in ratings]
    data: list[JSONValue] = [out.rating(r) for r in ratings]
    return Outcome(data=data, text="\n".join(lines))


def run_delete(ctx: Context, args: argparse.Namespace) -> Outcome:
    ctx.journal().delete_rating(args.id)
    return Outcome(data={"deleted": args.id}, text=f"Deleted rating #{args.id}.")
