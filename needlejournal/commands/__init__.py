"""The CLI's commands, one module per command group.

To add a command group (``photo``, ``compare``, ``report``, ``backup``…) drop a module here
that defines::

    ORDER = 50                      # where it appears in ``needlejournal --help``

    def register(subparsers: Subparsers) -> None:
        parser = add_command(subparsers, "backup", run, "Back up the journal to a zip file.")
        parser.add_argument("file")

    def run(ctx: Context, args: argparse.Namespace) -> Outcome: ...

No central list to edit: every public module (name not starting with ``_``) with a
``register`` function is found here. Helpers for commands live in ``_``-prefixed modules
(``_base``: parser, context, outcome, exit codes; ``_parsing``: argument types;
``_records``: records → JSON and text). Handlers return an ``Outcome`` and raise
``UsageError`` / ``JournalError``; ``needlejournal.cli`` prints and maps exit codes.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from ._base import Subparsers

DEFAULT_ORDER = 100


def command_modules() -> list[ModuleType]:
    """Every command module, in ``ORDER`` then name order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if callable(getattr(module, "register", None)):
            found.append(module)
    return sorted(found, key=lambda m: (getattr(m, "ORDER", DEFAULT_ORDER), m.__name__))


def register_all(subparsers: Subparsers) -> None:
    for module in command_modules():
        module.register(subparsers)
