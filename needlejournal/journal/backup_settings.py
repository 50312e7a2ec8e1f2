"""The journal's backup settings, and the record of the last backup made.

Where automatic backups go and when to warn are settings of the journal (setting "backup").
The last backup made is kept beside the journal, not in it (``last-backup.json`` in the data
dir): a backup that wrote into the journal it had just copied would make every restored
journal differ from its live original by that one row.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from needlejournal.backup.schedule import BackupSettings
from needlejournal.durable import atomic_write
from needlejournal.journal import settings
from needlejournal.journal.api import Journal
from needlejournal.journal.audit import Action
from needlejournal.paths import DataPaths

KEY = "backup"
LAST_FILE = "last-backup.json"


def _get(s: Session) -> BackupSettings:
    return BackupSettings.from_json(settings._value(s, KEY))


def load(journal: Journal) -> BackupSettings:
    stored = journal.run(_get)
    last = _read_last(journal.paths.data_dir / LAST_FILE)
    return replace(stored, last_at=last.last_at, last_file=last.last_file)


def save(journal: Journal, value: BackupSettings) -> None:
    """Save the folder and the warning age (the last backup is recorded apart)."""
    kept = replace(value, last_at=None, last_file=None)
    journal.run(lambda s: settings._put(s, KEY, kept.to_json()))


def record_backup(journal: Journal, at: datetime, file: str) -> BackupSettings:
    """Remember the backup just made (shown as "Last backup: …"); returns the settings."""
    write_last(journal.paths, at, file)
    return load(journal)


def record_backing_up(journal: Journal | None, kind: str) -> None:
    """The audit line of a backup, written just *before* the copy is taken: the archive then
    holds its own line, and the journal and its fresh backup stay logically identical."""
    if journal is not None:
        journal.record(Action.BACKED_UP, details={"kind": kind})


def write_last(paths: DataPaths, at: datetime, file: str) -> None:
    doc = BackupSettings(last_at=at, last_file=file).to_json()
    with atomic_write(paths.data_dir / LAST_FILE, prefix=".last-backup-") as f:
        f.write(json.dumps(doc).encode())


def _read_last(path: Path) -> BackupSettings:
    try:
        return BackupSettings.from_json(json.loads(path.read_bytes()))
    except (OSError, ValueError):
        return BackupSettings()
