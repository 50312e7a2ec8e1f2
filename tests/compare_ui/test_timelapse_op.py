"""The time-lapse is built by an Op: its progress is shown and Cancel (or closing) stops it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from held_pool import HeldPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from needlejournal.ui.compare.timelapse_dialog import TimelapseDialog
from needlejournal.ui.compare.window import CompareWindow
from needlejournal.ui.ops import Lane

Open = Callable[..., CompareWindow]


def make_dialog(window: CompareWindow, pool: HeldPool) -> TimelapseDialog:
    s = window.session
    assert s.b is not None
    errors: list[str] = []
    dialog = TimelapseDialog(
        s.service, Lane(pool), s.client_id, s.b.view, window,
        client_name="Ines Moreau", show_error=errors.append,
    )  # fmt: skip
    assert "Ines Moreau" in dialog.windowTitle()
    return dialog


def test_progress_is_shown_while_it_builds(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    pool = HeldPool()
    dialog = make_dialog(window, pool)
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []
    dialog.build.progress(lambda done, total: seen.append((done, total)))
    assert not dialog.bar.isHidden() and not dialog.cancel_button.isHidden()
    assert not dialog.play_button.isEnabled()
    pool.release()
    assert seen == [(n, 6) for n in range(1, 7)]  # 3 photos: decoded, then aligned
    assert dialog.bar.value() == 6
    assert len(dialog.pixmaps) == 3 and dialog.play_button.isEnabled()
    assert dialog.bar.isHidden() and dialog.cancel_button.isHidden()


def test_cancel_stops_between_photos(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    pool = HeldPool()
    dialog = make_dialog(window, pool)
    qtbot.addWidget(dialog)
    seen: list[int] = []

    def cancel_after_the_second(done: int, _total: int) -> None:
        seen.append(done)
        if done == 2:
            dialog.cancel_button.click()

    dialog.build.progress(cancel_after_the_second)
    pool.release()
    assert seen == [1, 2]  # no photo decoded after Cancel
    assert dialog.build.cancelled and dialog.build.finished
    assert dialog.picture.text() == "Cancelled." and not dialog.pixmaps
    assert not dialog.play_button.isEnabled()


def test_closing_the_dialog_cancels_the_build(open_window: Open, qtbot: QtBot) -> None:
    window = open_window()
    pool = HeldPool()
    dialog = make_dialog(window, pool)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()
    assert dialog.build.cancelled
    pool.release()
    assert not dialog.pixmaps


def built_dialog(window: CompareWindow, qtbot: QtBot) -> tuple[TimelapseDialog, HeldPool]:
    pool = HeldPool()
    dialog = make_dialog(window, pool)
    qtbot.addWidget(dialog)
    pool.release()
    assert len(dialog.pixmaps) == 3
    return dialog, pool


def test_exporting_frames_shows_progress_and_cancel_keeps_whole_files(
    open_window: Open, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, pool = built_dialog(open_window(), qtbot)
    folder = tmp_path / "frames"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    op = dialog.export_sequence()
    assert op is not None
    assert not dialog.bar.isHidden() and not dialog.gif_button.isEnabled()  # one at a time
    seen: list[int] = []

    def cancel_after_the_first(done: int, _total: int) -> None:
        seen.append(done)
        if done == 1:
            dialog.cancel_button.click()

    op.progress(cancel_after_the_first)
    pool.release()
    assert seen == [1] and op.cancelled
    assert [p.name for p in folder.iterdir()] == ["frame_0001.png"]
    assert dialog.caption.text() == f"Saved 1 of 3 frames in {folder}"
    assert dialog.bar.isHidden() and dialog.gif_button.isEnabled()


def test_closing_during_a_gif_export_writes_nothing(
    open_window: Open, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, pool = built_dialog(open_window(), qtbot)
    target = tmp_path / "lapse.gif"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.show()
    op = dialog.export_gif()
    assert op is not None
    dialog.close()
    pool.release()
    assert op.cancelled and op.finished
    left = [p.name for p in tmp_path.iterdir() if p.suffix == ".gif" or "export" in p.name]
    assert not target.exists() and left == []  # nor a temporary file
