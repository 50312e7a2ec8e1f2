"""The checks a photo draft must pass before it is written."""

from __future__ import annotations

from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal.records import PHOTO_ROLES, PHOTO_VIEWS, PhotoDraft


def draft_problems(s: Session, d: PhotoDraft) -> list[str]:
    """One sentence per problem (role, view, client, session); empty when the draft is valid."""
    problems = []
    if d.role not in PHOTO_ROLES:
        problems.append(f"The photo role must be one of: {', '.join(PHOTO_ROLES)}.")
    if d.view not in PHOTO_VIEWS:
        problems.append(f"The photo view must be one of: {', '.join(PHOTO_VIEWS)}.")
    if s.get(m.Client, d.client_id) is None:
        problems.append(f"There is no client with id {d.client_id}.")
    if d.treatment_id is not None:
        t = s.get(m.Treatment, d.treatment_id)
        if t is None or t.client_id != d.client_id:
            problems.append(f"Session {d.treatment_id} is not one of this client's sessions.")
    elif d.role in ("before", "after"):
        problems.append("A before or after photo belongs to a session; choose one.")
    return problems
