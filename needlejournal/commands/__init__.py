"""The CLI's commands, one module per command group, registered from one ordered tuple.

To add a command group (``report``, ``backup``…) write a module here that defines::

    def register(subparsers: Subparsers) -> None:
        parser = add_command(subparsers, "backup", run, "Back up the journal to a zip file.")
        parser.add_argument("file")

    def run(ctx: Context, args: argparse.Namespace) -> Outcome: ...

and add its ``register`` to ``COMMANDS`` where it belongs in ``needlejournal --help``.
Sub-commands of a group stay with their group: ``photo`` registers ``photo metrics`` itself.
Helpers for commands live in ``_``-prefixed modules (``_base``: parser, context, outcome, exit
codes; ``_parsing``: argument types; ``_records``: records → JSON and text). Handlers return
an ``Outcome`` and raise ``UsageError`` / ``JournalError``; ``needlejournal.cli`` prints and
maps exit codes.
"""

from __future__ import annotations

from collections.abc import Callable

from . import (
    backup,
    check,
    client,
    compare,
    consent,
    demo,
    due,
    library,
    lot,
    mode,
    observation,
    photo,
    report,
    scale,
    snapshot,
    timeline,
    treatment,
    what_worked,
)
from ._base import Subparsers

# In the order ``needlejournal --help`` lists them: fill a journal, people (and who the journal
# is for: ``mode``), tools (device and
# product), what is logged, what is read from it (timeline, who is due, what worked, lot
# recall, reports), photos, then keeping it safe (snapshots, backups, check).
COMMANDS: tuple[Callable[[Subparsers], None], ...] = (
    demo.register,
    client.register,
    consent.register,
    mode.register,
    library.register,
    treatment.register,
    observation.register,
    scale.register,
    timeline.register,
    due.register,
    what_worked.register,
    lot.register,
    report.register,
    photo.register,
    compare.register,
    snapshot.register,
    backup.register,
    check.register,
)


def register_all(subparsers: Subparsers) -> None:
    for register in COMMANDS:
        register(subparsers)
