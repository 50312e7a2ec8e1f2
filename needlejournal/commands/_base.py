"""What every command module shares: the parser class, the run context and the outcome.

A command module defines ``register(subparsers)``; each parser it adds is a
``CommandParser``, so it accepts the global options wherever they are written, and it sets
``handler=`` to a function ``(Context, Namespace) -> Outcome``. The handler never prints:
``cli.main`` prints the outcome (JSON or text) and turns errors into one sentence and an exit
code. Nothing here imports SQLAlchemy or Qt; the journal is opened only when a handler asks.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TypeAlias, TypeVar

from needlejournal.paths import DataPaths

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.plain_read import PlainJournal

T = TypeVar("T")

JSONValue: TypeAlias = Any  # what json.dumps accepts: dict/list/str/int/float/bool/None

EXIT_OK = 0
EXIT_REJECTED = 1  # some inputs rejected (the rest done), a failed check, or the journal failed
EXIT_USAGE = 2  # bad options, an unknown client/device/product, a refused single input

GLOBAL_OPTIONS = ("data_dir", "database_url", "photo_dir", "json")


class UsageError(Exception):
    """The command line asks for something that cannot be done; exit 2, nothing changed."""


class CommandParser(argparse.ArgumentParser):
    """An argparse parser that knows the global options and reports errors by exception.

    Every parser in the tree (the root, ``client``, ``client add``…) carries the global
    options with ``default=SUPPRESS``: a value is set only where it is written, so one given
    before the command survives the sub-parser, and one given after it wins.
    ``add_subparsers`` uses ``type(self)``, so sub-parsers inherit all of this.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        group = self.add_argument_group("global options (before or after the command)")
        group.add_argument(
            "--data-dir",
            metavar="DIR",
            default=argparse.SUPPRESS,
            help="journal folder (default: NEEDLEJOURNAL_DATA_DIR or the user data dir)",
        )
        group.add_argument(
            "--database-url",
            metavar="URL",
            default=argparse.SUPPRESS,
            help="clinic database, e.g. postgresql+psycopg://host/db",
        )
        group.add_argument(
            "--photo-dir", metavar="DIR", default=argparse.SUPPRESS, help="photo store folder"
        )
        group.add_argument(
            "--json",
            action="store_true",
            default=argparse.SUPPRESS,
            help="print one JSON document on stdout instead of a summary",
        )

    def error(self, message: str) -> NoReturn:
        # argparse would print the whole usage and exit; the CLI wants one sentence.
        raise UsageError(f"{message} (see “{self.prog} --help”).")


class Subparsers(Protocol):
    """Where commands are added: what ``CommandParser.add_subparsers`` returns, by its use."""

    def add_parser(self, name: str, **kwargs: Any) -> CommandParser: ...


@dataclass
class Context:
    """Where the journal lives and how to answer; opens the journal on first use."""

    paths: DataPaths
    json: bool = False
    # The command only reads (a listing): it never waits for the full integrity check, and
    # the journal refuses any write it would attempt.
    reads_only: bool = False
    _journal: Journal | None = field(default=None, repr=False)

    def journal(self) -> Journal:
        if self._journal is None:
            from sqlalchemy.exc import ArgumentError

            from needlejournal.journal.api import Journal

            try:
                self._journal = Journal.open(self.paths, for_reading=self.reads_only)
            except ArgumentError as e:  # also an unknown dialect (NoSuchModuleError)
                raise UsageError(f"The database URL is not usable ({e}).") from None
            except ImportError as e:  # e.g. the PostgreSQL driver is not installed
                raise UsageError(
                    f"The database URL needs a driver that is not installed ({e.name}); "
                    "for PostgreSQL install needlejournal[clinic]."
                ) from None
        return self._journal

    def read(self, plain: Callable[[PlainJournal], T], full: Callable[[Journal], T]) -> T:
        """A listing: ``plain`` on the journal read with plain sqlite3 (no SQLAlchemy import)
        when it is the ordinary case, else ``full`` on ``journal()``, which opens, migrates,
        refuses or reports whatever is unusual (``journal.plain_read``)."""
        if self.reads_only and self._journal is None:
            from needlejournal.journal.plain_read import PlainReadFailed, open_plain

            reader = open_plain(self.paths)
            if reader is not None:
                try:
                    return plain(reader)
                except PlainReadFailed:
                    pass  # read again below: the journal path reports what it is
                finally:
                    reader.close()
        return full(self.journal())

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


@dataclass(frozen=True)
class Outcome:
    """What a command produced: the ``--json`` document, the human text, the exit code.

    ``errors`` are sentences for stderr about inputs that were rejected while the rest was
    done (exit 1), e.g. a photo import where one file was not an image.
    """

    data: JSONValue
    text: str
    exit_code: int = EXIT_OK
    errors: tuple[str, ...] = ()


Handler = Callable[[Context, argparse.Namespace], Outcome]


def add_command(
    subparsers: Subparsers,
    name: str,
    handler: Handler | None,
    summary: str,
    *,
    reads_only: bool = False,
    **kwargs: Any,
) -> CommandParser:
    """Add one command (or a group, with handler=None) with its one-line help.

    ``reads_only``: the command never writes to the journal (see ``Context.reads_only``).
    """
    parser = subparsers.add_parser(name, help=summary, description=summary, **kwargs)
    if handler is not None:
        parser.set_defaults(handler=handler, reads_only=reads_only)
    return parser


def add_group(parser: CommandParser, title: str) -> Subparsers:
    """Sub-commands under a group such as ``client``; one of them must be named."""
    return parser.add_subparsers(title=title, metavar="COMMAND", dest="subcommand", required=True)
