"""One seat of the lost-update race: edits the same client and session as the other seats.

Runs as ``python race_worker.py DATA_DIR DB_URL|- SEAT CLIENT_ID SESSION_ID ROUNDS GO_FILE``.
Waits for GO_FILE (so every seat starts together), then ROUNDS times reads the client or the
session, waits a moment (another seat may save meanwhile) and saves it with a note naming
this seat and round. Prints one JSON line per save: {"kind", "outcome": "landed"|"conflict",
"version" (after a landed save), "mark"}.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import Conflict
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.paths import resolve


def _client_edit(journal: Journal, client_id: int, mark: str) -> ClientDraft:
    c = journal.find_client(str(client_id))
    return ClientDraft(
        c.name, c.skin_type, c.concerns, c.contraindications, c.consent_on, mark,
        c.is_self, c.archived, c.id, c.version,
    )  # fmt: skip


def _session_edit(journal: Journal, session_id: int, mark: str) -> TreatmentDraft:
    t = journal.get_treatment(session_id)
    areas = tuple(AreaDraft(a.area, a.depth_mm, a.passes, a.endpoint) for a in t.areas)
    return TreatmentDraft(
        t.client_id, t.performed_at, areas, t.device.id if t.device else None, (),
        notes=mark, id=t.id, version=t.version,
    )  # fmt: skip


def main(argv: list[str]) -> int:
    data_dir, url, seat, client_id, session_id, rounds, go = argv
    journal = Journal.open(resolve(data_dir, database_url=None if url == "-" else url))
    rng = random.Random(seat)
    print(json.dumps({"ready": seat}), flush=True)
    while not Path(go).exists():
        time.sleep(0.005)
    try:
        for i in range(int(rounds)):
            kind = "client" if i % 2 == 0 else "session"
            mark = f"{seat}-{i}"
            if kind == "client":
                draft: object = _client_edit(journal, int(client_id), mark)
            else:
                draft = _session_edit(journal, int(session_id), mark)
            time.sleep(rng.uniform(0, 0.01))  # the other seats save meanwhile
            try:
                if isinstance(draft, ClientDraft):
                    version = journal.save_client(replace(draft)).client.version
                else:
                    assert isinstance(draft, TreatmentDraft)
                    version = journal.save_treatment(draft).treatment.version
            except Conflict:
                print(json.dumps({"kind": kind, "outcome": "conflict", "mark": mark}), flush=True)
                continue
            line = {"kind": kind, "outcome": "landed", "version": version, "mark": mark}
            print(json.dumps(line), flush=True)
    finally:
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
