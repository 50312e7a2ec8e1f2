"""The journal's writer lock (issue 8 defect 2, RELIABILITY.md promise 9).

Writers share it, restore/repair/migration take it alone, a busy journal is said in one
sentence after a short wait, and a killed holder leaves no stale lock (the kernel drops it).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_helpers import clean_env, nj, verify_data_dir

from needlejournal import journal_lock
from needlejournal.journal.errors import JournalBusy
from needlejournal.paths import resolve

HOLDER = """
import sys, time
from needlejournal import journal_lock
from needlejournal.journal.api import Journal
from needlejournal.paths import resolve
journal_lock.describe_process("a photo import")
journal = Journal.open(resolve(sys.argv[1]))
print("ready", flush=True)
time.sleep(120)
"""


def hold_journal(data: Path) -> subprocess.Popen[str]:
    """A process with the journal open (a running command), until killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data)],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait()


def test_exclusive_waits_briefly_then_names_the_holder(tmp_path: Path) -> None:
    paths = resolve(tmp_path / "data")
    proc = hold_journal(paths.data_dir)
    try:
        start = time.monotonic()
        with pytest.raises(JournalBusy) as caught:
            journal_lock.acquire(paths, exclusive=True, wait_s=0.5)
        assert 0.4 < time.monotonic() - start < 2.0
        assert str(caught.value) == (
            f"The journal is busy: a photo import (pid {proc.pid}); try again when it finishes."
        )
        # Writers share: a second writer gets in at once.
        with journal_lock.shared(paths, wait_s=0.1) as hold:
            assert hold.held
    finally:
        stop(proc)


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    paths = resolve(tmp_path / "data")
    proc = hold_journal(paths.data_dir)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with journal_lock.exclusive(paths, wait_s=0.2) as hold:
        assert hold.held and hold.exclusive
    assert journal_lock.holders(paths.data_dir) == []  # the dead holder's note was swept


def test_writers_wait_for_an_exclusive_holder_then_say_busy(tmp_path: Path) -> None:
    paths = resolve(tmp_path / "data")
    journal_lock.describe_process("a snapshot restore")
    try:
        with journal_lock.exclusive(paths):
            done = nj(paths.data_dir, "client", "list", NEEDLEJOURNAL_LOCK_WAIT_S="0.3")
    finally:
        journal_lock.describe_process("another NeedleJournal process")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"needlejournal: The journal is busy: a snapshot restore (pid {os.getpid()}); "
        "try again when it finishes."
    )


def test_restore_refuses_while_a_command_writes_and_leaves_everything(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    assert nj(data, "snapshot", "take").returncode == 0
    assert nj(data, "client", "add", "Grace").returncode == 0
    proc = hold_journal(data)
    try:
        start = time.monotonic()
        done = nj(data, "snapshot", "restore", "--yes")
        assert time.monotonic() - start < 15
        assert done.returncode == 1, done.stderr
        assert "The journal is busy: a photo import" in done.stderr
    finally:
        stop(proc)
    assert verify_data_dir(data)["clients"] == 2  # Ada and Grace: nothing was restored
    assert not list((data / "backups").glob("damaged-*"))


def test_check_repair_waits_for_a_running_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "list").returncode == 0
    proc = hold_journal(data)
    try:
        done = nj(data, "check", "--repair")
        assert done.returncode == 1
        assert "The journal is busy: a photo import" in done.stderr
    finally:
        stop(proc)
    assert nj(data, "check", "--repair").returncode == 0
