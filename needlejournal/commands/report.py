"""``report --client NAME_OR_ID --out FILE.pdf [--shareable] [--paper A4|Letter]``.

A PDF progress report: header, session table, score chart, before/after pairs, notes.
JSON: ``{"file", "client_id", "client", "sessions", "photos", "pages", "paper", "shareable",
"photos_left_out"}``. The page size follows the locale (US/CA: Letter) unless ``--paper``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from needlejournal.words import count

from ._base import Context, Outcome, Subparsers, UsageError, add_command


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "report",
        run,
        "Write a client's progress report as a PDF → {file, pages, sessions, photos}.",
    )
    parser.add_argument("--client", required=True, metavar="NAME_OR_ID")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument(
        "--shareable",
        action="store_true",
        help="for sharing: no internal notes, and no photos unless the client has a consent date",
    )
    parser.add_argument("--paper", choices=("A4", "Letter"), help="default: from the locale")


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.report import write_report

    target: Path = args.out
    if target.suffix.lower() != ".pdf":
        raise UsageError(f"The report is a PDF: name the file with .pdf (got “{target.name}”).")
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist.")
    journal = ctx.journal()
    client = journal.find_client(args.client)
    written = write_report(journal, client.id, target, shareable=args.shareable, paper=args.paper)
    data = {
        "file": str(written.path),
        "client_id": written.client_id,
        "client": written.client_name,
        "sessions": written.sessions,
        "photos": written.photos,
        "pages": written.pages,
        "paper": written.paper,
        "shareable": written.shareable,
        "photos_left_out": written.photos_left_out,
    }
    text = (
        f"Wrote {written.path}: {count(written.pages, 'page')} "
        f"({written.paper}), {count(written.sessions, 'session')}, "
        f"{count(written.photos, 'photo')}."
    )
    if written.photos_left_out:
        text += f" {written.photos_left_out}"
    return Outcome(data=data, text=text)
