"""``mode [personal|clinic]``: show or choose who the journal is for.

Personal: one person at home ("Me"); the guidance adds the home-use depth limit. Clinic: an
esthetician's clients. The mode is a setting the user chooses; adding clients never changes it.
"""

from __future__ import annotations

import argparse

from needlejournal.journal.records import MODES

from ._base import Context, Outcome, Subparsers, add_command

_MEANING = {
    "personal": "one person at home; sessions deeper than the home limit are flagged",
    "clinic": "an esthetician's clients; the home-use depth limit does not apply",
}


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "mode",
        run,
        "Show the journal's mode, or set it: personal (just me, at home) or clinic "
        "(I see clients) → {mode, chosen}.",
    )
    parser.add_argument("mode", nargs="?", choices=MODES, help="the mode to switch to")


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    journal = ctx.journal()
    if args.mode is not None:
        journal.set_mode(args.mode)
    chosen = journal.chosen_mode()
    mode = chosen or journal.mode()
    if args.mode is not None:
        text = f"The journal is now in {mode} mode: {_MEANING[mode]}."
    elif chosen is None:
        text = (
            f"No mode chosen yet, so the journal works in {mode} mode ({_MEANING[mode]}); "
            "choose one with “needlejournal mode personal” or “needlejournal mode clinic”."
        )
    else:
        text = f"The journal is in {mode} mode: {_MEANING[mode]}."
    return Outcome(data={"mode": mode, "chosen": chosen is not None}, text=text)
