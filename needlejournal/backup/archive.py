"""``needlejournal backup FILE.zip``: one self-contained, verified archive of the journal.

Order (RELIABILITY.md promise 4): copy the database with SQLite's online backup API into a
private temp file and check it; write the archive to a temp name in the target folder
(photos ``ZIP_STORED``: JPEG and HEIC are compressed already), re-reading and hashing every
member as it lands; write ``manifest.json`` last; fsync; re-open the finished file and check
its directory and manifest against what was verified; only then rename it over ``FILE.zip``.
A kill at any step leaves the old ``FILE.zip`` (if any) untouched and a temp file the next
backup into that folder removes.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from needlejournal import __version__, journal_lock, oslock
from needlejournal.backup import seal
from needlejournal.backup.database import DatabaseFacts, copy_journal
from needlejournal.backup.errors import BackupError
from needlejournal.backup.manifest import DB_NAME, MANIFEST_NAME, Entry, Manifest, photo_name
from needlejournal.backup.progress import CancelToken, Meter, ProgressFn
from needlejournal.backup.readback import CHUNK, Readback, Verifier
from needlejournal.durable import fsync_dir
from needlejournal.faults import fault_point
from needlejournal.paths import DataPaths

PARTIAL_SUFFIX = ".partial"
WORK_PREFIX = ".backup-"
MAX_ATTEMPTS = 3
ZIP64_THRESHOLD = 0x7FFF0000


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    size: int
    skipped: list[str] = field(default_factory=list)  # one sentence per photo left out

    @property
    def photo_count(self) -> int:
        return len(self.manifest.photos)


class _Restart(Exception):
    """A photo vanished or failed its hash mid-backup: start over from a fresh snapshot."""

    def __init__(self, damaged: set[str]) -> None:
        self.damaged = damaged


class Source(NamedTuple):
    """A stored original to back up. Strings, not ``Path``: a journal has 10,000s of them,
    and building that many paths costs more than the incremental backup's whole budget."""

    sha256: str
    path: str
    size: int
    suffix: str


# A function that puts the checked photos where the archive's manifest says (inside the zip,
# or the automatic backups' shared folder) and returns their manifest entries.
PhotoWriter = Callable[[zipfile.ZipFile, "Verifier", list[Source], Meter], dict[str, Entry]]


