"""Errors of backup and restore; every message is one sentence a user understands."""

from __future__ import annotations

from needlejournal.journal.errors import JournalError


class BackupError(JournalError):
    """The backup or restore could not be done (disk, journal, folder); nothing live changed."""


class ArchiveRefused(JournalError):
    """The archive is damaged, truncated, foreign or unsafe; it was refused untouched."""
