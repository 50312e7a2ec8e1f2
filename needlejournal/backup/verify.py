"""Reading a backup archive with suspicion: refuse anything damaged, truncated or foreign.

Every check runs before anything live is touched (RELIABILITY.md promise 5). The zip's
directory must hold exactly the manifest and the files it lists, each name matching a strict
pattern (no ``../x``, no absolute paths, no duplicates, no encryption); sizes are the
manifest's, and reading stops at the declared size, so a member that inflates beyond it (a zip
bomb) cannot fill the disk. Every file is read in full and its SHA-256 compared, while being
copied to wherever restore stages it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from needlejournal.backup import seal
from needlejournal.backup.errors import ArchiveRefused
from needlejournal.backup.manifest import (
    DB_NAME,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Entry,
    Manifest,
    check_name,
)
from needlejournal.backup.progress import Meter
from needlejournal.faults import fault_point

CHUNK = 1024 * 1024
SPARE_BYTES = 64 * 1024 * 1024  # room a restore leaves free on the disk
# Everything zipfile (and zlib under it) raises on a malformed or truncated archive.
_MALFORMED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    struct.error,
    ValueError,
    NotImplementedError,
    RuntimeError,
    KeyError,
)
_MALFORMED_OR_IO = (*_MALFORMED, OSError)

# Where a verified file goes: a path to write it to (staging), or None to check it only.
Destination = Callable[[str, Entry], Path | None]


def _damaged(path: Path) -> ArchiveRefused:
    return ArchiveRefused(
        f"The backup {path.name} is damaged or incomplete (cut short, or changed since it was "
        "written); nothing was changed."
    )


@contextmanager
def open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, Manifest]]:
    """The open archive and its validated manifest; refuses before yielding anything bad."""
    if not path.is_file():
        raise ArchiveRefused(f"There is no backup file {path}.")
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ArchiveRefused(
            f"{path.name} is not a NeedleJournal backup (not a zip archive, or cut short); "
            "nothing was changed."
        ) from None
    except _MALFORMED_OR_IO:
        raise _damaged(path) from None
    with zf:
        manifest = _manifest_of(zf, path)
        if not seal.is_intact(path, zf):
            raise _damaged(path)
        yield zf, manifest


def _manifest_of(zf: zipfile.ZipFile, path: Path) -> Manifest:
    infos = zf.infolist()
    names = [i.filename for i in infos]
    if MANIFEST_NAME not in names:
        raise ArchiveRefused(
            f"{path.name} is not a NeedleJournal backup (it has no manifest); nothing was changed."
        )
    if len(set(names)) != len(names):
        raise ArchiveRefused(f"{path.name} holds a file twice; nothing was changed.")
    for info in infos:
        if info.flag_bits & 0x1:
            raise ArchiveRefused(f"{path.name} is encrypted; NeedleJournal backups never are.")
        if info.filename != MANIFEST_NAME:
            check_name(info.filename)
    info = zf.getinfo(MANIFEST_NAME)
    if info.file_size > MAX_MANIFEST_BYTES:
        raise ArchiveRefused(f"{path.name} is not a NeedleJournal backup; nothing was changed.")
    try:
        with zf.open(info) as f:
            raw = f.read(MAX_MANIFEST_BYTES + 1)
    except _MALFORMED_OR_IO:
        raise _damaged(path) from None
    manifest = Manifest.from_json(raw)
    inside = {n for n in manifest.files if manifest.photos_in == "archive" or n == DB_NAME}
    if set(names) != inside | {MANIFEST_NAME}:
        raise ArchiveRefused(
            f"{path.name} does not hold the files its manifest lists; it is damaged or was "
            "changed. Nothing was changed."
        )
    for name in inside:
        if zf.getinfo(name).file_size != manifest.files[name].size:
            raise _damaged(path)
    return manifest


def photo_folder(archive: Path) -> Path:
    """Where an automatic backup's photos live: the shared folder beside its archives."""
    return archive.parent


def check_space(manifest: Manifest, folder: Path, skip: Callable[[str, Entry], bool]) -> None:
    need = sum(e.size for n, e in manifest.files.items() if not skip(n, e)) + SPARE_BYTES
    free = shutil.disk_usage(folder).free
    if need > free:
        raise ArchiveRefused(
            f"Restoring needs {need / 1e9:.1f} GB free on the disk of {folder}, but only "
            f"{free / 1e9:.1f} GB is free; nothing was changed."
        )


def verify_files(
    zf: zipfile.ZipFile,
    manifest: Manifest,
    archive: Path,
    meter: Meter,
    destination: Destination | None = None,
) -> None:
    """Read every file the manifest lists, compare its SHA-256, and copy it if asked."""
    names = sorted(manifest.files, key=lambda n: (n != DB_NAME, n))
    for index, name in enumerate(names, 1):
        meter.stage(f"Checking file {index} of {len(names)}")
        entry = manifest.files[name]
        target = destination(name, entry) if destination is not None else None
        try:
            with _source(zf, manifest, archive, name) as src:
                _copy_checked(src, entry, target, meter, archive, name)
        except ArchiveRefused:
            raise
        except FileNotFoundError:
            raise ArchiveRefused(
                f"The backup {archive.name} is incomplete: {name} is missing from its folder; "
                "nothing was changed."
            ) from None
        except _MALFORMED:
            raise _damaged(archive) from None


@contextmanager
def _source(
    zf: zipfile.ZipFile, manifest: Manifest, archive: Path, name: str
) -> Iterator[BinaryIO]:
    if manifest.photos_in == "archive" or name == DB_NAME:
        with zf.open(name) as member:
            yield member  # type: ignore[misc]
    else:
        with (photo_folder(archive) / name).open("rb") as f:
            yield f


def _copy_checked(
    src: BinaryIO, entry: Entry, target: Path | None, meter: Meter, archive: Path, name: str
) -> None:
    hasher = hashlib.sha256()
    size = 0
    out = None
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        out = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600
        )
    try:
        while True:
            chunk = src.read(min(CHUNK, entry.size + 1 - size))  # never past the declared size
            if not chunk:
                break
            size += len(chunk)
            if size > entry.size:
                break
            hasher.update(chunk)
            if out is not None:
                fault_point("restore.extract")
                _write_all(out, chunk)
            meter.add(len(chunk))
            meter.check("The restore")
        if size != entry.size or hasher.hexdigest() != entry.sha256:
            raise ArchiveRefused(
                f"The backup {archive.name} is damaged: {name} does not match its checksum; "
                "nothing was changed."
            )
        if out is not None:
            os.fsync(out)
    finally:
        if out is not None:
            os.close(out)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
