"""Backup throughput against Python's zipfile on the same files, and an incremental backup.

Figures (issue 8): ``backup FILE.zip`` of 1,000 × 3 MB photos vs a floor measured in the same
run — ``zipfile`` ``ZIP_STORED`` of the same stored files in 1 MB pieces plus one fsync (a
backup that is not on disk is not one; ``ZipFile.write`` as it is, 8 kB pieces, is slower and
reported too); goal ≥ 0.8 × the floor's speed. Ours also copies the database with the
online backup API, re-reads and hashes every member, seals and re-opens the archive. And an
automatic backup with nothing new (photos shared by hash in the folder, a year of archives
already there, so rotation reads every manifest): goal ≤ 2 s at 10,000 photos, with its curve
at 100 / 1,000 / 10,000. Rounds interleave floor and figure; medians and
ranges are printed.

Photos are random bytes with a JPEG header (the store is content-addressed, so every photo must
differ; nothing here decodes them). Data dirs are built once and cached under the bench cache.

Run: ``python -m benchmarks --only backup`` (≈ 3 GB of photos; ``--quick``: 100 photos).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import cache_root

PHOTO_BYTES = 3 * 1024 * 1024
SMALL_BYTES = 2048
HISTORY = 22  # older archives in the automatic backup folder
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def _data_dir(count: int, size: int) -> Path:
    """A journal with one client and ``count`` photo rows whose files are in the store."""
    from needlejournal.db import models as m
    from needlejournal.journal.api import Journal
    from needlejournal.journal.records import ClientDraft
    from needlejournal.paths import resolve

    target = cache_root() / f"backup-{count}x{size}"
    if (target / "ready").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    paths = resolve(target)
    journal = Journal.open(paths)
    try:
        client = journal.save_client(ClientDraft(name="Bench"))
        rows = []
        taken = datetime(2026, 1, 1, tzinfo=UTC)
        for i in range(count):
            data = JPEG_HEAD + os.urandom(size - len(JPEG_HEAD))
            sha = hashlib.sha256(data).hexdigest()
            path = paths.photo_dir / sha[:2] / f"{sha}.jpg"
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            path.write_bytes(data)
            rows.append(
                m.Photo(
                    client_id=client.id,
                    role="progress",
                    taken_at=taken + timedelta(i),
                    sha256=sha,
                    media_type="image/jpeg",
                    width=4032,
                    height=3024,
                    bytes=size,
                )
            )
        journal.run(lambda s: s.add_all(rows))
    finally:
        journal.close()
    (target / "ready").write_text("ok")
    return target


def _zipfile_floor(photo_dir: Path, out: Path, *, chunk: int | None = 1024 * 1024) -> None:
    """``ZIP_STORED`` of the store's files, then fsync. ``chunk=None``: ``ZipFile.write`` as
    it is (it copies in 8 kB pieces); the floor copies in 1 MB pieces, as the backup does."""
    with open(out, "wb") as raw:
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
            for path in sorted(photo_dir.glob("??/*.jpg")):
                name = f"photos/{path.parent.name}/{path.name}"
                if chunk is None:
                    zf.write(path, name)
                    continue
                info = zipfile.ZipInfo(name)
                info.file_size = path.stat().st_size
                with path.open("rb") as src, zf.open(info, "w") as dst:
                    shutil.copyfileobj(src, dst, chunk)
        raw.flush()
        os.fsync(raw.fileno())


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _summary(samples: list[float]) -> dict[str, float]:
    return {
        "median_s": round(statistics.median(samples), 3),
        "min_s": round(min(samples), 3),
        "max_s": round(max(samples), 3),
    }


def bench_full(count: int, rounds: int) -> dict[str, Any]:
    from needlejournal.backup.archive import write_backup
    from needlejournal.paths import resolve

    data = _data_dir(count, PHOTO_BYTES)
    paths = resolve(data)
    work = Path(tempfile.mkdtemp(prefix="nj-bench-backup-", dir=cache_root()))
    floor: list[float] = []
    plain: list[float] = []
    ours: list[float] = []
    try:
        for _ in range(rounds):
            floor.append(_timed(lambda: _zipfile_floor(paths.photo_dir, work / "floor.zip")))
            (work / "floor.zip").unlink()
            plain.append(
                _timed(lambda: _zipfile_floor(paths.photo_dir, work / "plain.zip", chunk=None))
            )
            (work / "plain.zip").unlink()
            ours.append(_timed(lambda: write_backup(paths, work / "ours.zip")))
            (work / "ours.zip").unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    speed = [f / o for f, o in zip(floor, ours, strict=True)]
    gb = count * PHOTO_BYTES / 1e9
    return {
        "photos": count,
        "gigabytes": round(gb, 2),
        "floor_zipfile_stored_1mb_chunks_fsync": _summary(floor),
        "zipfile_write_as_is_fsync": _summary(plain),
        "backup": _summary(ours),
        "speed_vs_floor": round(statistics.median(floor) / statistics.median(ours), 2),
        "speed_vs_floor_rounds": [round(min(speed), 2), round(max(speed), 2)],
        "speed_vs_zipfile_write_as_is": round(
            statistics.median(plain) / statistics.median(ours), 2
        ),
        "backup_mb_per_s": round(gb * 1000 / statistics.median(ours), 1),
        "goal": ">= 0.8x floor",
    }


def bench_incremental(counts: list[int], rounds: int) -> dict[str, Any]:
    from needlejournal.backup.auto import auto_backup, list_archives
    from needlejournal.paths import resolve

    curve = {}
    for count in counts:
        paths = resolve(_data_dir(count, SMALL_BYTES))
        folder = Path(tempfile.mkdtemp(prefix="nj-bench-auto-", dir=cache_root()))
        try:
            start = datetime(2026, 12, 1, tzinfo=UTC)
            first = auto_backup(paths, folder, now=start)  # copies every photo once
            assert first.photos_copied == count
            # A year of history as rotation keeps it (dailies, weeklies, monthlies): copies of
            # the first archive under older names, so every round reads ~20 manifests.
            for i in range(1, HISTORY + 1):
                older = start - timedelta(days=i * 16)
                shutil.copyfile(
                    first.backup.path, folder / f"needlejournal-{older:%Y%m%dT%H%M%SZ}.zip"
                )
            samples = []
            for i in range(1, rounds + 1):
                moment = start + timedelta(days=i)
                began = time.perf_counter()
                auto_backup(paths, folder, now=moment)
                samples.append(time.perf_counter() - began)
            curve[str(count)] = _summary(samples) | {"archives_kept": len(list_archives(folder))}
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return {"nothing_new": curve, "goal": "<= 2 s at 10,000 photos"}


def run(quick: bool = False) -> dict[str, Any]:
    rounds = 3
    return {
        "full": bench_full(100 if quick else 1000, rounds),
        "incremental": bench_incremental([100, 1000] if quick else [100, 1000, 10000], rounds),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
