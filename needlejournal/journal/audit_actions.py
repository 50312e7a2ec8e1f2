"""The words an audit line uses for what happened (no SQLAlchemy: the CLI's parser and the
window's filter list them before any database work)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal


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


def record_restore(journal: Journal, backup_created_at: datetime) -> None:
    """The audit line a restore leaves in the journal it restored (the CLI's ``restore`` and the
    window's Journal → Restore… both write it, once the restored journal is open)."""
    journal.record(Action.RESTORED, details={"backup_created_at": backup_created_at.isoformat()})
