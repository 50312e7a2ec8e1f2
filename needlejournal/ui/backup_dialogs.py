"""Journal → Back up…, Restore…, Automatic backups…, and the "Last backup: …" status line.

Backups run on a thread of their own (not the journal lane: a backup of gigabytes must not hold
up a save), reporting to a progress dialog whose Cancel sets the core API's cancel token. The
backup reads the journal through its own SQLite connection, so the window keeps saving.
Restoring closes the window's journal first, then opens the restored one (``reopen``).
On close, an automatic backup runs when one is due (a folder is set, the last is a day old).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog

from needlejournal.backup.progress import CancelToken, ProgressFn
from needlejournal.backup.schedule import BackupSettings
from needlejournal.paths import DataPaths
from needlejournal.ui.action_bar import add_back_up
from needlejournal.ui.local_dates import format_date
from needlejournal.ui.save_folder import ask_save_path

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.ui.main_window import MainWindow

Work = Callable[[ProgressFn, CancelToken], Any]
PROGRESS_STEPS = 1000


class _Relay(QObject):
    """Lives on the GUI thread; the backup thread emits, the slots run on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # str: a Said keeps its phrase for the window's language


class BackupJob(QObject):
    """One backup or restore on its own thread, shown in a progress dialog with Cancel."""

    finished = Signal()

    def __init__(self, parent: MainWindow, title: str, work: Work) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.result: Any = None
        self.error: str | None = None
        self._settled = False  # finished emitted: the result or error taken in
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, PROGRESS_STEPS, parent)
        self.dialog.setWindowTitle("NeedleJournal")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.token.cancel)
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True)

    def start(self) -> BackupJob:
        self._thread.start()
        return self

    def wait(self) -> None:
        """Block in a local event loop (the dialog keeps painting) until the job is done and
        its outcome taken in (``finished`` emitted). Not until its thread ends: a thread that
        has ended may still have its result or error queued for this thread, and a backup on
        close would then lose its error with the window's event loop."""
        if self._settled:
            return
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        loop.exec()  # the outcome is queued to this thread: it arrives inside this loop

    def _run(self, work: Work) -> None:
        try:
            result = work(self._relay.progressed.emit, self.token)
        except BaseException as e:  # every error reaches the user as one sentence
            from needlejournal.ui.ops import user_message

            self._relay.failed.emit(user_message(e))
        else:
            self._relay.succeeded.emit(result)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, what: str) -> None:
        self.dialog.setValue(int(PROGRESS_STEPS * done / total) if total else 0)
        if what:
            self.dialog.setLabelText(what)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self.result = result
        self._done()

    @Slot(object)
    def _failed(self, message: str) -> None:
        self.error = message
        self._done()

    def _done(self) -> None:
        self._settled = True
        self.dialog.reset()
        self.dialog.close()
        self.finished.emit()


