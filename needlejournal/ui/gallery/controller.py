"""Photo operations for the window: reads and edits on the journal lane, imports on their own.

Reads, edits, deletes and undo go through the window's journal lane (one writer at a time). An
import can take minutes, so it runs on a lane of its own and the journal lane stays free for
saves; each imported photo is its own short transaction, so the two lanes only ever wait on each
other for one row. Deleted originals are kept until the window closes (undo), then purged.
Errors go to the lanes' one handler (the window's ``show_error``) unless a caller shows them
inline (a form's problem list).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from needlejournal.ui.ops import Lane, Op, OpContext, inline, spare_cores

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.errors import Conflict
    from needlejournal.journal.photos import DeletedPhoto, PhotoLibrary
    from needlejournal.journal.records import ImportResult, PhotoDraft, PhotoEdit, PhotoRecord

Problems = Callable[[list[str]], None]
T = TypeVar("T")


def import_threads() -> int:
    """The window's import decodes on the cores the GUI thread leaves (at most the library's
    two). Measured, 200 photos on 2 cores: two decoders, 2.6 s and the GUI thread's p99 frame
    15-17 ms (20 frames over 16 ms); one, 4.4-4.8 s and 4.5 ms. A steady window while the
    progress runs is worth the slower batch; the CLI, with no window to keep, keeps two."""
    return min(2, spare_cores())


class GalleryController(QObject):
    library_ready = Signal()
    photos_loaded = Signal(int, object)  # client id, list[PhotoRecord]
    photo_changed = Signal(object)  # PhotoRecord
    photo_deleted = Signal(object)  # DeletedPhoto
    photo_restored = Signal(object)  # PhotoRecord
    imported = Signal(int, object)  # client id, ImportResult
    undo_available = Signal(bool)

    def __init__(
        self, journal_lane: Lane, import_lane: Lane, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.lane = journal_lane
        self.import_lane = import_lane
        self.library: PhotoLibrary | None = None
        self.undo_stack: list[DeletedPhoto] = []
        self.deleted_shas: set[str] = set()
        self.job: Op[ImportResult] | None = None  # the running import, if any

    def attach(self, journal: Journal) -> None:
        def make() -> PhotoLibrary:
            from needlejournal.journal.photos import PhotoLibrary

            library = PhotoLibrary(journal)
            # Roll back imports a crash interrupted (safe beside a CLI import: it only touches
            # claims whose process is gone), so no stored photo is left without its row.
            library.recover()
            return library

        self.lane.run(make, self._library_made)

    def _library_made(self, library: PhotoLibrary) -> None:
        self.library = library
        self.library_ready.emit()

    def _on_library(
        self,
        fn: Callable[[PhotoLibrary], T],
        done: Callable[[T], None] | None = None,
        problems: Problems | None = None,
    ) -> None:
        """``fn(library)`` on the journal lane (nothing before the library is ready)."""
        lib = self.library
        if lib is not None:
            failed = inline(problems)
            self.lane.run(lambda: fn(lib), done, failed)

    # ---- reads and edits (journal lane) -------------------------------------------------

    def load(self, client_id: int) -> None:
        self._on_library(
            lambda lib: lib.list_photos(client_id, viewed=True),
            lambda ps: self.photos_loaded.emit(client_id, ps),
        )

    def update(
        self,
        edit: PhotoEdit,
        saved: Callable[[PhotoRecord], None] | None = None,
        problems: Problems | None = None,
        conflicted: Callable[[Conflict], None] | None = None,
    ) -> None:
        """Save a photo's details; a stale edit (changed at another seat) is refused, and
        handed to ``conflicted`` (the conflict dialog) when given."""
        from needlejournal.ui.controller import resolvable

        def done(photo: PhotoRecord) -> None:
            self.photo_changed.emit(photo)
            if saved is not None:
                saved(photo)

        lib = self.library
        if lib is not None:
            work, finish = resolvable(lambda: lib.update(edit), done, conflicted)
            failed = inline(problems)
            self.lane.run(work, finish, failed)

    def delete(self, photo_ids: Sequence[int]) -> None:
        ids = list(photo_ids)

        def done(deleted: list[DeletedPhoto]) -> None:
            for d in deleted:
                self.undo_stack.append(d)
                self.deleted_shas.add(d.record.sha256)
                self.photo_deleted.emit(d)
            self.undo_available.emit(bool(self.undo_stack))

        self._on_library(lambda lib: [lib.delete(i) for i in ids], done)

    def undo_delete(self) -> None:
        if not self.undo_stack:
            return
        deleted = self.undo_stack.pop()
        self.undo_available.emit(bool(self.undo_stack))

        def done(photo: PhotoRecord) -> None:
            self.photo_restored.emit(photo)

        def failed(_message: str) -> None:
            self.undo_stack.append(deleted)  # still deleted: it can be tried again
            self.undo_available.emit(True)

        lib = self.library
        if lib is not None:
            op = Op.call(lambda: lib.undo_delete(deleted)).success(done)
            op.failure(failed, report=True).run_in(self.lane)

    def purge_deleted(self) -> None:
        """On close: remove originals of photos deleted (and not undone) in this app session."""
        lib, shas = self.library, set(self.deleted_shas)
        if lib is None or not shas:
            return
        self.deleted_shas.clear()
        self.undo_stack.clear()
        self.lane.run(lambda: lib.purge(shas))

    # ---- import (its own lane) ----------------------------------------------------------

    def start_import(
        self,
        files: Sequence[Path],
        draft: PhotoDraft,
        per_file: Mapping[Path, PhotoDraft] | None = None,
        *,
        start: bool = True,
    ) -> Op[ImportResult] | None:
        """``PhotoLibrary.import_files`` with progress; cancel keeps what was imported.

        ``start=False``: prepared (it counts as the running import) and started by
        ``run_import``, e.g. once its progress is on screen."""
        lib = self.library
        if lib is None or self.job is not None:
            return None
        paths = list(files)

        def work(context: OpContext) -> ImportResult:
            return lib.import_files(
                paths,
                draft,
                progress=context.progress,
                cancelled=context.cancelled,
                per_file=per_file,
                threads=import_threads(),
            )

        def settled(*_: object) -> None:
            self.job = None

        job = Op(work).success(settled).success(lambda r: self.imported.emit(draft.client_id, r))
        job.failure(settled, report=True)
        self.job = job
        if start:
            job.run_in(self.import_lane)
        return job

    def run_import(self, job: Op[ImportResult]) -> None:
        """Start the import ``start_import`` prepared, unless the window has let it go."""
        if job is self.job and not job.cancelled:
            job.run_in(self.import_lane)

    def shutdown(self) -> None:
        """Window closing: stop an import cleanly (what is done stays), then purge."""
        if self.job is not None:
            self.job.cancel()
        self.import_lane.wait()
        self.purge_deleted()
