"""Which originals in the store the journal's rows refer to: photos and consent documents.

The photo store holds both (consent documents are stored like photos). Every decision "may
this file go?" (crash recovery, purge after an erasure, check/repair, a restore's newer
files) asks here, so a signed consent form is never taken for an orphaned photo.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m


def referenced_among(s: Session, shas: Iterable[str]) -> set[str]:
    wanted = list(set(shas))
    if not wanted:
        return set()
    photos = s.scalars(select(m.Photo.sha256).where(m.Photo.sha256.in_(wanted)))
    documents = s.scalars(
        select(m.Consent.document_sha256).where(m.Consent.document_sha256.in_(wanted))
    )
    return {*photos, *(d for d in documents if d is not None)}


def is_referenced(s: Session, sha256: str) -> bool:
    return bool(referenced_among(s, [sha256]))


def all_documents(s: Session) -> dict[str, str]:
    """sha256 → media type of every consent document on file."""
    rows = s.execute(
        select(m.Consent.document_sha256, m.Consent.document_type).where(
            m.Consent.document_sha256.is_not(None)
        )
    )
    return {sha: media for sha, media in rows if sha is not None}


def all_referenced(s: Session) -> set[str]:
    return set(s.scalars(select(m.Photo.sha256).distinct())) | set(all_documents(s))
