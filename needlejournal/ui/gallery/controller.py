"""Photo operations for the window: reads and edits on the journal lane, imports on their own.

Reads, edits, deletes and undo go through the window's single ``TaskRunner`` (one writer at a
time). An import can take minutes, so it runs on a lane of its own (``ImportJob``) and the
journal lane stays free for saves; each imported photo is its own short transaction, so the two
lanes only ever wait on each other for one row. Deleted originals are kept until the window
closes (undo), then purged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from needlejournal.ui.tasks import TaskRunner, user_message

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.photos import DeletedPhoto, PhotoLibrary
    from needlejournal.journal.records import ImportResult, PhotoDraft, PhotoEdit, PhotoRecord

Problems = Callable[[list[str]], None]


class _ImportSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # ImportResult
    failed = Signal(str)


class ImportJob(QRunnable):
    """``PhotoLibrary.import_files`` on a worker; cooperative cancel keeps what was imported."""

    def __init__(self, library: PhotoLibrary, files: Sequence[Path], draft: PhotoDraft) -> None:
        super().__init__()
        self.library = library
        self.files = list(files)
        self.draft = draft
        self.signals = _ImportSignals()  # made on the GUI thread: its signals queue back there
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.library.import_files(
                self.files,
                self.draft,
                progress=self.signals.progressed.emit,
                cancelled=self._cancel.is_set,
            )
        except Exception as e:
            self.signals.failed.emit(user_message(e))
        else:
            self.signals.finished.emit(result)


class GalleryController(QObject):
    library_ready = Signal()
    photos_loaded = Signal(int, object)  # client id, list[PhotoRecord]
    photo_changed = Signal(object)  # PhotoRecord
    photo_deleted = Signal(object)  # DeletedPhoto
    photo_restored = Signal(object)  # PhotoRecord
    imported = Signal(int, object)  # client id, ImportResult
    undo_available = Signal(bool)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.library: PhotoLibrary | None = None
        self.undo_stack: list[DeletedPhoto] = []
        self.deleted_shas: set[str] = set()
        self.import_pool = QThreadPool(self)
        self.import_pool.setMaxThreadCount(1)
        self.job: ImportJob | None = None

    def attach(self, journal: Journal) -> None:
        def make() -> PhotoLibrary:
            from needlejournal.journal.photos import PhotoLibrary

            library = PhotoLibrary(journal)
            # Roll back imports a crash interrupted (safe beside a CLI import: it only touches
            # claims whose process is gone), so no stored photo is left without its row.
            library.recover()
            return library

        self.runner.run(make, self._library_made, self.failed.emit)

    def _library_made(self, library: PhotoLibrary) -> None:
        self.library = library
        self.library_ready.emit()

    def _run(
        self,
        fn: Callable[[PhotoLibrary], Any],
        done: Callable[[Any], None],
        problems: Problems | None = None,
    ) -> None:
        lib = self.library
        if lib is None:
            return
        on_error = (lambda msg: problems([msg])) if problems is not None else self.failed.emit
        self.runner.run(lambda: fn(lib), done, on_error)

    # ---- reads and edits (journal lane) -------------------------------------------------

    def load(self, client_id: int) -> None:
        self._run(
            lambda lib: lib.list_photos(client_id),
            lambda ps: self.photos_loaded.emit(client_id, ps),
        )

    def update(
        self,
        edit: PhotoEdit,
        saved: Callable[[PhotoRecord], None] | None = None,
        problems: Problems | None = None,
    ) -> None:
        """Save a photo's details; a stale edit (changed at another seat) is refused."""

        def done(photo: PhotoRecord) -> None:
            self.photo_changed.emit(photo)
            if saved is not None:
                saved(photo)

        self._run(lambda lib: lib.update(edit), done, problems)

    def delete(self, photo_ids: Sequence[int]) -> None:
        ids = list(photo_ids)

        def done(deleted: list[DeletedPhoto]) -> None:
            for d in deleted:
                self.undo_stack.append(d)
                self.deleted_shas.add(d.record.sha256)
                self.photo_deleted.emit(d)
            self.undo_available.emit(bool(self.undo_stack))

        self._run(lambda lib: [lib.delete(i) for i in ids], done)

    def undo_delete(self) -> None:
        if not self.undo_stack:
            return
        deleted = self.undo_stack.pop()
        self.undo_available.emit(bool(self.undo_stack))

        def done(photo: PhotoRecord) -> None:
            self.photo_restored.emit(photo)

        def failed(message: str) -> None:
            self.undo_stack.append(deleted)
            self.undo_available.emit(True)
            self.failed.emit(message)

        lib = self.library
        if lib is not None:
            self.runner.run(lambda: lib.undo_delete(deleted), done, failed)

    def purge_deleted(self) -> None:
        """On close: remove originals of photos deleted (and not undone) in this app session."""
        lib, shas = self.library, set(self.deleted_shas)
        if lib is None or not shas:
            return
        self.deleted_shas.clear()
        self.undo_stack.clear()
        self.runner.run(lambda: lib.purge(shas), None, self.failed.emit)

    # ---- import (its own lane) ----------------------------------------------------------

    def start_import(self, files: Sequence[Path], draft: PhotoDraft) -> ImportJob | None:
        lib = self.library
        if lib is None or self.job is not None:
            return None
        job = ImportJob(lib, files, draft)
        job.setAutoDelete(False)  # the dialog reads it after it ran
        job.signals.finished.connect(lambda result: self._import_done(job, result))
        job.signals.failed.connect(lambda msg: self._import_failed(job, msg))
        self.job = job
        self.import_pool.start(job)
        return job

    @Slot(object)
    def _import_done(self, job: ImportJob, result: ImportResult) -> None:
        self.job = None
        self.imported.emit(job.draft.client_id, result)

    def _import_failed(self, job: ImportJob, message: str) -> None:
        self.job = None
        self.failed.emit(message)

    def shutdown(self) -> None:
        """Window closing: stop an import cleanly (what is done stays), then purge."""
        if self.job is not None:
            self.job.cancel()
        self.import_pool.waitForDone()
        self.purge_deleted()
