"""Listings of an SQLite journal read with plain ``sqlite3``: no SQLAlchemy import (issue 15).

A ``client list`` is a new process each time; importing SQLAlchemy and the ORM models cost it
more than the listing itself. Here only the ordinary case is read this way — our own SQLite
journal, on a local disk, with data, at the current schema, nothing interrupted, header and
schema readable — with the same shared journal lock and the same read-only connection
(``query_only``) as ``Journal.open(for_reading=True)``. Anything else makes ``open_plain``
return None, and a read that meets anything unusual raises ``PlainReadFailed``: the caller then
opens ``Journal`` as always, so creating, migrating, finishing a restore, refusing a damaged
or foreign journal and every message stay in one place. Reading cannot make damage worse, so
(as for ``Journal.open(for_reading=True)``) the full integrity check is never waited for.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from needlejournal import journal_lock
from needlejournal.db import BUSY_TIMEOUT_MS, restore, revisions
from needlejournal.journal import access, client_rows, opening, shutdown_mark
from needlejournal.journal.errors import JournalError
from needlejournal.netfs import network_fs_type

if TYPE_CHECKING:
    from pathlib import Path

    from needlejournal.journal.records import ClientSummary, PhotoRecord
    from needlejournal.journal.store_check import PhotoFile
    from needlejournal.paths import DataPaths


class PlainReadFailed(Exception):
    """The plain read met something unusual; read through ``Journal`` instead."""


class PlainJournal:
    """An open journal for plain reads; ``close`` releases the connection and the lock."""

    def __init__(
        self, conn: sqlite3.Connection, hold: journal_lock.Hold, photo_dir: Path | None = None
    ) -> None:
        self._conn = conn
        self._hold = hold
        self._photo_dir = photo_dir

    def list_clients(
        self, query: str = "", *, include_archived: bool = False
    ) -> list[ClientSummary]:
        """``Journal.list_clients``, the same records (``client_rows``)."""
        try:
            return client_rows.list_clients(self._conn, query, include_archived=include_archived)
        except (sqlite3.Error, UnicodeDecodeError, ValueError, TypeError) as e:
            raise PlainReadFailed(str(e)) from None

    def get(self, photo_id: int) -> PhotoRecord:
        """``PhotoLibrary.get``, the same record (``photo_rows``); a missing photo is left to
        the journal's own path, which says so."""
        from needlejournal.journal import photo_rows

        try:
            found = photo_rows.read_photo(self._conn, photo_id)
        except (sqlite3.Error, UnicodeDecodeError, ValueError, TypeError) as e:
            raise PlainReadFailed(str(e)) from None
        if found is None:
            raise PlainReadFailed(f"no photo {photo_id}")
        return found

    def photo_files(self) -> tuple[list[PhotoFile], list[str]]:
        """What ``check`` compares with the photo store: the originals the photo rows name,
        and the consent documents (``store_check``'s statements)."""
        from needlejournal.journal.store_check import DOCUMENTS_SQL, PHOTO_FILES_SQL, photo_files

        try:
            files = photo_files(self._conn.execute(PHOTO_FILES_SQL))
            documents = [sha for (sha,) in self._conn.execute(DOCUMENTS_SQL)]
        except (sqlite3.Error, UnicodeDecodeError, ValueError) as e:
            raise PlainReadFailed(str(e)) from None
        for sha, media_type, photo_id, name in files:
            if not (isinstance(sha, str) and isinstance(media_type, str) and type(photo_id) is int):
                raise PlainReadFailed("a photo row the journal would not read this way")
            if name is not None and not isinstance(name, str):
                raise PlainReadFailed("a photo's name that is not text")
        if not all(isinstance(sha, str) for sha in documents):
            raise PlainReadFailed("a consent document's hash that is not text")
        return files, documents

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version``: it moves when another connection commits."""
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as e:
            raise PlainReadFailed(str(e)) from None

    def original_path(self, photo: PhotoRecord) -> Path:
        """``PhotoLibrary.original_path``: where the photo store keeps the original."""
        from needlejournal.photos.store import stored_path

        if self._photo_dir is None:
            raise PlainReadFailed("no photo folder")
        try:
            return stored_path(self._photo_dir, photo.sha256, photo.media_type)
        except (ValueError, KeyError) as e:
            raise PlainReadFailed(str(e)) from None

    def close(self) -> None:
        try:
            self._conn.close()
        finally:
            self._hold.release()


def open_plain(
    paths: DataPaths, *, admit: Callable[[journal_lock.Hold], bool] | None = None
) -> PlainJournal | None:
    """The journal for plain reads, or None when only ``Journal.open`` may open it.

    ``admit``: the caller's own condition, asked under the journal lock before SQLite opens
    the file (a ``check`` asks that the file is as its last full pass left it)."""
    if not paths.is_sqlite or network_fs_type(paths.data_dir) is not None:
        return None
    try:
        if paths.db_file.stat().st_size == 0:
            return None  # a new or emptied journal: Journal.open creates or refuses it
    except OSError:
        return None
    paths.ensure()
    hold = journal_lock.acquire(paths, exclusive=False)
    try:
        conn = _connect(paths) if admit is None or admit(hold) else None
    except BaseException:
        hold.release()
        raise
    if conn is None:
        hold.release()
        return None
    return PlainJournal(conn, hold, paths.photo_dir)


def _ordinary(paths: DataPaths) -> bool:
    """Nothing for ``Journal.open`` to finish, fix, refuse or report (checked under the lock:
    restores take it alone)."""
    if opening.backup_restore_left_over(paths) or restore.interrupted(paths.db_file):
        return False
    try:
        if access.prepare(paths) is not None:
            return False  # another account's journal or a read-only disk
    except JournalError:
        return False
    if opening.missing_journal(paths) is not None:
        return False
    return shutdown_mark.header_problem(paths.db_file) is None


def _connect(paths: DataPaths) -> sqlite3.Connection | None:
    if not _ordinary(paths):
        return None
    try:
        conn = sqlite3.connect(
            f"{paths.db_file.absolute().as_uri()}?mode=rw",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the schema is readable
        if revisions.stored_plain(conn) == revisions.head():
            return conn
    except (sqlite3.Error, UnicodeDecodeError, RuntimeError):
        pass
    conn.close()
    return None
