"""``check``: integrity of the journal → {"ok": bool, "problems": [{kind, message, …}]}.

Each source in ``PROBLEM_SOURCES`` adds its part; the photo store adds its own source
(missing and orphaned files) next to the database one. Exit 1 when anything is found.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.dates import format_moment
from needlejournal.words import count

from ._base import (
    EXIT_OK,
    EXIT_REJECTED,
    Context,
    JSONValue,
    Outcome,
    Subparsers,
    UsageError,
    add_command,
)

if TYPE_CHECKING:
    from needlejournal.journal.plain_check import PlainCheck
    from needlejournal.journal.problems import Problem


ProblemSource = Callable[[Context, bool], "list[Problem]"]


def database_problems(ctx: Context, full: bool) -> list[Problem]:
    """SQLite integrity_check and foreign_key_check, text that is not UTF-8, the audit chain;
    without ``full`` not read again when the file is as its last full pass left it."""
    from needlejournal.journal.errors import JournalDamaged
    from needlejournal.journal.problems import Problem

    try:
        return ctx.journal().check(full=full)
    except JournalDamaged as e:  # opening runs quick_check and refuses a damaged journal
        return [Problem("database", str(e))]


def photo_problems(ctx: Context, full: bool) -> list[Problem]:
    """Photo rows without their file (or with a damaged one), and files no row knows.

    Without ``full`` a file whose size, times and inode are as they were when its hash last
    matched is not read again (``photos.verified``).
    """
    from needlejournal.journal.errors import JournalDamaged
    from needlejournal.journal.photos import PhotoLibrary

    try:
        journal = ctx.journal()
    except JournalDamaged:
        return []  # already reported by the database part
    return PhotoLibrary(journal).check(full=full)


PROBLEM_SOURCES: list[ProblemSource] = [database_problems, photo_problems]


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "check",
        run,
        "Check the journal's integrity → {ok, problems: [{kind, message, …}]}; exit 1 if not ok.",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="read the whole database and re-hash every photo original (without it, the "
        "database is not read again when nothing changed since its full check within the "
        "last day, nor a photo whose size, times and inode are as when its hash last matched)",
    )
    parser.add_argument(
        "--repair",
        action="store_true",
        help="roll back interrupted imports and move stray photo files to the quarantine "
        "folder (never deletes a photo), then check again",
    )
    parser.add_argument(
        "--relink-from",
        type=Path,
        metavar="DIR",
        help="put back missing photo originals found in DIR (matched by content), then check",
    )


def _unchanged_since(ctx: Context) -> float | None:
    """When the database's last full pass passed, if nothing changed since (then it is not
    read again); None when it is read in full now."""
    from needlejournal.journal.errors import JournalError

    try:
        return ctx.journal().unchanged_since_full_check()
    except JournalError:
        return None  # the database part reports why the journal cannot be opened


def _plain_check(ctx: Context) -> PlainCheck | None:
    """An ordinary SQLite journal unchanged since its last full pass: its photo store checked
    with the photo rows read by plain sqlite3 (``journal.plain_check``: no SQLAlchemy import);
    None when the journal must be opened (``PROBLEM_SOURCES``)."""
    from needlejournal.journal.plain_check import check_unchanged

    return check_unchanged(ctx.paths)


def repair(ctx: Context) -> list[str]:
    from needlejournal.journal.photos import PhotoLibrary

    journal = ctx.journal()
    return journal.repair_text() + PhotoLibrary(journal).repair()


def problem_json(p: Problem) -> dict[str, JSONValue]:
    return {**p.detail, "kind": p.kind, "message": p.message}


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    full = bool(getattr(args, "full", False))
    relink = getattr(args, "relink_from", None)
    asked_repair = bool(getattr(args, "repair", False))
    plain = None if full or asked_repair or relink is not None else _plain_check(ctx)
    repaired: list[str] = []
    unchanged_since: float | None
    if plain is not None:
        unchanged_since, problems = plain.verified_at, plain.problems
    else:
        repaired = repair(ctx) if asked_repair else []
        if relink is not None:
            from needlejournal.journal.photos import PhotoLibrary

            if not relink.is_dir():
                raise UsageError(f"There is no folder {relink}.")
            repaired += PhotoLibrary(ctx.journal()).relink_from(relink)
        unchanged_since = None if full else _unchanged_since(ctx)
        problems = [p for source in PROBLEM_SOURCES for p in source(ctx, full)]
    ok = not problems
    text = (
        "The journal is healthy."
        if ok
        else "\n".join(
            [f"{count(len(problems), 'problem')} found:", *(f"  {p.message}" for p in problems)]
        )
    )
    if repaired:
        text = "\n".join(["Repaired:", *(f"  {line}" for line in repaired), text])
    when = None if unchanged_since is None else datetime.fromtimestamp(unchanged_since, UTC)
    if when is not None:
        text += (
            f"\nThe database was not read again: nothing changed since its full check on "
            f"{format_moment(when)} (“needlejournal check --full” reads it all)."
        )
    # The --json document stays {ok, problems} (DESIGN.md §4); the text says what was skipped.
    data: dict[str, JSONValue] = {"ok": ok, "problems": [problem_json(p) for p in problems]}
    if asked_repair or relink is not None:
        data["repaired"] = repaired
    return Outcome(
        data=data,
        text=text,
        exit_code=EXIT_OK if ok else EXIT_REJECTED,
    )