class BackupActions(QObject):
    """The backup menu entries and status line of one window."""

    def __init__(
        self, window: MainWindow, paths: DataPaths, reopen: Callable[[], None] | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.reopen = reopen
        self.settings = BackupSettings()
        self.job: BackupJob | None = None
        self.notice: QMessageBox | None = None
        # A restore's audit line, written into the restored journal once it is open again.
        self.restored_at: datetime | None = None
        self.status = QLabel("", window)
        self.status.setObjectName("backupStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.back_up_action = window._action(self.tr("&Back up…"), self.back_up)
        self.restore_action = window._action(self.tr("&Restore…"), self.restore)
        self.auto_action = window._action(self.tr("&Automatic backups…"), self.choose_folder)
        menu = window.journal_menu
        before = getattr(window, "quit_action", None)
        for action in (self.back_up_action, self.restore_action, self.auto_action):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        if before is not None:
            menu.insertSeparator(before)
        add_back_up(window, self.back_up_action)
        self.set_enabled(False)

    @property
    def journal(self) -> Journal | None:
        controller = self.window.controller
        return None if controller is None else controller.journal

    def set_enabled(self, enabled: bool) -> None:
        """Back up needs an open journal; Restore… works without one (a damaged journal)."""
        idle = self.paths.is_sqlite and self.job is None
        for action in (self.back_up_action, self.auto_action):
            action.setEnabled(enabled and idle)
        self.restore_action.setEnabled(idle)

    # ---- status --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the journal's backup settings (on the journal lane) and show the status."""
        journal = self.journal
        if journal is None:
            return
        from needlejournal.journal import backup_settings

        self.set_enabled(True)
        if self.restored_at is not None:  # the journal just restored: its audit line first
            from needlejournal.journal.audit_actions import record_restore

            at, self.restored_at = self.restored_at, None
            self.window.workers.journal.run(lambda: record_restore(journal, at))
        self.window.workers.journal.run(lambda: backup_settings.load(journal), self.show_settings)

    def show_settings(self, settings: BackupSettings) -> None:
        self.settings = settings
        now = datetime.now(UTC)
        self.status.setText(self.status_line(settings, now))
        overdue = settings.overdue(now)
        self.status.setProperty("warning", overdue)
        self.status.setStyleSheet("color: #b45309; font-weight: 600;" if overdue else "")
        where = settings.folder or self.tr("none chosen (Journal → Automatic backups…)")
        self.status.setToolTip(self.tr("Automatic backups: {where}").format(where=where))

    def status_line(self, settings: BackupSettings, now: datetime) -> str:
        """``backup.schedule.status_line`` in the window's language (the CLI keeps English)."""
        if settings.last_at is None:
            return self.tr("No backup yet: Journal → Back up…")
        local = settings.last_at.astimezone()
        days = (now.astimezone().date() - local.date()).days
        if days <= 0:
            when = self.tr("today {time}").format(time=f"{local:%H:%M}")
        elif days == 1:
            when = self.tr("yesterday {time}").format(time=f"{local:%H:%M}")
        else:
            when = self.tr("%n day(s) ago ({date})", "", days).format(date=format_date(local))
        line = self.tr("Last backup: {when}").format(when=when)
        if settings.overdue(now):
            if settings.warn_after_days == 7:
                line += self.tr(" — older than a week, back up soon")
            else:
                line += self.tr(
                    " — older than %n day(s), back up soon", "", settings.warn_after_days
                )
        return line

    # ---- actions -------------------------------------------------------------------------

    def back_up(self) -> None:
        from needlejournal.backup.archive import write_backup

        suggested = f"NeedleJournal-{datetime.now():%Y-%m-%d}.zip"  # i18n: not shown
        name = ask_save_path(
            self.window, self.tr("Back up the journal"), suggested, self.tr("Zip archives (*.zip)")
        )
        if not name:
            return
        target = Path(name if name.endswith(".zip") else name + ".zip")
        journal = self.journal

        def work(report: Any, token: Any) -> Any:
            from needlejournal.journal import backup_settings

            backup_settings.record_backing_up(journal, "archive")
            return write_backup(self.paths, target, progress=report, cancel=token)

        self._start(self.tr("Backing up the journal…"), work, self._backed_up)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window,
            self.tr("Folder for automatic backups (an external drive, a synced folder)"),
            self.settings.folder or str(Path.home()),
        )
        journal = self.journal
        if not folder or journal is None:
            return
        from dataclasses import replace

        from needlejournal.journal import backup_settings

        chosen = replace(self.settings, folder=folder)
        self.window.workers.journal.run(lambda: backup_settings.save(journal, chosen),
                               lambda _none: self._folder_saved(chosen))  # fmt: skip

    def _folder_saved(self, settings: BackupSettings) -> None:
        self.show_settings(settings)
        self.auto_backup()

    def auto_backup(self) -> BackupJob | None:
        from needlejournal.backup.auto import auto_backup

        folder = self.settings.folder
        if folder is None:
            return None
        journal = self.journal

        def work(report: Any, token: Any) -> Any:
            from needlejournal.journal import backup_settings

            backup_settings.record_backing_up(journal, "automatic")
            return auto_backup(self.paths, Path(folder), progress=report, cancel=token).backup

        title = self.tr("Backing up into the automatic backup folder…")
        return self._start(title, work, self._backed_up)

    def backup_on_close(self) -> None:
        """The window closes: back up into the chosen folder if the last is a day old."""
        from needlejournal.backup.auto import is_due

        folder = self.settings.folder
        if folder is None or self.journal is None or not self.paths.is_sqlite:
            return
        if not Path(folder).is_dir() or not is_due(Path(folder)):
            return
        job = self.auto_backup()
        if job is not None:
            job.wait()

    def restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore a backup"),
            str(Path.home()),
            self.tr("Zip archives (*.zip)"),
        )
        if not name or not self._confirm_restore(Path(name)):
            return
        journal = self.journal
        self.window.workers.journal.wait()  # let a running save finish first
        if journal is not None:
            journal.close()
        from needlejournal.backup.restore import restore_backup

        archive = Path(name)
        self._start(
            self.tr("Checking the backup…"),
            lambda report, token: restore_backup(
                self.paths, archive, replace=True, progress=report, cancel=token
            ),
            self._restored,
            always=self._reopen,
        )

    def _confirm_restore(self, archive: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "NeedleJournal",
            self.tr(
                "Restore the backup {name}?\n\nIt is checked completely before anything "
                "changes. The current journal is not deleted: it is kept in {folder}."
            ).format(name=archive.name, folder=f"{self.paths.backup_dir}/replaced-…"),
            parent=self.window,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        return box.exec() == QMessageBox.StandardButton.Yes

    # ---- plumbing --------------------------------------------------------------------------

    def _start(
        self,
        title: str,
        work: Work,
        done: Callable[[Any], None],
        always: Callable[[], None] | None = None,
    ) -> BackupJob | None:
        if self.job is not None:
            return None
        job = BackupJob(self.window, title, work)
        self.job = job
        self.set_enabled(False)

        def finished() -> None:
            self.job = None
            self.set_enabled(True)
            if job.error is not None:
                self.window.show_error(job.error)
            else:
                done(job.result)
            if always is not None:
                always()

        job.finished.connect(finished)
        return job.start()

    def _backed_up(self, result: Any) -> None:
        journal = self.journal
        self.window.status.setText(
            self.tr("Backed up %n photo(s) to {file} (verified).", "", result.photo_count).format(
                file=result.path.name
            )
        )
        if journal is None:
            return
        from needlejournal.journal import backup_settings

        at, file = result.manifest.created_at, str(result.path)
        self.window.workers.journal.run(
            lambda: backup_settings.record_backup(journal, at, file), self.show_settings
        )

    def _restored(self, result: Any) -> None:
        self.restored_at = result.manifest.created_at
        kept = ""
        if result.moved_aside is not None:
            kept = " " + self.tr("The previous journal is kept in {folder}.").format(
                folder=result.moved_aside
            )
        when = format_date(result.manifest.created_at)
        self.notice = QMessageBox(
            QMessageBox.Icon.Information,
            "NeedleJournal",
            self.tr("Restored {name} (backed up {when}).").format(
                name=result.archive.name, when=when
            )
            + kept,
            parent=self.window,
        )
        self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice.open()  # not exec(): the event loop keeps running while it is shown

    def _reopen(self) -> None:
        if self.reopen is not None:
            self.reopen()
