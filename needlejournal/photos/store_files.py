"""The photo store's file helpers: safe opening, writing, hashing and listing (no database,
no Qt). Split out of ``photos.store``; the store and consent documents share them."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from io import BufferedReader
from pathlib import Path

from needlejournal import oslock
from needlejournal.photos.rejections import PhotoRejected

CHUNK = 1024 * 1024
DISK_FULL = {errno.ENOSPC, errno.EDQUOT}


def sorted_entries(folder: str | Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError:
        return []


def files_below(folder: str) -> list[str]:
    found: list[str] = []
    for dirpath, _dirs, files in os.walk(folder):
        found += (os.path.join(dirpath, name) for name in files)
    return found


def open_regular_file(src: Path) -> BufferedReader:
    """Open a photo file for reading; refuse a FIFO, device or folder *before* opening it.

    Opening a FIFO blocks until a writer comes (forever, for a stray pipe), and a device can
    stream without end: the type is checked by ``stat`` first, and the open is non-blocking
    in case the path is swapped for a pipe in between (``fstat`` after the open catches it).
    """
    try:
        st = os.stat(src)
    except FileNotFoundError as exc:
        raise PhotoRejected("not_found") from exc
    except OSError as exc:
        raise PhotoRejected("unreadable") from exc
    if not stat.S_ISREG(st.st_mode):
        raise PhotoRejected("not_a_file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(src, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise PhotoRejected("not_found") from exc
    except OSError as exc:
        raise PhotoRejected("unreadable") from exc
    return os.fdopen(fd, "rb")


def rejection_for(exc: OSError) -> PhotoRejected:
    return PhotoRejected("disk_full" if exc.errno in DISK_FULL else "unreadable")


def discard(path: Path) -> None:
    with contextlib.suppress(OSError):  # a staging leftover is swept at the next start
        path.unlink(missing_ok=True)


def write_all(fd: int, data: memoryview) -> None:
    while data:
        written = os.write(fd, data)
        data = data[written:]


def hash_file(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in chunks (the store's content address)."""
    hasher = hashlib.sha256()
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with path.open("rb", buffering=0) as f:
        while n := f.readinto(buf):
            hasher.update(view[:n])
    return hasher.hexdigest()


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o777 != 0o700:
        path.chmod(0o700)


def open_if_exists(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return None


def unlocked(path: Path) -> bool:
    """True when no live process holds ``path``'s lock (or it vanished meanwhile)."""
    fd = open_if_exists(path)
    if fd is None:
        return False
    try:
        return oslock.try_lock(fd)
    finally:
        os.close(fd)
