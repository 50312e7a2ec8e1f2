"""Where the photo store keeps each original, and finding, listing, quarantining and
removing them (no database, no Qt). Split out of ``photos.store``: ``PhotoStore`` is a
``StoreLayout`` that also imports and verifies."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from needlejournal.durable import fsync_dir
from needlejournal.faults import fault_point
from needlejournal.photos.decode import EXTENSIONS
from needlejournal.photos.documents import PDF
from needlejournal.photos.store_claims import QUARANTINE, SHA256, STAGING, ClaimedStore
from needlejournal.photos.store_files import files_below, sorted_entries

# Signed consent documents live in the same store (same layout, same crash-safety): images
# under their photo extensions, PDFs as .pdf.
STORED_EXTENSIONS: dict[str, str] = {**EXTENSIONS, PDF: ".pdf"}


def stored_path(root: Path, sha256: str, media_type: str) -> Path:
    """Where a store at ``root`` keeps the original with this hash and MIME type (for readers
    that need no ``PhotoStore``: making one prepares its folders)."""
    if not SHA256.fullmatch(sha256):
        raise ValueError(f"not a lowercase SHA-256 hex digest: {sha256!r}")
    return root / sha256[:2] / (sha256 + STORED_EXTENSIONS[media_type])


class StoreLayout(ClaimedStore):
    """The originals under ``root`` by SHA-256: paths, listing, quarantine and removal."""

    # --- paths -------------------------------------------------------------------------------

    def path_for(self, sha256: str, media_type: str) -> Path:
        """Where the original with this hash and MIME type lives (whether or not it exists)."""
        return stored_path(self.root, sha256, media_type)

    def path_for_str(self, sha256: str, media_type: str) -> str:
        """``path_for`` as a string, for loops over every photo (a ``check``)."""
        if not SHA256.fullmatch(sha256):
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
        for shard in sorted_entries(self.root):
            if shard.name.startswith(".") or not shard.is_dir():
                continue
            for entry in sorted_entries(shard.path):
                sha, suffix = os.path.splitext(entry.name)
                if SHA256.fullmatch(sha) and sha[:2] == shard.name and suffix in suffixes:
                    yield sha, entry.path

    def iter_strays(self) -> Iterator[Path]:
        """Files in the store that are not well-named originals (``photos/stray.jpg``, a
        ``notes.txt`` in a shard…); the staging and quarantine folders are not searched.

        ``os.scandir`` and names, not ``Path.rglob``: at 10,000 photos the path objects and
        their sorting cost seconds of every ``check``."""
        suffixes = set(STORED_EXTENSIONS.values())
        found: list[str] = []
        for top in sorted_entries(self.root):
            if top.name in (STAGING, QUARANTINE):
                continue
            if not top.is_dir(follow_symlinks=False):
                if top.is_file():
                    found.append(top.path)
                continue
            for entry in sorted_entries(top.path):
                if entry.is_dir(follow_symlinks=False):
                    found += files_below(entry.path)
                    continue
                if not entry.is_file():
                    continue
                sha, suffix = os.path.splitext(entry.name)
                if not (SHA256.fullmatch(sha) and sha[:2] == top.name and suffix in suffixes):
                    found.append(entry.path)
        for path in sorted(found):
            yield Path(path)

    # --- removal ----------------------------------------------------------------------------

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
