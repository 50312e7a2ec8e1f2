"""Promise 3 without the full check on every open (issue 15): the clean-shutdown mark.

The full ``quick_check`` + ``foreign_key_check`` runs before anything is written after an
unclean exit (kill -9), when the file changed since its clean close, and daily; a clean
close leaves a mark that spares it; a command that only reads never waits for it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from reliability_helpers import clean_env, nj

from needlejournal.journal import shutdown_mark
from needlejournal.journal.api import Journal
from needlejournal.journal.errors import JournalDamaged, JournalError
from needlejournal.journal.records import AreaDraft, TreatmentDraft
from needlejournal.paths import DataPaths, resolve

HOLD_OPEN = """
import sys, time
from needlejournal.journal.api import Journal
from needlejournal.paths import resolve
j = Journal.open(resolve(sys.argv[1]))
j.ensure_self()
print("ready", flush=True)
time.sleep(120)
"""


def _journal_with_sessions(data: Path, n: int = 120) -> DataPaths:
    paths = resolve(data)
    j = Journal.open(paths)
    me = j.ensure_self()
    now = datetime.now(UTC)
    for i in range(n):
        j.save_treatment(
            TreatmentDraft(
                me.id, now - timedelta(days=300 - i), (AreaDraft("chin", 0.5),), notes="x" * 400
            )
        )
    j.close()
    return paths


def _damage_keeping_size_and_time(db: Path) -> None:
    """Bit rot: pages in the middle change, size, inode and modification time do not."""
    st = db.stat()
    with open(db, "r+b") as f:
        f.seek(st.st_size // 2)
        f.write(b"\xa5" * 8192)
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert shutdown_mark.FileStamp.of(db) == shutdown_mark.FileStamp(
        st.st_size, st.st_mtime_ns, st.st_ino
    )


def _age_last_check(paths: DataPaths, days: float) -> None:
    mark = shutdown_mark.read(paths.data_dir)
    older = time.time() - days * 24 * 3600
    shutdown_mark.write(paths.data_dir, shutdown_mark.Mark(mark.clean, older))


def _kill_a_writer(paths: DataPaths) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(paths.data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


def test_a_clean_close_leaves_the_mark_and_a_kill_9_leaves_it_unclean(tmp_path: Path) -> None:
    paths = _journal_with_sessions(tmp_path / "data", 3)
    mark = shutdown_mark.read(paths.data_dir)
    assert mark.clean == shutdown_mark.FileStamp.of(paths.db_file)
    assert mark.checked_at is not None
    assert shutdown_mark.unclean_reason(paths.db_file, mark) is None

    _kill_a_writer(paths)
    after = shutdown_mark.read(paths.data_dir)
    assert after.clean is None  # cleared on open, before anything was written
    assert shutdown_mark.unclean_reason(paths.db_file, after) is not None


def test_damage_after_a_kill_9_is_caught_before_anything_is_written(tmp_path: Path) -> None:
    paths = _journal_with_sessions(tmp_path / "data")
    _kill_a_writer(paths)
    Journal.open(paths, for_reading=True).close()  # a listing does not settle the question
    _damage_keeping_size_and_time(paths.db_file)
    damaged = paths.db_file.read_bytes()

    with pytest.raises(JournalDamaged, match="damaged"):
        Journal.open(paths)
    assert paths.db_file.read_bytes() == damaged  # refused untouched
    cli = nj(paths.data_dir, "client", "add", "Ada")
    assert cli.returncode == 1 and "damaged" in cli.stderr
    assert paths.db_file.read_bytes() == damaged


def test_a_file_written_after_its_clean_close_is_checked_in_full(tmp_path: Path) -> None:
    """Any write after the clean close changes the file's time, however coarse the clock."""
    paths = _journal_with_sessions(tmp_path / "data")
    raw = bytearray(paths.db_file.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 8192] = b"\xa5" * 8192
    paths.db_file.write_bytes(bytes(raw))  # same size, same inode, written at once
    with pytest.raises(JournalDamaged):
        Journal.open(paths)


def test_damage_under_a_clean_mark_is_caught_by_the_daily_check(tmp_path: Path) -> None:
    paths = _journal_with_sessions(tmp_path / "data")
    _damage_keeping_size_and_time(paths.db_file)

    # The same day the mark is trusted: the hot path does not read the whole file.
    j = Journal.open(paths, defer_daily_check=True)
    assert j.daily_upkeep() is None  # checked less than a day ago: nothing to do
    j.close()

    _age_last_check(paths, 1.5)
    j = Journal.open(paths, defer_daily_check=True)  # the window: opens, checks after
    found = j.daily_upkeep()
    j.close()
    assert found is not None and "damaged" in str(found)
    assert shutdown_mark.read(paths.data_dir).clean is None  # never sealed as clean
    with pytest.raises(JournalDamaged):  # a writing command refuses it from now on
        Journal.open(paths)


def test_a_writing_command_runs_the_daily_check_a_listing_never_waits(tmp_path: Path) -> None:
    paths = _journal_with_sessions(tmp_path / "data")
    _damage_keeping_size_and_time(paths.db_file)
    _age_last_check(paths, 2)
    listed = nj(paths.data_dir, "client", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [c["name"] for c in json.loads(listed.stdout)] == ["Me"]
    added = nj(paths.data_dir, "client", "add", "Ada")
    assert added.returncode == 1 and "damaged" in added.stderr


def test_a_listing_refuses_to_write(tmp_path: Path) -> None:
    paths = _journal_with_sessions(tmp_path / "data", 1)
    j = Journal.open(paths, for_reading=True)
    try:
        before = j.mode()
        with pytest.raises(JournalError, match="can only be read"):
            j.set_mode("clinic" if before == "personal" else "personal")
    finally:
        j.close()
    j = Journal.open(paths)
    assert j.mode() == before
    j.close()


def test_the_header_is_checked_on_every_open(tmp_path: Path) -> None:
    paths = _journal_with_sessions(tmp_path / "data", 1)
    st = paths.db_file.stat()
    with open(paths.db_file, "r+b") as f:
        f.write(b"not SQLite at all")  # the mark still matches: only the header tells
    os.utime(paths.db_file, ns=(st.st_atime_ns, st.st_mtime_ns))
    for for_reading in (True, False):
        with pytest.raises(JournalDamaged, match="not an SQLite database"):
            Journal.open(paths, for_reading=for_reading)


def test_a_listing_that_meets_damage_says_so_and_offers_the_snapshot(tmp_path: Path) -> None:
    """A reading command skips the full check; damage it reads is one sentence, not a crash."""
    from needlejournal.db import snapshots

    paths = _journal_with_sessions(tmp_path / "data")
    snapshots.take_daily_snapshot(paths.db_file, paths.backup_dir)
    raw = bytearray(paths.db_file.read_bytes())
    raw[len(raw) // 4 :] = b"\xa5" * (len(raw) - len(raw) // 4)  # every session's pages
    paths.db_file.write_bytes(bytes(raw))
    done = nj(paths.data_dir, "timeline", "--client", "Me")
    assert done.returncode == 1
    assert "damaged" in done.stderr and "snapshot restore" in done.stderr
    assert "Unexpected" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
