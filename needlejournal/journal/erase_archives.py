"""After an erasure: the journal's own snapshots rewritten without the client, and what still
holds them (backup zips) deleted when the user says so.

A snapshot is an SQLite file: it is copied to a temporary file beside it, the client's rows
are deleted there (foreign keys on, so sessions, skin checks, photos and consents follow),
with ``secure_delete`` on, then ``VACUUM``; the copy is checked (``integrity_check``) and
renamed over the original. A snapshot stays a good, restorable journal, just without them.

A backup archive (zip) is not rewritten: its manifest and checksums promise what it holds.
It is named; ``delete_archives`` removes it (and photo files a backup folder keeps by hash)
when the user chose to.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path

from needlejournal.durable import fsync_dir

SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(16) == SQLITE_HEADER
    except OSError:
        return False


def scrub_snapshot(path: Path, client_id: int, name: str) -> bool:
    """Rewrite the SQLite file ``path`` without the client (their id and name); True when
    the client was found and the file replaced. Refuses nothing silently: an error leaves
    the original as it was (the caller names it as still holding the client)."""
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".scrub-", suffix=".sqlite3")
    os.close(fd)
    temp = Path(temp_name)
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        target = sqlite3.connect(temp)
        try:
            source.backup(target)
        finally:
            source.close()
        try:
            target.execute("PRAGMA journal_mode=DELETE")
            target.execute("PRAGMA foreign_keys=ON")
            target.execute("PRAGMA secure_delete=ON")
            with target:
                found = target.execute(
                    "DELETE FROM client WHERE id = ? AND name = ?", (client_id, name)
                ).rowcount
            if not found:
                return False
            target.execute("VACUUM")
            (ok,) = target.execute("PRAGMA integrity_check").fetchone()
            if ok != "ok":
                return False
        finally:
            target.close()
        with temp.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(temp, path)
        fsync_dir(path.parent)
        return True
    except (sqlite3.Error, UnicodeDecodeError):
        return False
    finally:
        temp.unlink(missing_ok=True)


def scrub_snapshots(candidates: Iterable[Path], client_id: int, name: str) -> list[Path]:
    """Rewrite each SQLite file among ``candidates``; returns those rewritten."""
    return [p for p in candidates if is_sqlite(p) and scrub_snapshot(p, client_id, name)]


def delete_archives(paths: Iterable[Path]) -> list[Path]:
    """Delete the named archives (the user chose to); returns those deleted."""
    gone: list[Path] = []
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            gone.append(path)
            fsync_dir(path.parent)
    return gone
