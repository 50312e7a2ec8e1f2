"""The checks a photo draft must pass before it is written."""

from __future__ import annotations

from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.journal.records import PhotoDraft


def draft_problems(s: Session, d: PhotoDraft) -> list[str]:
    """One sentence per problem (role, view, client, session); empty when the draft is valid."""
    problems = []
    if not PhotoRole.has(d.role):
        problems.append(f"The photo role must be one of: {PhotoRole.listed()}.")
    if not PhotoView.has(d.view):
        problems.append(f"The photo view must be one of: {PhotoView.listed()}.")
    if s.get(m.Client, d.client_id) is None:
        problems.append(f"There is no client with id {d.client_id}.")
    if d.treatment_id is not None:
        t = s.get(m.Treatment, d.treatment_id)
        if t is None or t.client_id != d.client_id:
            problems.append(f"Session {d.treatment_id} is not one of this client's sessions.")
    elif d.role in (PhotoRole.BEFORE, PhotoRole.AFTER):
        problems.append("A before or after photo belongs to a session; choose one.")
    return problems
