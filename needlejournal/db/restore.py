"""Restoring a snapshot over the live journal, all-or-nothing under kill -9 at any step.

RELIABILITY.md promise 12: there is never a moment without a journal at the live path, and
nothing committed is lost (WAL content included). The protocol, with the journal lock held
exclusively by the caller:

1. check the candidate: an SQLite journal of a schema this version knows, not empty, intact,
   ``foreign_key_check`` clean (``inspect_candidate``) — nothing live is touched before;
2. checkpoint the live journal, so its ``-wal`` holds nothing the main file lacks;
3. copy the snapshot (backup API) to ``journal.sqlite3.restoring``, fsynced;
4. keep the live journal (hard links, or copies, of the file and any ``-wal``) in
   ``backups/damaged-STAMP.partial/``, fsynced;
5. write ``journal.sqlite3.restore-intent`` naming that folder: the commit point;
6. roll forward: drop the live ``-wal``/``-shm`` (kept aside in 4, and they must never be
   replayed onto the snapshot), rename the copy over the live file, rename the folder to
   ``damaged-STAMP``, remove the intent.

A start that finds the intent finishes step 6 (every part is idempotent); one that finds a
``.restoring`` copy without an intent rolls back: the copy and the ``.partial`` folder go, the
live journal was never touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from needlejournal.db import revisions
from needlejournal.durable import fsync_dir
from needlejournal.faults import fault_point
from needlejournal.words import count

INCOMING_SUFFIX = ".restoring"
INTENT_SUFFIX = ".restore-intent"
ASIDE_PREFIX = "damaged-"
PARTIAL_SUFFIX = ".partial"


class NotRestorable(Exception):
    """The file cannot replace the journal; the message says why (nothing was touched)."""


@dataclass(frozen=True)
class Candidate:
    """What a restorable journal file holds."""

    revision: str
    clients: int
    photo_hashes: frozenset[str]


def _sibling(db_file: Path, suffix: str) -> Path:
    return db_file.with_name(db_file.name + suffix)


def inspect_candidate(path: Path) -> Candidate:
    """Check that ``path`` can replace the journal; ``NotRestorable`` says why not."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise NotRestorable(f"{path.name} cannot be read ({e.strerror or e})") from None
    if size == 0:
        raise NotRestorable(f"{path.name} is an empty file, not a journal")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except (sqlite3.Error, UnicodeDecodeError) as e:
        raise NotRestorable(f"{path.name} cannot be opened ({e})") from None
    try:
        return _inspect(conn, path.name)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
        raise NotRestorable(f"{path.name} is not an intact SQLite database ({e})") from None
    finally:
        conn.close()


def _inspect(conn: sqlite3.Connection, name: str) -> Candidate:
    if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        raise NotRestorable(f"{name} is damaged (it fails SQLite's integrity check)")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables or "client" not in tables:
        raise NotRestorable(f"{name} is not a NeedleJournal journal")
    found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(found) != 1:
        raise NotRestorable(f"{name} is not a NeedleJournal journal (no schema revision)")
    revision = str(found[0][0])
    if not revisions.is_known(revision):
        raise NotRestorable(
            f"{name} was saved by a newer version of NeedleJournal (schema {revision}); "
            "update the app first"
        )
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise NotRestorable(
            f"{name} has {count(len(broken), 'broken reference')} between its records"
        )
    (clients,) = conn.execute("SELECT count(*) FROM client").fetchone()
    hashes = (
        frozenset(str(r[0]) for r in conn.execute("SELECT DISTINCT sha256 FROM photo"))
        if "photo" in tables
        else frozenset()
    )
    return Candidate(revision, int(clients), hashes)


