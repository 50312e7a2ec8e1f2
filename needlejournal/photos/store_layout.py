"""Where the photo store keeps each original, and finding, listing, verifying, quarantining
and removing them (no database, no Qt, no Pillow: ``check`` lists and verifies the store in a
process that decodes nothing). Split out of ``photos.store``: ``PhotoStore`` is a
``StoreLayout`` that also imports."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from needlejournal.durable import fsync_dir
from needlejournal.faults import fault_point
from needlejournal.photos.media_types import STORED_EXTENSIONS
from needlejournal.photos.store_claims import QUARANTINE, SHA256, STAGING, ClaimedStore
from needlejournal.photos.store_files import files_below, hash_file, sorted_entries


@dataclass(frozen=True)
class StoreListing:
    """One walk of the store: the well-named originals as ``(sha256, path)`` in name order,
    and every other file (sorted paths); staging and quarantine are not searched."""

    originals: list[tuple[str, str]]
    strays: list[str]


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
        for sha, path in self.scan().originals:
            yield sha, Path(path)

    def scan(self) -> StoreListing:
        """Originals and strays in one walk (``check`` needs both).

        ``os.scandir`` and names, not ``Path.rglob``: at 10,000 photos path objects and
        their sorting cost seconds of every ``check``. A top-level folder whose name starts
        with a dot holds no originals; any file in one, except staging and quarantine, is a
        stray."""
        suffixes = set(STORED_EXTENSIONS.values())
        originals: list[tuple[str, str]] = []
        strays: list[str] = []
        for top in sorted_entries(self.root):
            if top.name in (STAGING, QUARANTINE):
                continue
            if not top.is_dir():
                if top.is_file():
                    strays.append(top.path)
                continue
            shard = not top.name.startswith(".")
            for entry in sorted_entries(top.path):
                if entry.is_dir(follow_symlinks=False):
                    strays += files_below(entry.path)
                    continue
                sha, suffix = os.path.splitext(entry.name)
                named = shard and suffix in suffixes and sha[:2] == top.name
                if named and SHA256.fullmatch(sha):
                    originals.append((sha, entry.path))
                elif entry.is_file():
                    strays.append(entry.path)
        strays.sort()
        return StoreListing(originals, strays)

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
