"""Journal → Back up…, Restore…, Automatic backups… and the "Last backup" line (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from needlejournal.backup.auto import list_archives
from needlejournal.journal import backup_settings
from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.backup_dialogs import BackupActions
from needlejournal.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def _with_backups(window: MainWindow, journal: Journal, reopened: list[Journal]) -> BackupActions:
    def reopen() -> None:
        fresh = Journal.open(journal.paths)
        reopened.append(fresh)
        window.attach_journal(fresh)

    window.backups = BackupActions(window, journal.paths, reopen)
    window.backups.refresh()
    return window.backups


def _finish(qtbot: object, actions: BackupActions) -> None:
    qtbot.waitUntil(lambda: actions.job is None, timeout=30000)  # type: ignore[attr-defined]


def test_back_up_from_the_menu_shows_the_last_backup(
    qtbot: object, make_window: MakeWindow, journal: Journal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window()
    actions = _with_backups(window, journal, [])
    assert actions.status.text().startswith("No backup yet")
    assert actions.back_up_action in window.journal_menu.actions()
    target = tmp_path / "mine.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions.back_up_action.trigger()
    assert actions.job is not None and not actions.back_up_action.isEnabled()
    actions.job.dialog.canceled.emit()  # Cancel reaches the core API's token
    _finish(qtbot, actions)
    if not target.exists():  # cancelled before it finished: nothing left behind, try again
        assert list(tmp_path.glob(".mine.zip.*")) == []
        actions.back_up_action.trigger()
        _finish(qtbot, actions)
    assert target.exists()
    qtbot.waitUntil(lambda: actions.status.text().startswith("Last backup: today"))  # type: ignore[attr-defined]
    assert backup_settings.load(journal).last_file == str(target)
    assert actions.back_up_action.isEnabled()


def test_an_old_backup_is_warned_about(make_window: MakeWindow, journal: Journal) -> None:
    backup_settings.write_last(journal.paths, datetime.now(UTC) - timedelta(days=10), "x.zip")
    actions = _with_backups(make_window(), journal, [])
    assert "10 days ago" in actions.status.text() and "back up soon" in actions.status.text()
    assert actions.status.property("warning") is True


def test_restore_from_the_menu_replaces_and_reopens(
    qtbot: object, make_window: MakeWindow, journal: Journal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from needlejournal.backup.archive import write_backup

    journal.save_client(ClientDraft(name="In the backup"))
    archive = write_backup(journal.paths, tmp_path / "b.zip").path
    journal.save_client(ClientDraft(name="After the backup"))
    window = make_window()
    reopened: list[Journal] = []
    actions = _with_backups(window, journal, reopened)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    monkeypatch.setattr(BackupActions, "_confirm_restore", lambda self, path: True)
    actions.restore_action.trigger()
    _finish(qtbot, actions)
    try:
        assert len(reopened) == 1
        names = {c.name for c in reopened[0].list_clients()}
        assert "In the backup" in names and "After the backup" not in names
        assert actions.notice is not None and "Restored b.zip" in actions.notice.text()
        assert "replaced-" in actions.notice.text()
        assert window.controller is not None and window.controller.journal is reopened[0]
    finally:
        for j in reopened:
            j.close()


def test_a_restore_from_the_window_writes_the_same_audit_line_as_the_cli(
    qtbot: object, make_window: MakeWindow, journal: Journal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Issue 13: `restore` on the command line records "restored" in the audit trail; the
    window's Journal → Restore… wrote nothing. Both now make the same journal call."""
    from needlejournal.backup.archive import write_backup
    from needlejournal.journal.audit import AuditFilter

    journal.save_client(ClientDraft(name="In the backup"))
    written = write_backup(journal.paths, tmp_path / "b.zip")
    window = make_window()
    reopened: list[Journal] = []
    actions = _with_backups(window, journal, reopened)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written.path), ""))
    monkeypatch.setattr(BackupActions, "_confirm_restore", lambda self, path: True)
    actions.restore_action.trigger()
    _finish(qtbot, actions)
    try:
        assert len(reopened) == 1
        restored = reopened[0].audit_entries(AuditFilter(action="restored"))
        assert len(restored) == 1, restored
        created = written.manifest.created_at.isoformat()
        assert restored[0].details == {"backup_created_at": created}
        assert reopened[0].verify_audit().ok
        window.backups = actions  # a later reopen (another attach) writes no second line
        actions.refresh()
        assert len(reopened[0].audit_entries(AuditFilter(action="restored"))) == 1
    finally:
        for j in reopened:
            j.close()


