"""The journal's writer lock: many writers at once, or one process that replaces the journal.

RELIABILITY.md promise 9. Every process that opens the journal (a CLI command, the window for
as long as it is open) holds a *shared* lock; restore, repair and migration take it
*exclusively*, so the journal is never moved or rebuilt under a running import. The lock is an
``flock`` on ``<data dir>/.journal.lock``: the kernel holds it on an open descriptor and drops
it when the process dies, so a killed process never leaves a stale lock.

Who holds it is told by a note per holder in ``.journal-holders/`` (its text says what the
process is doing), itself locked by its holder: a waiter that times out lists the notes whose
lock is still held and says "The journal is busy: …"; notes of dead processes are removed.

Within one process a shared hold and an exclusive request conflict like any two processes
(``flock`` locks belong to open descriptors): the window must close its journal, which drops
its shared hold, before it restores; ``Journal.exclusive`` does that dance for repair.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

from needlejournal import oslock
from needlejournal.journal.errors import JournalBusy
from needlejournal.paths import DataPaths

LOCK_NAME = ".journal.lock"
HOLDERS_DIR = ".journal-holders"
SHARED_WAIT_S = 10.0  # a writer waits out a restore or a migration (seconds, not minutes)
EXCLUSIVE_WAIT_S = 3.0  # a restore or repair waits briefly for running commands to finish
WAIT_ENV = "NEEDLEJOURNAL_LOCK_WAIT_S"  # tests shorten the waits
_POLL_S = 0.05
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}

_activity = f"another NeedleJournal process (pid {os.getpid()})"


def describe_process(activity: str) -> None:
    """Say what this process is (e.g. "the command “needlejournal photo import”"), for the
    busy message another process may show while this one holds the lock."""
    global _activity
    _activity = f"{activity} (pid {os.getpid()})"


class Hold:
    """One hold on the journal lock; ``release`` (or process death) lets it go."""

    def __init__(
        self, paths: DataPaths, fd: int | None, note: tuple[Path, int] | None, exclusive: bool
    ) -> None:
        self.paths = paths
        self._fd = fd
        self._note = note
        self.exclusive = exclusive

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._note is not None:
            path, note_fd = self._note
            self._note = None
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            os.close(note_fd)
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the descriptor drops the flock

    def others(self) -> tuple[int, int]:
        """How many other holds are alive, and how many were left by killed processes.

        Told by the holders' notes (each locked by its holder while it lives); a hold without
        a note (a folder we may not write) counts as alive, to stay on the safe side.
        """
        alive = dead = 0
        own = self._note[0] if self._note is not None else None
        with contextlib.suppress(OSError):
            for path in (self.paths.data_dir / HOLDERS_DIR).iterdir():
                if path == own:
                    continue
                try:
                    fd = os.open(path, os.O_RDWR)
                except OSError:
                    continue
                try:
                    if oslock.try_lock(fd):
                        dead += 1
                    else:
                        alive += 1
                finally:
                    os.close(fd)
        return alive, dead

    def forget_dead(self) -> None:
        """Remove the notes of killed holders (after the full check has passed)."""
        holders(self.paths.data_dir)

    def _take(self, other: Hold) -> None:
        self._fd, self._note, self.exclusive = other._fd, other._note, other.exclusive
        other._fd = other._note = None

    @contextlib.contextmanager
    def alone(self, *, wait_s: float | None = None) -> Iterator[None]:
        """Trade this shared hold for the exclusive one, and back to shared after.

        ``flock`` cannot upgrade atomically, so the shared hold is dropped first; on
        ``JournalBusy`` it is taken back before the error goes up.
        """
        self.release()
        try:
            self._take(acquire(self.paths, exclusive=True, wait_s=wait_s))
        except BaseException:
            self._take(acquire(self.paths, exclusive=False))
            raise
        try:
            yield
        finally:
            self.release()
            self._take(acquire(self.paths, exclusive=False))


def _open_lock_file(data_dir: Path) -> int | None:
    path = data_dir / LOCK_NAME
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as e:
        if e.errno not in _READ_ONLY:
            raise
    try:  # a folder we may only read: flock works on a read-only descriptor too
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None  # nothing can be written here by us; browsing needs no lock


def _write_note(data_dir: Path, exclusive: bool) -> tuple[Path, int] | None:
    folder = data_dir / HOLDERS_DIR
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / f"{os.getpid()}.{os.urandom(16).hex()}"  # not uuid: ~2 ms to import
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return None  # the note only improves the busy message
    oslock.try_lock(fd)  # our own new file: always succeeds
    os.write(fd, f"{_activity}{' (exclusive)' if exclusive else ''}".encode())
    return path, fd


def holders(data_dir: Path) -> list[str]:
    """What the live holders are doing; notes left by dead processes are removed."""
    found: list[str] = []
    folder = data_dir / HOLDERS_DIR
    with contextlib.suppress(OSError):
        for path in sorted(folder.iterdir()):
            try:
                fd = os.open(path, os.O_RDWR)
            except OSError:
                continue
            try:
                if oslock.try_lock(fd):  # nobody holds it: its process died
                    path.unlink(missing_ok=True)
                else:
                    text = os.read(fd, 1000).decode("utf-8", "replace").strip()
                    found.append(text.removesuffix(" (exclusive)"))
            finally:
                os.close(fd)
    return found


def _wait_from_env() -> float | None:
    try:
        return float(os.environ.get(WAIT_ENV, ""))
    except ValueError:
        return None


def _busy(data_dir: Path) -> JournalBusy:
    who = holders(data_dir) or ["another NeedleJournal process"]
    return JournalBusy(f"The journal is busy: {', '.join(who)}; try again when it finishes.")


def acquire(paths: DataPaths, *, exclusive: bool, wait_s: float | None = None) -> Hold:
    """Take the lock (waiting up to ``wait_s``) or raise ``JournalBusy`` naming the holders."""
    data_dir = paths.data_dir
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = _open_lock_file(data_dir)
    if fd is None:
        return Hold(paths, None, None, exclusive)
    try_once = oslock.try_lock if exclusive else oslock.try_lock_shared
    if wait_s is None:
        wait_s = _wait_from_env() or (EXCLUSIVE_WAIT_S if exclusive else SHARED_WAIT_S)
    deadline = time.monotonic() + wait_s
    while not try_once(fd):
        if time.monotonic() >= deadline:
            os.close(fd)
            raise _busy(data_dir)
        time.sleep(_POLL_S)
    return Hold(paths, fd, _write_note(data_dir, exclusive), exclusive)


@contextlib.contextmanager
def shared(paths: DataPaths, *, wait_s: float | None = None) -> Iterator[Hold]:
    """Hold the journal for writing beside other writers (no restore/repair meanwhile)."""
    hold = acquire(paths, exclusive=False, wait_s=wait_s)
    try:
        yield hold
    finally:
        hold.release()


@contextlib.contextmanager
def exclusive(paths: DataPaths, *, wait_s: float | None = None) -> Iterator[Hold]:
    """Hold the journal alone (restore, repair, migration); ``JournalBusy`` after ``wait_s``."""
    hold = acquire(paths, exclusive=True, wait_s=wait_s)
    try:
        yield hold
    finally:
        hold.release()
