"""Named fault points on every durable step, for crash and I/O-error tests.

The method is SQLite's own: each durable step (write, fsync, rename, commit) calls
``fault_point(name)``. In normal use this is a counter increment and nothing else. Tests set
``NEEDLEJOURNAL_FAULT_AT=k`` to make the k-th fault point of the process kill it outright
(SIGKILL, as a power cut or ``kill -9`` would), or ``NEEDLEJOURNAL_FAULT_ERRNO=k:ENOSPC`` to
make the k-th fault point raise that ``OSError`` instead. ``NEEDLEJOURNAL_FAULT_LOG=FILE``
appends each point's name, so a test knows how many steps an operation has.
"""

from __future__ import annotations

import errno
import os
import signal
import threading

_lock = threading.Lock()
_count = 0


def _parse_errno(spec: str) -> tuple[int, int] | None:
    at, _, name = spec.partition(":")
    if not at.isdigit():
        return None
    code = getattr(errno, name or "EIO", errno.EIO)
    return int(at), int(code)


def fault_point(name: str) -> None:
    """Mark one durable step; may kill the process or raise ``OSError`` under test."""
    global _count
    kill_at = os.environ.get("NEEDLEJOURNAL_FAULT_AT")
    errno_spec = os.environ.get("NEEDLEJOURNAL_FAULT_ERRNO")
    log = os.environ.get("NEEDLEJOURNAL_FAULT_LOG")
    if not (kill_at or errno_spec or log):
        return
    with _lock:
        _count += 1
        n = _count
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{n} {name}\n")
    if kill_at and kill_at.isdigit() and n == int(kill_at):
        os.kill(os.getpid(), signal.SIGKILL)
    if errno_spec:
        parsed = _parse_errno(errno_spec)
        if parsed and parsed[0] == n:
            raise OSError(parsed[1], f"{os.strerror(parsed[1])} (injected at {name})")


def reset_for_tests() -> None:
    """Restart the count (in-process tests that inject errors more than once)."""
    global _count
    with _lock:
        _count = 0
