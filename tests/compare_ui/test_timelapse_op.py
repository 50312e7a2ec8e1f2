"""The time-lapse is built by an Op: its progress is shown and Cancel (or closing) stops it."""

from __future__ import annotations

from collections.abc import Callable

from held_pool import HeldPool
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
