"""Importing photos: where they belong and how they were taken, then progress and a summary."""

from __future__ import annotations

import queue
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui.accessibility import follow_reading_order
from needlejournal.ui.gallery.batch_table import ICON, BatchTable
from needlejournal.ui.gallery.capture_fields import PhotoFields
from needlejournal.ui.language import translate
from needlejournal.ui.local_dates import format_day
from needlejournal.ui.overrides import override
from needlejournal.ui.validation_words import problem_text

if TYPE_CHECKING:
    from needlejournal.journal.records import ImportResult, PhotoDraft
    from needlejournal.ui.ops import Lane, Op, OpContext

PreviewResult = tuple[int, "QImage | None", "datetime | None", "str | None"]
ICON_SIZE = ICON

PATTERNS = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF"


def file_filter() -> str:
    return translate("ImportDialog", "Photos ({patterns})").format(patterns=PATTERNS)


PROGRESS_INTERVAL_S = 1 / 30  # a progress bar needs no more; each update relayouts the dialog


class ImportDialog(QDialog):
    """One import: the session, capture conditions and note shared by every file; a role and
    a view per file, guessed from when and how each was taken (``BatchTable``), editable in
    place; a warning for photos taken far from the chosen session's date."""

    def __init__(
        self,
        files: Sequence[Path],
        client_id: int,
        client_name: str,
        sessions: dict[int, datetime],
        session_id: int | None = None,
        parent: QWidget | None = None,
        lane: Lane | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import photos — {name}").format(name=client_name))
        self.reading_order = follow_reading_order(self)
        self.files = list(files)
        self.client_id = client_id
        self.sessions = dict(sessions)
        self.previews: Op[None] | None = None
        self._ready: queue.SimpleQueue[PreviewResult] = queue.SimpleQueue()
        self.closed = False
        n = len(self.files)
        intro = QLabel(
            self.tr(
                "%n photo(s) to add to {name}. Each photo's role and view are guessed from "
                "when and how it was taken: check them below. The rest applies to all of them.",
                "",
                n,
            ).format(name=client_name)
        )
        intro.setWordWrap(True)
        self.session = QComboBox(self)
        self.session.addItem(self.tr("No session (progress photo)"), None)
        for sid, when in sorted(sessions.items(), key=lambda kv: kv[1], reverse=True):
            self.session.addItem(self.tr("Session · {day}").format(day=format_day(when)), sid)
        self.fields = PhotoFields(self)
        self.fields.camera.setPlaceholderText(self.tr("Read from the photo when it says"))
        # the names callers and tests reach the fields by
        self.role, self.view = self.fields.role, self.fields.view
        self.skin, self.day_after = self.fields.skin, self.fields.day_after
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Session"), self.session)
        self.fields.add_rows(form, day_after_label=self.tr("Days after session"))
        form.addRow(self.tr("Note"), self.note)
        self.table = BatchTable(self.files, self)
        self.far = QLabel(self)
        self.far.setWordWrap(True)
        self.far.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.far)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if session_id is not None and (i := self.session.findData(session_id)) >= 0:
            self.session.setCurrentIndex(i)
            self.role.setCurrentIndex(self.role.findData("before"))
        else:
            self.role.setCurrentIndex(self.role.findData("progress"))
        for row in range(len(self.files)):  # the starting choice, still open to guesses
            self.table.set_role(row, str(self.role.currentData()))
            self.table.set_view(row, str(self.view.currentData()))
        # From here on the shared role and view are the user's: they set every file.
        self.role.currentIndexChanged.connect(
            lambda _i: self.table.set_all_roles(str(self.role.currentData()))
        )
        self.view.currentIndexChanged.connect(
            lambda _i: self.table.set_all_views(str(self.view.currentData()))
        )
        self.session.currentIndexChanged.connect(self._guess)
        self.table.changed.connect(self._coherent)
        self.resize(780, 600)
        self._guess()
        if lane is not None:
            self._read_previews(lane)

    def _read_previews(self, lane: Lane) -> None:
        """Each file's thumbnail and capture time, read in order by one worker op that hands
        them over as they come (``_take_previews``). One op, not one per file: 200 ops made
        200 relays at open and, cancelled by Import, 200 answers the GUI thread still had to
        take in the frames that showed the progress (issue 15)."""
        from needlejournal.ui.ops import Op

        files = list(self.files)
        ready = self._ready

        def read(context: OpContext) -> None:
            from needlejournal.journal.batch_import import preview_file
            from needlejournal.ui.gallery.imaging import to_qimage

            for row, path in enumerate(files):
                if context.cancelled():
                    return
                p = preview_file(path, ICON_SIZE)
                image = to_qimage(p.image) if p.image is not None else None
                ready.put((row, image, p.taken_at, p.problem))
                context.progress(row + 1, len(files))

        self.previews = Op(read).progress(self._take_previews)
        self.previews.run_in(lane)
        self.finished.connect(self._stop_previews)

    def _stop_previews(self, _result: int = 0) -> None:
        """The dialog is done: the previews not read yet are not wanted any more."""
        self.closed = True
        if self.previews is not None:
            self.previews.cancel()

    def _take_previews(self, _done: int = 0, _total: int = 0) -> None:
        """Every preview read so far, then one round of guesses for them all."""
        if self.closed:  # answers for a dialog already gone (deleted on close)
            return
        taken = False
        while True:
            try:
                row, image, taken_at, problem = self._ready.get_nowait()
            except queue.Empty:
                break
            self.table.set_preview(row, image, taken_at, problem)
            taken = True
        if taken:
            self._guess()

    def session_time(self) -> datetime | None:
        sid = self.session.currentData()
        return self.sessions.get(sid) if sid is not None else None

    def _guess(self, *_args: object) -> None:
        """Guess every file's role and view from what is known so far (the user's picks stay)."""
        from needlejournal.journal.batch_import import guess_batch

        items = [(p.name, self.table.taken[r]) for r, p in enumerate(self.files)]
        self.table.apply_guesses(guess_batch(items, self.session_time()))
        far = self.table.far_files()
        when = self.session_time()
        if far and when is not None:
            names = ", ".join(name for name, _days in far[:5]) + ("…" if len(far) > 5 else "")
            self.far.setText(
                self.tr(
                    "⚠ %n photo(s) taken far from this session's date ({day}): {names}. "
                    "Is this the right session?",
                    "",
                    len(far),
                ).format(day=format_day(when), names=names)
            )
            self.far.show()
        else:
            self.far.hide()
        self._coherent()

    def _coherent(self, *_args: object) -> None:
        """Before/after photos belong to a session; say so instead of failing on save."""
        roles = [self.table.role(r) for r in range(len(self.files))] or [
            str(self.role.currentData())
        ]
        needs_session = any(role in ("before", "after") for role in roles)
        ok = not needs_session or self.session.currentData() is not None
        self.problem.setText(
            "" if ok else self.tr("Before and after photos belong to a session: choose one.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def draft(self) -> PhotoDraft:
        """What every file shares (the shared role and view: for a file without its own)."""
        from needlejournal.journal.records import PhotoDraft

        return PhotoDraft(
            client_id=self.client_id,
            role=str(self.role.currentData()),
            view=str(self.view.currentData()),
            treatment_id=self.session.currentData(),
            capture=self.fields.capture(),
            note=self.note.text().strip(),
        )

    def drafts(self) -> dict[Path, PhotoDraft]:
        """Each file's own draft: the shared one with the file's role and view."""
        shared = self.draft()
        return {
            path: replace(shared, role=self.table.role(r), view=self.table.view(r))
            for r, path in enumerate(self.files)
        }


class ImportSummary(QObject):
    """The words of an import's outcome (a class, so lupdate records the plural forms)."""

    def text(self, result: ImportResult) -> str:
        """What happened, in plain words; every rejected file with its one-sentence reason."""
        new = sum(1 for p in result.imported if not p.duplicate)
        dup = len(result.imported) - new
        parts = [self.tr("Imported %n photo(s).", "", new)]
        if dup:
            parts.append(self.tr("%n already in the journal and linked.", "", dup))
        if result.cancelled:
            parts.append(self.tr("Cancelled: the photos imported before that are kept."))
        if result.rejected:
            parts.append(self.tr("%n not imported:", "", len(result.rejected)))
            # Each file's reason is the journal's sentence, said in the window's language.
            parts.extend(
                f"• {Path(r.file).name}: {problem_text(r.reason)}" for r in result.rejected
            )
        return "\n".join(parts)


def summary_text(result: ImportResult) -> str:
    return ImportSummary().text(result)


class ImportProgressDialog(QDialog):
    """A progress bar with Cancel; then the summary in the same window."""

    first_painted = Signal()  # on screen: the import may start (emitted once, a turn later)

    def __init__(
        self, job: Op[ImportResult], total: int, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing photos — {name}").format(name=client_name))
        self.setMinimumWidth(420)
        self.job = job
        self.outcome: ImportResult | None = None
        self.label = QLabel(self.tr("Importing %n photo(s)…", "", total), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.summary = QTextBrowser(self)
        self.summary.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.summary.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()  # after addButton, which shows it: Close waits for the end
        layout.addWidget(buttons)
        self._latest = (0, total)
        self._painted = False
        self._shown_at = 0.0
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.timeout.connect(self._show_progress)
        # The window's show_error says what went wrong; this dialog only stops waiting.
        job.progress(self._progressed).success(self.show_result).failure(self._failed, report=True)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)

    def _progressed(self, done: int, total: int) -> None:
        """At most ~30 updates a second, however fast the photos go; the latest one wins."""
        self._latest = (done, total)
        if self._throttle.isActive():
            return
        wait = self._shown_at + PROGRESS_INTERVAL_S - time.monotonic()
        if wait > 0:
            self._throttle.start(max(1, round(wait * 1000)))
        else:
            self._show_progress()

    def _show_progress(self) -> None:
        done, total = self._latest
        self._shown_at = time.monotonic()
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(done)
        if not self.job.cancelled:
            self.label.setText(
                self.tr("Importing {done} of {total}…").format(done=done, total=total)
            )

    def _cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling — finishing the photos already started…"))

    def show_result(self, result: ImportResult) -> None:
        self._throttle.stop()
        self.outcome = result
        self.label.setText(
            self.tr("Import cancelled.") if result.cancelled else self.tr("Import finished.")
        )
        self.bar.setValue(self.bar.maximum() if not result.cancelled else self.bar.value())
        self.summary.setPlainText(summary_text(result))
        self.summary.show()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.resize(self.width(), max(self.height(), 260 if result.rejected else 180))

    def _failed(self, _message: str) -> None:
        self._throttle.stop()
        self.label.setText(self.tr("The import stopped; the photos imported before that are kept."))
        self.cancel_button.hide()
        self.close_button.show()

    def summary_plain(self) -> str:
        return self.summary.toPlainText()

    @override
    def reject(self) -> None:
        """Escape cancels a running import rather than hiding it."""
        if self.outcome is None and self.close_button.isHidden():
            self._cancel()
            return
        super().reject()
