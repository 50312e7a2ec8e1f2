"""Snapshot restore is all-or-nothing under kill -9 at every step (issue 8 defects 1 and 5).

The journal being replaced holds a commit that lives only in its ``-wal`` (its writer was
killed before any checkpoint): after every kill the next command finds a journal at the live
path, which is either the old one (restore rolled back) or the snapshot (rolled forward), and
that commit is in the live journal or in the folder the old journal was kept in.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fork_server import ForkServer, cli_modules
from reliability_helpers import clean_env, nj, popen_nj, rows, verify_data_dir

WAL_WRITER = """
import os, signal, sys
from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import resolve
journal = Journal.open(resolve(sys.argv[1]))
journal.save_client(ClientDraft(name="Walter"))
os.kill(os.getpid(), signal.SIGKILL)  # no close, no checkpoint: the commit is in the -wal
"""


def names(db: Path) -> set[str]:
    return {name for (name,) in rows(db, "SELECT name FROM client")}


@pytest.fixture
def template(tmp_path: Path) -> Path:
    data = tmp_path / "template"
    assert nj(data, "client", "add", "Ada").returncode == 0
    assert nj(data, "snapshot", "take").returncode == 0
    assert nj(data, "client", "add", "Grace").returncode == 0
    killed = subprocess.run(
        [sys.executable, "-c", WAL_WRITER, str(data)], env=clean_env(), timeout=60
    )
    assert killed.returncode == -signal.SIGKILL
    assert (data / "journal.sqlite3-wal").stat().st_size > 0
    return data


def kept_aside(data: Path) -> set[str]:
    """Client names in every folder a restore kept an old journal in."""
    found: set[str] = set()
    for db in (data / "backups").glob("damaged-*/journal.sqlite3"):
        conn = sqlite3.connect(db)  # replays its kept -wal, as SQLite would
        try:
            found |= {n for (n,) in conn.execute("SELECT name FROM client")}
        finally:
            conn.close()
    return found


# What ``snapshot restore`` and ``client list`` import, so no forked child does.
RESTORE_MODULES = cli_modules("needlejournal.commands.snapshot", "needlejournal.commands.client")


def test_kill_at_every_step_of_a_restore(template: Path, tmp_path: Path) -> None:
    # Both commands forked from a process that imported the CLI once (tests/fork_server.py):
    # what a kill leaves is the same, without two interpreter starts per step.
    server = ForkServer(RESTORE_MODULES, clean_env())
    try:
        k = _kill_at_every_step(server, template, tmp_path)
    finally:
        server.close()
    assert k > 6  # it went through every durable step
    print(f"restore: killed at {k - 1} fault points")


def _kill_at_every_step(server: ForkServer, template: Path, tmp_path: Path) -> int:
    k = 0
    while True:
        k += 1
        data = tmp_path / f"k{k}"
        shutil.copytree(template, data)
        at = ["--data-dir", str(data)]
        done = server.run(
            [*at, "snapshot", "restore", "--yes"],
            clean_env(NEEDLEJOURNAL_FAULT_AT=str(k)),
            module="needlejournal",
        )
        # The next start settles the restore.
        after = server.run([*at, "client", "list", "--json"], clean_env(), module="needlejournal")
        assert after.returncode == 0, after.stderr
        live = {c["name"] for c in json.loads(after.stdout)}
        verify_data_dir(data)
        assert not list(data.glob("journal.sqlite3.re*")), "restore leftovers at the live path"
        assert not list((data / "backups").glob("*.partial"))
        if live == {"Ada"}:  # rolled forward: the whole old journal is kept aside
            assert kept_aside(data) == {"Ada", "Grace", "Walter"}
        else:
            assert live == {"Ada", "Grace", "Walter"}, (k, live, done.stderr)
        if done.returncode == 0:
            return k
        assert done.returncode == -signal.SIGKILL, done.stderr
        assert k < 40, "the restore never completed"


@pytest.mark.parametrize(
    ("make", "why"),
    [
        ("empty", "is an empty file"),
        ("other", "is not a NeedleJournal journal"),
        ("newer", "newer version of NeedleJournal"),
        ("broken_fk", "broken reference"),
        ("not_sqlite", "not an intact SQLite database"),
    ],
)
def test_restore_refuses_what_is_not_a_good_journal(
    template: Path, tmp_path: Path, make: str, why: str
) -> None:
    data = template
    candidate = tmp_path / f"{make}.sqlite3"
    if make == "empty":
        candidate.touch()
    elif make == "not_sqlite":
        candidate.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    elif make == "other":
        with sqlite3.connect(candidate) as c:
            c.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
            c.execute("INSERT INTO recipes VALUES (1, 'soup')")
    else:
        snapshot = next((data / "backups").glob("journal-daily-*.sqlite3"))
        shutil.copyfile(snapshot, candidate)
        with sqlite3.connect(candidate) as c:
            if make == "newer":
                c.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
            else:
                c.execute("PRAGMA foreign_keys = OFF")
                c.execute(
                    "INSERT INTO photo (client_id, role, view, taken_at, sha256, media_type, "
                    "width, height, bytes, original_name, capture, note, version, created_at, "
                    "updated_at) VALUES (999, 'progress', 'front', '2025-01-01', ?, "
                    "'image/jpeg', 1, 1, 1, 'x.jpg', '{}', '', 1, '2025-01-01', '2025-01-01')",
                    ("0" * 64,),
                )
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    done = nj(data, "snapshot", "restore", candidate, "--yes")
    assert done.returncode == 2, done.stderr
    assert why in done.stderr and "nothing was changed" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before
    assert not list((data / "backups").glob("damaged-*"))


RANDOM_KILLS = int(os.environ.get("NEEDLEJOURNAL_RESTORE_RANDOM_KILLS", "12"))


@pytest.mark.slow
def test_random_kills_of_restores_beside_a_writer(template: Path, tmp_path: Path) -> None:
    """kill -9 at a random moment of a restore while a writer waits on the lock, repeatedly."""
    rng = random.Random(8)
    data = tmp_path / "data"
    shutil.copytree(template, data)
    snapshot = next((data / "backups").glob("journal-daily-*.sqlite3"))
    outcomes = {"rolled back": 0, "restored": 0}
    for n in range(RANDOM_KILLS):
        writer = popen_nj(data, "client", "add", f"W{n}")
        restore = popen_nj(data, "snapshot", "restore", snapshot, "--yes")
        time.sleep(rng.uniform(0.5, 5.0))  # a restore takes ~3 s here under load
        restore.kill()
        restore.communicate()
        _out, err = writer.communicate(timeout=60)
        assert writer.returncode in (0, 1), err  # saved, or "busy" while the restore ran
        after = nj(data, "client", "list", "--json")
        assert after.returncode == 0, after.stderr
        names = {c["name"] for c in json.loads(after.stdout)}
        verify_data_dir(data)
        if writer.returncode == 0:  # a save reported as saved is in the journal or kept aside
            assert f"W{n}" in names | kept_aside(data)
        restores = len(list((data / "backups").glob("damaged-*")))
        outcomes["restored" if restores > outcomes["restored"] else "rolled back"] += 1
    print(f"restore random kills: {RANDOM_KILLS}, outcomes {outcomes}")
