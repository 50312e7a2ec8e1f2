"""``check``: integrity of the journal → {"ok": bool, "problems": [{kind, message, …}]}.

Each source in ``PROBLEM_SOURCES`` adds its part; the photo store adds its own source
(missing and orphaned files) next to the database one. Exit 1 when anything is found.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._base import EXIT_OK, EXIT_REJECTED, Context, JSONValue, Outcome, Subparsers, add_command

if TYPE_CHECKING:
    from needlejournal.journal.check import Problem

ORDER = 90

ProblemSource = Callable[[Context], "list[Problem]"]


def database_problems(ctx: Context) -> list[Problem]:
    """SQLite integrity_check and foreign_key_check."""
    from needlejournal.journal.check import Problem
    from needlejournal.journal.errors import JournalDamaged

    try:
        return ctx.journal().check()
    except JournalDamaged as e:  # opening runs quick_check and refuses a damaged journal
        return [Problem("database", str(e))]


PROBLEM_SOURCES: list[ProblemSource] = [database_problems]


def register(subparsers: Subparsers) -> None:
    add_command(
        subparsers,
        "check",
        run,
        "Check the journal's integrity → {ok, problems: [{kind, message, …}]}; exit 1 if not ok.",
    )


def problem_json(p: Problem) -> dict[str, JSONValue]:
    return {**p.detail, "kind": p.kind, "message": p.message}


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    problems = [p for source in PROBLEM_SOURCES for p in source(ctx)]
    ok = not problems
    text = (
        "The journal is healthy."
        if ok
        else "\n".join(
            [f"{len(problems)} problem(s) found:", *(f"  {p.message}" for p in problems)]
        )
    )
    return Outcome(
        data={"ok": ok, "problems": [problem_json(p) for p in problems]},
        text=text,
        exit_code=EXIT_OK if ok else EXIT_REJECTED,
    )
