"""``needlejournal restore FILE.zip``: verify everything first, then swap, crash-safe.

1. Verify (nothing live touched): the manifest and every file's SHA-256 are checked while the
   files are copied into staging folders (``.restore-staging`` in the data dir and in the photo
   store), and the staged database must be a healthy journal of a schema this app knows.
2. Write the plan (``.restore-plan.json``, atomically). From here the restore always finishes:
   a kill at any later step is rolled forward by the next start (``finish_interrupted``).
3. Add the backup's photos to the store (content-addressed: nothing existing is overwritten).
4. Checkpoint the live journal, hard-link it (and move any ``-wal``/``-shm``) into
   ``backups/replaced-<time>/``, then rename the staged journal over the live path: there is a
   journal at the live path at every moment, old or new (RELIABILITY.md promise 12).
5. Move the photos only the replaced journal refers to beside it, so it stays complete and
   ``check`` finds no strangers; nothing is ever deleted.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from needlejournal import journal_lock, oslock
from needlejournal.backup.database import check_restorable
from needlejournal.backup.errors import ArchiveRefused, BackupError
from needlejournal.backup.manifest import DB_NAME, Entry, Manifest
from needlejournal.backup.progress import CancelToken, Meter, ProgressFn
from needlejournal.backup.verify import check_space, open_archive, verify_files
from needlejournal.durable import atomic_write, fsync_dir
from needlejournal.faults import fault_point
from needlejournal.paths import DataPaths

STAGING = ".restore-staging"
PLAN = ".restore-plan.json"
LOCK = ".restore.lock"
ASIDE_PREFIX = "replaced-"
LOCK_WAIT_S = 10.0


class JournalHasData(BackupError):
    """Restoring would replace a journal that holds data, and the caller did not say so."""


@dataclass(frozen=True)
class RestoreResult:
    archive: Path
    manifest: Manifest
    moved_aside: Path | None  # where the replaced journal (and its own photos) now are
    photos_added: int
    photos_set_aside: int


def restore_backup(
    paths: DataPaths,
    archive: Path,
    *,
    replace: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> RestoreResult:
    """Put the journal and photos of ``archive`` in place; see the module's steps.

    No journal may be open on ``paths`` in this process; other processes are kept out by the
    locks the caller and this function hold.
    """
    if not paths.is_sqlite:
        raise BackupError(
            "A clinic journal lives in PostgreSQL: restore it on the database server."
        )
    archive = Path(os.path.abspath(archive.expanduser()))
    paths.ensure()
    with _restore_lock(paths):  # one restore at a time; the staging folders are ours
        with journal_lock.exclusive(paths):
            _finish_locked(paths)  # one a kill interrupted
        if not replace and _holds_data(paths.db_file):
            raise JournalHasData(
                f"The journal in {paths.data_dir} already holds data; add --replace to put the "
                "backup in its place (the current journal is kept in backups/replaced-…)."
            )
        meter = Meter(0, progress, cancel)
        manifest, added = _stage(paths, archive, meter)  # live untouched: writers go on
        meter.check("The restore")
        meter.stage("Putting the backup in place")
        try:
            hold = journal_lock.acquire(paths, exclusive=True)
        except BaseException:
            _drop_staging(paths)
            raise
        try:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            live_files = [paths.db_file.with_name(paths.db_file.name + x) for x in ("", "-wal")]
            aside = None
            if any(f.exists() for f in live_files):
                aside = paths.backup_dir / f"{ASIDE_PREFIX}{stamp}"
            fault_point("restore.plan")
            with atomic_write(paths.data_dir / PLAN, prefix=".plan-") as f:
                f.write(json.dumps({"archive": str(archive), "aside": str(aside or "")}).encode())
            fsync_dir(paths.data_dir)
            set_aside = _roll_forward(paths, aside)
        finally:
            hold.release()
    return RestoreResult(archive, manifest, aside, added, set_aside)


def finish_interrupted(paths: DataPaths) -> bool:
    """At start: finish a restore a kill interrupted after its plan, or drop its staging.

    Cheap when there is nothing to do (two ``stat`` calls). True when a restore was finished.
    A restore still running elsewhere holds the journal lock (``JournalBusy`` after a wait)
    or, while it verifies, the restore lock (its staging is then left alone).
    """
    if not paths.is_sqlite:
        return False
    if (paths.data_dir / PLAN).exists():
        with journal_lock.exclusive(paths, wait_s=journal_lock.SHARED_WAIT_S):
            return _finish_locked(paths)
    if (paths.data_dir / STAGING).exists() or (paths.photo_dir / STAGING).exists():
        with contextlib.suppress(BackupError), _restore_lock(paths, wait_s=0):
            _drop_staging(paths)  # a restore killed while verifying: nothing live touched
    return False


def _finish_locked(paths: DataPaths) -> bool:
    plan_file = paths.data_dir / PLAN
    try:
        plan = json.loads(plan_file.read_bytes())
    except FileNotFoundError:
        _drop_staging(paths)  # a restore killed while verifying: nothing live was touched
        return False
    aside = Path(plan["aside"]) if plan.get("aside") else None
    _roll_forward(paths, aside)
    return True


# ---- 1. verify and stage ----------------------------------------------------------------


def _stage(paths: DataPaths, archive: Path, meter: Meter) -> tuple[Manifest, int]:
    _drop_staging(paths)
    db_staging = paths.data_dir / STAGING
    photo_staging = paths.photo_dir / STAGING

    def present(name: str, entry: Entry) -> bool:
        if name == DB_NAME:
            return False
        try:
            return (paths.photo_dir / name.removeprefix("photos/")).stat().st_size == entry.size
        except OSError:
            return False

    added = 0

    def destination(name: str, entry: Entry) -> Path | None:
        nonlocal added
        if name == DB_NAME:
            return db_staging / DB_NAME
        if present(name, entry):
            return None  # the same bytes are in the store already (the name is the hash)
        added += 1
        return photo_staging / name.removeprefix("photos/")

    try:
        with open_archive(archive) as (zf, manifest):
            check_space(manifest, paths.data_dir, present)
            meter.total = manifest.total_bytes
            verify_files(zf, manifest, archive, meter, destination)
        found = check_restorable(db_staging / DB_NAME)
        listed = {e.sha256 for e in manifest.photos.values()}
        unlisted = {sha for sha, _ in found.photos} - listed
        if len(unlisted) > manifest.counts.get("photo_files_missing", 0):
            raise ArchiveRefused(
                f"The backup {archive.name} lacks photos its journal refers to; it is damaged. "
                "Nothing was changed."
            )
        fault_point("restore.staged")
        _fsync_tree(db_staging)
        _fsync_tree(photo_staging)
    except BaseException:
        _drop_staging(paths)
        raise
    return manifest, added


# ---- 2-5. put in place (idempotent: the next start repeats it after a kill) --------------


def _roll_forward(paths: DataPaths, aside: Path | None) -> int:
    _place_photos(paths)
    staged = paths.data_dir / STAGING / DB_NAME
    if staged.exists():
        if aside is not None:
            _keep_aside(paths.db_file, aside)
        fault_point("restore.swap")
        os.replace(staged, paths.db_file)
        fsync_dir(paths.data_dir)
    set_aside = 0
    if aside is not None and (aside / DB_NAME).exists():
        set_aside = _set_aside_old_photos(paths, aside)
    fault_point("restore.cleanup")
    _drop_staging(paths)
    (paths.data_dir / PLAN).unlink(missing_ok=True)
    fsync_dir(paths.data_dir)
    return set_aside


def _place_photos(paths: DataPaths) -> None:
    staging = paths.photo_dir / STAGING
    if not staging.is_dir():
        return
    for shard in sorted(p for p in staging.iterdir() if p.is_dir()):
        live_shard = paths.photo_dir / shard.name
        if not live_shard.is_dir():
            live_shard.mkdir(mode=0o700)
            fsync_dir(paths.photo_dir)
        for staged in sorted(shard.iterdir()):
            final = live_shard / staged.name
            if final.exists():
                staged.unlink()  # same name, same hash: already there
                continue
            fault_point("restore.photo")
            os.replace(staged, final)
        fsync_dir(live_shard)


def _keep_aside(live: Path, aside: Path) -> None:
    """Checkpoint, then keep the live journal (and any -wal) in ``aside``; live stays put."""
    aside.mkdir(parents=True, exist_ok=True, mode=0o700)
    if live.exists():
        _checkpoint(live)
        temp = aside / (DB_NAME + ".linking")
        temp.unlink(missing_ok=True)
        fault_point("restore.aside")
        try:
            os.link(live, temp)  # instant, and the live path keeps its journal
        except OSError:
            shutil.copyfile(live, temp)  # a file system without hard links
            with open(temp, "rb") as f:
                os.fsync(f.fileno())
        os.replace(temp, aside / DB_NAME)
    for suffix in ("-wal", "-shm"):
        side = live.with_name(live.name + suffix)
        if side.exists():
            # A -wal beside the new journal would be replayed into it: it goes with its own.
            fault_point("restore.aside.wal")
            os.replace(side, aside / side.name)
    fsync_dir(aside)
    fsync_dir(live.parent)


def _checkpoint(live: Path) -> None:
    """Fold committed -wal pages into the file; a damaged journal keeps its -wal instead."""
    with contextlib.suppress(sqlite3.Error, UnicodeDecodeError):
        conn = sqlite3.connect(live, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _set_aside_old_photos(paths: DataPaths, aside: Path) -> int:
    try:
        old = _referenced(aside / DB_NAME)
        new = _referenced(paths.db_file)
    except (sqlite3.Error, UnicodeDecodeError):
        return 0  # the replaced journal cannot be read: leave its photos where they are
    moved = 0
    for sha in sorted(old - new):
        for path in (paths.photo_dir / sha[:2]).glob(f"{sha}.*"):
            target = aside / "photos" / sha[:2] / path.name
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fault_point("restore.photo_aside")
            _move(path, target)
            moved += 1
    return moved


def _referenced(db: Path) -> set[str]:
    # Read-write on purpose: closing folds a kept -wal into the kept copy and removes it.
    conn = sqlite3.connect(db, timeout=5)
    try:
        return {str(r[0]) for r in conn.execute("SELECT DISTINCT sha256 FROM photo")}
    finally:
        conn.close()


def _move(src: Path, dst: Path) -> None:
    try:
        os.replace(src, dst)
    except OSError as e:
        if e.errno != errno.EXDEV:
            raise
        shutil.copyfile(src, dst)  # the photo store is on another disk
        with open(dst, "rb") as f:
            os.fsync(f.fileno())
        src.unlink()
    fsync_dir(dst.parent)
    fsync_dir(src.parent)


# ---- helpers ------------------------------------------------------------------------------


def _holds_data(db: Path) -> bool:
    if not db.exists() or db.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            return any(
                conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()
                for t in ("client", "treatment", "photo")
                if t in tables
            )
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return True  # unreadable: treat as precious


def _drop_staging(paths: DataPaths) -> None:
    for folder in (paths.data_dir / STAGING, paths.photo_dir / STAGING):
        if folder.exists():
            shutil.rmtree(folder)


def _fsync_tree(folder: Path) -> None:
    if not folder.is_dir():
        return
    for sub in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        fsync_dir(sub)


@contextlib.contextmanager
def _restore_lock(paths: DataPaths, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """One restore at a time per data dir (a kernel lock: a killed restore leaves none)."""
    import time

    fd = os.open(paths.data_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait_s
        while not oslock.try_lock(fd):
            if time.monotonic() > deadline:
                raise BackupError("Another restore of this journal is running; try again later.")
            time.sleep(0.05)
        yield
    finally:
        os.close(fd)
