"""Seats appending at once keep one chain (issue 13): four processes, each saving clients and
recording actions against the same journal, leave one unbroken chain with every line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from needlejournal.journal.api import Journal
from needlejournal.paths import DataPaths

WORKER = Path(__file__).with_name("audit_worker.py")
SEATS = 4
PER_SEAT = 15


def test_four_seats_appending_at_once_keep_one_valid_chain(
    paths: DataPaths, tmp_path: Path
) -> None:
    Journal.open(paths).close()  # migrated once, so the seats race on appends alone
    go = tmp_path / "go"
    url = paths.database_url or "-"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    seats = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                str(paths.data_dir),
                url,
                f"SEAT-{n}",
                str(PER_SEAT),
                str(go),
            ],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(SEATS)
    ]
    go.touch()
    for p in seats:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    journal = Journal.open(paths)
    try:
        check = journal.verify_audit()
        lines = journal.audit_entries()
    finally:
        journal.close()
    assert check.ok, check.problem
    assert check.lines == len(lines) == SEATS * PER_SEAT * 2
    assert [r.id for r in lines] == list(range(1, len(lines) + 1))
    for n in range(SEATS):
        mine = [r for r in lines if r.seat == f"SEAT-{n}"]
        assert [r.action for r in mine] == ["created", "printed report"] * PER_SEAT
    # The seats really interleaved (not one after the other), or the test proved nothing.
    assert len({r.seat for r in lines[: len(lines) // 2]}) > 1