def test_a_damaged_backup_is_refused_and_the_journal_reopened(
    qtbot: object, make_window: MakeWindow, journal: Journal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    journal.save_client(ClientDraft(name="Still here"))
    window = make_window()
    reopened: list[Journal] = []
    actions = _with_backups(window, journal, reopened)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(BackupActions, "_confirm_restore", lambda self, path: True)
    actions.restore_action.trigger()
    _finish(qtbot, actions)
    try:
        assert len(shown) == 1 and "not a NeedleJournal backup" in shown[0]
        assert "Still here" in {c.name for c in reopened[0].list_clients()}
    finally:
        for j in reopened:
            j.close()


def test_restore_is_offered_when_the_journal_cannot_be_opened(
    qtbot: object, make_window: MakeWindow, journal: Journal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from needlejournal.backup.archive import write_backup

    journal.save_client(ClientDraft(name="Safe in the backup"))
    archive = write_backup(journal.paths, tmp_path / "b.zip").path
    journal.close()
    window = make_window(None, attach=False)
    window.show_open_error("The journal database is damaged.")
    reopened: list[Journal] = []
    actions = BackupActions(
        window, journal.paths, lambda: reopened.append(Journal.open(journal.paths))
    )
    assert not actions.back_up_action.isEnabled() and actions.restore_action.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    monkeypatch.setattr(BackupActions, "_confirm_restore", lambda self, path: True)
    actions.restore_action.trigger()
    _finish(qtbot, actions)
    try:
        assert "Safe in the backup" in {c.name for c in reopened[0].list_clients()}
    finally:
        for j in reopened:
            j.close()


def test_automatic_backup_folder_and_backup_on_close(
    qtbot: object, make_window: MakeWindow, journal: Journal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = tmp_path / "drive"
    folder.mkdir()
    window = make_window()
    actions = _with_backups(window, journal, [])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    actions.auto_action.trigger()
    _finish(qtbot, actions)
    assert len(list_archives(folder)) == 1
    assert backup_settings.load(journal).folder == str(folder)
    assert str(folder) in actions.status.toolTip()
    for archive in list_archives(folder):  # make the last one a day old: due again
        archive.path.rename(folder / "needlejournal-20000101T000000Z.zip")
    window.close()
    assert len(list_archives(folder)) == 2


def test_a_backup_jobs_error_keeps_its_phrase_for_the_windows_language(
    qtbot: object, make_window: MakeWindow
) -> None:
    """The job's error signal was ``Signal(str)``: a journal's ``Said`` arrived as plain
    English, so a German window showed it untranslated. And ``wait()`` returned once the
    thread had ended, before its queued error was taken in (a backup on close lost it)."""
    from needlejournal.journal.errors import InvalidInput
    from needlejournal.phrases import Said, Told, said
    from needlejournal.ui.backup_dialogs import BackupJob

    window = make_window()

    def work(_progress: object, _token: object) -> None:
        raise InvalidInput([said("The lot number is empty.", "lot_empty")])

    job = BackupJob(window, "Backing up…", work).start()
    job._thread.join(10)  # ended, its error still queued: wait() must take it in
    job.wait()
    assert isinstance(job.error, Told)
    (part,) = job.error.parts
    assert isinstance(part, Said) and part.phrase == "lot_empty"
