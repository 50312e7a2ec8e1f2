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
one, and always the one just written and verified; photos only removed archives listed are
then removed too.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from needlejournal import oslock
from needlejournal.backup.archive import BackupResult, Source, build_archive
from needlejournal.backup.errors import BackupError
from needlejournal.backup.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Entry,
    check_name,
    listed_photos,
    photo_name,
)
from needlejournal.backup.progress import CancelToken, Meter, ProgressFn
from needlejournal.backup.readback import CHUNK, Verifier
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
        zf: zipfile.ZipFile, verifier: Verifier, sources: list[Source], meter: Meter
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
        removed = rotate(folder, newest=result, now=now)
    return AutoResult(result, copied[0], removed)


def _photos_into_folder(
    folder: Path, sources: list[Source], meter: Meter
) -> tuple[dict[str, Entry], int]:
    files: dict[str, Entry] = {}
    touched: set[Path] = set()
    copied = 0
    root = os.fspath(folder)
    for sha, path, size, suffix in sources:
        name = photo_name(sha, suffix)
        dest = os.path.join(root, name)
        try:
            there = os.stat(dest).st_size == size  # same name = same hash: already copied
        except OSError:
            there = False
        if not there:
            meter.stage(f"Copying new photo {copied + 1}")
            if not _copy_verified(Path(path), Path(dest), sha, meter):
                continue  # gone or damaged in the store: reported by the archive's check
            touched.add(Path(dest).parent)
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


def rotate(
    folder: Path, *, newest: BackupResult | None = None, now: datetime | None = None
) -> list[Path]:
    """Remove the archives the policy no longer keeps, then the photos only they listed.

    Runs right after ``newest`` was written and verified, so the last good backup is never
    removed; older archives are judged by their names (each was verified when written), so a
    rotation reads only the manifests of the archives it removes — and the others' only when
    a removed one listed a photo the newest no longer has (a deleted photo). Returns the
    archives removed.
    """
    moment = now or datetime.now(UTC)
    archives = [a for a in list_archives(folder) if a.taken_at <= moment]
    if not archives:
        return []
    keep = keep_set(archives) | {newest.path if newest is not None else archives[0].path}
    removed = [a.path for a in archives if a.path not in keep]
    candidates: set[str] = set()
    for path in removed:
        candidates |= _photos_listed(path) or set()  # unreadable: its photos stay
        fault_point("backup.auto.rotate")
        path.unlink()
    if not removed:
        return []
    fsync_dir(folder)
    if newest is not None:
        candidates -= set(newest.manifest.photos)
    for archive in archives:
        if not candidates:
            break
        if archive.path in keep and (newest is None or archive.path != newest.path):
            listed = _photos_listed(archive.path)
            if listed is None:
                return removed  # an unreadable archive might need any photo: keep them all
            candidates -= listed
    _remove_photos(folder, candidates)
    return removed


def _photos_listed(path: Path) -> set[str] | None:
    """The photo names an archive's manifest lists, or None when it cannot be read."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(MANIFEST_NAME)
            if info.file_size > MAX_MANIFEST_BYTES:
                return None
            return listed_photos(zf.read(info))
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, zlib.error):
        return None


def _remove_photos(folder: Path, names: set[str]) -> None:
    for name in sorted(names):
        check_name(name)  # only ever a photo of the shared folder
        fault_point("backup.auto.collect")
        (folder / name).unlink(missing_ok=True)


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
