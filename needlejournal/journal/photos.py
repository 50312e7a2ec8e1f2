"""Photo use-cases: import into the store and the journal, list, edit, delete/undo, check.

The order of an import is the promise of RELIABILITY.md: the original is made durable in the
content-addressed store first (``PhotoStore.ingest``, under a claim locked by this process),
and only then is its row inserted and committed and the claim released. A crash in between
leaves a dead claim that the next start's ``recover`` rolls back: never a row without its
file, nor a stored photo without its row.

``PhotoLibrary`` is the facade every front end uses; its integrity side (check, recover,
repair) lives in ``photo_integrity``, the draft checks in ``photo_records``, the row → record
conversion in ``convert``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import audit, convert
from needlejournal.journal.api import Journal
from needlejournal.journal.check import Problem
from needlejournal.journal.convert import photo as to_record
from needlejournal.journal.errors import ImportInterrupted, InvalidInput, JournalError
from needlejournal.journal.photo_import import Settling, StagingFeed, insert_rows
from needlejournal.journal.photo_integrity import check_photos, recover_imports, repair_photos
from needlejournal.journal.photo_records import apply_edit, draft_problems
from needlejournal.journal.records import (
    ImportedPhoto,
    ImportResult,
    PhotoDraft,
    PhotoEdit,
    PhotoRecord,
    RejectedFile,
)
from needlejournal.journal.rows import existing
from needlejournal.journal.store_refs import is_referenced, referenced_among
from needlejournal.photos.rejections import PhotoRejected
from needlejournal.photos.store import Claim, PhotoStore, StagedPhoto, StoredOriginal
from needlejournal.photos.thumbnails import ThumbnailCache
from needlejournal.photos.verified import VERIFIED_FILE, VerifiedStamps
from needlejournal.words import count

THUMB_SIZE = 256
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DeletedPhoto:
    """Everything needed to undo a delete within the app session."""

    record: PhotoRecord


class PhotoLibrary:
    """The photo side of one open journal: store, thumbnails, rows."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.store = PhotoStore(journal.paths.photo_dir)
        self.thumbnails = ThumbnailCache(journal.paths.thumbnail_dir)
        # Originals of photos deleted in this app session, kept (claimed) for undo until purge.
        self._deleted: dict[str, list[Claim]] = {}

    # ---- import ------------------------------------------------------------------------

    def validate(self, draft: PhotoDraft) -> None:
        problems = self.journal.run(lambda s: draft_problems(s, draft))
        if problems:
            raise InvalidInput(problems)

    def _settle(self, batch: Sequence[Settling]) -> list[ImportedPhoto]:
        """Commit the rows of a batch of claimed originals in one unit of work, then release
        their claims; if the commit fails, every original of the batch is rolled back."""

        try:
            imported = self.journal.run(lambda s: insert_rows(s, batch)) if batch else []
        except BaseException:
            # Last first: a duplicate later in the batch holds a claim on the same bytes.
            for _, stored, _ in reversed(batch):
                self._roll_back(stored)
            raise
        for _, stored, _ in batch:
            self.store.release(stored.claim)
        return imported

    def _roll_back(self, stored: StoredOriginal) -> None:
        """Undo the placement of an original whose row did not commit.

        The claim is released only once the original is gone: if the journal cannot be
        asked (a clinic server that stopped), the claim is abandoned instead, and the next
        start's ``recover`` removes the original unless a row refers to it by then.
        """
        if stored.already_stored:
            self.store.release(stored.claim)
            return
        sha = stored.sha256
        own = [stored.claim.marker] if stored.claim is not None else []
        try:
            referenced = self.journal.run(lambda s: is_referenced(s, sha))
            if not referenced:
                self.store.remove(sha, ignore=own)
                self.thumbnails.drop(sha)
        except Exception:
            self.store.abandon(stored.claim)
            return
        self.store.release(stored.claim)

    def import_one(self, src: Path, draft: PhotoDraft) -> ImportedPhoto:
        """Import one file; raises ``PhotoRejected`` (one sentence) or ``InvalidInput``."""
        self.validate(draft)
        (placed,) = self._place([self._stage_with_thumb(src)])
        if isinstance(placed, PhotoRejected):
            raise placed
        return self._settle([(src, placed, draft)])[0]

    def import_files(
        self,
        files: Sequence[Path],
        draft: PhotoDraft,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        threads: int = 2,
        per_file: Mapping[Path, PhotoDraft] | None = None,
    ) -> ImportResult:
        """Import many files: copying, hashing and decoding on ``threads`` workers; placing
        and committing on this thread, in batches.

        A batch (up to ``photo_import.BATCH_MAX`` photos, or what was ready after ``BATCH_WAIT``;
        see ``StagingFeed``) takes
        its claims, places its originals and commits its rows together, so the fsyncs of the
        claims, of the store's folders and of the journal are paid once per batch. Progress
        is reported after each batch's commit: what it counts as done is saved, and a kill
        before the commit leaves only dead claims, which the next start's ``recover`` rolls
        back. Cancelling keeps what was committed and the files already being staged; files
        not yet started are left alone.
        ``per_file``: a file's own draft (its role and view), else ``draft``; every draft is
        checked before the first file is touched.
        """
        own = dict(per_file or {})
        checked: list[PhotoDraft] = []
        for each in (draft, *own.values()):
            if each not in checked:  # drafts hold a dict (capture): equal, not hashable
                self.validate(each)
                checked.append(each)
        imported: list[ImportedPhoto] = []
        rejected: list[RejectedFile] = []
        done = 0
        with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
            feed = StagingFeed(pool, files, self._stage_with_thumb, cancelled, threads)
            try:
                while feed.in_flight:
                    staged, failed = feed.next_batch()
                    rejected += failed
                    ready: list[Settling] = []
                    placed = self._place([each for _, each in staged])
                    for (src, _), result in zip(staged, placed, strict=True):
                        if isinstance(result, PhotoRejected):
                            rejected.append(RejectedFile(str(src), result.code, result.message))
                        else:
                            ready.append((src, result, own.get(src, draft)))
                    try:
                        imported += self._settle(ready)
                    except (JournalError, DBAPIError) as e:
                        raise _interrupted(e, imported) from None
                    done += len(staged) + len(failed)
                    if progress is not None:
                        progress(done, len(files))
            finally:
                feed.discard_rest(self.store)
        return ImportResult(tuple(imported), tuple(rejected), cancelled=feed.stopped)

    def _place(self, staged: Sequence[StagedPhoto]) -> list[StoredOriginal | PhotoRejected]:
        placed = self.store.place_all(staged, claim=True)
        for result, each in zip(placed, staged, strict=True):
            if isinstance(result, PhotoRejected):
                self.thumbnails.drop(each.sha256)  # made before the placement failed
        return placed

    def _stage_with_thumb(self, src: Path) -> StagedPhoto:
        staged = self.store.stage_photo(src, preview_size=THUMB_SIZE)
        preview = staged.inspection.preview
        if preview is not None:
            # A thumbnail is only a cache: if it cannot be written it is rebuilt when shown.
            with contextlib.suppress(OSError):
                self.thumbnails.put(staged.sha256, THUMB_SIZE, preview)
        return staged

    # ---- reading and editing -----------------------------------------------------------

    def list_photos(
        self,
        client_id: int,
        *,
        treatment_id: int | None = None,
        view: str | None = None,
        role: str | None = None,
        viewed: bool = False,
    ) -> list[PhotoRecord]:
        """The client's photos, oldest first; ``viewed``: a person is about to look at them
        (the gallery, ``photo list``), which the audit trail records in the same unit."""

        def use_case(s: Session) -> list[PhotoRecord]:
            if viewed and self.journal.read_only is None:
                audit.record(s, audit.Action.VIEWED_PHOTOS, client_id=client_id)
            stmt = select(*convert.PHOTO_COLUMNS).where(m.Photo.client_id == client_id)
            if treatment_id is not None:
                stmt = stmt.where(m.Photo.treatment_id == treatment_id)
            if view is not None:
                stmt = stmt.where(m.Photo.view == view)
            if role is not None:
                stmt = stmt.where(m.Photo.role == role)
            stmt = stmt.order_by(m.Photo.taken_at, m.Photo.id)
            return [convert.photo_from_row(row) for row in s.execute(stmt)]

        return self.journal.run(use_case)

    def get(self, photo_id: int) -> PhotoRecord:
        def use_case(s: Session) -> PhotoRecord:
            p = existing(s, m.Photo, photo_id, "photo")
            return to_record(p)

        return self.journal.run(use_case)

    def original_path(self, photo: PhotoRecord) -> Path:
        return self.store.path_for(photo.sha256, photo.media_type)

    def thumbnail_path(self, photo: PhotoRecord, size: int = THUMB_SIZE) -> Path:
        """The cached thumbnail, made now if missing (call off the GUI thread)."""
        return self.thumbnails.get_or_make(photo.sha256, self.original_path(photo), size)

    def update(self, edit: PhotoEdit) -> PhotoRecord:
        """Save a photo's details; ``Conflict`` (with the stored photo) if it changed since
        ``edit`` was read."""
        return self.journal.run_edit(lambda s: apply_edit(s, edit), m.Photo, edit.id, "photo")

    def update_all(self, edits: Sequence[PhotoEdit]) -> list[PhotoRecord]:
        """Save several photos' details in one unit of work: all of them, or none."""
        return self.journal.run(lambda s: [apply_edit(s, e) for e in edits])

    def delete(self, photo_id: int) -> DeletedPhoto:
        """Remove the row; the original stays until ``purge`` so the delete can be undone.

        The original is claimed before the row goes: if the app dies before ``purge``, the
        next start's ``recover`` removes it, so no stored photo is left without a row.
        """
        photo = self.get(photo_id)
        claim = self.store.claim(photo.sha256)

        def use_case(s: Session) -> DeletedPhoto:
            p = existing(s, m.Photo, photo_id, "photo")
            record = to_record(p)
            s.delete(p)
            return DeletedPhoto(record)

        try:
            deleted = self.journal.run(use_case)
        except BaseException:
            self.store.release(claim)
            raise
        self._deleted.setdefault(photo.sha256, []).append(claim)
        return deleted

    def undo_delete(self, deleted: DeletedPhoto) -> PhotoRecord:
        r = deleted.record

        def use_case(s: Session) -> PhotoRecord:
            treatment_id = r.treatment_id
            if treatment_id is not None and s.get(m.Treatment, treatment_id) is None:
                treatment_id = None
            row = m.Photo(
                client_id=r.client_id,
                treatment_id=treatment_id,
                role=r.role if treatment_id is not None else "progress",
                view=r.view,
                taken_at=r.taken_at,
                sha256=r.sha256,
                media_type=r.media_type,
                width=r.width,
                height=r.height,
                bytes=r.bytes,
                original_name=r.original_name,
                capture=dict(r.capture),
                landmarks=dict(r.landmarks) if r.landmarks else None,
                note=r.note,
            )
            s.add(row)
            s.flush()
            return to_record(row)

        restored = self.journal.run(use_case)
        claims = self._deleted.get(r.sha256)
        if claims:
            self.store.release(claims.pop())
        return restored

    def purge(self, sha256s: Iterable[str]) -> int:
        """Delete originals and thumbnails that no row refers to any more."""
        wanted = set(sha256s)
        if not wanted:
            return 0
        still = self.journal.run(lambda s: referenced_among(s, wanted))
        removed = 0
        for sha in wanted:
            claims = self._deleted.pop(sha, [])
            if sha not in still:
                # Our own claims are released only after the file is gone: a kill in between
                # leaves a dead claim that the next start's ``recover`` completes.
                removed += self.store.remove(sha, ignore=[c.marker for c in claims])
                self.thumbnails.drop(sha)
            for claim in claims:
                self.store.release(claim)
        return removed

    # ---- integrity ---------------------------------------------------------------------

    def check(self, *, verify_hashes: bool = True, full: bool = True) -> list[Problem]:
        """Rows without a (matching) file, and stored files that no row knows.

        ``full=False``: files unchanged since their hash last matched are not read again
        (``photos.verified``); a full check re-hashes every original.
        """
        stamps = VerifiedStamps(self.journal.paths.cache_dir / VERIFIED_FILE)
        if full:
            stamps.keep_only(set())  # forget every stamp: all are hashed, and recorded anew
        return check_photos(self.journal, self.store, verify_hashes=verify_hashes, stamps=stamps)

    def recover(self) -> int:
        """Roll back imports interrupted by a crash (run at start; safe beside other imports)."""
        return recover_imports(self.journal, self.store)

    def relink_from(self, folder: Path) -> list[str]:
        """Put back missing originals found (by their hash) in ``folder``."""
        from needlejournal.journal.photo_relink import relink_from

        return relink_from(self.journal, self.store, folder)

    def repair(self) -> list[str]:
        """Quarantine orphans (never delete) and sweep the staging folder; say what was done.

        Runs with the journal lock held exclusively: no import is placing files meanwhile.
        """
        with self.journal.exclusive():
            return repair_photos(self.journal, self.store)


def _interrupted(error: Exception, imported: list[ImportedPhoto]) -> ImportInterrupted:
    reason = str(error) if isinstance(error, JournalError) else f"{error.__class__.__name__}."
    if imported:
        ids = ", ".join(str(p.id) for p in imported)
        done = f"{count(len(imported), 'photo')} imported before it stopped (ids {ids})"
    else:
        done = "no photo was imported"
    return ImportInterrupted(f"{reason.rstrip('.')}; {done}.", tuple(imported))