def _checkpoint(db_file: Path) -> None:
    """Move committed WAL content into the main file (best effort: a damaged journal's
    ``-wal`` is kept aside with it instead).

    UnicodeDecodeError beside sqlite3.Error here and wherever a damaged file is opened:
    SQLite's message can quote the damaged bytes, and decoding it fails before sqlite3 can
    raise its own error."""
    if not db_file.exists():
        return
    fault_point("restore.checkpoint")
    with contextlib.suppress(sqlite3.Error, UnicodeDecodeError):
        conn = sqlite3.connect(db_file)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _copy_in(snapshot: Path, incoming: Path) -> None:
    """The snapshot's content (its ``-wal`` too, if it has one) as one self-contained file."""
    incoming.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(incoming)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        source.close()
    os.chmod(incoming, 0o600)
    with open(incoming, "rb") as f:
        os.fsync(f.fileno())


def _keep_aside(db_file: Path, folder: Path) -> None:
    """Hard-link (or copy) the live journal and its ``-wal`` into ``folder``, fsynced."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, mode=0o700)
    for suffix in ("", "-wal"):
        live = _sibling(db_file, suffix)
        if not live.exists():
            continue
        kept = folder / live.name
        try:
            os.link(live, kept)
        except OSError:  # a file system without hard links
            shutil.copy2(live, kept)
            with open(kept, "rb") as f:
                os.fsync(f.fileno())
    fsync_dir(folder)
    fsync_dir(folder.parent)


def restore(snapshot: Path, db_file: Path, backup_dir: Path) -> Path:
    """Put ``snapshot`` in place of the journal; returns the folder the old one is kept in.

    The caller holds the journal lock exclusively (no connection is open on the journal).
    """
    inspect_candidate(snapshot)
    _checkpoint(db_file)
    incoming = _sibling(db_file, INCOMING_SUFFIX)
    fault_point("restore.copy")
    _copy_in(snapshot, incoming)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = backup_dir / f"{ASIDE_PREFIX}{stamp}"
    partial = aside.with_name(aside.name + PARTIAL_SUFFIX)
    fault_point("restore.keep_aside")
    _keep_aside(db_file, partial)
    fault_point("restore.intent")
    intent = _sibling(db_file, INTENT_SUFFIX)
    with open(intent, "w", encoding="utf-8") as f:
        f.write(aside.name)
        f.flush()
        os.fsync(f.fileno())
    fsync_dir(db_file.parent)
    _roll_forward(db_file, backup_dir)
    return aside


def _roll_forward(db_file: Path, backup_dir: Path) -> None:
    intent = _sibling(db_file, INTENT_SUFFIX)
    aside = backup_dir / intent.read_text(encoding="utf-8").strip()
    incoming = _sibling(db_file, INCOMING_SUFFIX)
    if incoming.exists():
        for suffix in ("-wal", "-shm"):
            fault_point("restore.drop_wal")
            _sibling(db_file, suffix).unlink(missing_ok=True)
        fault_point("restore.rename")
        os.replace(incoming, db_file)
        fsync_dir(db_file.parent)
    partial = aside.with_name(aside.name + PARTIAL_SUFFIX)
    if partial.exists():
        fault_point("restore.aside_rename")
        os.replace(partial, aside)
        fsync_dir(backup_dir)
    fault_point("restore.done")
    intent.unlink(missing_ok=True)
    fsync_dir(db_file.parent)


def interrupted(db_file: Path) -> bool:
    """True when a restore was interrupted here (cheap: two ``stat`` calls)."""
    return _sibling(db_file, INTENT_SUFFIX).exists() or _sibling(db_file, INCOMING_SUFFIX).exists()


def finish_interrupted(db_file: Path, backup_dir: Path) -> str | None:
    """Finish (after its commit point) or roll back an interrupted restore; say which."""
    if _sibling(db_file, INTENT_SUFFIX).exists():
        _roll_forward(db_file, backup_dir)
        return "finished an interrupted snapshot restore"
    incoming = _sibling(db_file, INCOMING_SUFFIX)
    if not incoming.exists():
        return None
    incoming.unlink()
    for partial in backup_dir.glob(f"{ASIDE_PREFIX}*{PARTIAL_SUFFIX}"):
        shutil.rmtree(partial, ignore_errors=True)
    fsync_dir(db_file.parent)
    return "rolled back an interrupted snapshot restore (the journal was not changed)"
