"""A damaged journal: the window says so and offers the newest verified snapshot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from needlejournal.db import snapshots
from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, TreatmentDraft
from needlejournal.paths import DataPaths, resolve
from needlejournal.ui.journal_opening import start_opening
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _damaged_journal_with_snapshot(tmp_path: Path) -> DataPaths:
    paths = resolve(tmp_path / "data")
    j = Journal.open(paths)
    me = j.ensure_self()
    now = datetime.now(UTC)
    for i in range(120):
        j.save_treatment(
            TreatmentDraft(
                me.id, now - timedelta(days=300 - i), (AreaDraft("chin", 0.5),), notes="x" * 400
            )
        )
    j.close()
    snapshots.take_daily_snapshot(paths.db_file, paths.backup_dir)
    raw = bytearray(paths.db_file.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 8192] = b"\xa5" * 8192
    paths.db_file.write_bytes(bytes(raw))
    return paths


@pytest.mark.parametrize("accept", [True, False])
def test_damaged_journal_offers_the_snapshot(qtbot: QtBot, tmp_path: Path, accept: bool) -> None:
    paths = _damaged_journal_with_snapshot(tmp_path)
    damaged_bytes = paths.db_file.read_bytes()
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    questions: list[str] = []

    def confirm(_parent: QWidget, question: str) -> bool:
        questions.append(question)
        return accept

    opened: list[Journal] = []
    start_opening(window, paths, opened, confirm)
    qtbot.waitUntil(lambda: bool(questions), timeout=10_000)
    assert "damaged" in questions[0] and "not deleted" in questions[0]
    if accept:
        qtbot.waitUntil(lambda: window.client_model.rowCount() == 1, timeout=10_000)
        assert len(opened) == 1
        assert len(opened[0].timeline(opened[0].ensure_self().id).entries) == 120
        assert any(p.name.startswith("damaged-") for p in paths.backup_dir.iterdir())
    else:
        qtbot.wait(300)
        assert opened == []
        assert "could not be opened" in window.status.text()
        assert paths.db_file.read_bytes() == damaged_bytes  # untouched without consent
    window.close()
    for journal in opened:
        journal.close()


def test_damage_found_by_the_daily_check_after_the_first_screen_offers_the_snapshot(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A clean mark spares the full check on opening; the daily one, run once the client
    list is on screen, still finds bit rot and offers the snapshot (issue 15)."""
    import os
    import time

    from needlejournal.journal import shutdown_mark

    paths = _damaged_journal_with_snapshot(tmp_path)
    paths.db_file.unlink()
    # Put the journal back healthy, close it cleanly, then rot it under an old clean mark.
    snapshot = snapshots.list_snapshots(paths.backup_dir)[0].path
    paths.db_file.write_bytes(snapshot.read_bytes())
    j = Journal.open(paths)
    j.close()
    st = paths.db_file.stat()
    with open(paths.db_file, "r+b") as f:
        f.seek(st.st_size // 2)
        f.write(b"\xa5" * 8192)
    os.utime(paths.db_file, ns=(st.st_atime_ns, st.st_mtime_ns))
    mark = shutdown_mark.read(paths.data_dir)
    shutdown_mark.write(paths.data_dir, shutdown_mark.Mark(mark.clean, time.time() - 2 * 86400))

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    questions: list[str] = []
    seen_list: list[int] = []

    def confirm(_parent: QWidget, question: str) -> bool:
        seen_list.append(window.client_model.rowCount())
        questions.append(question)
        return True

    opened: list[Journal] = []
    start_opening(window, paths, opened, confirm)
    qtbot.waitUntil(lambda: bool(questions), timeout=20_000)
    assert seen_list == [1]  # the first screen came first
    assert "damaged" in questions[0]
    qtbot.waitUntil(lambda: len(opened) == 1 and window.clients.isEnabled(), timeout=20_000)
    assert any(p.name.startswith("damaged-") for p in paths.backup_dir.iterdir())
    assert len(opened[0].timeline(opened[0].ensure_self().id).entries) == 120
    window.close()
    for journal in opened:
        journal.close()
