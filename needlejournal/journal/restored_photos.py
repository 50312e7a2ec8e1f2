"""After a restore: photos stored after the snapshot was taken (issue 8 defect 12).

The photo store is never rolled back, so originals imported after the snapshot are in it
but no restored row knows them. Each is either re-attached — its row read from the journal
the restore kept aside, put back when its client is in the restored journal (its capture
date, view and note come with it; a session the snapshot lacks is dropped and a before/after
photo becomes a progress photo) — or moved to the quarantine (never deleted). Either way
``check`` is clean afterwards.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal.api import Journal
from needlejournal.journal.store_refs import all_referenced
from needlejournal.photos.store import PhotoStore
from needlejournal.words import count

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewerPhotos:
    reattached: tuple[str, ...] = ()  # "IMG_1.jpg → Ada (photo 12)"
    quarantined: tuple[str, ...] = ()  # where each went

    def sentences(self) -> list[str]:
        out = []
        if self.reattached:
            out.append(
                f"{count(len(self.reattached), 'photo')} stored after the snapshot re-attached "
                "to their clients: " + "; ".join(self.reattached)
            )
        if self.quarantined:
            out.append(
                f"{count(len(self.quarantined), 'photo')} stored after the snapshot, matching no "
                "restored client, moved to the quarantine: " + "; ".join(self.quarantined)
            )
        return out


def _kept_rows(kept_db: Path, shas: set[str]) -> dict[str, list[tuple[m.Photo, str]]]:
    """Photo rows (and their client's name) for ``shas`` in the journal kept aside."""
    found: dict[str, list[tuple[m.Photo, str]]] = {}
    if not kept_db.is_file() or not shas:
        return found
    engine = create_engine(f"sqlite:///{kept_db}")
    try:
        with Session(engine) as s:
            stmt = (
                select(m.Photo, m.Client.name)
                .join(m.Client, m.Client.id == m.Photo.client_id)
                .where(m.Photo.sha256.in_(shas))
            )
            for photo, name in s.execute(stmt):
                s.expunge(photo)
                found.setdefault(photo.sha256, []).append((photo, name))
    except SQLAlchemyError as e:  # the kept journal may be the damaged one
        log.warning("could not read the journal kept aside: %s", e)
    finally:
        engine.dispose()
    return found


def _reattach(s: Session, old: m.Photo, client_name: str) -> int | None:
    client = s.get(m.Client, old.client_id)
    if client is None or client.name != client_name:
        return None
    treatment_id = old.treatment_id
    if treatment_id is not None:
        t = s.get(m.Treatment, treatment_id)
        if t is None or t.client_id != client.id:
            treatment_id = None
    row = m.Photo(
        client_id=client.id,
        treatment_id=treatment_id,
        role=old.role if treatment_id is not None else "progress",
        view=old.view,
        taken_at=old.taken_at,
        sha256=old.sha256,
        media_type=old.media_type,
        width=old.width,
        height=old.height,
        bytes=old.bytes,
        original_name=old.original_name,
        capture=dict(old.capture or {}),
        landmarks=dict(old.landmarks) if old.landmarks else None,
        note=old.note,
    )
    s.add(row)
    s.flush()
    return row.id


def _attach_all(s: Session, *, entries: list[tuple[m.Photo, str]]) -> list[str]:
    done = []
    for old, client_name in entries:
        new_id = _reattach(s, old, client_name)
        if new_id is not None:
            done.append(f"{old.original_name or old.sha256[:12]} → {client_name} (photo {new_id})")
    return done


def settle_newer_photos(journal: Journal, kept_aside: Path, *, reattach: bool) -> NewerPhotos:
    """Re-attach (or quarantine) the originals no restored row refers to."""
    store = PhotoStore(journal.paths.photo_dir)
    known = journal.run(all_referenced)  # photos and consent documents
    newer = {
        sha: path
        for sha, path in store.iter_stored()
        if sha not in known and not store.is_claimed(sha)
    }
    if not newer:
        return NewerPhotos()
    rows = _kept_rows(kept_aside / journal.paths.db_file.name, set(newer)) if reattach else {}
    reattached: list[str] = []
    quarantined: list[str] = []
    for sha, path in sorted(newer.items()):
        entries = rows.get(sha, [])
        done = journal.run(partial(_attach_all, entries=entries)) if entries else []
        if done:
            reattached += done
        else:
            quarantined.append(str(store.quarantine(path)))
    return NewerPhotos(tuple(reattached), tuple(quarantined))
