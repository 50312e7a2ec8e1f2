"""Signed consent documents in the photo store: PDFs or images, by the same crash-safe
protocol as a photo (staged and fsynced while hashed, checked, claimed, renamed into place,
the folder fsynced). Split out of ``photos.store``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.photos.decode import inspect_image
from needlejournal.photos.media_types import PDF
from needlejournal.photos.rejections import PhotoRejected
from needlejournal.photos.store_files import discard, open_regular_file, rejection_for
from needlejournal.phrases import said

if TYPE_CHECKING:
    from needlejournal.photos.store import Claim, PhotoStore

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A consent document safely in the store (see ``PhotoStore.ingest_document``)."""

    sha256: str
    path: Path
    size: int
    media_type: str
    already_stored: bool
    claim: Claim | None = None


class DocumentRejected(Exception):
    """A consent document that cannot be stored, with one sentence saying why (a
    ``phrases.Said``: the window says it in its language)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def store_document(store: PhotoStore, src: Path, *, claim: bool = True) -> StoredDocument:
    """A signed document (PDF or image) into the store, by the same protocol as a photo:
    staged and fsynced while hashed, checked, claimed, renamed into place, dir fsynced.

    Raises :class:`DocumentRejected` (one sentence) and leaves nothing in the store.
    """
    try:
        source = open_regular_file(src)
    except PhotoRejected as e:
        raise DocumentRejected(e.message) from e
    with source:
        size = os.fstat(source.fileno()).st_size
        if size == 0:
            raise DocumentRejected(said("The document is empty.", "document_empty"))
        if size > MAX_DOCUMENT_BYTES:
            most = MAX_DOCUMENT_BYTES // (1024 * 1024)
            message = f"The document is larger than {most} MB."
            raise DocumentRejected(said(message, "document_too_large", most=most))
        try:
            staged, sha256, size, staged_fd = store._stage(source)
        except PhotoRejected as e:
            raise DocumentRejected(e.message) from e
    held: Claim | None = None
    try:
        media_type = _document_type(staged)
        final = store.path_for(sha256, media_type)
        if claim:
            held = store.claim(sha256)
        already = store._place(staged, final, sha256)
    except OSError as exc:
        store.release(held)
        raise DocumentRejected(rejection_for(exc).message) from exc
    except BaseException:
        store.release(held)
        raise
    finally:
        discard(staged)
        os.close(staged_fd)
    return StoredDocument(sha256, final, size, media_type, already, held)


def _document_type(staged: Path) -> str:
    """PDF (by its header and end-of-file marker) or an image the photo decoder accepts."""
    with staged.open("rb") as f:
        head = f.read(1024)
        f.seek(max(0, staged.stat().st_size - 2048))
        tail = f.read()
    if b"%PDF-" in head:
        if b"%%EOF" not in tail:
            message = "The PDF is truncated or damaged; scan or save it again."
            raise DocumentRejected(said(message, "document_pdf_damaged"))
        return PDF
    try:
        return inspect_image(staged).facts.media_type
    except PhotoRejected as e:
        if e.code in ("not_an_image", "unsupported_format"):
            message = "A consent document must be a PDF or an image (JPEG, PNG, WebP or HEIC)."
            raise DocumentRejected(said(message, "document_kind")) from e
        raise DocumentRejected(e.message) from e
