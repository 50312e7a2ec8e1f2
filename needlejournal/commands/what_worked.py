"""``what-worked --client NAME_OR_ID`` (or ``--all``): how scores and photo measures moved
after each setting.

JSON: ``{"clients": [ids], "effects": [{"setting", "scale", "sessions", "clients",
"mean_change", "source"}], "caveat", "photo_caveat", "photo_pairs_left_out": {reason: n}}``;
an effect of a photo measure (``"source": "photo"``) also names its ``region``, ``view`` and
``metric`` (L, a, b, ita, evenness, texture, spot_count, spot_area_pct). Text: one sentence
per setting seen in at least two sessions, then the caveats: a correlation in a journal, not
proof (see ``journal/what_worked.py`` and ``journal/what_worked_photos.py``).
"""

from __future__ import annotations

import argparse
from typing import Any

from needlejournal.words import count

from ._base import Context, Outcome, Subparsers, add_command

_METRICS = ("L", "a", "b", "ita", "evenness", "texture", "spot_count", "spot_area_pct")


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "what-worked",
        run,
        "Score and photo-measure changes after sessions, by depth per area and product "
        "→ {effects}.",
        reads_only=True,
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", metavar="NAME_OR_ID", help="one person's journal")
    who.add_argument(
        "--all", action="store_true", help="every client pooled (clinic mode: a protocol's effect)"
    )
    parser.add_argument(
        "--measure",
        choices=_METRICS,
        action="append",
        help="only these photo measures (repeatable; default: every one)",
    )


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.what_worked import CAVEAT, summary_lines, what_worked
    from needlejournal.journal.what_worked_photos import PHOTO_CAVEAT, photo_what_worked

    journal = ctx.journal()
    if args.all:
        ids = [c.id for c in journal.list_clients()]
        heading = f"All {count(len(ids), 'client')}"
    else:
        client = journal.find_client(args.client)
        ids = [client.id]
        heading = client.name
    timelines = [journal.timeline(i, photos=True) for i in ids]
    effects = what_worked(timelines)
    photos = photo_what_worked((t, journal.measures(t.client.id)) for t in timelines)
    wanted = set(args.measure or _METRICS)
    photo_effects = [p for p in photos.effects if p.metric in wanted]
    lines = summary_lines(effects, caveat=False)
    photo_lines = summary_lines([p.effect for p in photo_effects], caveat=False)
    text = [f"{heading}: what changed after sessions, by setting."]
    text += lines or [
        "Scores: not enough scores yet — a texture or tone score before and after at least "
        "two sessions is needed."
    ]
    text += photo_lines or [
        "Photo measures: not enough data yet — a region measured on comparable photos before "
        "and after at least two sessions is needed (draw a region in the photo viewer and "
        "measure it on the view's photos)."
    ]
    left_out = sum(photos.left_out.values())
    if left_out:
        reasons = "; ".join(f"{why}: {n}" for why, n in sorted(photos.left_out.items()))
        text.append(f"{count(left_out, 'before/after photo pair')} left out ({reasons}).")
    if lines or photo_lines:
        text.append(CAVEAT)
    if photo_lines:
        text.append(PHOTO_CAVEAT)
    rows: list[dict[str, Any]] = [
        {
            "setting": e.setting,
            "scale": e.scale,
            "sessions": e.sessions,
            "clients": e.clients,
            "mean_change": e.mean_change,
            "source": "scale",
        }
        for e in effects
    ]
    rows += [
        {
            "setting": p.effect.setting,
            "scale": p.effect.scale,
            "sessions": p.effect.sessions,
            "clients": p.effect.clients,
            "mean_change": p.effect.mean_change,
            "source": "photo",
            "region": p.region,
            "view": p.view,
            "metric": p.metric,
        }
        for p in photo_effects
    ]
    data = {
        "clients": ids,
        "effects": rows,
        "caveat": CAVEAT,
        "photo_caveat": PHOTO_CAVEAT,
        "photo_pairs_left_out": photos.left_out,
    }
    return Outcome(data=data, text="\n".join(text))
