"""The checks a photo draft must pass before it is written, and saving a photo edit."""

from __future__ import annotations

from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.journal.convert import photo as to_record
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.limits import MAX_TEXT, id_problems, int_problems, text_problems
from needlejournal.journal.records import PhotoDraft, PhotoEdit, PhotoRecord
from needlejournal.journal.rows import existing, record_missing
from needlejournal.phrases import Words, said


def draft_problems(s: Session, d: PhotoDraft) -> list[str]:
    """One sentence per problem (role, view, client, session); empty when the draft is valid."""
    problems = id_problems("client", d.client_id) + id_problems("session", d.treatment_id)
    if problems:
        return problems
    problems += text_problems("The note", d.note, limit=MAX_TEXT, lines=True)
    for key, value in d.capture.items():
        if isinstance(value, str):
            problems += text_problems(f"The {key.replace('_', ' ')}", value)
        elif isinstance(value, int) and not isinstance(value, bool):
            problems += int_problems(f"The {key.replace('_', ' ')}", value, 0, 100_000)
    if not PhotoRole.has(d.role):
        message = f"The photo role must be one of: {PhotoRole.listed()}."
        problems.append(said(message, "photo_role", choices=Words("PhotoRole", PhotoRole.values())))
    if not PhotoView.has(d.view):
        message = f"The photo view must be one of: {PhotoView.listed()}."
        problems.append(said(message, "photo_view", choices=Words("PhotoView", PhotoView.values())))
    if s.get(m.Client, d.client_id) is None:
        problems.append(record_missing("client", d.client_id))
    if d.treatment_id is not None:
        t = s.get(m.Treatment, d.treatment_id)
        if t is None or t.client_id != d.client_id:
            message = f"Session {d.treatment_id} is not one of this client's sessions."
            problems.append(said(message, "not_clients_session", id=d.treatment_id))
    elif d.role in (PhotoRole.BEFORE, PhotoRole.AFTER):
        message = "A before or after photo belongs to a session; choose one."
        problems.append(said(message, "photo_needs_session"))
    return problems


def apply_edit(s: Session, edit: PhotoEdit) -> PhotoRecord:
    """Write ``edit`` over its photo: refused (``Conflict``) if read at an older version."""
    p = existing(s, m.Photo, edit.id, "photo", version=edit.version)
    draft = PhotoDraft(p.client_id, edit.role, edit.view, edit.treatment_id)
    problems = draft_problems(s, draft)
    if edit.taken_at.tzinfo is None:
        problems.append(
            said("The photo date needs a time zone.", "needs_time_zone", field="The photo date")
        )
    if problems:
        raise InvalidInput(problems)
    p.role, p.view, p.treatment_id = edit.role, edit.view, edit.treatment_id
    p.taken_at, p.note = edit.taken_at, edit.note
    p.share_consent = edit.share_consent
    p.capture = dict(edit.capture)
    p.landmarks = dict(edit.landmarks) if edit.landmarks else None
    s.flush()
    return to_record(p)
