"""Journal files this account may not write: say what is wrong and what to do (issue 8 #8).

SQLite gives a new ``-shm``/``-wal`` the permissions of the database file, so a journal made
read-only (0444) must be made private read-write again *before* SQLite opens it, with its
``-wal``/``-shm``; fixed afterwards, a 0444 ``-shm`` is left behind and every write fails.
A journal that belongs to another account (or sits on a read-only disk) is opened read-only
for browsing, and a change is refused with one sentence saying why and what to do.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from needlejournal.journal.errors import JournalUnavailable
from needlejournal.paths import DataPaths

log = logging.getLogger(__name__)
PRIVATE = 0o600


def _owner(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"user id {uid}"


def _journal_files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def prepare(paths: DataPaths) -> str | None:
    """Make our own journal files private read-write before SQLite opens them.

    Returns why the journal can only be read (``None`` when it can be written), or raises
    ``JournalUnavailable`` when it cannot even be read.
    """
    db = paths.db_file
    me = os.geteuid() if hasattr(os, "geteuid") else 0
    fix = f'sudo chown -R "$USER" "{paths.data_dir}"'
    if not db.exists():
        if not os.access(paths.data_dir, os.W_OK):
            raise JournalUnavailable(
                f"This account cannot write in the journal folder {paths.data_dir}; choose "
                f"another folder, or make it yours ({fix})."
            )
        return None
    st = db.stat()
    if me != 0 and st.st_uid != me:
        owner = _owner(st.st_uid)
        if not os.access(db, os.R_OK):
            raise JournalUnavailable(
                f"The journal {db} belongs to another user ({owner}) and this account cannot "
                f"read it; open it as {owner}, or make it yours ({fix})."
            )
        return (
            f"it belongs to another user ({owner}); to change it, open it as {owner} "
            f"or make it yours ({fix})"
        )
    for path in _journal_files(db):
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            continue
        if mode != PRIVATE:
            try:
                os.chmod(path, PRIVATE)
            except OSError as e:
                return f"its file permissions cannot be changed ({e.strerror or e})"
            log.warning("%s was %o; set back to private read-write (600)", path.name, mode)
    if not os.access(paths.data_dir, os.W_OK):
        return f"its folder {paths.data_dir} is read-only"
    return None


def read_only_url(db: Path) -> str:
    """Open for reading only. Without a ``-wal`` (the owner closed it cleanly, so the main file
    holds everything) SQLite may treat the file as immutable and needs no ``-shm``, which this
    account could not create in a folder it may not write; with one, the owner is writing
    and SQLite shares its ``-shm``."""
    if Path(f"{db}-wal").exists():
        return f"sqlite:///file:{db}?mode=ro&uri=true"
    return f"sqlite:///file:{db}?mode=ro&immutable=1&uri=true"
