"""A seat starting up: opens the journal (migrating it if needed) and says what it found.

Runs as ``python open_worker.py DATA_DIR DATABASE_URL``; prints ``FROM->TO`` (the schema
before and after opening) or the one sentence the journal was refused with.
"""

from __future__ import annotations

import sys

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import JournalError
from needlejournal.paths import resolve


def main(argv: list[str]) -> int:
    try:
        journal = Journal.open(resolve(argv[0], database_url=argv[1]))
    except JournalError as e:
        print(f"refused: {e}", flush=True)
        return 1
    report = journal.migration
    journal.close()
    print(f"{report.from_revision}->{report.to_revision}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
