"""One app instance per data dir, by a lock the kernel holds (and drops on kill -9).

A lock *file's existence* would go stale when the process is killed; an advisory lock held on
an open descriptor (``flock`` on POSIX, ``msvcrt.locking`` on Windows) is released by the
kernel when the process dies, so a crashed instance never blocks the next start.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import TracebackType

from needlejournal.oslock import try_lock, unlock


class AlreadyRunning(Exception):
    """Another NeedleJournal window has this journal open."""


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, timeout_s: float = 1.0) -> InstanceLock:
        """Take the lock, retrying briefly (a just-closed instance may still be exiting)."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + timeout_s
        while True:
            if try_lock(fd):
                break
            if time.monotonic() >= deadline:
                os.close(fd)
                raise AlreadyRunning(
                    "NeedleJournal is already open on this journal "
                    f"({self.path.parent}); switch to that window, or close it first."
                )
            time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            unlock(fd)
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
