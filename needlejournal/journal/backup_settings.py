"""The journal's backup settings (setting "backup"): read, save, and record a backup made."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from needlejournal.backup.schedule import BackupSettings
from needlejournal.journal import settings
from needlejournal.journal.api import Journal

KEY = "backup"


def _get(s: Session) -> BackupSettings:
    return BackupSettings.from_json(settings._value(s, KEY))


def load(journal: Journal) -> BackupSettings:
    return journal.run(_get)


def save(journal: Journal, value: BackupSettings) -> None:
    journal.run(lambda s: settings._put(s, KEY, value.to_json()))


def record_backup(journal: Journal, at: datetime, file: str) -> BackupSettings:
    """Remember the backup just made (shown as "Last backup: …"); returns the new settings."""

    def use_case(s: Session) -> BackupSettings:
        value = _get(s).backed_up(at, file)
        settings._put(s, KEY, value.to_json())
        return value

    return journal.run(use_case)
