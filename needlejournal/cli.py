"""The ``needlejournal`` command: argparse front end with JSON output (DESIGN.md §4).

``needlejournal`` alone opens the window; ``needlejournal COMMAND …`` runs a command.

Exit codes:
  0  success.
  1  some inputs were rejected (the rest done), ``check`` found problems, or the journal
     could not do the work (damaged, unreachable, changed elsewhere, disk error).
  2  usage error, nothing changed: a bad option or value, an unknown client, device or
     product name, or a single record (``client add``, ``treatment add``) whose input the
     journal refused (depth out of range, a date in the future…).

Errors are printed on stderr as one sentence per line, never a traceback (set
``NEEDLEJOURNAL_DEBUG=1`` to see the traceback of an unexpected error).
No Qt here: the window is imported only when no command is given.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import traceback
from collections.abc import Sequence

from needlejournal import __version__
from needlejournal.commands import known, register_all
from needlejournal.commands._base import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    CommandParser,
    Context,
    Outcome,
    UsageError,
)
from needlejournal.journal.errors import InvalidInput, JournalError, NotFound
from needlejournal.journal_lock import describe_process
from needlejournal.paths import resolve

PROG = "needlejournal"
DEBUG_ENV = "NEEDLEJOURNAL_DEBUG"
PATH_OPTIONS = (
    ("data_dir", "--data-dir"),
    ("database_url", "--database-url"),
    ("photo_dir", "--photo-dir"),
)


def build_parser(only: str | None = None) -> CommandParser:
    """The whole command tree, or only the command ``only`` (a command line names one)."""
    parser = CommandParser(
        prog=PROG,
        description="NeedleJournal: a journal for microneedling. Without a command, opens the "
        "window.",
        epilog="Exit codes: 0 ok; 1 some inputs rejected, problems found or the journal failed; "
        "2 usage error (bad option, unknown client/device/product, refused input), nothing "
        "changed.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add NeedleJournal to this user's application menu (Linux: .desktop file, icons)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    register_all(subparsers, only)
    return parser


def command_word(argv: Sequence[str]) -> str | None:
    """The command a command line names (the first word that is no option), if it is one."""
    takes_value = {flag for _dest, flag in PATH_OPTIONS}
    words = iter(argv)
    for word in words:
        if word == "--":
            break
        if word in takes_value:
            next(words, None)
        elif not word.startswith("-"):
            return word if known(word) else None
    return None


def _say(message: str) -> None:
    # One line per sentence, even when a driver's message spans several.
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def json_text(data: object) -> str:
    """One JSON document, readable and fast to write: a list one item per line, an object one
    key per line (its list values one item per line), every item in the C encoder's compact
    form. ``indent=2`` runs Python's pure encoder instead: 0.19 s of the 10,000-client list's
    ~1 s, against 0.06 s this way."""

    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    def lines(items: list[object], indent: str) -> str:
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + compact(x) for x in items) + "\n" + indent + "]"

    if isinstance(data, list) and data:
        return lines(data, "")
    if isinstance(data, dict) and data and all(isinstance(k, str) for k in data):
        fields = (
            f"  {compact(k)}: {lines(v, '  ') if isinstance(v, list) and v else compact(v)}"
            for k, v in data.items()
        )
        return "{\n" + ",\n".join(fields) + "\n}"
    return compact(data)


def _emit(outcome: Outcome, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json_text(outcome.data) + "\n")
    elif outcome.text:
        print(outcome.text)
    for sentence in outcome.errors:
        _say(sentence)


def _open_window(args: argparse.Namespace) -> int:
    if getattr(args, "json", False):
        raise UsageError("--json needs a command; without one NeedleJournal opens the window.")
    argv: list[str] = []
    for dest, flag in PATH_OPTIONS:
        value = getattr(args, dest, None)
        if value is not None:
            argv += [flag, str(value)]
    try:
        app = importlib.import_module("needlejournal.app")
    except ModuleNotFoundError as e:
        if e.name not in ("needlejournal.app", "PySide6"):
            raise
        _say("The window is not available in this installation; run a command (see --help).")
        return EXIT_REJECTED
    result = app.main(argv)
    return int(result or 0)


def _install_desktop_entry() -> int:
    from needlejournal import desktop_entry

    entry = desktop_entry.install()
    print(
        f"Added NeedleJournal to your applications menu: {entry.desktop_file} "
        f"(icons in {entry.icons[0].parents[2]})."
    )
    return EXIT_OK


def _run(argv: Sequence[str] | None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(command_word(words)).parse_args(words)
    if getattr(args, "install_desktop_entry", False):
        if getattr(args, "handler", None) is not None:
            raise UsageError("--install-desktop-entry is used on its own, without a command.")
        return _install_desktop_entry()
    if getattr(args, "handler", None) is None:
        return _open_window(args)
    command = " ".join(
        str(part) for part in (args.command, getattr(args, "subcommand", None)) if part
    )
    describe_process(f"the command “{PROG} {command}”")
    ctx = Context(
        paths=resolve(
            getattr(args, "data_dir", None),
            database_url=getattr(args, "database_url", None),
            photo_dir=getattr(args, "photo_dir", None),
        ),
        json=bool(getattr(args, "json", False)),
        reads_only=bool(getattr(args, "reads_only", False)),
    )
    try:
        outcome: Outcome = args.handler(ctx, args)
    finally:
        ctx.close()
    _emit(outcome, ctx.json)
    return outcome.exit_code


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``needlejournal`` script and ``python -m needlejournal``."""
    try:
        return _run(argv)
    except SystemExit as e:  # --help and --version print and exit 0
        return e.code if isinstance(e.code, int) else EXIT_OK
    except UsageError as e:
        _say(str(e))
        return EXIT_USAGE
    except InvalidInput as e:
        for problem in e.problems:
            _say(problem)
        return EXIT_USAGE
    except NotFound as e:
        _say(str(e))
        return EXIT_USAGE
    except JournalError as e:
        _say(str(e))
        return EXIT_REJECTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining
        # again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_REJECTED
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        _say(f"{e.strerror or e}{where}.")
        return EXIT_REJECTED
    except KeyboardInterrupt:
        _say("Interrupted.")
        return 130
    except Exception as e:
        if os.environ.get(DEBUG_ENV) == "1":
            traceback.print_exc()
        _say(
            f"Unexpected error ({type(e).__name__}: {e}); please report it "
            f"(run again with {DEBUG_ENV}=1 to see the details)."
        )
        return EXIT_REJECTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
