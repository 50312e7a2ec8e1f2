"""The GUI composition root: ``needlejournal`` with no command lands here.

Parses only the three path options (the CLI hands over the ones it already parsed), resolves
where the journal lives and starts the window. Qt is imported by ``needlejournal.ui`` only.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from needlejournal import APP_NAME
from needlejournal.paths import resolve


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """``--data-dir``, ``--database-url``, ``--photo-dir``; the rest is left for Qt."""
    parser = argparse.ArgumentParser(prog="needlejournal", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--database-url")
    parser.add_argument("--photo-dir")
    return parser.parse_known_args(list(argv))


def main(argv: list[str] | None = None) -> int:
    args, rest = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    paths = resolve(args.data_dir, database_url=args.database_url, photo_dir=args.photo_dir)
    from needlejournal.ui.startup import run

    return run(paths, [sys.argv[0] if sys.argv else APP_NAME, *rest])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
