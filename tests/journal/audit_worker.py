"""A seat appending to the audit trail as fast as it can (the concurrent-append test).

Runs as ``python audit_worker.py DATA_DIR DATABASE_URL|- SEAT COUNT GO_FILE``: opens the
journal, waits for GO_FILE (so every seat starts at once), then saves COUNT clients and
records COUNT printed reports, each its own unit of work.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from needlejournal.journal.api import Journal
from needlejournal.journal.audit import Action
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import resolve


def main(argv: list[str]) -> int:
    data_dir, url, seat, count, go = argv[0], argv[1], argv[2], int(argv[3]), Path(argv[4])
    os.environ["NEEDLEJOURNAL_SEAT"] = seat
    journal = Journal.open(resolve(data_dir, database_url=None if url == "-" else url))
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    for i in range(count):
        client = journal.save_client(ClientDraft(f"{seat} client {i}")).client
        journal.record(Action.PRINTED_REPORT, client_id=client.id)
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
