"""One app instance per data dir; a killed instance leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from needlejournal.instance_lock import AlreadyRunning, InstanceLock

HOLDER = """
import sys, time
from pathlib import Path
from needlejournal.instance_lock import InstanceLock
InstanceLock(Path(sys.argv[1])).acquire()
print("locked", flush=True)
time.sleep(60)
"""


def _hold_in_subprocess(lock: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_instance_gets_a_clear_message_fast(tmp_path: Path) -> None:
    lock = tmp_path / ".instance.lock"
    proc = _hold_in_subprocess(lock)
    try:
        start = time.monotonic()
        with pytest.raises(AlreadyRunning, match="already open"):
            InstanceLock(lock).acquire()
        assert time.monotonic() - start < 2.0
    finally:
        proc.kill()
        proc.wait()


def test_killed_instance_leaves_no_stale_lock(tmp_path: Path) -> None:
    lock = tmp_path / ".instance.lock"
    proc = _hold_in_subprocess(lock)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert lock.exists()  # the file stays; the kernel dropped the lock itself
    held = InstanceLock(lock).acquire(timeout_s=0.5)
    held.release()


def test_release_lets_the_next_instance_in(tmp_path: Path) -> None:
    lock = tmp_path / ".instance.lock"
    with InstanceLock(lock):
        pass
    with InstanceLock(lock) as again:
        assert again.path == lock
