"""The photo side of the journal check: rows against stored files, and their repair.

``PhotoLibrary.check``/``recover``/``repair`` delegate here. Repair never deletes a stored photo
that a row might want: orphans are quarantined, and only an import whose process died and whose
original no row refers to is rolled back (``PhotoStore.recover`` decides, under its lock).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from needlejournal.journal.api import Journal
from needlejournal.journal.problems import Problem
from needlejournal.journal.store_check import (
    DOCUMENTS_SQL,
    PHOTO_FILES_SQL,
    compare_with_store,
    photo_files,
)
from needlejournal.journal.store_refs import is_referenced
from needlejournal.photos.store import PhotoStore
from needlejournal.photos.verified import VerifiedStamps
from needlejournal.words import count


def check_photos(
    journal: Journal,
    store: PhotoStore,
    *,
    verify_hashes: bool = True,
    stamps: VerifiedStamps | None = None,
) -> list[Problem]:
    """Rows without a (matching) file, and stored files that no row knows
    (``store_check.compare_with_store``, read through the journal's sessions)."""
    files = journal.run(lambda s: photo_files(s.execute(text(PHOTO_FILES_SQL))))
    documents = journal.run(lambda s: list(s.scalars(text(DOCUMENTS_SQL))))
    return compare_with_store(files, documents, store, verify_hashes=verify_hashes, stamps=stamps)


def recover_imports(journal: Journal, store: PhotoStore) -> int:
    """Roll back imports interrupted by a crash (run at start; safe beside other imports)."""

    def referenced(sha256: str) -> bool:
        return journal.run(lambda s: is_referenced(s, sha256))

    return store.recover(referenced)


def repair_photos(journal: Journal, store: PhotoStore) -> list[str]:
    """Quarantine orphans (never delete) and sweep the staging folder; say what was done."""
    done: list[str] = []
    # First roll back interrupted imports (their originals are not strays to quarantine).
    rolled_back = recover_imports(journal, store)
    if rolled_back:
        done.append(f"rolled back {count(rolled_back, 'interrupted import')}")
    for problem in check_photos(journal, store, verify_hashes=False):
        if problem.kind == "stray_file":
            moved = store.quarantine(Path(str(problem.detail["path"])))
            done.append(f"moved the stray file {moved.name} to {moved.parent}")
        if problem.kind == "orphan_file":
            if store.is_claimed(str(problem.detail["sha256"])):
                continue  # a live import or an undoable delete: not ours to move
            moved = store.quarantine(Path(str(problem.detail["path"])))
            done.append(f"moved {Path(str(problem.detail['path'])).name} to {moved.parent}")
    swept = store.sweep_staging()
    if swept:
        done.append(f"removed {count(swept, 'unfinished import file')} from the staging folder")
    return done
