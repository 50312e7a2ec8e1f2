"""First-run schema creation is one transaction: a kill at any statement leaves a folder the
next command opens as a new journal, never half a schema (issue 8 defect 4)."""

from __future__ import annotations

import signal
from pathlib import Path

from fork_server import ForkServer, cli_modules
from reliability_helpers import clean_env, rows

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import resolve

# What ``client list`` imports on a first run (``python -X importtime``), so no child does.
CLIENT_LIST_MODULES = cli_modules("needlejournal.commands.client")


def test_kill_at_every_statement_of_the_first_run(tmp_path: Path) -> None:
    # ``python -m needlejournal --data-dir k… client list``, forked from a process that has
    # imported the CLI's modules once (tests/fork_server.py): ~220 kill points.
    server = ForkServer(CLIENT_LIST_MODULES, clean_env())
    try:
        k = _kill_at_every_statement(server, tmp_path)
    finally:
        server.close()
    assert k > 20  # every CREATE TABLE/INDEX and the version stamp were a kill point
    print(f"first run: killed at {k - 1} statements")


def _kill_at_every_statement(server: ForkServer, tmp_path: Path) -> int:
    k = 0
    while True:
        k += 1
        data = tmp_path / f"k{k}"
        argv = ["--data-dir", str(data), "client", "list"]
        first = server.run(argv, clean_env(NEEDLEJOURNAL_FAULT_AT=str(k)), module="needlejournal")
        if first.returncode != -signal.SIGKILL:
            assert first.returncode == 0, first.stderr
            break
        db = data / "journal.sqlite3"
        if db.exists() and db.stat().st_size:
            # Nothing of the interrupted schema is visible: all or nothing.
            assert rows(db, "SELECT name FROM sqlite_master WHERE type='table'") == []
        # The next start, in this process (what `client add` and `check` run, without two
        # more interpreter starts per kill point: this loop was CI's longest test).
        journal = Journal.open(resolve(data))
        try:
            journal.save_client(ClientDraft("Ada"))
            assert journal.check(full=True) == [], k
        finally:
            journal.close()
        # A guard against a first run that never completes, not a count of statements: each
        # migration adds some (0009 brought the first run to 197 of the old bound of 200).
        assert k < 1000, "the first run never completed"
    return k
