"""The CLI's commands, one module per command group, registered from one ordered tuple.

To add a command group (``report``, ``backup``…) write a module here that defines::

    def register(subparsers: Subparsers) -> None:
        parser = add_command(subparsers, "backup", run, "Back up the journal to a zip file.")
        parser.add_argument("file")

    def run(ctx: Context, args: argparse.Namespace) -> Outcome: ...

and add it with the commands it adds to ``COMMAND_MODULES`` where it belongs in
``needlejournal --help``.
Sub-commands of a group stay with their group: ``photo`` registers ``photo metrics`` itself.
Helpers for commands live in ``_``-prefixed modules (``_base``: parser, context, outcome, exit
codes; ``_parsing``: argument types; ``_records``: records → JSON and text). Handlers return
an ``Outcome`` and raise ``UsageError`` / ``JournalError``; ``needlejournal.cli`` prints and
maps exit codes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base import Subparsers

# In the order ``needlejournal --help`` lists them: fill a journal, people (and who the journal
# is for: ``mode``), tools (device and
# product), what is logged, what is read from it (timeline, who is due, what worked, lot
# recall, reports), photos, then keeping it safe (snapshots, backups, check).
# Each module with the top-level commands it adds: a command line names one, and only its
# module is imported (a CLI call does not pay for all the others).
COMMAND_MODULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("demo", ("demo",)),
    ("client", ("client",)),
    ("consent", ("consent",)),
    ("mode", ("mode",)),
    ("library", ("device", "product")),
    ("treatment", ("treatment",)),
    ("observation", ("observation",)),
    ("scale", ("scale",)),
    ("timeline", ("timeline",)),
    ("due", ("due",)),
    ("what_worked", ("what-worked",)),
    ("lot", ("lot",)),
    ("report", ("report",)),
    ("photo", ("photo",)),
    ("compare", ("compare",)),
    ("snapshot", ("snapshot",)),
    ("backup", ("backup", "restore")),
    ("audit", ("audit",)),
    ("clinic", ("clinic",)),
    ("check", ("check",)),
)


def _register_of(module: str) -> Callable[[Subparsers], None]:
    register: Callable[[Subparsers], None] = importlib.import_module(
        f"{__name__}.{module}"
    ).register
    return register


def known(command: str) -> bool:
    return any(command in names for _module, names in COMMAND_MODULES)


def register_all(subparsers: Subparsers, only: str | None = None) -> None:
    """Every command (``--help``), or only the module that adds ``only``."""
    for module, names in COMMAND_MODULES:
        if only is None or only in names:
            _register_of(module)(subparsers)


def __getattr__(name: str) -> tuple[Callable[[Subparsers], None], ...]:
    if name == "COMMANDS":  # every module's register, in order (imports them all)
        return tuple(_register_of(module) for module, _names in COMMAND_MODULES)
    raise AttributeError(name)
