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
import errno
import hashlib
import os
import re
import stat
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path

from PIL import Image

from needlejournal import oslock
from needlejournal.durable import fsync_dir, start_writeback
from needlejournal.faults import fault_point
from needlejournal.photos.decode import EXTENSIONS, ImageFacts, Inspection, inspect_image
from needlejournal.photos.rejections import PhotoRejected

CHUNK = 1024 * 1024
STAGING = ".staging"
QUARANTINE = ".quarantine"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
# Signed consent documents live in the same store (same layout, same crash-safety): images
# under their photo extensions, PDFs as .pdf.
PDF = "application/pdf"
STORED_EXTENSIONS: dict[str, str] = {**EXTENSIONS, PDF: ".pdf"}
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A consent document safely in the store (see ``PhotoStore.ingest_document``)."""

    sha256: str
    path: Path
    size: int
    media_type: str
    already_stored: bool
    claim: Claim | None = None


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
    """A verified copy in ``.staging/``, hashed and fsynced, not yet placed: its descriptor
    stays open and locked so no sweep takes it (``PhotoStore.place_all`` closes it)."""

    path: Path
    fd: int
    sha256: str
    size: int
    inspection: Inspection


@dataclass(frozen=True, slots=True)
class Claim:
    """A marker in ``.staging/`` saying "this original is being imported; its row may not be
    committed yet", locked by the importing process. If the process dies, the kernel drops the
    lock and :meth:`PhotoStore.recover` rolls the import back; while it lives, nobody removes
    the original from under it."""

    sha256: str
    marker: Path
    fd: int


def stored_path(root: Path, sha256: str, media_type: str) -> Path:
    """Where a store at ``root`` keeps the original with this hash and MIME type (for readers
    that need no ``PhotoStore``: making one prepares its folders)."""
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a lowercase SHA-256 hex digest: {sha256!r}")
    return root / sha256[:2] / (sha256 + STORED_EXTENSIONS[media_type])


class PhotoStore:
    """Originals under ``root``, content-addressed by SHA-256. Thread-safe for ingest."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.staging = root / STAGING
        self.quarantine_dir = root / QUARANTINE
        for d in (root, self.staging, self.quarantine_dir):
            _make_private_dir(d)
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

    # --- paths -------------------------------------------------------------------------------

    def path_for(self, sha256: str, media_type: str) -> Path:
        """Where the original with this hash and MIME type lives (whether or not it exists)."""
        return stored_path(self.root, sha256, media_type)

    def path_for_str(self, sha256: str, media_type: str) -> str:
        """``path_for`` as a string, for loops over every photo (a ``check``)."""
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a lowercase SHA-256 hex digest: {sha256!r}")
        return os.path.join(
            os.fspath(self.root), sha256[:2], sha256 + STORED_EXTENSIONS[media_type]
        )

    def find(self, sha256: str) -> Path | None:
        """The stored file with this hash, whatever its extension, or ``None``."""
        for media_type in STORED_EXTENSIONS:
            path = self.path_for(sha256, media_type)
            if path.is_file():
                return path
        return None

    def exists(self, sha256: str) -> bool:
        return self.find(sha256) is not None

    def iter_stored(self) -> Iterator[tuple[str, Path]]:
        """Every well-named original as ``(sha256, path)``; staging and quarantine excluded."""
        for sha, path in self.iter_stored_paths():
            yield sha, Path(path)

    def iter_stored_paths(self) -> Iterator[tuple[str, str]]:
        """``iter_stored`` with plain path strings: at 10,000 photos building ``Path``
        objects cost a ``check`` about a third of its time."""
        suffixes = set(STORED_EXTENSIONS.values())
        for shard in _sorted_entries(self.root):
            if shard.name.startswith(".") or not shard.is_dir():
                continue
            for entry in _sorted_entries(shard.path):
                sha, suffix = os.path.splitext(entry.name)
                if _SHA256.fullmatch(sha) and sha[:2] == shard.name and suffix in suffixes:
                    yield sha, entry.path

    def iter_strays(self) -> Iterator[Path]:
        """Files in the store that are not well-named originals (``photos/stray.jpg``, a
        ``notes.txt`` in a shard…); the staging and quarantine folders are not searched.

        ``os.scandir`` and names, not ``Path.rglob``: at 10,000 photos the path objects and
        their sorting cost seconds of every ``check``."""
        suffixes = set(STORED_EXTENSIONS.values())
        found: list[str] = []
        for top in _sorted_entries(self.root):
            if top.name in (STAGING, QUARANTINE):
                continue
            if not top.is_dir(follow_symlinks=False):
                if top.is_file():
                    found.append(top.path)
                continue
            for entry in _sorted_entries(top.path):
                if entry.is_dir(follow_symlinks=False):
                    found += _files_below(entry.path)
                    continue
                if not entry.is_file():
                    continue
                sha, suffix = os.path.splitext(entry.name)
                if not (_SHA256.fullmatch(sha) and sha[:2] == top.name and suffix in suffixes):
                    found.append(entry.path)
        for path in sorted(found):
            yield Path(path)

    # --- integrity ---------------------------------------------------------------------------

    def verify(self, sha256: str) -> bool:
        """True when the stored file exists and its bytes still hash to ``sha256``."""
        path = self.find(sha256)
        if path is None:
            return False
        try:
            return hash_file(path) == sha256
        except OSError:
            return False

    def sweep_staging(self) -> int:
        """Delete staging files of imports whose process died; safe while others import."""
        removed = 0
        for path in self.staging.iterdir():
            if path.suffix != ".part" or not path.is_file():
                continue
            if _unlocked(path):
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
            fd = _open_if_exists(marker)
            if fd is None:
                continue
            try:
                if not oslock.try_lock(fd):
                    continue  # its importer is alive
                sha = marker.name.split(".", 1)[0]
                with self._exclusive():
                    if (
                        _SHA256.fullmatch(sha)
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
            if path.suffix in (".part", ".claim") and _unlocked(path)
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
        """``claim`` for a batch: the markers are made durable together (the first fsync
        commits the file system's journal for all of them; one fsync of the folder)."""
        held: list[Claim] = []
        try:
            for sha256 in sha256s:
                fault_point("photos.claim.create")
                marker = self.staging / f"{sha256}.{uuid.uuid4().hex}.claim"
                fd = os.open(marker, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                held.append(Claim(sha256, marker, fd))
                oslock.lock(fd)
            for each in held:
                os.fsync(each.fd)
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
            if marker not in own and not _unlocked(marker):
                return True
        return False

    def _unlink_original(self, sha256: str) -> bool:
        path = self.find(sha256)
        if path is None:
            return False
        fault_point("photos.remove.unlink")
        path.unlink()
        fault_point("photos.remove.fsync_dir")
        fsync_dir(path.parent)
        return True

    def quarantine(self, path: Path) -> Path:
        """Move ``path`` into ``.quarantine/`` (never delete) and return its new path."""
        target = self.quarantine_dir / path.name
        n = 0
        while target.exists():
            n += 1
            target = self.quarantine_dir / f"{path.name}.{n}"
        fault_point("photos.quarantine.rename")
        os.replace(path, target)
        fault_point("photos.quarantine.fsync_dir")
        fsync_dir(self.quarantine_dir)
        fsync_dir(path.parent)
        return target

    def remove(self, sha256: str, *, ignore: Sequence[Path] = ()) -> bool:
        """Delete an original no row refers to any more (erasure). False if it was absent
        or a live claim other than ``ignore`` (the caller's own) holds the same bytes."""
        with self._exclusive():
            if self._claimed_by_others(sha256, ignore):
                return False
            return self._unlink_original(sha256)

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
        hashing it, fsync it, verify and describe it (with a preview from the same decode).

        Raises :class:`PhotoRejected`, leaving nothing behind; the result must be handed to
        :meth:`place_all` (or :meth:`discard`).
        """
        source = _open_regular_file(src)
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
            # The kernel writes the copy out while the photo is decoded: the fsync after the
            # decode then waits for little (12 MP: ~10 ms of a worker's ~40 ms per photo).
            start_writeback(staged_fd)
            inspection = inspect_image(staged, preview_size=preview_size)
            fault_point("photos.stage.fsync")
            os.fsync(staged_fd)
        except BaseException as exc:
            _discard(staged)
            os.close(staged_fd)
            if isinstance(exc, OSError):
                raise _rejection_for(exc) from exc
            raise
        return StagedPhoto(staged, staged_fd, sha256, size, inspection)

    def discard(self, staged: StagedPhoto) -> None:
        """Give up a staged photo that will not be placed."""
        _discard(staged.path)
        with contextlib.suppress(OSError):
            os.close(staged.fd)

    def place_all(
        self, batch: Sequence[StagedPhoto], *, claim: bool
    ) -> list[StoredOriginal | PhotoRejected]:
        """The second half of an import, for a batch: one result per staged photo, in order.

        With ``claim``, every photo's claim is taken first and made durable together (one
        fsync of the staging folder for the batch); then each is renamed into place and
        every shard folder touched is fsynced once. Each placed photo holds its claim:
        commit the rows, then ``release`` the claims. A photo that cannot be placed comes
        back as its :class:`PhotoRejected`, with nothing of it left in the store. The staged
        files are gone afterwards either way.
        """
        try:
            try:
                claims: list[Claim | None] = (
                    list(self.claim_all([s.sha256 for s in batch]))
                    if claim
                    else [None] * len(batch)
                )
            except OSError as exc:
                return [_rejection_for(exc)] * len(batch)
            try:
                results = self._place_claimed(batch)
            except OSError as exc:
                results = [_rejection_for(exc)] * len(batch)
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
        finally:
            for staged in batch:
                self.discard(staged)

    def _place_claimed(self, batch: Sequence[StagedPhoto]) -> list[StoredOriginal | PhotoRejected]:
        """Rename each staged photo into place, then fsync each shard folder touched once;
        on an error no file of the batch placed here is left behind."""
        results: list[StoredOriginal | PhotoRejected] = []
        with self._exclusive():
            fresh: dict[Path, list[Path]] = {}  # shard folder → files renamed into it
            try:
                for staged in batch:
                    facts = staged.inspection.facts
                    final = self.path_for(staged.sha256, facts.media_type)
                    try:
                        already = self._rename_into_place(staged.path, final, staged.sha256)
                    except OSError as exc:
                        results.append(_rejection_for(exc))
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
        """A signed document (PDF or image) into the store, by the same protocol as a photo:
        staged and fsynced while hashed, checked, claimed, renamed into place, dir fsynced.

        Raises :class:`DocumentRejected` (one sentence) and leaves nothing in the store.
        """
        try:
            source = _open_regular_file(src)
        except PhotoRejected as e:
            raise DocumentRejected(e.message) from e
        with source:
            size = os.fstat(source.fileno()).st_size
            if size == 0:
                raise DocumentRejected("The document is empty.")
            if size > MAX_DOCUMENT_BYTES:
                raise DocumentRejected(
                    f"The document is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB."
                )
            try:
                staged, sha256, size, staged_fd = self._stage(source)
            except PhotoRejected as e:
                raise DocumentRejected(e.message) from e
        held: Claim | None = None
        try:
            media_type = _document_type(staged)
            final = self.path_for(sha256, media_type)
            if claim:
                held = self.claim(sha256)
            already = self._place(staged, final, sha256)
        except OSError as exc:
            self.release(held)
            raise DocumentRejected(_rejection_for(exc).message) from exc
        except BaseException:
            self.release(held)
            raise
        finally:
            _discard(staged)
            os.close(staged_fd)
        return StoredDocument(sha256, final, size, media_type, already, held)

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
            raise _rejection_for(exc) from exc
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
                _write_all(fd, view[:n])
                total += n
            if sync:
                fault_point("photos.stage.fsync")
                os.fsync(fd)
            if total == 0:  # the file shrank to nothing while we read it
                raise PhotoRejected("empty_file")
        except OSError as exc:
            _discard(staged)
            os.close(fd)
            raise _rejection_for(exc) from exc
        except BaseException:
            _discard(staged)
            os.close(fd)
            raise
        return staged, hasher.hexdigest(), total, fd

    def _place(self, staged: Path, final: Path, sha256: str) -> bool:
        """Rename the staged copy to ``final``; True when identical bytes were already there."""
        with self._exclusive():
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

    def _rename_into_place(self, staged: Path, final: Path, sha256: str) -> bool:
        """The rename (under ``_exclusive``), its folder not yet fsynced; True when identical
        bytes were already there (nothing renamed)."""
        if final.exists():
            if hash_file(final) == sha256:
                return True
            self.quarantine(final)  # damaged copy under our name: keep it aside, replace it
        shard = final.parent
        if not shard.is_dir():
            fault_point("photos.place.mkdir")
            _make_private_dir(shard)
            fsync_dir(self.root)
        fault_point("photos.place.rename")
        os.replace(staged, final)
        return False


class DocumentRejected(Exception):
    """A consent document that cannot be stored, with one sentence saying why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _document_type(staged: Path) -> str:
    """PDF (by its header and end-of-file marker) or an image the photo decoder accepts."""
    with staged.open("rb") as f:
        head = f.read(1024)
        f.seek(max(0, staged.stat().st_size - 2048))
        tail = f.read()
    if b"%PDF-" in head:
        if b"%%EOF" not in tail:
            raise DocumentRejected("The PDF is truncated or damaged; scan or save it again.")
        return PDF
    try:
        return inspect_image(staged).facts.media_type
    except PhotoRejected as e:
        if e.code in ("not_an_image", "unsupported_format"):
            raise DocumentRejected(
                "A consent document must be a PDF or an image (JPEG, PNG, WebP or HEIC)."
            ) from e
        raise DocumentRejected(e.message) from e


def _sorted_entries(folder: str | Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError:
        return []


def _files_below(folder: str) -> list[str]:
    found: list[str] = []
    for dirpath, _dirs, files in os.walk(folder):
        found += (os.path.join(dirpath, name) for name in files)
    return found


def _open_regular_file(src: Path) -> BufferedReader:
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


def _rejection_for(exc: OSError) -> PhotoRejected:
    return PhotoRejected("disk_full" if exc.errno in _DISK_FULL else "unreadable")


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):  # a staging leftover is swept at the next start
        path.unlink(missing_ok=True)


def _write_all(fd: int, data: memoryview) -> None:
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


def _make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o777 != 0o700:
        path.chmod(0o700)


def _open_if_exists(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return None


def _unlocked(path: Path) -> bool:
    """True when no live process holds ``path``'s lock (or it vanished meanwhile)."""
    fd = _open_if_exists(path)
    if fd is None:
        return False
    try:
        return oslock.try_lock(fd)
    finally:
        os.close(fd)
