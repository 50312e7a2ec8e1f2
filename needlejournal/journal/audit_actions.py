"""The words an audit line uses for what happened (no SQLAlchemy: the CLI's parser and the
window's filter list them before any database work)."""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    """What a line says happened (stored as these words)."""

    CREATED = "created"
    CHANGED = "changed"
    DELETED = "deleted"
    VIEWED_PHOTOS = "viewed photos"
    EXPORTED = "exported"
    PRINTED_REPORT = "printed report"
    ERASED = "erased"
    IMPORTED = "imported"
    BACKED_UP = "backed up"
    RESTORED = "restored"


ACTIONS: tuple[str, ...] = tuple(a.value for a in Action)
