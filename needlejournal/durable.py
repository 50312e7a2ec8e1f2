"""Small file-system steps that make a write durable or atomic (stdlib only).

Shared by the photo store, the snapshots, exports and the thumbnail cache so every
"write a temp file, then rename it into place" follows the same order.
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, cast


def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.sync_file_range
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    call.restype = ctypes.c_int
    return cast("Callable[[int, int, int, int], int]", call)


_SYNC_FILE_RANGE = _sync_file_range()
_SYNC_FILE_RANGE_WRITE = 2


def start_writeback(fd: int) -> None:
    """Ask the kernel to start writing ``fd``'s dirty pages now, without waiting (Linux's
    ``sync_file_range``; elsewhere nothing). Not durability: an ``fsync`` after other work
    then finds most of the data already written instead of writing it all while we wait."""
    if _SYNC_FILE_RANGE is not None:
        _SYNC_FILE_RANGE(fd, 0, 0, _SYNC_FILE_RANGE_WRITE)  # a failure only loses the head start


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in ``path`` survive a power cut (POSIX needs the dir synced)."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_write(
    target: Path, *, prefix: str = ".tmp-", suffix: str = "", fsync: bool = True
) -> Iterator[BinaryIO]:
    """Write ``target`` through a private temp file in its folder, renamed into place at the end.

    Readers see the old file or the whole new one, never half; on any error the temp file is
    removed and ``target`` is untouched. ``fsync=False`` for rebuildable caches, where a lost
    write costs a rebuild and an fsync per file would cost every time.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
