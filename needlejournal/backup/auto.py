"""Automatic backups into a folder the user chose (an external drive, a synced folder).

Layout of the folder::

    needlejournal-20261203T093000Z.zip   one per backup: the journal + manifest.json
    photos/ab/abcdef….jpg                every photo once, by SHA-256, shared by all archives

Incremental by content: a photo already in ``photos/`` (same name = same hash, same size) is
not copied again, so a backup with nothing new costs the database copy and a ``stat`` per photo
(10,000 photos: well under 2 s). A new photo is copied to a temp name while hashing, fsynced,
checked against its name and renamed. Each archive's manifest lists the photos it needs, so
``restore`` verifies them all before touching anything live.

Rotation keeps the newest archive of each of the last 7 days, 4 weeks and 12 months that have
one, and never the newest good one; photos no kept archive lists are then removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from needlejournal import oslock
from needlejournal.backup.archive import BackupResult, build_archive
from needlejournal.backup.errors import ArchiveRefused, BackupError
from needlejournal.backup.manifest import Entry, photo_name
from needlejournal.backup.progress import CancelToken, Meter, ProgressFn
from needlejournal.backup.readback import CHUNK, Verifier
from needlejournal.backup.verify import open_archive
from needlejournal.durable import fsync_dir
from needlejournal.faults import fault_point
from needlejournal.paths import DataPaths

PREFIX = "needlejournal-"
LOCK = ".needlejournal-backup.lock"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
EVERY = timedelta(days=1)
_NAME = re.compile(rf"{PREFIX}(\d{{8}}T\d{{6}}Z)\.zip")


@dataclass(frozen=True)
class Archive:
    path: Path
    taken_at: datetime


@dataclass(frozen=True)
class AutoResult:
    backup: BackupResult
    photos_copied: int
    removed: list[Path]  # archives rotated out


def list_archives(folder: Path) -> list[Archive]:
    """The automatic backups in ``folder``, newest first."""
    found = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            m = _NAME.fullmatch(path.name)
            if m:
                taken = datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                found.append(Archive(path, taken))
    return sorted(found, key=lambda a: a.taken_at, reverse=True)


def is_due(folder: Path, now: datetime | None = None) -> bool:
    """At most daily: due when the newest archive is a day old (or there is none)."""
    newest = list_archives(folder)
    return not newest or (now or datetime.now(UTC)) - newest[0].taken_at >= EVERY


def auto_backup(
    paths: DataPaths,
    folder: Path,
    *,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> AutoResult:
    """Back up into ``folder`` (photos shared by hash), then rotate; see the module."""
    folder = Path(os.path.abspath(folder.expanduser()))
    if not folder.is_dir():
        raise BackupError(
            f"The backup folder {folder} is not available (is the drive connected?); "
            "nothing was backed up."
        )
    now = now or datetime.now(UTC)
    copied = [0]

    def into_folder(
        zf: zipfile.ZipFile, verifier: Verifier, sources: list[tuple[str, Path, int]], meter: Meter
    ) -> dict[str, Entry]:
        files, copied[0] = _photos_into_folder(folder, sources, meter)
        return files

    target = folder / f"{PREFIX}{now.astimezone(UTC):%Y%m%dT%H%M%SZ}.zip"
    with _folder_lock(folder):
        for stale in (folder / "photos").glob("??/.tmp-*"):
            stale.unlink(missing_ok=True)  # a killed copy (the lock says no backup is running)
        result = build_archive(
            paths, target, photos_in="folder", write_photos=into_folder,
            progress=progress, cancel=cancel, now=now,
        )  # fmt: skip
        removed = rotate(folder, now=now)
    return AutoResult(result, copied[0], removed)


def _photos_into_folder(
    folder: Path, sources: list[tuple[str, Path, int]], meter: Meter
) -> tuple[dict[str, Entry], int]:
    files: dict[str, Entry] = {}
    touched: set[Path] = set()
    copied = 0
    for sha, path, size in sources:
        name = photo_name(sha, path.suffix)
        dest = folder / name
        try:
            there = dest.stat().st_size == size
        except OSError:
            there = False
        if not there:
            meter.stage(f"Copying new photo {copied + 1}")
            if not _copy_verified(path, dest, sha, meter):
                continue  # gone or damaged in the store: reported by the archive's check
            touched.add(dest.parent)
            copied += 1
        else:
            meter.add(size)
        files[name] = Entry(sha, size)
        meter.check()
    for shard in touched:
        fsync_dir(shard)
    return files, copied


def _copy_verified(src: Path, dest: Path, sha: str, meter: Meter) -> bool:
    """Copy through a temp name while hashing; placed only when the bytes match the name."""
    if not dest.parent.is_dir():
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        dest.parent.parent.chmod(0o700)  # photos of faces: private, as in the data dir
        fsync_dir(dest.parent.parent)
    try:
        source = src.open("rb", buffering=0)
    except FileNotFoundError:
        return False
    fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=dest.parent)
    hasher = hashlib.sha256()
    try:
        with source, os.fdopen(fd, "wb") as out:
            while chunk := source.read(CHUNK):
                hasher.update(chunk)
                out.write(chunk)
                meter.add(len(chunk))
                meter.check()
            fault_point("backup.auto.photo")
            out.flush()
            os.fsync(out.fileno())
        if hasher.hexdigest() != sha:
            os.unlink(temp)
            return False
        os.replace(temp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return True


def keep_set(archives: list[Archive]) -> set[Path]:
    """Newest per day (7), per ISO week (4) and per month (12), among days that have one."""
    keep: set[Path] = set()
    for keep_n, key in (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for archive in archives:  # newest first: the first of each bucket is its newest
            bucket = key(archive.taken_at)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) <= keep_n:
                    keep.add(archive.path)
    return keep


def rotate(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Remove archives the policy no longer keeps — never the newest good one — then the
    photos no remaining archive lists. Returns the archives removed."""
    archives = [a for a in list_archives(folder) if a.taken_at <= (now or datetime.now(UTC))]
    good = [a for a in archives if _readable(a.path)]
    if not good:
        return []
    keep = keep_set(good) | {good[0].path}  # the last good one, whatever the policy says
    removed = []
    for archive in good:
        if archive.path not in keep:
            fault_point("backup.auto.rotate")
            archive.path.unlink()
            removed.append(archive.path)
    if removed:
        fsync_dir(folder)
        _collect_photos(folder)
    return removed


def _readable(path: Path) -> bool:
    try:
        with open_archive(path):
            return True
    except ArchiveRefused:
        return False


def _collect_photos(folder: Path) -> int:
    """Remove shared photos no archive lists (only when every archive could be read)."""
    wanted: set[str] = set()
    for archive in list_archives(folder):
        try:
            with open_archive(archive.path) as (_, manifest):
                wanted |= set(manifest.photos)
        except ArchiveRefused:
            return 0  # an unreadable archive might need any of them: keep everything
    removed = 0
    for path in (folder / "photos").glob("??/*"):
        name = f"photos/{path.parent.name}/{path.name}"
        if name not in wanted and not path.name.startswith(".tmp-"):
            fault_point("backup.auto.collect")
            path.unlink()
            removed += 1
    return removed


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """One automatic backup at a time per folder (best effort on synced/network folders)."""
    try:
        fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as e:
        raise BackupError(f"The backup folder {folder} cannot be written ({e.strerror}).") from None
    try:
        if not oslock.try_lock(fd):
            raise BackupError("Another backup into this folder is running; try again later.")
        yield
    finally:
        os.close(fd)
