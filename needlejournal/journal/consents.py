"""Consent on file: each consent a client gave (treatment, photography, marketing/sharing),
when, who took it, until when it holds, and the signed document.

A document (PDF or image) goes into the photo store by the photos' protocol
(``PhotoStore.ingest_document``: staged, fsynced, claimed, renamed into place); its row is
committed, then the claim released. A crash in between leaves a dead claim, and the next
start's recovery removes the file unless a row refers to it (``store_refs``).

"Current" on a day: given on or before it and not past its ``valid_until``. The client's
older single "consent signed on" date counts as a treatment consent without a document. The
new-session warning starts once the journal records consent at all (``keeps_consents``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import ConsentKind
from needlejournal.journal.api import Journal
from needlejournal.journal.clients import get_client
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.limits import MAX_TEXT, day_problems, text_problems
from needlejournal.journal.rows import existing
from needlejournal.journal.store_refs import is_referenced
from needlejournal.journal.validation import FieldProblem
from needlejournal.photos.store import DocumentRejected, PhotoStore, StoredDocument
from needlejournal.phrases import Words, said


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    client_id: int
    kind: str  # a ConsentKind
    given_on: date
    valid_until: date | None
    taken_by: str
    document_sha256: str | None
    document_type: str
    document_name: str
    note: str
    version: int

    def current_on(self, day: date) -> bool:
        return self.given_on <= day and (self.valid_until is None or day <= self.valid_until)

    @property
    def has_document(self) -> bool:
        return self.document_sha256 is not None


@dataclass(frozen=True)
class ConsentDraft:
    client_id: int
    kind: str
    given_on: date
    taken_by: str = ""
    valid_until: date | None = None
    note: str = ""
    id: int | None = None
    version: int | None = None


def consent_field_problems(d: ConsentDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []

    def add(field: str, messages: list[str]) -> None:
        problems.extend(FieldProblem(field, message) for message in messages)

    if not ConsentKind.has(d.kind):
        message = f"The kind of consent must be one of: {ConsentKind.listed()}."
        choices = Words("ConsentKind", ConsentKind.values())
        add("kind", [said(message, "consent_kind", choices=choices)])
    add("given_on", day_problems("The consent date", d.given_on))
    if d.valid_until is not None and d.valid_until < d.given_on:
        message = "“Valid until” cannot be before the day the consent was given."
        add("valid_until", [said(message, "consent_until_before")])
    if not d.taken_by.strip():
        add("taken_by", [said("Say who took the consent.", "consent_needs_taker")])
    add("taken_by", text_problems("Who took it", d.taken_by))
    add("note", text_problems("The note", d.note, limit=MAX_TEXT, lines=True))
    return problems


def consent_problems(d: ConsentDraft) -> list[str]:
    return [p.message for p in consent_field_problems(d)]


def _record(c: m.Consent) -> ConsentRecord:
    return ConsentRecord(
        id=c.id,
        client_id=c.client_id,
        kind=c.kind,
        given_on=c.given_on,
        valid_until=c.valid_until,
        taken_by=c.taken_by,
        document_sha256=c.document_sha256,
        document_type=c.document_type,
        document_name=c.document_name,
        note=c.note,
        version=c.version,
    )


def list_consents(s: Session, client_id: int | None = None) -> list[ConsentRecord]:
    """A client's consents (every client's without one), newest first."""
    stmt = select(m.Consent).order_by(m.Consent.given_on.desc(), m.Consent.id.desc())
    if client_id is not None:
        get_client(s, client_id)
        stmt = stmt.where(m.Consent.client_id == client_id)
    return [_record(c) for c in s.scalars(stmt)]


def _save(s: Session, d: ConsentDraft, document: StoredDocument | None, name: str) -> int:
    get_client(s, d.client_id)
    if d.id is None:
        row = m.Consent(client_id=d.client_id, kind=d.kind, given_on=d.given_on)
        s.add(row)
    else:
        row = existing(s, m.Consent, d.id, "consent", version=d.version)
    row.kind, row.given_on, row.valid_until = d.kind, d.given_on, d.valid_until
    row.taken_by, row.note = d.taken_by.strip(), d.note.strip()
    if document is not None:
        row.document_sha256 = document.sha256
        row.document_type = document.media_type
        row.document_name = name[:500]
    s.flush()
    return row.id


def save_consent(journal: Journal, d: ConsentDraft, document: Path | None = None) -> ConsentRecord:
    """Add or edit a consent, storing ``document`` first when one is given.

    Checked before anything is stored; raises ``InvalidInput`` (one sentence per problem).
    """
    problems = consent_problems(d)
    if problems:
        raise InvalidInput(problems)
    journal.run(lambda s: get_client(s, d.client_id))
    store = PhotoStore(journal.paths.photo_dir)
    stored: StoredDocument | None = None
    if document is not None:
        try:
            stored = store.ingest_document(document, claim=True)
        except DocumentRejected as e:
            message = f"{document.name}: {e.message}"
            refused = said(message, "document_rejected", name=document.name, reason=e.message)
            raise InvalidInput([refused]) from None
    try:
        consent_id = journal.run(lambda s: _save(s, d, stored, document.name if document else ""))
    except BaseException:
        if stored is not None:
            _roll_back(journal, store, stored)
        raise
    if stored is not None:
        store.release(stored.claim)
    return journal.run(lambda s: _record(existing(s, m.Consent, consent_id, "consent")))


def _roll_back(journal: Journal, store: PhotoStore, stored: StoredDocument) -> None:
    """The row did not commit: take the document back out unless something refers to it."""
    if stored.already_stored:
        store.release(stored.claim)
        return
    own = [stored.claim.marker] if stored.claim is not None else []
    try:
        if not journal.run(lambda s: is_referenced(s, stored.sha256)):
            store.remove(stored.sha256, ignore=own)
    except Exception:
        store.abandon(stored.claim)  # the next start's recovery settles it
        return
    store.release(stored.claim)


def delete_consent(journal: Journal, consent_id: int) -> None:
    """Remove a consent entry; its document goes too unless another row refers to it."""

    def remove(s: Session) -> str | None:
        row = existing(s, m.Consent, consent_id, "consent")
        sha = row.document_sha256
        s.delete(row)
        s.flush()
        return sha

    sha = journal.run(remove)
    if sha is not None and not journal.run(lambda s: is_referenced(s, sha)):
        with contextlib.suppress(OSError):
            PhotoStore(journal.paths.photo_dir).remove(sha)


def document_path(journal: Journal, consent: ConsentRecord) -> Path | None:
    """The stored document of ``consent`` (read it, never write it), or None."""
    if consent.document_sha256 is None:
        return None
    return PhotoStore(journal.paths.photo_dir).find(consent.document_sha256)


def keeps_consents(s: Session) -> bool:
    """Whether this journal records consent at all (an entry, or a client's consent date).

    A journal that never recorded one is not tracking consent here (paper kept elsewhere, a
    household journal): warning on every session would only teach people to skip warnings.
    From the first consent recorded, every client without a current one is flagged.
    """
    entry = s.scalars(select(m.Consent.id).limit(1)).first()
    dated = s.scalars(select(m.Client.id).where(m.Client.consent_on.is_not(None)).limit(1))
    return entry is not None or dated.first() is not None


def treatment_consents(s: Session, client_id: int) -> tuple[tuple[date, date | None], ...] | None:
    """(given on, valid until) of every treatment consent of the client, the older single
    consent date included (as open-ended); None when the journal keeps no consent records."""
    if not keeps_consents(s):
        return None
    rows = s.execute(
        select(m.Consent.given_on, m.Consent.valid_until).where(
            m.Consent.client_id == client_id, m.Consent.kind == ConsentKind.TREATMENT.value
        )
    ).all()
    spans = [(given, until) for given, until in rows]
    legacy = s.scalar(select(m.Client.consent_on).where(m.Client.id == client_id))
    if legacy is not None:
        spans.append((legacy, None))
    return tuple(spans)


def marketing_consent_on(s: Session, client_id: int, day: date) -> bool:
    """Whether the client's marketing/sharing consent holds on ``day``."""
    rows = s.execute(
        select(m.Consent.given_on, m.Consent.valid_until).where(
            m.Consent.client_id == client_id, m.Consent.kind == ConsentKind.MARKETING.value
        )
    ).all()
    return any(given <= day and (until is None or day <= until) for given, until in rows)
