"""The photo side of the journal check: rows against stored files, and their repair.

``PhotoLibrary.check``/``recover``/``repair`` delegate here. Repair never deletes a stored photo
that a row might want: orphans are quarantined, and only an import whose process died and whose
original no row refers to is rolled back (``PhotoStore.recover`` decides, under its lock).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func, select

from needlejournal.db import models as m
from needlejournal.journal.api import Journal
from needlejournal.journal.check import Problem
from needlejournal.journal.photo_relink import missing_original
from needlejournal.journal.store_refs import all_documents, is_referenced
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
    """Rows without a (matching) file, and stored files that no row knows.

    With ``stamps`` a file unchanged since its hash last matched is not read again
    (``photos.verified``); without, every original is re-hashed.
    """
    rows = journal.run(
        lambda s: s.execute(
            select(
                m.Photo.sha256,
                m.Photo.media_type,
                func.min(m.Photo.id),
                func.min(m.Photo.original_name),
            ).group_by(m.Photo.sha256, m.Photo.media_type)
        ).all()
    )
    # Consent documents live in the same store: known, never orphans.
    known = set(journal.run(all_documents))
    # One listing of the store, as plain strings (no stat, no Path per photo when unchanged).
    listed = list(store.iter_stored_paths())
    stored = {file for _sha, file in listed}
    problems: list[Problem] = []
    for sha, media_type, photo_id, name in rows:
        known.add(sha)
        file = store.path_for_str(sha, media_type)
        if file not in stored and not os.path.exists(file):
            problems.append(missing_original(store, photo_id, sha, Path(file), name))
        elif not verify_hashes or (stamps is not None and stamps.unchanged(sha, file)):
            continue
        elif store.verify(sha):
            if stamps is not None:
                stamps.record(sha, file)
        else:
            if stamps is not None:
                stamps.forget(sha)
            problems.append(
                Problem(
                    "damaged_file",
                    f"photo {photo_id}: its original file is damaged",
                    {"photo_id": photo_id, "sha256": sha, "path": file},
                )
            )
    for path in store.iter_strays():
        problems.append(
            Problem(
                "stray_file",
                f"a file in the photo store that is not a stored photo: "
                f"{path.relative_to(store.root)} (“check --repair” moves it to the quarantine)",
                {"path": str(path)},
            )
        )
    for sha, file in listed:
        if sha not in known:
            problems.append(
                Problem(
                    "orphan_file",
                    f"a stored photo no entry refers to: {os.path.basename(file)}",
                    {"sha256": sha, "path": file},
                )
            )
    if stamps is not None:
        stamps.keep_only(known)
        stamps.save()
    leftovers = store.leftovers()
    if leftovers:
        problems.append(
            Problem(
                "staging",
                f"{count(leftovers, 'interrupted import')} not yet rolled back",
                {"count": leftovers},
            )
        )
    return problems


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
