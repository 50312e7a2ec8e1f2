"""Where NeedleJournal keeps its data (platformdirs, the maintained successor of appdirs).

The data dir holds the journal database and the photo store; the cache dir holds thumbnails
and other derived images that can always be rebuilt. Both can be overridden (``--data-dir``,
``NEEDLEJOURNAL_DATA_DIR``) for tests and portable use. Stdlib + platformdirs only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from needlejournal import APP_NAME

DATA_DIR_ENV = "NEEDLEJOURNAL_DATA_DIR"
DATABASE_URL_ENV = "NEEDLEJOURNAL_DATABASE_URL"
PHOTO_DIR_ENV = "NEEDLEJOURNAL_PHOTO_DIR"
DB_FILE_NAME = "journal.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    """Every place the app reads or writes, resolved once at start-up."""

    data_dir: Path
    cache_dir: Path
    photo_dir: Path
    database_url: str | None = None  # None: the SQLite file in data_dir

    @property
    def db_file(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / ".instance.lock"

    @property
    def thumbnail_dir(self) -> Path:
        return self.cache_dir / "thumbnails"

    @property
    def window_state_file(self) -> Path:
        """Where the window keeps its size, splitters and last client for *this* journal.

        Per journal, not one global file: two journals (a personal one and a demo, or two
        clinic databases) would otherwise overwrite each other's last client. It lives in the
        cache (losing it costs a window size), keyed by where the journal is; a clinic URL's
        password never reaches the key.
        """
        where = str(self.data_dir)
        if self.database_url:
            parts = urlsplit(self.database_url)
            host = parts.hostname or ""
            port = f":{parts.port}" if parts.port else ""
            where = f"{parts.scheme}://{parts.username or ''}@{host}{port}{parts.path}"
        import hashlib  # here: OpenSSL's start-up (~3 ms) is not the first paint's

        key = hashlib.sha256(where.encode()).hexdigest()[:16]
        return self.cache_dir / "window" / f"journal-{key}.ini"

    @property
    def sqlite_url(self) -> str:
        return self.database_url or f"sqlite:///{self.db_file}"

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_url.startswith("sqlite")

    def ensure(self) -> DataPaths:
        """Create the folders, private to the user (0700): photos of faces are health data."""
        for folder in (self.data_dir, self.photo_dir, self.backup_dir, self.cache_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except PermissionError:
                if not self.data_dir.is_dir():
                    raise
                # Another account's journal, browsed read-only: nothing is written here.
        for folder in (self.data_dir, self.photo_dir, self.backup_dir):
            if folder.is_dir() and _owned(folder):
                os.chmod(folder, 0o700)
        return self


def _owned(path: Path) -> bool:
    """True when this account owns ``path`` (only the owner may chmod it)."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or geteuid() in (0, path.stat().st_uid)


def resolve(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    database_url: str | None = None,
    photo_dir: str | os.PathLike[str] | None = None,
) -> DataPaths:
    """Resolve paths from explicit arguments, then the environment, then platformdirs."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        # A portable or test journal keeps its cache beside it, so nothing leaks elsewhere.
        cache = base / "cache"
    else:
        import platformdirs

        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    photos = photo_dir or os.environ.get(PHOTO_DIR_ENV)
    return DataPaths(
        data_dir=base,
        cache_dir=cache,
        photo_dir=Path(photos).expanduser().resolve() if photos else base / "photos",
        database_url=database_url or os.environ.get(DATABASE_URL_ENV) or None,
    )
