"""Erase a client (right to erasure): rows, photos only they had, thumbnails, then the
database rewritten so no page of it, nor of its WAL, still holds their name.

Order: the rows go in one unit of work (sessions, areas, products used, skin checks and photo
rows follow the client by ``ON DELETE CASCADE``), with ``secure_delete`` on so freed cells are
zeroed; then the originals no other client shares are removed with their thumbnails; then a
WAL checkpoint, ``VACUUM`` and a truncating checkpoint rewrite the file and empty the WAL. The
journal is held alone meanwhile (the window or another command must be closed).

The journal's SQLite snapshots that hold the client are rewritten without them
(``erase_archives``). What cannot be rewritten here is named: backup archives in the backups
and backup folders that still hold the client (their name, or one of their photos by content
hash); with ``delete_archives`` they are deleted. An erasure log entry (setting
``erasure_log``: client id and date, nothing personal) records that an erasure happened.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import audit, settings
from needlejournal.journal.api import Journal
from needlejournal.journal.audit import Action
from needlejournal.journal.clients import get_client

ERASURE_LOG = "erasure_log"
_SHA_NAME = re.compile(r"[0-9a-f]{64}")
CHUNK = 1 << 20


@dataclass(frozen=True)
class ErasureReport:
    client_id: int
    client: str
    treatments: int
    observations: int
    photos: int  # photo rows removed
    files_removed: int  # originals removed from the store (not shared with another client)
    shared_kept: int  # originals kept because another client has the same photo
    still_holding: tuple[Path, ...]  # snapshots and backup archives that still hold the client
    vacuumed: bool
    rewritten: tuple[Path, ...] = ()  # SQLite snapshots rewritten without the client
    deleted: tuple[Path, ...] = ()  # archives deleted because the caller asked to


def _facts(s: Session, client_id: int) -> tuple[str, int, int, int, list[str], set[str]]:
    """Name, sessions, skin checks, photos, and the stored files (photos and consent
    documents) with those another client shares."""
    c = get_client(s, client_id)
    treatments = len(s.scalars(select(m.Treatment.id).where(m.Treatment.client_id == c.id)).all())
    checks = len(s.scalars(select(m.Observation.id).where(m.Observation.client_id == c.id)).all())
    shas = list(s.scalars(select(m.Photo.sha256).where(m.Photo.client_id == c.id)))
    photos = len(shas)
    documents = s.scalars(
        select(m.Consent.document_sha256).where(
            m.Consent.client_id == c.id, m.Consent.document_sha256.is_not(None)
        )
    )
    shas += [d for d in documents if d is not None and d not in shas]
    others_photos = s.scalars(
        select(m.Photo.sha256).where(m.Photo.sha256.in_(shas), m.Photo.client_id != c.id)
    )
    others_documents = s.scalars(
        select(m.Consent.document_sha256).where(
            m.Consent.document_sha256.in_(shas), m.Consent.client_id != c.id
        )
    )
    shared = {*others_photos, *(d for d in others_documents if d is not None)}
    return c.name, treatments, checks, photos, shas, shared


def _delete(s: Session, client_id: int, now: datetime) -> None:
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    s.delete(get_client(s, client_id))
    s.flush()
    # By id only: the trail must not keep what the erasure removes.
    audit.record(s, Action.ERASED, client_id=client_id, kind="client", record_id=client_id)
    log: list[Any] = list((settings._value(s, ERASURE_LOG) or {}).get("entries", []))
    log.append({"client_id": client_id, "erased_at": now.isoformat()})
    settings._put(s, ERASURE_LOG, {"entries": log})


def _vacuum(journal: Journal) -> bool:
    """Rewrite the SQLite file and empty its WAL; False on another database (PostgreSQL's
    own VACUUM does not promise to overwrite; say so rather than pretend)."""
    if not journal.paths.is_sqlite:
        return False
    journal.engine.dispose()  # no pooled connection keeps an old snapshot of the WAL open
    with journal.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.exec_driver_sql("PRAGMA secure_delete = ON")
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        c.exec_driver_sql("VACUUM")
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    journal.engine.dispose()
    return True


def _contains(stream: Any, needles: Sequence[bytes]) -> bool:
    overlap = max(len(n) for n in needles) - 1
    tail = b""
    while chunk := stream.read(CHUNK):
        window = tail + chunk
        if any(n in window for n in needles):
            return True
        tail = window[-overlap:] if overlap else b""
    return False


def _holds(path: Path, needles: Sequence[bytes]) -> bool:
    if _SHA_NAME.fullmatch(path.stem):
        # A photo kept by hash (an automatic backup's photos/ folder): its name says whose it
        # is, and reading every photo of a backup folder would take minutes.
        return any(n == path.stem.encode() for n in needles)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                if any(any(n.decode() in name for n in needles) for name in z.namelist()):
                    return True
                for name in z.namelist():
                    with z.open(name) as member:
                        if _contains(member, needles):
                            return True
                return False
        with path.open("rb") as f:
            return _contains(f, needles)
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError):
        return True  # unreadable: it may hold them; name it rather than promise it does not


def _archive_folders(journal: Journal) -> list[Path]:
    folders = [journal.paths.backup_dir]
    chosen = journal.run(lambda s: settings._value(s, "backup")) or {}
    folder = chosen.get("folder") if isinstance(chosen, dict) else None
    if isinstance(folder, str) and folder:
        folders.append(Path(folder))
    return folders


def archives_holding(journal: Journal, needles: Sequence[bytes]) -> list[Path]:
    """Snapshots and backup archives whose bytes (or zip members) hold any needle."""
    found: list[Path] = []
    for folder in _archive_folders(journal):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink() and _holds(path, needles):
                found.append(path)
    return found


def _needles(name: str, shas: Iterable[str]) -> list[bytes]:
    return [name.encode("utf-8"), *(sha.encode("ascii") for sha in shas)]


def erase_client(
    journal: Journal,
    client_id: int,
    *,
    now: datetime | None = None,
    delete_archives: bool = False,
) -> ErasureReport:
    """Erase ``client_id`` everywhere this journal can rewrite (its database, the photo
    store, SQLite snapshots: ``erase_archives``); name what it cannot, and delete those too
    when ``delete_archives``."""
    from needlejournal.journal import erase_archives
    from needlejournal.journal.photos import PhotoLibrary

    when = now or datetime.now(UTC)
    with journal.exclusive():
        name, treatments, checks, photos, shas, shared = journal.run(lambda s: _facts(s, client_id))
        journal.run(lambda s: _delete(s, client_id, when))
        library = PhotoLibrary(journal)
        removed = library.purge(set(shas) - shared)
        for sha in shared:
            library.thumbnails.drop(sha)  # rebuilt on demand for the client who keeps it
        vacuumed = _vacuum(journal)
    # Shared photos stay in the store for the other client: they do not identify this one.
    needles = _needles(name, set(shas) - shared)
    holding = archives_holding(journal, needles)
    rewritten = erase_archives.scrub_snapshots(holding, client_id, name)
    holding = [p for p in holding if p not in rewritten or _holds(p, needles)]
    deleted = erase_archives.delete_archives(holding) if delete_archives else []
    holding = [p for p in holding if p not in deleted]
    return ErasureReport(
        client_id=client_id,
        client=name,
        treatments=treatments,
        observations=checks,
        photos=photos,
        files_removed=removed,
        shared_kept=len(shared),
        still_holding=tuple(holding),
        vacuumed=vacuumed,
        rewritten=tuple(rewritten),
        deleted=tuple(deleted),
    )
