"""``observation add``: a dated skin check (scores and notes) without a session."""

from __future__ import annotations

import argparse

from needlejournal.dates import format_moment, iso
from needlejournal.journal.records import ObservationDraft

from . import _parsing as parse
from ._base import Context, Outcome, Subparsers, add_command, add_group

_SCORE = parse.bounded_int(0, 10)


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "observation", None, "Log skin checks between sessions.")
    commands = add_group(group, "observation commands")
    add = add_command(commands, "add", run_add, "Log a skin check → {id, date}.")
    add.add_argument("--client", required=True, metavar="NAME_OR_ID")
    add.add_argument("--date", required=True, type=parse.when, metavar="ISO")
    add.add_argument("--texture", type=_SCORE, metavar="0..10", help="texture score")
    add.add_argument("--tone", type=_SCORE, metavar="0..10", help="tone score")
    add.add_argument("--redness", type=parse.bounded_int(0, 4), metavar="0..4")
    add.add_argument("--texture-note", default="", metavar="TEXT")
    add.add_argument("--tone-note", default="", metavar="TEXT")
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument("--rater", default="", metavar="NAME")


def run_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    journal = ctx.journal()
    client = journal.find_client(args.client)
    record = journal.save_observation(
        ObservationDraft(
            client_id=client.id,
            observed_at=args.date,
            texture_score=args.texture,
            tone_score=args.tone,
            redness=args.redness,
            texture_note=args.texture_note,
            tone_note=args.tone_note,
            note=args.note,
            rater=args.rater,
        )
    )
    return Outcome(
        data={"id": record.id, "client_id": record.client_id, "date": iso(record.observed_at)},
        text=f"Saved skin check #{record.id} for {client.name} "
        f"on {format_moment(record.observed_at)}.",
    )
