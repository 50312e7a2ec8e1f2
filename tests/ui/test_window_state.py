"""The window remembers its size and last client per journal, not in one global file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import DataPaths, resolve
from needlejournal.ui import main_window, window_settings
from needlejournal.ui.main_window import MainWindow, journal_settings
from needlejournal.ui.ops import InlinePool, Workers


def test_each_journal_has_its_own_state_file(tmp_path: Path) -> None:
    a, b = resolve(tmp_path / "a"), resolve(tmp_path / "b")
    assert a.window_state_file != b.window_state_file
    assert resolve(tmp_path / "a").window_state_file == a.window_state_file
    url = "postgresql+psycopg://seat:{}@db.clinic.lan:5432/journal"
    one, two = (
        resolve(tmp_path / "c", database_url=url.format("s3cret")),
        resolve(tmp_path / "c", database_url=url.format("other")),
    )
    assert one.window_state_file == two.window_state_file  # the password is not the journal
    assert "s3cret" not in str(one.window_state_file)
    other_db = resolve(tmp_path / "c", database_url=url.format("s3cret") + "2")
    assert other_db.window_state_file != one.window_state_file


def _journal_with(paths: DataPaths, *names: str) -> tuple[Journal, list[int]]:
    journal = Journal.open(paths)
    journal.set_mode("clinic")
    ids = [journal.save_client(ClientDraft(name=n)).id for n in names]
    return journal, ids


def _window(qtbot: QtBot, paths: DataPaths, journal: Journal) -> MainWindow:
    window = MainWindow(journal_settings(paths.window_state_file), Workers(InlinePool()))
    qtbot.addWidget(window)
    window.show()
    window.attach_journal(journal)
    return window


@pytest.fixture(autouse=True)
def _no_global_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The user's real settings are never read or written by a test.
    legacy = tmp_path / "legacy.ini"
    for module in (main_window, window_settings):  # the window's and journal_settings' own
        monkeypatch.setattr(
            module,
            "default_settings",
            lambda: QSettings(str(legacy), QSettings.Format.IniFormat),
        )


def test_two_journals_keep_their_own_last_client_and_size(qtbot: QtBot, tmp_path: Path) -> None:
    paths_a, paths_b = resolve(tmp_path / "a"), resolve(tmp_path / "b")
    journal_a, (_ada, bo) = _journal_with(paths_a, "Ada", "Bo")
    journal_b, (_cy, di) = _journal_with(paths_b, "Cy", "Di")
    try:
        first = _window(qtbot, paths_a, journal_a)
        first.select_client(bo)
        first.resize(720, 530)
        qtbot.waitUntil(lambda: first.width() == 720)
        first.close()
        second = _window(qtbot, paths_b, journal_b)
        second.select_client(di)
        second.resize(780, 560)
        qtbot.waitUntil(lambda: second.width() == 780)
        second.close()

        again_a = _window(qtbot, paths_a, journal_a)
        current = again_a.current_client()
        assert current is not None and current.id == bo
        assert (again_a.width(), again_a.height()) == (720, 530)
        again_a.close()
        again_b = _window(qtbot, paths_b, journal_b)
        current = again_b.current_client()
        assert current is not None and current.id == di
        assert (again_b.width(), again_b.height()) == (780, 560)
        again_b.close()
    finally:
        journal_a.close()
        journal_b.close()


def test_a_journal_opened_first_time_starts_from_the_old_global_state(tmp_path: Path) -> None:
    legacy = main_window.default_settings()
    legacy.setValue("ui/middle_tab", 1)
    legacy.sync()
    state = journal_settings(resolve(tmp_path / "a").window_state_file)
    assert int(state.value("ui/middle_tab")) == 1
    # Once it has its own file, later global changes no longer leak in.
    legacy.setValue("ui/middle_tab", 0)
    legacy.sync()
    again = journal_settings(resolve(tmp_path / "a").window_state_file)
    assert int(again.value("ui/middle_tab")) == 1
