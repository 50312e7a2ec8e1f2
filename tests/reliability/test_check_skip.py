"""Plain ``check`` skips the database pass only when nothing changed since its full pass.

Issue 15: the full pass (integrity_check, foreign keys, UTF-8 scan, audit chain) is linear in
the file (~20 s at 10,000 clients). Promise 3 stays: a damaged journal is still caught, a pass
older than a day is run again, ``check --full`` always reads everything, and any commit, any
write to the file or an unclean close voids the skip (``journal.full_check``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reliability_helpers import clean_env, nj

from needlejournal.journal import shutdown_mark
from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.paths import DataPaths, resolve


def _journal(data: Path, sessions: int = 120) -> DataPaths:
    paths = resolve(data)
    j = Journal.open(paths)
    me = j.ensure_self()
    start = datetime.now(UTC) - timedelta(days=400)
    for i in range(sessions):
        j.save_treatment(
            TreatmentDraft(
                me.id, start + timedelta(days=i), (AreaDraft("chin", 0.5),), notes="n" * 400
            )
        )
    j.close()
    return paths


def _check(paths: DataPaths, *extra: str) -> tuple[int, dict[str, Any]]:
    done = nj(paths.data_dir, "check", "--json", *extra)
    assert done.stdout, done.stderr
    return done.returncode, json.loads(done.stdout)


def _read_in_full(paths: DataPaths, *extra: str) -> bool:
    """Whether ``check`` read the database in full (its text says when it did not)."""
    done = nj(paths.data_dir, "check", *extra)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "The journal is healthy." in done.stdout
    return "The database was not read again" not in done.stdout


def _damage_keeping_size_and_time(db: Path) -> None:
    """Bit rot: pages in the middle change; size, inode and modification time do not."""
    st = db.stat()
    with open(db, "r+b") as f:
        f.seek(st.st_size // 2)
        f.write(b"\xa5" * 8192)
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_the_database_is_read_again_only_after_a_change(tmp_path: Path) -> None:
    paths = _journal(tmp_path / "data")
    assert _read_in_full(paths)  # never checked by ``check`` yet
    code, report = _check(paths)
    assert (code, report) == (0, {"ok": True, "problems": []})  # the --json contract as ever
    text = nj(paths.data_dir, "check")
    assert "nothing changed since its full check" in text.stdout and "check --full" in text.stdout
    # A change by any command: read in full again, then trusted again.
    assert nj(paths.data_dir, "client", "add", "Ada").returncode == 0
    assert _read_in_full(paths)
    assert not _read_in_full(paths)
    # A listing changes nothing: still trusted.
    assert nj(paths.data_dir, "client", "list").returncode == 0
    assert not _read_in_full(paths)


def test_check_full_always_reads_the_database(tmp_path: Path) -> None:
    paths = _journal(tmp_path / "data", 3)
    _read_in_full(paths)
    assert not _read_in_full(paths)
    assert _read_in_full(paths, "--full")
    assert _read_in_full(paths, "--full")


def test_a_corrupted_page_after_a_passed_check_is_reported(tmp_path: Path) -> None:
    paths = _journal(tmp_path / "data")
    _read_in_full(paths)
    assert not _read_in_full(paths)
    raw = bytearray(paths.db_file.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 8192] = b"\xa5" * 8192  # written like any tool writes
    paths.db_file.write_bytes(bytes(raw))
    code, report = _check(paths)
    assert code == 1 and report["ok"] is False
    assert any("damage" in p["message"] for p in report["problems"])


def test_bit_rot_under_an_unchanged_file_is_found_by_full_and_within_a_day(
    tmp_path: Path,
) -> None:
    paths = _journal(tmp_path / "data")
    _read_in_full(paths)
    _damage_keeping_size_and_time(paths.db_file)
    code, report = _check(paths, "--full")
    assert code == 1 and any("damage" in p["message"] for p in report["problems"])

    paths = _journal(tmp_path / "again")
    _read_in_full(paths)
    _damage_keeping_size_and_time(paths.db_file)
    mark = shutdown_mark.read(paths.data_dir)
    day_old = time.time() - 1.2 * 24 * 3600
    shutdown_mark.write(
        paths.data_dir, shutdown_mark.Mark(mark.clean, day_old, mark.verified, day_old)
    )
    code, report = _check(paths)
    assert code == 1 and any("damage" in p["message"] for p in report["problems"])


def test_a_commit_by_another_connection_during_the_check_voids_the_pass(
    tmp_path: Path,
) -> None:
    paths = _journal(tmp_path / "data", 3)
    j = Journal.open(paths)
    assert j.check() == []
    assert j.unchanged_since_full_check() is not None
    with sqlite3.connect(paths.db_file) as other:  # e.g. another seat's save meanwhile
        other.execute("UPDATE client SET notes = 'changed' WHERE name = 'Me'")
    assert j.unchanged_since_full_check() is None
    j.close()
    assert shutdown_mark.read(paths.data_dir).verified is None
    assert _read_in_full(paths)


def test_an_open_writer_means_the_database_is_read_in_full(tmp_path: Path) -> None:
    paths = _journal(tmp_path / "data", 3)
    _read_in_full(paths)
    hold = (
        "import sys, time\n"
        "from needlejournal.journal.api import Journal\n"
        "from needlejournal.paths import resolve\n"
        "from needlejournal.journal.records import ClientDraft\n"
        "j = Journal.open(resolve(sys.argv[1]))\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "j.save_client(ClientDraft(name='Cy'))\n"
        "print('saved', flush=True)\n"
        "sys.stdin.readline()\n"
        "j.close()\n"
    )
    window = subprocess.Popen(
        [sys.executable, "-c", hold, str(paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    assert window.stdin is not None and window.stdout is not None
    try:
        assert window.stdout.readline().strip() == "ready"
        assert _read_in_full(paths)  # it may be writing: nothing is trusted
        window.stdin.write("\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "saved"
        assert _read_in_full(paths)
    finally:
        window.stdin.write("\n")
        window.stdin.close()
        window.wait(timeout=60)
    assert _read_in_full(paths)  # it saved while a check ran: that pass holds for nothing
    assert not _read_in_full(paths)


def test_a_window_that_changed_nothing_keeps_the_pass(tmp_path: Path) -> None:
    paths = _journal(tmp_path / "data", 3)
    _read_in_full(paths)
    Journal.open(paths).close()  # opened and closed without a change
    assert not _read_in_full(paths)


def test_a_saved_client_is_a_change_even_from_the_same_journal(tmp_path: Path) -> None:
    """The check's own process writing after the pass (same journal object) voids it too."""
    paths = _journal(tmp_path / "data", 3)
    j = Journal.open(paths)
    assert j.check() == []
    j.save_client(ClientDraft(name="Bo"))
    assert j.unchanged_since_full_check() is None
    j.close()
    assert _read_in_full(paths)
