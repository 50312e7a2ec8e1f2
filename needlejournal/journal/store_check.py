"""The photo side of ``check``: the journal's photo rows against the files in the store.

Both readers use it: the journal's sessions (``photo_integrity``, any database) and the plain
``sqlite3`` path of an unchanged journal (``plain_check``), with the same two statements, so
both say the same about the same store. Nothing here imports SQLAlchemy or Pillow.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from needlejournal.journal.problems import Problem
from needlejournal.words import count

if TYPE_CHECKING:
    from needlejournal.photos.store_layout import StoreLayout
    from needlejournal.photos.verified import VerifiedStamps

# Ordered by id so the first row of each original is its oldest photo (what a problem names);
# grouping in SQL costs a sort of the whole table (~50 ms at 10,000 photos), this a scan.
PHOTO_FILES_SQL = "SELECT sha256, media_type, id, original_name FROM photo ORDER BY id"
# Consent documents live in the same store: known, never orphans.
DOCUMENTS_SQL = "SELECT document_sha256 FROM consent WHERE document_sha256 IS NOT NULL"

PhotoFile = tuple[str, str, int, str | None]  # sha256, media type, first photo id, its name


def photo_files(rows: Iterable[Any]) -> list[PhotoFile]:
    """One entry per stored original (``PHOTO_FILES_SQL``'s rows): its first photo."""
    first: dict[tuple[str, str], PhotoFile] = {}
    for sha, media_type, photo_id, name in rows:
        first.setdefault((sha, media_type), (sha, media_type, photo_id, name))
    return list(first.values())


def missing_original(
    store: StoreLayout, photo_id: int, sha: str, path: Path, name: str | None
) -> Problem:
    """The problem for a missing original, with advice on where it may be."""
    known_as = f" (imported as “{name}”)" if name else ""
    in_quarantine = sorted(store.quarantine_dir.glob(f"{sha}*"))
    if in_quarantine:
        where = (
            f"a copy is in the quarantine: {in_quarantine[0]}; "
            f"“needlejournal check --relink-from {store.quarantine_dir}” puts it back"
        )
    else:
        where = (
            "if you still have the file (a camera folder, a backup), "
            "“needlejournal check --relink-from FOLDER” finds it by its content and puts it back"
        )
    return Problem(
        "missing_file",
        f"photo {photo_id}{known_as}: its original file {path.name} is missing; {where}",
        {"photo_id": photo_id, "sha256": sha, "path": str(path), "original_name": name or ""},
    )


def compare_with_store(
    files: list[PhotoFile],
    documents: Iterable[str],
    store: StoreLayout,
    *,
    verify_hashes: bool = True,
    stamps: VerifiedStamps | None = None,
) -> list[Problem]:
    """Rows without a (matching) file, and stored files that no row knows.

    With ``stamps`` a file unchanged since its hash last matched is not read again
    (``photos.verified``); without, every original is re-hashed.
    """
    known = set(documents)
    listing = store.scan()  # one walk: originals and strays, as plain strings
    stored = {file for _sha, file in listing.originals}
    problems: list[Problem] = []
    for sha, media_type, photo_id, name in files:
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
    for path in listing.strays:
        problems.append(
            Problem(
                "stray_file",
                f"a file in the photo store that is not a stored photo: "
                f"{os.path.relpath(path, store.root)} (“check --repair” moves it to the "
                "quarantine)",
                {"path": path},
            )
        )
    for sha, file in listing.originals:
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
