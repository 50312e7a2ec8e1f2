"""Batched photo imports (issue 15): claims, the store's folders and the journal are fsynced
once per batch, not once per photo, and the batch boundary is honest: whatever the import
reported as saved survives a kill -9 at any moment after the report."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fork_server import ForkServer
from PIL import Image
from sqlalchemy import event
from test_photo_import_kill import WORKER, WORKER_MODULES, _env, verify

from needlejournal import faults
from needlejournal.journal import photo_import
from needlejournal.journal.api import Journal
from needlejournal.journal.photo_import import BATCH_MAX
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoDraft
from needlejournal.paths import resolve


def _photos(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        f = folder / f"p{i:02d}.jpg"
        Image.new("RGB", (64 + i, 48), (i * 9 % 256, 90, 200 - i)).save(f, quality=90)
        files.append(f)
    return files


def test_an_import_takes_claims_and_commits_once_per_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _photos(tmp_path / "in", 3 * BATCH_MAX)
    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        me = journal.ensure_self()
        library = PhotoLibrary(journal)
        commits: list[int] = []
        event.listen(journal.engine, "commit", lambda _conn: commits.append(1))
        log = tmp_path / "steps.log"
        monkeypatch.setenv("NEEDLEJOURNAL_FAULT_LOG", str(log))
        faults.reset_for_tests()
        reports: list[int] = []
        result = library.import_files(
            files, PhotoDraft(me.id), progress=lambda done, _n: reports.append(done)
        )
        monkeypatch.delenv("NEEDLEJOURNAL_FAULT_LOG")
        assert len(result.imported) == len(files)
        steps = [line.split()[1] for line in log.read_text().splitlines()]
        assert steps.count("photos.claim.create") == len(files)
        assert steps.count("photos.row.commit") == len(files)
        # Once per batch (a batch may close early on a slow file, never late): not per photo.
        claim_syncs = steps.count("photos.claim.fsync_dir")
        assert 3 <= claim_syncs <= len(files) // 2, steps
        assert 3 <= len(commits) <= len(files) // 2 + 1  # + the drafts' check
        assert reports == sorted(reports) and reports[-1] == len(files)
        assert len(reports) == claim_syncs  # progress is reported once per committed batch
        assert library.check() == []
    finally:
        journal.close()


def test_a_batch_into_a_new_store_syncs_each_photo_and_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each photo's copy and its shard folder are fsynced; the claims' folder and the new shard
    folders' parent once per batch. Before, each claim marker had an fsync of its own, and
    each new shard folder one of the store's root: 34 fsyncs for 8 photos in 2 batches, now 20."""
    files = _photos(tmp_path / "in", BATCH_MAX)
    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        me = journal.ensure_self()
        library = PhotoLibrary(journal)
        synced: list[int] = []
        fsync = os.fsync

        def counting(fd: int) -> None:
            synced.append(fd)
            fsync(fd)

        batches: list[int] = []
        monkeypatch.setattr(os, "fsync", counting)
        result = library.import_files(
            files, PhotoDraft(me.id), progress=lambda done, _n: batches.append(done)
        )
        monkeypatch.setattr(os, "fsync", fsync)
        assert len(result.imported) == len(files)
        assert len(synced) <= 2 * len(files) + 2 * len(batches), (len(synced), len(batches))
        assert library.check() == []
    finally:
        journal.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stored_shas(data: Path) -> set[str]:
    journal = Journal.open(resolve(data))
    try:
        library = PhotoLibrary(journal)
        return {p.sha256 for p in library.list_photos(journal.ensure_self().id)}
    finally:
        journal.close()


