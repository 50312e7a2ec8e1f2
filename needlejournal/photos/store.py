"""The loss-proof, content-addressed store of original photos (no database, no Qt).

Layout under ``root``::

    ab/abcdef….jpg   originals, byte for byte, named by SHA-256 (files 0600, dirs 0700)
    .staging/        imports in flight (locked while their process lives) and import claims;
                     whatever a dead process left here is rolled back by ``recover``
    .quarantine/     files moved aside by ``check --repair``; never deleted automatically

Import protocol (DESIGN.md §3): stream the source to a staging file while hashing → fsync →
verify and describe the staged copy → take a claim (a marker file locked by this process) →
rename into place → fsync the directory. The caller inserts and commits the database row only
after :meth:`PhotoStore.ingest` returns, then releases the claim. A crash before the commit
leaves a dead claim, and :meth:`PhotoStore.recover` (run at the next start) removes the
original it claims if no row refers to it: never a row without its file, nor a stored photo
without its row. Every durable step calls a named fault point.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path

from PIL import Image

from needlejournal import oslock
from needlejournal.durable import fsync_dir, start_writeback
from needlejournal.faults import fault_point
from needlejournal.photos.decode import ImageFacts, Inspection, inspect_image
from needlejournal.photos.documents import DocumentRejected, StoredDocument
from needlejournal.photos.media_types import STORED_EXTENSIONS
from needlejournal.photos.rejections import PhotoRejected
from needlejournal.photos.store_claims import Claim
from needlejournal.photos.store_files import (
    CHUNK,
    discard,
    hash_file,
    make_private_dir,
    open_regular_file,
    rejection_for,
    write_all,
)
from needlejournal.photos.store_layout import StoreLayout, stored_path


@dataclass(frozen=True, slots=True)
class StoredOriginal:
    """A photo safely in the store. ``already_stored``: the same bytes were there before.

    ``preview`` is the upright RGB image made by the verifying decode when ``ingest`` was asked
    for one (hand it to ``ThumbnailCache.put``); ``None`` otherwise.
    """

    sha256: str
    path: Path
    size: int
    facts: ImageFacts
    already_stored: bool
    preview: Image.Image | None = None
    claim: Claim | None = None

    def with_claim(self, claim: Claim | None) -> StoredOriginal:
        return StoredOriginal(
            self.sha256, self.path, self.size, self.facts, self.already_stored, self.preview, claim
        )


@dataclass(frozen=True, slots=True)
class StagedPhoto:
    """A verified copy in ``.staging/``, hashed, its writeback started, not yet placed: its
    descriptor stays open and locked so no sweep takes it (``PhotoStore.place_all`` fsyncs
    and closes it)."""

    path: Path
    fd: int
    sha256: str
    size: int
    inspection: Inspection


class PhotoStore(StoreLayout):
    """Originals under ``root``, content-addressed by SHA-256. Thread-safe for ingest."""

    # --- import ------------------------------------------------------------------------------

    def ingest(
        self, src: Path, *, preview_size: int | None = None, claim: bool = False
    ) -> StoredOriginal:
        """Copy ``src`` into the store, verified, durable and deduplicated.

        Raises :class:`PhotoRejected` and nothing else (for any input file); on failure no
        file is left in the store. With ``preview_size`` the result carries an upright preview
        made by the same decode that verified the image. With ``claim`` the result holds a
        :class:`Claim` taken before the file was placed: commit its row, then ``release`` it.
        """
        (placed,) = self.place_all([self.stage_photo(src, preview_size=preview_size)], claim=claim)
        if isinstance(placed, PhotoRejected):
            raise placed
        return placed

    def stage_photo(self, src: Path, *, preview_size: int | None = None) -> StagedPhoto:
        """The first half of an import (any thread): copy ``src`` into ``.staging/`` while
        hashing it, verify and describe it (with a preview from the same decode); its fsync
        is the first step of :meth:`place_all`.

        Raises :class:`PhotoRejected`, leaving nothing behind; the result must be handed to
        :meth:`place_all` (or :meth:`discard`).
        """
        source = open_regular_file(src)
        with source:
            try:
                st = os.fstat(source.fileno())
            except OSError as exc:
                raise PhotoRejected("unreadable") from exc
            if not stat.S_ISREG(st.st_mode):  # swapped for a pipe since the stat
                raise PhotoRejected("not_a_file")
            if st.st_size == 0:
                raise PhotoRejected("empty_file")
            staged, sha256, size, staged_fd = self._stage(source, sync=False)
        try:
            # The kernel writes the copy out while the photo is decoded; ``place_all`` fsyncs
            # it on the placing thread, so a decoding worker never waits for the disk.
            start_writeback(staged_fd)
            inspection = inspect_image(staged, preview_size=preview_size)
        except BaseException as exc:
            discard(staged)
            os.close(staged_fd)
            if isinstance(exc, OSError):
                raise rejection_for(exc) from exc
            raise
        return StagedPhoto(staged, staged_fd, sha256, size, inspection)

    def discard(self, staged: StagedPhoto) -> None:
        """Give up a staged photo that will not be placed."""
        discard(staged.path)
        with contextlib.suppress(OSError):
            os.close(staged.fd)

    def place_all(
        self, batch: Sequence[StagedPhoto], *, claim: bool
    ) -> list[StoredOriginal | PhotoRejected]:
        """The second half of an import, for a batch: one result per staged photo, in order.

        Each staged copy is fsynced first (here, not on the decoding worker: the workers keep
        decoding while this thread waits for the disk). With ``claim``, every photo's claim
        is then taken and made durable together (one fsync of the staging folder for the
        batch); then each is renamed into place and every shard folder touched is fsynced
        once. Each placed photo holds its claim: commit the rows, then ``release`` the
        claims. A photo that cannot be placed comes back as its :class:`PhotoRejected`, with
        nothing of it left in the store. The staged files are gone afterwards either way.
        """
        try:
            unsynced = {i: r for i, each in enumerate(batch) if (r := _sync(each)) is not None}
            durable = [each for i, each in enumerate(batch) if i not in unsynced]
            placed = iter(self._claim_and_place(durable, claim=claim))
            return [unsynced[i] if i in unsynced else next(placed) for i in range(len(batch))]
        finally:
            for staged in batch:
                self.discard(staged)

    def _claim_and_place(
        self, batch: Sequence[StagedPhoto], *, claim: bool
    ) -> list[StoredOriginal | PhotoRejected]:
        try:
            claims: list[Claim | None] = (
                list(self.claim_all([s.sha256 for s in batch])) if claim else [None] * len(batch)
            )
        except OSError as exc:
            return [rejection_for(exc)] * len(batch)
        try:
            results = self._place_claimed(batch)
        except OSError as exc:
            results = [rejection_for(exc)] * len(batch)
        except BaseException:
            for held in claims:
                self.release(held)
            raise
        placed: list[StoredOriginal | PhotoRejected] = []
        for result, held in zip(results, claims, strict=True):
            if isinstance(result, PhotoRejected):
                self.release(held)
                placed.append(result)
            else:
                placed.append(result.with_claim(held))
        return placed

    def _place_claimed(self, batch: Sequence[StagedPhoto]) -> list[StoredOriginal | PhotoRejected]:
        """Rename each staged photo into place, then fsync each shard folder touched once;
        on an error no file of the batch placed here is left behind."""
        results: list[StoredOriginal | PhotoRejected] = []
        with self._exclusive():
            fresh: dict[Path, list[Path]] = {}  # shard folder → files renamed into it
            try:
                finals = [self.path_for(s.sha256, s.inspection.facts.media_type) for s in batch]
                self._make_shards({final.parent for final in finals})
                for staged, final in zip(batch, finals, strict=True):
                    facts = staged.inspection.facts
                    try:
                        already = self._rename_into_place(staged.path, final, staged.sha256)
                    except OSError as exc:
                        results.append(rejection_for(exc))
                        continue
                    if not already:
                        fresh.setdefault(final.parent, []).append(final)
                    preview = staged.inspection.preview
                    results.append(
                        StoredOriginal(staged.sha256, final, staged.size, facts, already, preview)
                    )
                for shard in fresh:
                    fault_point("photos.place.fsync_dir")
                    fsync_dir(shard)
            except BaseException:
                # Not known to be durable and no row will point at them: take them back out.
                for files in fresh.values():
                    for final in files:
                        final.unlink(missing_ok=True)
                raise
        return results

    def ingest_document(self, src: Path, *, claim: bool = True) -> StoredDocument:
        """A signed consent document into the store (``photos.documents.store_document``)."""
        from needlejournal.photos.documents import store_document

        return store_document(self, src, claim=claim)

    def _stage(self, source: BufferedReader, *, sync: bool = True) -> tuple[Path, str, int, int]:
        """Stream ``source`` into a staging file while hashing it; fsynced unless ``sync`` is
        False (the caller fsyncs it before placing it).

        Returns the staged path, its hash, its size and its descriptor, still open and locked:
        the caller closes it once the file is placed, so ``sweep_staging`` never takes a live
        import's file.
        """
        try:
            fault_point("photos.stage.create")
            fd, name = tempfile.mkstemp(dir=self.staging, prefix="import-", suffix=".part")
        except OSError as exc:
            raise rejection_for(exc) from exc
        staged = Path(name)
        oslock.lock(fd)
        hasher = hashlib.sha256()
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        total = 0
        try:
            while True:
                try:
                    n = source.readinto(buf)
                except OSError as exc:
                    raise PhotoRejected("unreadable") from exc
                if not n:
                    break
                hasher.update(view[:n])
                fault_point("photos.stage.write")
                write_all(fd, view[:n])
                total += n
            if sync:
                fault_point("photos.stage.fsync")
                os.fsync(fd)
            if total == 0:  # the file shrank to nothing while we read it
                raise PhotoRejected("empty_file")
        except OSError as exc:
            discard(staged)
            os.close(fd)
            raise rejection_for(exc) from exc
        except BaseException:
            discard(staged)
            os.close(fd)
            raise
        return staged, hasher.hexdigest(), total, fd

    def _place(self, staged: Path, final: Path, sha256: str) -> bool:
        """Rename the staged copy to ``final``; True when identical bytes were already there."""
        with self._exclusive():
            self._make_shards({final.parent})
            already = self._rename_into_place(staged, final, sha256)
            if already:
                return True
            try:
                fault_point("photos.place.fsync_dir")
                fsync_dir(final.parent)
            except BaseException:
                # Not known to be durable and no row will point at it: take it back out.
                final.unlink(missing_ok=True)
                raise
            return False

    def _make_shards(self, shards: set[Path]) -> None:
        """Create the missing shard folders among ``shards`` and make them durable with one
        fsync of the store's root (a new store's first batch otherwise paid one per photo)."""
        made = False
        for shard in sorted(shards):
            if not shard.is_dir():
                fault_point("photos.place.mkdir")
                make_private_dir(shard)
                made = True
        if made:
            fsync_dir(self.root)

    def _rename_into_place(self, staged: Path, final: Path, sha256: str) -> bool:
        """The rename (under ``_exclusive``, its shard folder made by the caller: ``_make_shards``),
        the folder not yet fsynced; True when identical bytes were already there (nothing
        renamed)."""
        if final.exists():
            if hash_file(final) == sha256:
                return True
            self.quarantine(final)  # damaged copy under our name: keep it aside, replace it
        fault_point("photos.place.rename")
        os.replace(staged, final)
        return False


def _sync(staged: StagedPhoto) -> PhotoRejected | None:
    """fsync a staged copy (its writeback began when it was staged); the rejection if not."""
    try:
        fault_point("photos.stage.fsync")
        os.fsync(staged.fd)
    except OSError as exc:
        return rejection_for(exc)
    return None


__all__ = [
    "CHUNK",
    "STORED_EXTENSIONS",
    "Claim",
    "DocumentRejected",
    "PhotoStore",
    "StoredDocument",
    "hash_file",
    "stored_path",
]
