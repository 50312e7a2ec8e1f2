"""``check``: integrity of the journal → {"ok": bool, "problems": [{kind, message, …}]}.

Each source in ``PROBLEM_SOURCES`` adds its part; the photo store adds its own source
(missing and orphaned files) next to the database one. Exit 1 when anything is found.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

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
    from needlejournal.journal.check import Problem


ProblemSource = Callable[[Context, bool], "list[Problem]"]


def database_problems(ctx: Context, _full: bool) -> list[Problem]:
    """SQLite integrity_check and foreign_key_check."""
    from needlejournal.journal.check import Problem
    from needlejournal.journal.errors import JournalDamaged

    try:
        return ctx.journal().check()
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


def audit_problems(ctx: Context, _full: bool) -> list[Problem]:
    """The audit trail's hash chain: the first line that was edited, removed or moved."""
    from needlejournal.journal.check import Problem
    from needlejournal.journal.errors import JournalDamaged

    try:
        check = ctx.journal().verify_audit()
    except JournalDamaged:
        return []  # already reported by the database part
    if check.ok:
        return []
    return [
        Problem(
            "audit_chain",
            f"the audit trail is broken: {check.problem}",
            {"broken_at": check.broken_at},
        )
    ]


PROBLEM_SOURCES: list[ProblemSource] = [database_problems, photo_problems, audit_problems]


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
        help="re-hash every photo original (without it, a file whose size, times and inode "
        "have not changed since its hash last matched is not read again)",
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


def repair(ctx: Context) -> list[str]:
    from needlejournal.journal.photos import PhotoLibrary

    journal = ctx.journal()
    return journal.repair_text() + PhotoLibrary(journal).repair()


def problem_json(p: Problem) -> dict[str, JSONValue]:
    return {**p.detail, "kind": p.kind, "message": p.message}


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    repaired = repair(ctx) if getattr(args, "repair", False) else []
    relink = getattr(args, "relink_from", None)
    if relink is not None:
        from needlejournal.journal.photos import PhotoLibrary

        if not relink.is_dir():
            raise UsageError(f"There is no folder {relink}.")
        repaired += PhotoLibrary(ctx.journal()).relink_from(relink)
    full = bool(getattr(args, "full", False))
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
    data: dict[str, JSONValue] = {"ok": ok, "problems": [problem_json(p) for p in problems]}
    if getattr(args, "repair", False) or relink is not None:
        data["repaired"] = repaired
    return Outcome(
        data=data,
        text=text,
        exit_code=EXIT_OK if ok else EXIT_REJECTED,
    )
