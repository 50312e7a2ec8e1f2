"""When ``check`` may skip the database pass: the file is as its last full pass left it.

The full pass (``Journal.check``: SQLite's ``integrity_check``, ``foreign_key_check``, the scan
for text that is not UTF-8 and the audit trail's hash chain) reads the whole file, ~2 s per
1,000 clients. Plain ``check`` skips it when all of these hold (``check --full`` never does):

- it passed within the last day (bit rot under an unchanged file is still found daily, as the
  open path's own full check finds it);
- the journal was closed cleanly after that pass with nothing committed in between, and the
  file is as that close sealed it: same size, inode and modification time, no ``-wal`` left
  over, nobody else holding it open (``shutdown_mark``: the sealed modification time is one no
  write gives a file, so any write since — ours, a sync tool's, a stray ``dd`` — shows);
- nothing has been committed since this journal was opened, by any connection: SQLite's
  ``PRAGMA data_version`` on a watching connection opened before the pass, read again at close.

A pass that found anything, a commit seen by the watch, or an unclean close forgets the pass:
the next ``check`` reads everything again.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from needlejournal.journal import shutdown_mark


class CommitWatch:
    """A connection that never writes; it sees whether any other connection committed."""

    def __init__(self, db_file: Path) -> None:
        # Read-write (though it never writes): the last connection to close checkpoints the
        # -wal, and a read-only one could not, leaving a -wal that reads as an unclean close.
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            f"{db_file.absolute().as_uri()}?mode=rw", uri=True, check_same_thread=False
        )
        self._version = self._data_version()

    def _data_version(self) -> int | None:
        if self._conn is None:
            return None
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def unchanged(self) -> bool:
        now = self._data_version()
        return now is not None and now == self._version

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()


@dataclass
class FullCheck:
    """A full pass that passed at ``at``, on content the watch has seen unchanged since."""

    at: float
    watch: CommitWatch

    @classmethod
    def start(cls, db_file: Path, at: float | None = None) -> FullCheck | None:
        try:
            return cls(time.time() if at is None else at, CommitWatch(db_file))
        except sqlite3.Error:
            return None  # no watch, no skipping: always safe

    def still_valid(self) -> float | None:
        """When the pass passed, if its content is unchanged and the pass is fresh."""
        fresh = not shutdown_mark.check_due(shutdown_mark.Mark(None, self.at))
        return self.at if fresh and self.watch.unchanged() else None

    def finish(self) -> float | None:
        """``still_valid``, then the watch is closed (on close, just before sealing)."""
        try:
            return self.still_valid()
        finally:
            self.watch.close()


def verified_on_open(db_file: Path, mark: shutdown_mark.Mark, *, alone: bool) -> float | None:
    """When the last full pass passed, if the file is exactly as the clean close after it
    left it (and that was within a day); None when the next ``check`` must read it all."""
    if not alone or mark.verified is None or mark.verified_at is None:
        return None
    if mark.clean != mark.verified or shutdown_mark.unclean_reason(db_file, mark) is not None:
        return None
    if shutdown_mark.check_due(shutdown_mark.Mark(None, mark.verified_at)):
        return None
    return mark.verified_at
