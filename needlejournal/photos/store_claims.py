"""The photo store's claims and recovery: a marker per original in flux (an import whose row
is not committed yet, an undoable delete), locked by its process; ``recover`` rolls back what
a dead process left (DESIGN.md §3). Split out of ``photos.store``: ``PhotoStore`` is a
``ClaimedStore``."""

from __future__ import annotations

import contextlib
import os
import re
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from needlejournal import oslock
from needlejournal.durable import fsync_dir
from needlejournal.faults import fault_point
from needlejournal.photos.store_files import make_private_dir, open_if_exists, unlocked

STAGING = ".staging"
QUARANTINE = ".quarantine"
SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Claim:
    """A marker in ``.staging/`` saying "this original is being imported; its row may not be
    committed yet", locked by the importing process. If the process dies, the kernel drops the
    lock and :meth:`PhotoStore.recover` rolls the import back; while it lives, nobody removes
    the original from under it."""

    sha256: str
    marker: Path
    fd: int


class ClaimedStore:
    """The store's folders, its cross-process lock and the claims in ``.staging/``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.staging = root / STAGING
        self.quarantine_dir = root / QUARANTINE
        for d in (root, self.staging, self.quarantine_dir):
            make_private_dir(d)
        # Serialises "is it there? → rename → fsync dir (→ undo)" so a failed placement
        # can be undone without racing a concurrent dedup of the same bytes.
        self._place_lock = threading.Lock()
        self._lock_file = self.staging / ".store.lock"

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """Serialise placement, removal and recovery across threads and processes."""
        with self._place_lock:
            fd = os.open(self._lock_file, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                oslock.lock(fd)
                yield
            finally:
                os.close(fd)  # closing drops the lock

    def sweep_staging(self) -> int:
        """Delete staging files of imports whose process died; safe while others import."""
        removed = 0
        for path in self.staging.iterdir():
            if path.suffix != ".part" or not path.is_file():
                continue
            if unlocked(path):
                path.unlink(missing_ok=True)
                removed += 1
        if removed:
            fsync_dir(self.staging)
        return removed

    def recover(self, is_referenced: Callable[[str], bool]) -> int:
        """Roll back imports whose process died between placing the file and its row's commit.

        For each claim whose owner is gone: if no row refers to the original (and no live
        import claims it) the original is removed, so a crash never leaves an unknown photo.
        Returns how many originals were rolled back. Also sweeps dead staging files.
        """
        rolled_back = 0
        self.sweep_staging()
        for marker in sorted(self.staging.glob("*.claim")):
            fd = open_if_exists(marker)
            if fd is None:
                continue
            try:
                if not oslock.try_lock(fd):
                    continue  # its importer is alive
                sha = marker.name.split(".", 1)[0]
                with self._exclusive():
                    if (
                        SHA256.fullmatch(sha)
                        and not self._claimed_by_others(sha, [marker])
                        and not is_referenced(sha)
                        and self._unlink_original(sha)
                    ):
                        rolled_back += 1
                    fault_point("photos.recover.unlink_claim")
                    marker.unlink(missing_ok=True)
                    fsync_dir(self.staging)
            finally:
                os.close(fd)
        return rolled_back

    def leftovers(self) -> int:
        """Staging files and claims left by processes that died (``recover`` clears them)."""
        return sum(
            1
            for path in self.staging.iterdir()
            if path.suffix in (".part", ".claim") and unlocked(path)
        )

    def release(self, claim: Claim | None) -> None:
        """The import's row is committed (or it was given up): drop its claim."""
        if claim is None:
            return
        fault_point("photos.claim.release")
        with contextlib.suppress(OSError):
            claim.marker.unlink(missing_ok=True)
        os.close(claim.fd)

    def abandon(self, claim: Claim | None) -> None:
        """Let go of a claim without settling it: its marker stays, now unlocked, so the next
        ``recover`` rolls the original back unless a row refers to it (used when the journal
        cannot be reached to decide now)."""
        if claim is not None:
            with contextlib.suppress(OSError):
                os.close(claim.fd)

    def claim(self, sha256: str) -> Claim:
        """Mark an original as in flux (importing, or deleted but undoable) until ``release``.

        While the claim's process lives nobody removes the original; if it dies, ``recover``
        removes the original unless a row refers to it.
        """
        (held,) = self.claim_all([sha256])
        return held

    def claim_all(self, sha256s: Sequence[str]) -> list[Claim]:
        """``claim`` for a batch: the markers are made durable together, by one fsync of
        their folder. A marker is an empty file: its creation (the folder's entry and the
        inode, one file-system transaction) is all there is to make durable, so the folder's
        fsync is enough; an fsync of each marker cost a disk flush per photo."""
        held: list[Claim] = []
        try:
            for sha256 in sha256s:
                fault_point("photos.claim.create")
                marker = self.staging / f"{sha256}.{uuid.uuid4().hex}.claim"
                fd = os.open(marker, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                held.append(Claim(sha256, marker, fd))
                oslock.lock(fd)
            if held:
                fault_point("photos.claim.fsync_dir")
                fsync_dir(self.staging)
        except BaseException:
            for each in held:
                os.close(each.fd)
                each.marker.unlink(missing_ok=True)
            raise
        return held

    def is_claimed(self, sha256: str) -> bool:
        """True while a live process claims this original (importing it, or undoable delete)."""
        return self._claimed_by_others(sha256)

    def _claimed_by_others(self, sha256: str, own: Sequence[Path] = ()) -> bool:
        for marker in self.staging.glob(f"{sha256}.*.claim"):
            if marker not in own and not unlocked(marker):
                return True
        return False

    def _unlink_original(self, sha256: str) -> bool:
        raise NotImplementedError  # the store's: it knows where an original lives
