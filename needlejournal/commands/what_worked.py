"""``what-worked --client NAME_OR_ID`` (or ``--all``): how scores moved after each setting.

JSON: ``{"clients": [ids], "effects": [{"setting", "scale", "sessions", "clients",
"mean_change"}], "caveat"}``. Text: one sentence per setting seen in at least two sessions,
then the caveat: a correlation in a journal, not proof (see ``journal/what_worked.py``).
"""

from __future__ import annotations

import argparse

from needlejournal.words import count

from ._base import Context, Outcome, Subparsers, add_command


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "what-worked",
        run,
        "Texture and tone changes after sessions, by depth per area and product → {effects}.",
        reads_only=True,
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", metavar="NAME_OR_ID", help="one person's journal")
    who.add_argument(
        "--all", action="store_true", help="every client pooled (clinic mode: a protocol's effect)"
    )


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.what_worked import CAVEAT, summary_lines, what_worked

    journal = ctx.journal()
    if args.all:
        ids = [c.id for c in journal.list_clients()]
        heading = f"All {count(len(ids), 'client')}"
    else:
        client = journal.find_client(args.client)
        ids = [client.id]
        heading = client.name
    effects = what_worked(journal.timeline(i) for i in ids)
    lines = summary_lines(effects)
    text = "\n".join(
        [f"{heading}: what changed after sessions, by setting.", *lines]
        if lines
        else [
            f"{heading}: not enough scores yet — a texture or tone score before and after at "
            "least two sessions is needed."
        ]
    )
    data = {
        "clients": ids,
        "effects": [
            {
                "setting": e.setting,
                "scale": e.scale,
                "sessions": e.sessions,
                "clients": e.clients,
                "mean_change": e.mean_change,
            }
            for e in effects
        ],
        "caveat": CAVEAT,
    }
    return Outcome(data=data, text=text)
