"""When the full integrity check must run on open, and the clean-shutdown mark that saves it.

RELIABILITY.md promise 3 without a check linear in the file on every open: SQLite's
``quick_check`` + ``foreign_key_check`` costs ~11 ms per MB (5 s at 460 MB). It runs

- before anything is written, when the journal was not closed cleanly: the mark is missing
  (a writer cleared it on open and was killed), a ``-wal`` is left over, or the file is not
  the one the last clean close left (its size, inode or modification time differ);
- daily (the window in the background after the first screen; a writing command at once);
- never for a command that only reads: it cannot make damage worse.

The mark is a small JSON file beside the journal: the journal file's identity at the last
clean close and when the full check last passed. On clean close the journal file's
modification time is set to a distinctive past instant, so any later write to it — by us, a
sync tool, or a stray ``dd`` — gives it another one and the next open checks in full, however
coarse the clock. What the mark cannot see (a disk flipping bits without touching the
modification time) the daily check finds. Every open also checks the header cheaply.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from needlejournal.durable import atomic_write, fsync_dir
from needlejournal.words import count

MARK_NAME = ".journal-clean.json"
FULL_CHECK_EVERY_S = 24 * 3600.0
_MAGIC = b"SQLite format 3\x00"
_STAMP_OFFSET_NS = 1_000_000_000 - 7  # one second back, an instant no write gives a file


@dataclass(frozen=True)
class FileStamp:
    """Who the journal file is: enough to see that anything wrote to it since."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(st.st_size, st.st_mtime_ns, st.st_ino)


@dataclass(frozen=True)
class Mark:
    clean: FileStamp | None  # the file as the last clean close left it; None: in use/unclean
    checked_at: float | None  # when the full check last passed (seconds since the epoch)
    # ``check``'s full pass (``full_check``): the clean stamp it holds for and when it passed.
    verified: FileStamp | None = None
    verified_at: float | None = None


def mark_path(data_dir: Path) -> Path:
    return data_dir / MARK_NAME


def read(data_dir: Path) -> Mark:
    try:
        raw = json.loads(mark_path(data_dir).read_text(encoding="utf-8"))
        clean = raw.get("clean")
        checked = raw.get("checked_at")
        verified = raw.get("verified")
        verified_at = raw.get("verified_at")
        return Mark(
            FileStamp(**clean) if isinstance(clean, dict) else None,
            float(checked) if isinstance(checked, int | float) else None,
            FileStamp(**verified) if isinstance(verified, dict) else None,
            float(verified_at) if isinstance(verified_at, int | float) else None,
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return Mark(None, None)  # missing or unreadable: nothing is trusted


def write(data_dir: Path, mark: Mark) -> None:
    """Replace the mark atomically and durably (it must be gone before the first write)."""
    body = {
        "clean": asdict(mark.clean) if mark.clean else None,
        "checked_at": mark.checked_at,
        "verified": asdict(mark.verified) if mark.verified else None,
        "verified_at": mark.verified_at,
    }
    with atomic_write(mark_path(data_dir)) as f:  # mkstemp: private (0600) like the journal
        f.write(json.dumps(body).encode("utf-8"))
    fsync_dir(data_dir)


def clear(data_dir: Path, checked_at: float | None) -> None:
    """The journal is in use from now on: a kill before ``close`` must read as unclean."""
    try:
        write(data_dir, Mark(None, checked_at))
    except OSError:  # a full disk: removing the mark needs no space (and forgets the date)
        mark_path(data_dir).unlink(missing_ok=True)
        fsync_dir(data_dir)


def _wal_left_over(db_file: Path) -> bool:
    try:
        return db_file.with_name(db_file.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def unclean_reason(db_file: Path, mark: Mark) -> str | None:
    """Why the journal may not be as a clean close left it (None: it is), if nobody has it open.

    Only meaningful when no other live process holds the journal: one that does passed this
    check (or the full one) when it opened.
    """
    if mark.clean is None:
        return "the journal was not closed cleanly last time"
    if _wal_left_over(db_file):
        return "the journal has changes that were not written back (a ‑wal file is left over)"
    if FileStamp.of(db_file) != mark.clean:
        return "the journal file was changed after it was last closed"
    return None


def check_due(mark: Mark, now: float | None = None) -> bool:
    """True when the full check has not passed within the last day."""
    now = time.time() if now is None else now
    return mark.checked_at is None or not 0 <= now - mark.checked_at < FULL_CHECK_EVERY_S


def seal(db_file: Path) -> FileStamp | None:
    """Give the closed journal file a modification time no later write can give it.

    Returns its stamp for the mark, or None when the file cannot be touched (then the next
    open checks in full, which is always safe).
    """
    try:
        st = db_file.stat()
        sealed = (time.time_ns() // 1_000_000_000) * 1_000_000_000 - _STAMP_OFFSET_NS
        os.utime(db_file, ns=(st.st_atime_ns, min(sealed, st.st_mtime_ns)))
    except OSError:
        return None
    return FileStamp.of(db_file)


def header_problem(db_file: Path) -> str | None:
    """What the 100-byte SQLite header says is wrong (cheap: one read), or None."""
    try:
        with open(db_file, "rb") as f:
            header = f.read(100)
        size = db_file.stat().st_size
    except OSError as e:
        return f"the file cannot be read: {e.strerror or e}"
    if len(header) < 100 or not header.startswith(_MAGIC):
        return "the file is not an SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"its header gives an impossible page size ({page_size})"
    if size % page_size:
        return f"its size ({size} bytes) is not a whole number of {page_size}-byte pages"
    change_counter = header[24:28]
    pages_in_header = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when it was written with the change counter;
    # with a WAL to replay the file may legitimately lag behind it.
    if (
        header[92:96] == change_counter
        and pages_in_header
        and not _wal_left_over(db_file)
        and pages_in_header * page_size > size
    ):
        return (
            f"it is shorter than its header says ({size} bytes for "
            f"{count(pages_in_header, 'page')})"
        )
    return None
