"""``timeline --client NAME_OR_ID``: one client's sessions, skin checks and photos, oldest first.

JSON: a list of entries, each with ``kind`` ("treatment", "observation", "photo" or
"screening": one review of the client's screening answers), ``id``,
``date`` (ISO 8601, UTC) and every field of the entry, sessions with their ``warnings``;
photos carry their ``treatment_id``, ``role`` and ``view`` (DESIGN.md §2: timelines merge
sessions, skin checks and photos). Sessions and skin checks carry ``scales``: their ratings on
the named scales (``scale list``), each with its scale version and rater; photos carry
``metrics``: the stored measures of named regions on them (the window's Measure panel).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, time

from needlejournal.journal.records import (
    ObservationRecord,
    PhotoRecord,
    RatingRecord,
    TimelineEntry,
)
from needlejournal.journal.screening_records import ScreeningEntryRecord, answers_text, batches
from needlejournal.words import count

from . import _records as out
from ._base import Context, JSONValue, Outcome, Subparsers, add_command


def _in_fields(entry: TimelineEntry, r: RatingRecord) -> bool:
    """A rating the entry's own lines already show (its texture, tone and redness fields)."""
    own = entry.rater if isinstance(entry, ObservationRecord) else ""
    mirrored = ("texture", "tone", "visia-redness")
    return r.scale in mirrored and not r.area and r.rater == own


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "timeline",
        run,
        "Show one client's sessions, skin checks and photos, oldest first → [{kind, id, date, …}].",
        reads_only=True,
    )
    parser.add_argument("--client", required=True, metavar="NAME_OR_ID")


Review = tuple[ScreeningEntryRecord, ...]  # one save of screening answers


def _when(e: TimelineEntry | PhotoRecord | Review) -> datetime:
    if isinstance(e, tuple):  # a review sorts at the start of its day: screened, then needled
        return datetime.combine(e[0].reviewed_on, time(0), UTC)
    return e.taken_at if isinstance(e, PhotoRecord) else e.when


def _review(r: Review) -> dict[str, JSONValue]:
    first = r[0]
    return {
        "kind": "screening",
        "id": first.id,
        "date": first.reviewed_on.isoformat(),
        "reviewed_on": first.reviewed_on.isoformat(),
        "reviewer": first.reviewer,
        "answers": [
            {
                "item": e.item,
                "label": e.label,
                "answer": e.answer,
                "date": e.item_date.isoformat() if e.item_date else None,
            }
            for e in r
        ],
    }


def _review_lines(r: Review) -> list[str]:
    by = f" by {r[0].reviewer}" if r[0].reviewer else ""
    return [f"{r[0].reviewed_on.isoformat()}  Screening reviewed{by}", f"    {answers_text(r)}"]


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    journal = ctx.journal()
    client = journal.find_client(args.client)
    timeline = journal.timeline(client.id, photos=True)
    reviews = batches(timeline.screening) if timeline.screening else []
    merged: list[TimelineEntry | PhotoRecord | Review] = [
        *timeline.entries,
        *timeline.photos,
        *reviews,
    ]
    # By time; the sort is stable, so at the same instant sessions and checks come first.
    merged.sort(key=_when)
    entries = count(len(timeline.entries), "session or skin check", "sessions and skin checks")
    lines = [f"{client.name}: {entries}, {count(len(timeline.photos), 'photo')}, oldest first."]
    for entry in merged:
        if isinstance(entry, tuple):
            lines += _review_lines(entry)
            continue
        lines += out.entry_lines(entry)
        if not isinstance(entry, PhotoRecord):
            others = [
                r for r in timeline.ratings_of(entry.kind, entry.id) if not _in_fields(entry, r)
            ]
            lines += [f"    {out.rating_line(r)}" for r in others]
    if not timeline.entries:
        lines.append(
            f"Nothing yet: log a session with “needlejournal treatment add --client {client.id} …”."
        )
    measures: dict[int, list[dict[str, JSONValue]]] = {}
    for m in journal.measures(client.id):
        measures.setdefault(m.photo_id, []).append(out.measure(m))
    data: list[JSONValue] = []
    for e in merged:
        if isinstance(e, tuple):
            data.append(_review(e))
            continue
        row = out.entry(e)
        if isinstance(e, PhotoRecord):
            row["metrics"] = measures.get(e.id, [])
        else:
            row["scales"] = [out.rating(r) for r in timeline.ratings_of(e.kind, e.id)]
        data.append(row)
    return Outcome(data=data, text="\n".join(lines))
