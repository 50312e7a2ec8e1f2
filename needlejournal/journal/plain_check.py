"""``check`` of a journal unchanged since its last full pass, read with plain ``sqlite3``.

At 10,000 photos ``check`` spent half its second importing SQLAlchemy and the journal's models
only to learn that the database need not be read again (issue 15). When the file is exactly as
the clean close after its last full pass left it — ``full_check.verified_on_open``: the same
size, inode and sealed modification time, no ``-wal``, nobody else holding it, the pass less
than a day old — the open path's daily check is not due, and no import is left to roll back,
the photo rows are read with plain ``sqlite3`` (``plain_read``: the same shared journal lock,
``query_only``) and compared with the store exactly as the journal's own path compares them
(``store_check``). Anything else — a change, another holder, an interrupted import, a commit
seen while reading, a row read differently — returns None, and ``check`` runs through
``Journal`` as always. Nothing is written to the journal, so its clean mark stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from needlejournal.journal import full_check, shutdown_mark
from needlejournal.journal.plain_read import PlainReadFailed, open_plain
from needlejournal.journal.store_check import compare_with_store
from needlejournal.photos.store_layout import StoreLayout
from needlejournal.photos.verified import VERIFIED_FILE, VerifiedStamps

if TYPE_CHECKING:
    from needlejournal import journal_lock
    from needlejournal.journal.problems import Problem
    from needlejournal.paths import DataPaths


@dataclass(frozen=True)
class PlainCheck:
    verified_at: float  # when the database's last full pass passed (not read again now)
    problems: list[Problem]  # the photo store's


def unchanged_since(paths: DataPaths, hold: journal_lock.Hold) -> float | None:
    """When the last full pass passed, if the file is as the clean close after it left it,
    nobody else holds the journal and no full check is owed on open; else None."""
    alive, _dead = hold.others()
    mark = shutdown_mark.read(paths.data_dir)
    if alive or shutdown_mark.check_due(mark):
        return None
    return full_check.verified_on_open(paths.db_file, mark, alone=True)


def check_unchanged(paths: DataPaths) -> PlainCheck | None:
    """``check`` (without ``--full``) of an unchanged ordinary journal, or None: check it
    through ``Journal``."""
    passed: list[float] = []

    def admit(hold: journal_lock.Hold) -> bool:
        at = unchanged_since(paths, hold)
        if at is not None:
            passed.append(at)
        return at is not None

    reader = open_plain(paths, admit=admit)
    if reader is None:
        return None
    try:
        store = StoreLayout(paths.photo_dir)
        if store.leftovers():
            return None  # an interrupted import: the journal's open rolls it back first
        version = reader.data_version()
        files, documents = reader.photo_files()
        stamps = VerifiedStamps(paths.cache_dir / VERIFIED_FILE)
        problems = compare_with_store(files, documents, store, stamps=stamps)
        if reader.data_version() != version:
            return None  # a writer joined and committed meanwhile: read it the usual way
        return PlainCheck(passed[0], problems)
    except (PlainReadFailed, ValueError, KeyError):
        # ValueError, KeyError: a row the store cannot place (not a SHA-256, an unknown media
        # type); the journal's own path says what it is.
        return None
    finally:
        reader.close()
