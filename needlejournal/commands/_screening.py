"""``client screening``: show or record a client's screening checklist (DOMAIN.md's list).

    needlejournal client screening --client Ada                     # the answers on file
    needlejournal client screening --client Ada --set isotretinoin=2026-05-01 \
        --set pregnancy=no --reviewer "Dr Vega"                      # record answers
    needlejournal client screening --client Ada --review-all        # renew the review

A date answers a time-window item (isotretinoin, filler, neuromodulator, peel_laser) with
"yes, last on that day". Answers are only ever added: ``--history`` lists every version.
JSON: ``{client_id, client, on_file, items: [{item, label, answer, date, reviewed_on,
reviewer}], history: [...] (with --history)}``.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime

from needlejournal.guidance import TIMED_ITEMS, ScreeningAnswer, ScreeningItem, read_screening_item
from needlejournal.journal.screening_records import (
    ScreeningChange,
    ScreeningDraft,
    ScreeningEntryRecord,
    ScreeningRecord,
)
from needlejournal.seat import os_user

from . import _parsing as parse
from ._base import Context, JSONValue, Outcome, Subparsers, add_command
from ._client_data import chosen_client

_ANSWER_WORDS = {
    "yes": "yes",
    "y": "yes",
    "true": "yes",
    "no": "no",
    "n": "no",
    "false": "no",
    "none": "no",
    "unknown": "unknown",
    "?": "unknown",
    "not asked": "unknown",
    "dont know": "unknown",
}


def _setting(text: str) -> ScreeningChange:
    """ITEM=yes|no|unknown, or ITEM=DATE for a time-window item (yes, last on that day)."""
    item_text, sep, value = text.partition("=")
    if not sep or not item_text.strip() or not value.strip():
        raise argparse.ArgumentTypeError(
            f"“{text}” is not ITEM=ANSWER, e.g. pregnancy=no or isotretinoin=2026-05-01"
        )
    try:
        item = read_screening_item(item_text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    word = " ".join(value.strip().lower().replace("'", "").split())
    if word in _ANSWER_WORDS:
        return ScreeningChange(item, _ANSWER_WORDS[word])
    try:
        when = date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}”: answer yes, no or unknown"
            + (", or the date of the last one (2026-05-01)" if item in TIMED_ITEMS else "")
        ) from None
    if item not in TIMED_ITEMS:
        raise argparse.ArgumentTypeError(
            f"“{text}”: {ScreeningItem.label_of(item)} takes yes, no or unknown, not a date"
        )
    return ScreeningChange(item, ScreeningAnswer.YES.value, when)


def add_screening_command(commands: Subparsers) -> None:
    cmd = add_command(
        commands,
        "screening",
        run,
        "Show or record a client's screening checklist (yes/no/unknown per item, with the "
        "date reviewed and who reviewed it; earlier answers are kept) → {items: [...]}.",
    )
    cmd.add_argument("client_arg", nargs="?", metavar="NAME_OR_ID")
    cmd.add_argument("--client", metavar="NAME_OR_ID")
    cmd.add_argument(
        "--set",
        action="append",
        type=_setting,
        dest="settings",
        default=[],
        metavar="ITEM=ANSWER",
        help="repeatable: pregnancy=no, bleeding=yes, lesions=unknown, isotretinoin=2026-05-01 "
        f"(a date for {', '.join(sorted(TIMED_ITEMS))}); items: {ScreeningItem.listed()}",
    )
    cmd.add_argument(
        "--reviewer", metavar="NAME", help="who reviewed the answers (default: the OS user)"
    )
    cmd.add_argument(
        "--reviewed", type=parse.day, metavar="DATE", help="the day reviewed (default: today)"
    )
    cmd.add_argument(
        "--review-all",
        action="store_true",
        help="record every answer on file again with this review (renews the review date)",
    )
    cmd.add_argument("--history", action="store_true", help="list every version of the answers")


def _entry(e: ScreeningEntryRecord) -> dict[str, JSONValue]:
    return {
        "item": e.item,
        "label": e.label,
        "answer": e.answer,
        "date": e.item_date.isoformat() if e.item_date else None,
        "reviewed_on": e.reviewed_on.isoformat(),
        "reviewer": e.reviewer,
        "recorded_at": e.recorded_at.isoformat(),
    }


def screening_json(record: ScreeningRecord, *, history: bool = True) -> dict[str, JSONValue]:
    data: dict[str, JSONValue] = {
        "on_file": record.on_file,
        "items": [_entry(e) for e in record.current],
    }
    if history:
        data["history"] = [_entry(e) for e in record.history]
    return data


def _line(e: ScreeningEntryRecord) -> str:
    answer = ScreeningAnswer.label_of(e.answer).lower()
    when = f", last {e.item_date.isoformat()}" if e.item_date else ""
    by = f" by {e.reviewer}" if e.reviewer else ""
    return f"  {e.label}: {answer}{when} (reviewed {e.reviewed_on.isoformat()}{by})"


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    journal = ctx.journal()
    client = journal.find_client(chosen_client(args))
    changed = bool(args.settings) or args.review_all
    if changed:
        draft = ScreeningDraft(
            client.id,
            tuple(args.settings),
            reviewed_on=args.reviewed or datetime.now().astimezone().date(),
            reviewer=args.reviewer if args.reviewer is not None else os_user(),
            review_all=args.review_all,
        )
        record = journal.save_screening(draft)
    else:
        record = journal.screening(client.id)
    asked = {e.item for e in record.current}
    never = [ScreeningItem.label_of(i) for i in ScreeningItem.values() if i not in asked]
    head = f"Screening for {client.name}" + (" recorded." if changed else ":")
    lines = [head]
    if not record.on_file:
        lines.append(
            "  Nothing on file; record answers with "
            f"“needlejournal client screening --client {client.id} --set pregnancy=no …”."
        )
    lines += [_line(e) for e in record.current]
    if record.on_file and never:
        lines.append(f"  Not asked yet: {'; '.join(never)}.")
    if args.history and record.history:
        lines.append("History, oldest first:")
        lines += [_line(e) for e in record.history]
    data = {"client_id": client.id, "client": client.name}
    data.update(screening_json(record, history=args.history))
    return Outcome(data=data, text="\n".join(lines))
