"""Seats stay in step in the window (issue 13): on PostgreSQL a change another process writes
shows up in the open timeline and the client list without a restart, keeping the selection and
an open edit; on SQLite no listener runs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft, ObservationDraft, ObservationRecord
from needlejournal.paths import DataPaths, resolve
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def pg_paths(pg_url: str, tmp_path: Path) -> Iterator[DataPaths]:
    from pg_databases import scratch_database

    with scratch_database(pg_url, "nj_sync_") as url:
        yield resolve(tmp_path / "pg", database_url=url)


def _window(qtbot: QtBot, journal: Journal, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, Workers(InlinePool()))
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.attach_journal(journal)
    return window


def _other_process(paths: DataPaths, script: str) -> None:
    """``script`` run by another process on the same journal (``j`` is its Journal)."""
    code = (
        textwrap.dedent(
            """
        import sys
        from datetime import UTC, datetime, timedelta
        from needlejournal.journal.api import Journal
        from needlejournal.journal.records import *
        from needlejournal.paths import resolve
        j = Journal.open(resolve(sys.argv[1], database_url=sys.argv[2]))
        """
        )
        + textwrap.dedent(script)
        + "\nj.close()\n"
    )
    env = {**os.environ, "NEEDLEJOURNAL_SEAT": "FRONT-DESK"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(paths.data_dir) + "-other", str(paths.database_url)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


@pytest.mark.postgres
def test_a_change_by_another_process_appears_in_the_open_timeline(
    qtbot: QtBot, pg_paths: DataPaths, tmp_path: Path
) -> None:
    journal = Journal.open(pg_paths)
    journal.set_mode("clinic")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
    ada = journal.save_client(ClientDraft("Ada Lovelace")).client
    first = journal.save_observation(ObservationDraft(ada.id, when, texture_score=4))
    try:
        window = _window(qtbot, journal, tmp_path)
        sync = window.seat_sync
        assert sync is not None
        qtbot.waitUntil(lambda: sync.listening, timeout=5000)
        window.clients.select_client(ada.id)
        window.timeline.select_entry("observation", first.id)
        edit = window.opener.edit_client()  # an edit open at this seat stays as typed
        assert edit is not None
        edit.notes.setPlainText("typing here")

        _other_process(
            pg_paths,
            f"""
            j.save_observation(ObservationDraft({ada.id}, datetime.now(UTC) - timedelta(days=1),
                                                tone_score=8, note="from the front desk"))
            j.save_client(ClientDraft("Bea Klein"))
            """,
        )
        qtbot.waitUntil(lambda: len(window.timeline_model.entries()) == 2, timeout=10000)
        notes = [
            e.note for e in window.timeline_model.entries() if isinstance(e, ObservationRecord)
        ]
        assert "from the front desk" in notes
        selected = window.timeline.current_entry()
        assert selected is not None and (selected.kind, selected.id) == ("observation", first.id)
        qtbot.waitUntil(
            lambda: "Bea Klein" in [c.name for c in window.listed_clients()], timeout=10000
        )
        current = window.current_client()
        assert current is not None and current.id == ada.id  # the shown client stays shown
        assert edit.isVisible() and edit.notes.toPlainText() == "typing here"
        window.close()
        assert not sync.listening
    finally:
        journal.close()


def test_sqlite_window_runs_no_listener(qtbot: QtBot, tmp_path: Path) -> None:
    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        window = _window(qtbot, journal, tmp_path)
        assert window.seat_sync is not None and not window.seat_sync.listening
        assert window.seat_sync.listener is None
        assert "needlejournal-listen" not in [t.name for t in threading.enumerate()]
        window.close()
    finally:
        journal.close()
