"""A photo whose original is missing: where it might be, and putting it back by its hash.

Originals are named by SHA-256, so any copy of the same bytes is the original: ``check``
points at the quarantine (a repair may have moved it there) and at ``check --relink-from
FOLDER``, which hashes the files of a folder whose size matches a missing photo and stores
the ones whose hash matches, verified like any import.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from needlejournal.db import models as m
from needlejournal.journal.api import Journal
from needlejournal.photos.rejections import PhotoRejected
from needlejournal.photos.store import PhotoStore, hash_file

MAX_FILES = 200_000  # a folder walk stays bounded (a whole disk is not a photo folder)


def relink_from(journal: Journal, store: PhotoStore, folder: Path) -> list[str]:
    """Store files of ``folder`` (recursively) that are missing originals; say what was done."""
    rows = journal.run(
        lambda s: s.execute(select(m.Photo.sha256, m.Photo.media_type, m.Photo.bytes)).all()
    )
    missing = {
        sha: size for sha, media_type, size in rows if not store.path_for(sha, media_type).exists()
    }
    if not missing:
        return []
    sizes = set(missing.values())
    done: list[str] = []
    seen = 0
    for root, _dirs, files in os.walk(folder):
        for file_name in files:
            seen += 1
            if seen > MAX_FILES or not missing:
                return done
            candidate = Path(root) / file_name
            try:
                if candidate.stat().st_size not in sizes or hash_file(candidate) not in missing:
                    continue
                stored = store.ingest(candidate)
            except (OSError, PhotoRejected):
                continue
            missing.pop(stored.sha256, None)
            done.append(f"put back the original {stored.path.name} from {candidate}")
    return done
