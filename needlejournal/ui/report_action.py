"""Journal → Progress report (PDF)…: ask where, write it on a lane of its own with progress
and Cancel, say where it went. The journal lane stays free for the rest of the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from needlejournal.ui.language import translate
from needlejournal.ui.ops import ErrorHandler, Op, OpContext
from needlejournal.ui.save_folder import ask_save_path

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.records import ClientRecord
    from needlejournal.report import WrittenReport
    from needlejournal.ui.ops import Lane


def _file_name(client: ClientRecord) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in client.name).strip()
    name = safe or translate("ReportExporter", "client")
    return translate("ReportExporter", "{name} progress report").format(name=name) + ".pdf"


class ReportExporter(QObject):
    """One report at a time; ``written`` carries the result (the tests wait on it)."""

    written = Signal(object)
    failed = Signal(object)  # str: a Said or Told keeps its phrase (Signal(str) would copy)

    def __init__(
        self, journal: Journal, lane: Lane, parent: QWidget, *, show_error: ErrorHandler
    ) -> None:
        super().__init__(parent)
        self.journal, self.lane, self.window = journal, lane, parent
        self.show_error = show_error  # the window's one error path (a non-blocking message box)
        self.op: Op[WrittenReport] | None = None
        self.progress: QProgressDialog | None = None

    def ask_and_write(self, client: ClientRecord, *, shareable: bool = False) -> None:
        path = ask_save_path(
            self.window, self.tr("Save progress report"), _file_name(client), self.tr("PDF (*.pdf)")
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            self.write(client, target, shareable=shareable)

    def write(self, client: ClientRecord, target: Path, *, shareable: bool = False) -> None:
        from needlejournal.report import write_report

        journal, client_id = self.journal, client.id

        def work(ctx: OpContext) -> WrittenReport:
            return write_report(
                journal,
                client_id,
                target,
                shareable=shareable,
                progress=ctx.progress,
                cancelled=ctx.cancelled,
            )

        progress = QProgressDialog(
            self.tr("Writing {name}'s report…").format(name=client.name),
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        progress.setWindowTitle(self.tr("Progress report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress
        op: Op[WrittenReport] = Op(work)
        self.op = op
        progress.canceled.connect(op.cancel)
        op.progress(self._progressed).success(self._done).failure(self._failed)
        op.run_in(self.lane)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, written: WrittenReport) -> None:
        self._close_progress()
        self.written.emit(written)

    def _failed(self, message: str) -> None:
        self._close_progress()
        if self.op is not None and self.op.cancelled:
            message = self.tr("The report was cancelled; no file was written.")
        else:
            self.show_error(message)
        self.failed.emit(message)
