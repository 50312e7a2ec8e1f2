"""The batch side of a photo import: files staged on worker threads, handed out in order in
batches, and the row each placed original gets.

A batch is what ``PhotoLibrary.import_files`` claims, places and commits together, so the
claims' folder, the store's shard folders and the journal are fsynced once per batch rather
than once per photo (on a 2-core machine the per-photo commit and fsyncs cost ~10 ms each on
the importing thread, a quarter of a 12 MP photo's whole import).
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.faults import fault_point
from needlejournal.journal.convert import photo as to_record
from needlejournal.journal.records import ImportedPhoto, KnownPhoto, PhotoDraft, RejectedFile
from needlejournal.photos.rejections import PhotoRejected
from needlejournal.photos.store import PhotoStore, StagedPhoto, StoredOriginal

BATCH_MAX = 8  # photos per commit
BATCH_WAIT = 0.25  # s: commit what is ready rather than wait longer for a slow file
Settling = tuple[Path, StoredOriginal, PhotoDraft]  # a placed, claimed original and its draft
Staged = tuple[Path, StagedPhoto]


class StagingFeed:
    """Files staged by ``work`` on ``pool``, in their order, with enough in flight to fill
    the next batch. After ``cancelled`` says so, files not yet started are dropped (the ones
    being staged finish and are kept)."""

    def __init__(
        self,
        pool: ThreadPoolExecutor,
        files: Sequence[Path],
        work: Callable[[Path], StagedPhoto],
        cancelled: Callable[[], bool] | None,
        threads: int,
    ) -> None:
        self._pool = pool
        self._pending = iter(files)
        self._work = work
        self._cancelled = cancelled
        self.in_flight: deque[tuple[Path, Future[StagedPhoto]]] = deque()
        self.stopped = False
        self._all_submitted = False
        self._threads = max(1, threads)
        self._submit(self._threads + BATCH_MAX)

    def _submit(self, n: int) -> None:
        for _ in range(n):
            src = next(self._pending, None)
            if src is None:
                self._all_submitted = True
                return
            self.in_flight.append((src, self._pool.submit(self._work, src)))

    def _check_cancel(self) -> None:
        if self.stopped or self._cancelled is None or not self._cancelled():
            return
        self.stopped = True
        self.in_flight = deque((src, fut) for src, fut in self.in_flight if not fut.cancel())

    def _last_files(self) -> bool:
        """Only the files the workers are staging now are left: the batch takes what is ready
        rather than wait for them, so the last batch (whose fsyncs and commit nothing else
        overlaps) is small."""
        return self._all_submitted and len(self.in_flight) <= self._threads

    def next_batch(self) -> tuple[list[Staged], list[RejectedFile]]:
        """The next files, staged, in order: up to ``BATCH_MAX``, and no more waiting for a
        slow one once the first has been ready ``BATCH_WAIT`` or every file has been handed to
        a worker. Rejections come separately."""
        staged: list[Staged] = []
        failed: list[RejectedFile] = []
        first_ready: float | None = None
        while self.in_flight and len(staged) < BATCH_MAX:
            self._check_cancel()
            if not self.in_flight:
                break
            src, fut = self.in_flight[0]
            waited = 0.0 if first_ready is None else time.monotonic() - first_ready
            if staged and not fut.done() and (waited >= BATCH_WAIT or self._last_files()):
                break
            self.in_flight.popleft()
            if not self.stopped:
                self._submit(1)
            try:
                staged.append((src, fut.result()))
            except PhotoRejected as e:
                failed.append(RejectedFile(str(src), e.code, e.message))
                continue
            if first_ready is None:
                first_ready = time.monotonic()
        return staged, failed

    def discard_rest(self, store: PhotoStore) -> None:
        """After the last batch, an error or an interruption: staged copies nobody will place
        are removed (none of them was placed or claimed)."""
        for _, fut in self.in_flight:
            fut.cancel()
        for _, fut in self.in_flight:
            try:
                staged = fut.result()
            except BaseException:
                continue
            store.discard(staged)
        self.in_flight.clear()


def insert_rows(s: Session, batch: Sequence[Settling]) -> list[ImportedPhoto]:
    """Insert the rows for a batch of durable originals (or find the client's row already
    there), in order: one query for the rows that hold the same files and one flush for the
    new ones (per row, they were half of a batch's commit time on the importing thread). A file
    twice in one batch finds the row made for its first copy."""
    same_file: dict[str, list[m.Photo]] = {stored.sha256: [] for _, stored, _ in batch}
    earlier = select(m.Photo).where(m.Photo.sha256.in_(same_file)).order_by(m.Photo.id)
    for row in s.scalars(earlier):
        same_file[row.sha256].append(row)
    planned: list[tuple[Path, m.Photo, bool, m.Photo | None]] = []  # src, row, duplicate, first
    for src, stored, draft in batch:
        rows = same_file[stored.sha256]
        mine = next((p for p in rows if p.client_id == draft.client_id), None)
        if mine is not None:
            planned.append((src, mine, True, None))
            continue
        row = _new_row(stored, src, draft)
        s.add(row)
        planned.append((src, row, False, rows[0] if rows else None))
        rows.append(row)
    s.flush()
    imported: list[ImportedPhoto] = []
    for src, row, duplicate, first in planned:
        if duplicate:
            imported.append(
                ImportedPhoto(row.id, str(src), row.sha256, True, existing=known(s, row))
            )
            continue
        fault_point("photos.row.commit")
        linked = known(s, first) if first is not None else None
        imported.append(ImportedPhoto(row.id, str(src), row.sha256, False, linked_to=linked))
    return imported


def _new_row(stored: StoredOriginal, src: Path, draft: PhotoDraft) -> m.Photo:
    facts = stored.facts
    capture = dict(draft.capture)
    if facts.camera and "camera" not in capture:
        capture["camera"] = facts.camera
    return m.Photo(
        client_id=draft.client_id,
        treatment_id=draft.treatment_id,
        role=draft.role,
        view=draft.view,
        taken_at=facts.taken_at or file_time(src),
        sha256=stored.sha256,
        media_type=facts.media_type,
        width=facts.width,
        height=facts.height,
        bytes=stored.size,
        original_name=src.name[:500],
        capture=capture,
        note=draft.note,
    )


def known(s: Session, row: m.Photo) -> KnownPhoto:
    client = s.get(m.Client, row.client_id)
    return KnownPhoto(to_record(row), client.name if client is not None else "")


def file_time(src: Path) -> datetime:
    try:
        return datetime.fromtimestamp(os.stat(src).st_mtime, UTC)
    except OSError:
        return datetime.now(UTC)
