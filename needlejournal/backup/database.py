"""The journal database inside a backup: copied with SQLite's online backup API, then checked.

Never a file copy of a live database or of its ``-wal`` (RELIABILITY.md promise 4): the
backup API reads one consistent state under a read transaction while the window and other
commands keep writing (WAL lets readers and writers run together). The copy is checked with
``integrity_check`` and ``foreign_key_check`` before anything is built on it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from needlejournal.backup.errors import ArchiveRefused, BackupError
from needlejournal.faults import fault_point

COUNTED_TABLES = ("client", "treatment", "observation", "photo", "device", "product")
BUSY_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class DatabaseFacts:
    schema_revision: str | None
    counts: dict[str, int]
    photos: list[tuple[str, str]]  # distinct (sha256, media type) the rows refer to


def copy_journal(db_file: Path, target: Path) -> DatabaseFacts:
    """Copy the live journal to ``target`` (a private temp name) and check the copy."""
    try:
        source = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except (sqlite3.Error, UnicodeDecodeError) as e:
        raise BackupError(f"The journal could not be read for the backup ({e}).") from None
    try:
        fault_point("backup.db.copy")
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # one step: a single consistent read of the whole database
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
    except (sqlite3.Error, UnicodeDecodeError) as e:
        raise BackupError(f"The journal could not be copied for the backup ({e}).") from None
    finally:
        source.close()
    os.chmod(target, 0o600)
    problem = damage(target)
    if problem:
        raise BackupError(
            f"The journal failed its check ({problem}), so no backup was written; run "
            "“needlejournal check” (the last good backup is kept)."
        )
    return facts(target)


def damage(db: Path) -> str | None:
    """The first problem ``integrity_check`` or ``foreign_key_check`` finds, or None."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                return f"database damage: {rows[0]}"
            broken = conn.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                return f"a {broken[0]} row points at a missing {broken[2]}"
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
        return f"database damage: {e}"
    return None


def facts(db: Path) -> DatabaseFacts:
    """Schema revision, row counts and the photos a (checked) journal file refers to."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        counts = {
            t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
            for t in COUNTED_TABLES
            if t in tables
        }
        photos: list[tuple[str, str]] = []
        if "photo" in tables:
            # Signed consent documents are stored like photos and backed up with them.
            documents = (
                " UNION SELECT document_sha256, document_type FROM consent"
                " WHERE document_sha256 IS NOT NULL"
                if "consent" in tables
                else ""
            )
            photos = [
                (str(sha), str(media))
                for sha, media in conn.execute(
                    f"SELECT DISTINCT sha256, media_type FROM photo{documents} ORDER BY 1"
                )
            ]
        return DatabaseFacts(revision, counts, photos)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
        raise ArchiveRefused(f"The journal in the backup cannot be read ({e}).") from None
    finally:
        conn.close()


def check_restorable(db: Path) -> DatabaseFacts:
    """Refuse a database that is not a healthy journal of a schema this app knows."""
    problem = damage(db)
    if problem:
        raise ArchiveRefused(
            f"The journal in the backup is damaged ({problem}); nothing was changed."
        )
    found = facts(db)
    if found.schema_revision is None or "client" not in found.counts:
        raise ArchiveRefused(
            "The database in the backup is not a NeedleJournal journal; nothing was changed."
        )
    if not _known_revision(found.schema_revision):
        raise ArchiveRefused(
            "This backup holds a journal saved by a newer version of NeedleJournal (schema "
            f"{found.schema_revision}); update the app to restore it. Nothing was changed."
        )
    return found


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    from needlejournal.db.migrate import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False