def write_backup(
    paths: DataPaths,
    target: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """Write a verified, self-contained backup of the journal and its photos to ``target``."""
    return build_archive(
        paths, target, photos_in="archive", write_photos=_photos_into_zip,
        progress=progress, cancel=cancel, now=now,
    )  # fmt: skip


def build_archive(
    paths: DataPaths,
    target: Path,
    *,
    photos_in: str,
    write_photos: PhotoWriter,
    progress: ProgressFn | None,
    cancel: CancelToken | None,
    now: datetime | None,
) -> BackupResult:
    check_source(paths)
    target = Path(os.path.abspath(target.expanduser()))
    if target.is_dir():
        raise BackupError(f"{target} is a folder; give a file name such as {target / 'x.zip'}.")
    if not target.parent.is_dir():
        raise BackupError(f"The folder {target.parent} does not exist.")
    sweep_partials(target.parent)
    damaged: set[str] = set()
    for _ in range(MAX_ATTEMPTS):
        try:
            with journal_lock.shared(paths):  # no restore or repair swaps it meanwhile
                return _attempt(paths, target, photos_in, write_photos, damaged,
                            Meter(0, progress, cancel), now or datetime.now(UTC))  # fmt: skip
        except _Restart as again:
            damaged |= again.damaged
    raise BackupError("Photos kept changing during the backup; try again in a moment.")


def check_source(paths: DataPaths) -> None:
    if not paths.is_sqlite:
        raise BackupError(
            "A clinic journal lives in PostgreSQL: back it up on the database server "
            "(pg_dump) and back up its photo folder."
        )
    if not paths.db_file.is_file() or paths.db_file.stat().st_size == 0:
        raise BackupError(f"There is no journal to back up in {paths.data_dir}.")


def _attempt(
    paths: DataPaths,
    target: Path,
    photos_in: str,
    write_photos: PhotoWriter,
    damaged: set[str],
    meter: Meter,
    now: datetime,
) -> BackupResult:
    with _work_dir(paths.backup_dir) as work:
        meter.stage("Copying the journal")
        db_copy = work / DB_NAME
        db = copy_journal(paths.db_file, db_copy)
        sources, missing = _photo_sources(paths, db, damaged)
        meter.total = db_copy.stat().st_size + sum(source.size for source in sources)
        meter.check()
        with _partial(target) as (partial, raw):
            verifier = Verifier(partial)
            try:
                with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                    zf.comment = seal.placeholder()
                    meter.stage("Saving the journal")
                    zf.write(db_copy, DB_NAME, zipfile.ZIP_DEFLATED, 1)
                    raw.flush()
                    verifier.submit(zf.getinfo(DB_NAME))
                    meter.add(db_copy.stat().st_size)
                    files = write_photos(zf, verifier, sources, meter)
                    readbacks = verifier.results()
                    left_out = _left_out(paths, files, readbacks, sources, missing, damaged)
                    files[DB_NAME] = _db_entry(readbacks[DB_NAME])
                    manifest = _manifest(db, files, photos_in, now, left_out)
                    fault_point("backup.manifest")
                    zf.writestr(_info(MANIFEST_NAME, now), manifest.to_json())
            finally:
                verifier.close()
            meter.stage("Checking the backup")
            raw.flush()
            seal.seal(partial)
            fault_point("backup.fsync")
            os.fsync(raw.fileno())
            _check_finished(partial, manifest, readbacks)
            meter.check()
            fault_point("backup.rename")
            os.replace(partial, target)
        fault_point("backup.fsync_dir")
        fsync_dir(target.parent)
    skipped = [f"photo {sha[:12]}… is missing or damaged in the store" for sha in sorted(left_out)]
    return BackupResult(target, manifest, target.stat().st_size, skipped)


def _photo_sources(
    paths: DataPaths, db: DatabaseFacts, damaged: set[str]
) -> tuple[list[Source], set[str]]:
    """Every stored photo to include, and the hashes of those the store lacks."""
    from needlejournal.photos.store import STORED_EXTENSIONS as EXTENSIONS

    root = os.fspath(paths.photo_dir)
    found: list[Source] = []
    missing: set[str] = set()
    for sha, media_type in db.photos:
        suffix = EXTENSIONS.get(media_type)
        if sha in damaged:
            continue
        if suffix is None:
            missing.add(sha)
            continue
        path = os.path.join(root, sha[:2], sha + suffix)
        try:
            found.append(Source(sha, path, os.stat(path).st_size, suffix))
        except OSError:
            missing.add(sha)
    return found, missing


def _photos_into_zip(
    zf: zipfile.ZipFile, verifier: Verifier, sources: list[Source], meter: Meter
) -> dict[str, Entry]:
    files: dict[str, Entry] = {}
    raw = zf.fp
    assert raw is not None
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    for sha, path, size, suffix in sources:
        name = photo_name(sha, suffix)
        meter.stage(f"Saving photo {len(files) + 1} of {len(sources)}")
        try:
            src = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by the with below
        except FileNotFoundError:
            continue  # deleted since the snapshot: _left_out decides
        fault_point("backup.photo")
        with src:
            info = _info(name, None)
            info.file_size = size
            with zf.open(info, "w", force_zip64=size > ZIP64_THRESHOLD) as member:
                while n := src.readinto(buf):
                    member.write(view[:n])
                    meter.add(n)
                    meter.check()
        raw.flush()
        verifier.submit(info, crc=False)  # its SHA-256 must equal its name: checked later
        files[name] = Entry(sha, size)
    return files


def _left_out(
    paths: DataPaths,
    files: dict[str, Entry],
    readbacks: dict[str, Readback],
    sources: list[Source],
    missing: set[str],
    damaged: set[str],
) -> set[str]:
    """Photos the journal refers to but the backup lacks; restarts when that was a race.

    A photo deleted since the snapshot (no row refers to it now) is gone from a fresh
    snapshot: start over. A photo whose bytes no longer match its name went into the archive
    damaged: start over without it. What the store really lacks is left out and reported.
    """
    written = {entry.sha256 for entry in files.values()}
    bad = (missing | {source.sha256 for source in sources}) - written
    for name, entry in files.items():
        back = readbacks.get(name)
        if back is not None and back.sha256 != entry.sha256:
            bad.add(entry.sha256)
    if not bad:
        return set(damaged)
    still = _still_referenced(paths, bad)
    damaged_inside = {sha for sha in bad if sha in written}
    if bad - still or damaged_inside:
        raise _Restart((bad & still) | damaged)
    return bad | damaged


def _still_referenced(paths: DataPaths, shas: set[str]) -> set[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{paths.db_file}?mode=ro", uri=True, timeout=5)
    try:
        marks = ",".join("?" * len(shas))
        rows = conn.execute(f"SELECT DISTINCT sha256 FROM photo WHERE sha256 IN ({marks})", [*shas])
        return {str(r[0]) for r in rows}
    finally:
        conn.close()


def _db_entry(back: Readback) -> Entry:
    return Entry(back.sha256, back.size)


def _manifest(
    db: DatabaseFacts, files: dict[str, Entry], photos_in: str, now: datetime, left_out: set[str]
) -> Manifest:
    counts = dict(db.counts)
    counts["photo_files"] = len(files) - (1 if DB_NAME in files else 0)
    counts["photo_files_missing"] = len(left_out)
    return Manifest(
        created_at=now,
        app_version=__version__,
        schema_revision=db.schema_revision,
        photos_in="folder" if photos_in == "folder" else "archive",
        files=files,
        counts=counts,
    )


def _info(name: str, now: datetime | None) -> zipfile.ZipInfo:
    moment = (now or datetime.now(UTC)).astimezone()
    info = zipfile.ZipInfo(name, date_time=moment.timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    return info


def _check_finished(partial: Path, manifest: Manifest, readbacks: dict[str, Readback]) -> None:
    """Re-open the finished file: its directory and manifest must be exactly what we verified."""
    try:
        with zipfile.ZipFile(partial) as zf:
            infos = zf.infolist()
            again = Manifest.from_json(zf.read(MANIFEST_NAME))
            sealed = seal.is_intact(partial, zf)
    except (zipfile.BadZipFile, KeyError, OSError) as e:
        raise BackupError(f"The backup did not read back as written ({e}); try again.") from None
    inside = {name for name in manifest.files if manifest.photos_in == "archive" or name == DB_NAME}
    names = [i.filename for i in infos]
    ok = sealed and again == manifest and sorted(names) == sorted([*inside, MANIFEST_NAME])
    for info in infos:
        if info.filename != MANIFEST_NAME and not _matches(info, readbacks, manifest):
            ok = False
    if not ok:
        raise BackupError("The backup did not read back as written; nothing was replaced.")


def _matches(info: zipfile.ZipInfo, readbacks: dict[str, Readback], manifest: Manifest) -> bool:
    back = readbacks.get(info.filename)
    entry = manifest.files.get(info.filename)
    return (
        back is not None
        and entry is not None
        and (back.header_offset, back.crc, back.size)
        == (info.header_offset, info.CRC, info.file_size)
        and back.sha256 == entry.sha256
    )


@contextmanager
def _partial(target: Path) -> Iterator[tuple[Path, io.BufferedRandom]]:
    """A temp file beside ``target``, locked while we write it; removed unless renamed."""
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{PARTIAL_SUFFIX}")
    fault_point("backup.partial.create")
    fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    raw = os.fdopen(fd, "w+b")
    try:
        if os.name == "posix":
            oslock.try_lock(raw.fileno())
        yield partial, raw
    finally:
        raw.close()
        partial.unlink(missing_ok=True)  # gone already when it was renamed into place


@contextmanager
def _work_dir(backup_dir: Path) -> Iterator[Path]:
    """A private folder for the database copy, locked while in use; a killed backup's is
    removed by the next one."""
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    for stale in backup_dir.glob(f"{WORK_PREFIX}*"):
        lock = stale / ".lock"
        if _abandoned(lock) if lock.exists() else _older_than(stale, 60):
            shutil.rmtree(stale, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=backup_dir))
    fd = os.open(work / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        oslock.try_lock(fd)
        yield work
    finally:
        os.close(fd)
        shutil.rmtree(work, ignore_errors=True)


def sweep_partials(folder: Path) -> int:
    """Remove temp archives left by killed backups (a live backup holds its file's lock)."""
    removed = 0
    for path in folder.glob(f".*{PARTIAL_SUFFIX}"):
        if _abandoned(path):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return datetime.now().timestamp() - path.stat().st_mtime > seconds
    except OSError:
        return False


def _abandoned(path: Path) -> bool:
    if os.name != "posix":  # pragma: no cover - no advisory lock to test: go by age
        return _older_than(path, 86400)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return oslock.try_lock(fd)
    finally:
        os.close(fd)
