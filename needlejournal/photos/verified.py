"""Which stored originals were hashed and found intact, and how each file looked then.

``check`` re-hashes every original (half a gigabyte at 10,000 photos); when nothing changed
that work tells nothing new. A file whose size, modification time, status-change time and
inode are what they were when its SHA-256 last matched is trusted without reading it again:
any write to it (or ``touch``, ``chmod``, a copy put back) changes its status-change time,
which no program can set back. What this cannot see is a disk that flips bits under an
unchanged inode; ``check --full`` re-hashes everything and so finds that too.

A rebuildable cache (in the journal's cache folder): lost or unreadable, every file is hashed
again, never trusted.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from needlejournal.durable import atomic_write

VERIFIED_FILE = "verified-photos.json"  # in the journal's cache folder
Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


def stamp_of(path: str | os.PathLike[str]) -> Stamp | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class VerifiedStamps:
    def __init__(self, file: Path) -> None:
        self.file = file
        self._stamps: dict[str, tuple[object, ...]] = {}
        self._changed = False
        with contextlib.suppress(OSError, ValueError, TypeError):
            raw = json.loads(file.read_text(encoding="utf-8"))
            # Kept as read: a value that is no stamp never equals one, so it is hashed again.
            self._stamps = {sha: tuple(v) for sha, v in raw.items() if isinstance(v, list)}

    def unchanged(self, sha256: str, path: str | os.PathLike[str]) -> bool:
        """True when ``path`` is as it was when its hash last matched ``sha256``."""
        known = self._stamps.get(sha256)
        return known is not None and known == stamp_of(path)

    def record(self, sha256: str, path: str | os.PathLike[str]) -> None:
        stamp = stamp_of(path)
        if stamp is not None and self._stamps.get(sha256) != stamp:
            self._stamps[sha256] = stamp
            self._changed = True

    def forget(self, sha256: str) -> None:
        if self._stamps.pop(sha256, None) is not None:
            self._changed = True

    def keep_only(self, shas: set[str]) -> None:
        gone = self._stamps.keys() - shas
        for sha in gone:
            del self._stamps[sha]
        self._changed |= bool(gone)

    def save(self) -> None:
        if not self._changed:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with atomic_write(self.file, fsync=False) as f:
                f.write(json.dumps(self._stamps, separators=(",", ":")).encode())
            os.chmod(self.file, 0o600)
        except OSError:
            return  # a cache: the next check hashes again
        self._changed = False