@pytest.mark.slow
def test_what_an_import_reported_saved_survives_a_kill_mid_batch(tmp_path: Path) -> None:
    files = _photos(tmp_path / "in", 3 * BATCH_MAX + 3)
    probe = subprocess.run(
        [sys.executable, str(WORKER), str(tmp_path / "probe"), "once", *map(str, files)],
        env=_env(NEEDLEJOURNAL_FAULT_LOG=str(tmp_path / "probe.log")),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    steps = len((tmp_path / "probe.log").read_text().splitlines())
    # Fault points on the worker threads interleave with the batch's own, so the k-th point
    # differs between runs: whatever it is, what was reported saved must be there after it.
    rng = random.Random(15)
    kills = sorted({*range(steps // 3, steps, steps // 6), *rng.sample(range(1, steps), 6)})
    reported_any = 0
    server = ForkServer(WORKER_MODULES, _env())  # the kills land in the import, not a start
    try:
        for k in kills:
            data = tmp_path / f"data-{k}"
            argv = [str(WORKER), str(data), "once", *map(str, files)]
            proc = server.run(argv, _env(NEEDLEJOURNAL_FAULT_AT=str(k)))
            assert proc.returncode in (0, -signal.SIGKILL), proc.stderr
            saved = [
                int(line.split()[1]) for line in proc.stdout.split("\n") if line.startswith("saved")
            ]
            reported = saved[-1] if saved else 0
            reported_any = max(reported_any, reported)
            verify(data)  # recovered: every row has its file, every stored file has its row
            stored = _stored_shas(data)
            assert {_sha(f) for f in files[:reported]} <= stored, f"lost a saved photo (kill {k})"
    finally:
        server.close()
    assert reported_any >= BATCH_MAX  # some kill came after a batch was reported saved


def test_a_batch_asks_for_its_rows_once_and_finds_a_file_it_holds_twice(tmp_path: Path) -> None:
    """One query for the rows already holding the batch's files, and the new rows flushed
    together (per row, the two were half of a batch's commit time); a file twice in the batch,
    or already in the journal, is a duplicate of that row, in order."""
    files = _photos(tmp_path / "in", 5)
    twice = tmp_path / "in" / "copy-of-p01.jpg"
    twice.write_bytes(files[1].read_bytes())
    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        me = journal.ensure_self()
        library = PhotoLibrary(journal)
        (earlier,) = library.import_files([files[4]], PhotoDraft(me.id)).imported
        statements: list[str] = []
        event.listen(
            journal.engine,
            "before_cursor_execute",
            lambda _c, _cur, sql, *_rest: statements.append(" ".join(sql.split())),
        )
        batch = [files[0], files[1], twice, files[2], files[3], files[4]]
        result = library.import_files(batch, PhotoDraft(me.id), threads=1)
        imported = result.imported
        assert [Path(p.file).name for p in imported] == [f.name for f in batch]
        assert [p.duplicate for p in imported] == [False, False, True, False, False, True]
        assert imported[2].id == imported[1].id and imported[5].id == earlier.id
        assert imported[2].existing is not None and imported[2].existing.photo.id == imported[1].id
        new_ids = [p.id for p in imported if not p.duplicate]
        assert new_ids == sorted(new_ids)  # rows made in the batch's order
        assert len(library.list_photos(me.id)) == 5
        # One per batch (the last files may make a second batch), not one per file.
        photo_queries = [q for q in statements if "FROM photo WHERE photo.sha256" in q]
        assert 1 <= len(photo_queries) <= 2, photo_queries
    finally:
        journal.close()


def test_the_last_files_are_not_waited_for_once_all_are_with_the_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once every file is with a worker, a batch takes what is ready instead of waiting for the
    files still being staged: the last batch, which nothing overlaps, stays small."""
    monkeypatch.setattr(photo_import, "BATCH_WAIT", 30.0)
    release = threading.Event()
    files = [Path("a"), Path("b"), Path("slow")]

    def stage(src: Path) -> Any:
        if src.name == "slow":
            release.wait(10)
        return src

    with ThreadPoolExecutor(max_workers=2) as pool:
        feed = photo_import.StagingFeed(pool, files, stage, None, threads=2)
        futures.wait([fut for _, fut in list(feed.in_flight)[:2]])
        threading.Timer(3.0, release.set).start()
        started = time.monotonic()
        staged, failed = feed.next_batch()
        waited = time.monotonic() - started
        release.set()
        assert [src for src, _ in staged] == [Path("a"), Path("b")] and failed == []
        assert waited < 2.0
        rest, _ = feed.next_batch()
        assert [src for src, _ in rest] == [Path("slow")] and not feed.in_flight
