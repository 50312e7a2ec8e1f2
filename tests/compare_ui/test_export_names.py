"""Default export names say who and when, and every save dialog opens in one remembered folder
(issue 9)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from face_photos import Pair
from PySide6.QtWidgets import QFileDialog, QWidget

from needlejournal.dates import local
from needlejournal.ui import save_folder
from needlejournal.ui.compare.window import CompareWindow

Open = Callable[..., CompareWindow]


def test_name_parts_are_safe_on_every_file_system() -> None:
    assert save_folder.name_part("Olivia Ito") == "Olivia-Ito"
    assert save_folder.name_part('A/B: "c"? <d>|e*') == "A-B-c-d-e"
    assert save_folder.name_part("Zoë O'Brien") == "Zoë-O-Brien"
    assert save_folder.name_part("left_45") == "left-45"
    assert save_folder.name_part("///") == "photo"


class _SaveDialogs:
    """Answers every save dialog with a file in ``answer_in``; records what each suggested."""

    def __init__(self, answer_in: Path) -> None:
        self.answer_in = answer_in
        self.suggested: list[Path] = []

    def save(self, _parent: QWidget, _title: str, suggested: str, *_a: object) -> tuple[str, str]:
        self.suggested.append(Path(suggested))
        return str(self.answer_in / Path(suggested).name), ""

    def folder(self, _parent: QWidget, _title: str, start: str, *_a: object) -> str:
        self.suggested.append(Path(start))
        return str(self.answer_in)


def test_compare_and_time_lapse_suggest_who_and_when_in_the_last_folder(
    open_window: Open, pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "exports"
    chosen.mkdir()
    dialogs = _SaveDialogs(chosen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialogs.save)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", dialogs.folder)
    save_folder.remember_folder(tmp_path)  # where the user saved last time
    window = open_window()
    a, b = pair.library.get(pair.a_id), pair.library.get(pair.b_id)
    day_a, day_b = (local(p.taken_at).date().isoformat() for p in (a, b))
    window.session.request_auto_align()
    window.set_mode("wipe")
    window.export()
    expected = f"Ines-Moreau_{a.view}_{day_a}_vs_{day_b}_wipe.png"
    assert dialogs.suggested[-1] == tmp_path / expected  # in the remembered folder
    assert str(a.id) not in expected.replace(day_a, "").replace(day_b, "")  # no photo ids
    assert window.last_export == str(chosen / expected)
    assert (chosen / expected).is_file()
    # The next save dialog, of another kind, opens where this one saved.
    window.open_timelapse()
    dialog = window.timelapse
    assert dialog is not None
    dialog.export_gif()
    gif = dialogs.suggested[-1]
    assert gif.parent == chosen
    first, last = dialog.photos[0], dialog.photos[-1]
    assert gif.name == (
        f"Ines-Moreau_{first.view}_{local(first.taken_at).date().isoformat()}_to_"
        f"{local(last.taken_at).date().isoformat()}_time-lapse.gif"
    )
    dialog.export_sequence()
    assert dialogs.suggested[-1] == chosen


def test_a_vanished_folder_falls_back_to_home(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    save_folder.remember_folder(gone)
    assert save_folder.save_folder() == gone
    gone.rmdir()
    assert save_folder.save_folder() == Path.home()
