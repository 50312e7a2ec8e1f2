"""What a photo import reports: each file imported (new, a duplicate, or linked to a stored
original) or rejected, and whether it was cancelled. Split out of ``journal.records``, which
re-exports them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord


@dataclass(frozen=True)
class KnownPhoto:
    """A photo already in the journal that an import met (the same file), and whose it is."""

    photo: PhotoRecord
    client_name: str


@dataclass(frozen=True)
class ImportedPhoto:
    id: int
    file: str
    sha256: str
    # The client already had this file (photo ``id``, described by ``existing``): nothing was
    # added or changed.
    duplicate: bool
    existing: KnownPhoto | None = None
    # A new photo whose original was already stored for another client's photo: the new row
    # uses that stored file (linked, not copied).
    linked_to: KnownPhoto | None = None


@dataclass(frozen=True)
class RejectedFile:
    file: str
    code: str
    reason: str


@dataclass(frozen=True)
class ImportResult:
    imported: tuple[ImportedPhoto, ...]
    rejected: tuple[RejectedFile, ...]
    cancelled: bool = False
