"""The Progress tab (issue 12): pick the series, sessions on hover, checks and photo days
marked, notes beside the chart, and the chart as a PNG."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import client_with_history
from PIL import Image
from PySide6.QtCore import QPointF, QSize, Qt
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoDraft, RatingDraft, TreatmentRecord
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def _journal_with_scales(journal: Journal, tmp_path: Path) -> int:
    client = client_with_history(journal)
    sessions = [e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)]
    for t, grade in zip(sessions, (3, 2), strict=True):
        journal.add_rating(
            client.id, RatingDraft("glogau", grade, rater="Dr Ruiz"), treatment_id=t.id
        )
    photo = tmp_path / "cheek.png"
    Image.new("RGB", (40, 30), (200, 150, 130)).save(photo)
    stamp = (datetime.now(UTC) - timedelta(days=60)).timestamp()
    os.utime(photo, (stamp, stamp))
    PhotoLibrary(journal).import_one(photo, PhotoDraft(client.id))
    return client.id


def _open_progress(window: MainWindow, qtbot: QtBot) -> None:
    window.middle.setCurrentWidget(window.progress)
    qtbot.waitUntil(lambda: window.progress.picker.count() > 0)


def test_pick_series_and_read_sessions_checks_photos_and_notes(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    _journal_with_scales(journal, tmp_path)
    window = make_window("clinic")
    _open_progress(window, qtbot)
    panel = window.progress
    titles = [panel.picker.item(i).text() for i in range(panel.picker.count())]
    assert titles[:2] == ["Texture score", "Tone score"]
    assert "Glogau photoageing type — Dr Ruiz" in titles
    # Before any pick the journal's own scores are shown; ticking Glogau adds its line.
    assert [s.key for s in panel.chart.shown()] == ["scale:texture||", "scale:tone||"]
    glogau = panel.picker.item(titles.index("Glogau photoageing type — Dr Ruiz"))
    glogau.setCheckState(Qt.CheckState.Checked)
    panel.picker.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert [s.title for s in panel.chart.shown()] == [
        "Texture score",
        "Glogau photoageing type — Dr Ruiz",
    ]
    marks = panel.chart.marks()
    sessions = [m for m in marks if m.kind == "session"]
    assert len(sessions) == 2
    # Hovering the later session's line says its deepest depth and the serums used; a value
    # on that day says it too.
    later = max(sessions, key=lambda m: m.rect.center().x())
    said = panel.chart.text_at(QPointF(later.rect.center().x(), later.rect.top() + 1))
    assert said is not None and said.startswith("Session ")
    assert "1.25 mm (Cheeks)" in said and "Hyaluronic Glide" in said
    on_point = [m for m in marks if m.kind == "point" and "Session: 1.25 mm" in m.text]
    assert len(on_point) == 2  # texture and Glogau were both given that day
    assert any(m.kind == "check" and "Skin check" in m.text for m in marks)
    assert any(m.kind == "photo" and "Photos" in m.text for m in marks)
    points = [m.text for m in marks if m.kind == "point"]
    assert any(t.startswith("Glogau photoageing type — Dr Ruiz: III · at rest") for t in points)
    notes = [panel.notes.item(i).text() for i in range(panel.notes.count())]
    assert any("scars round 1" in n for n in notes) and any("healing well" in n for n in notes)
    # The choice is kept when the tab is read again (another client, or after a save).
    window._refresh_progress()
    assert [s.title for s in panel.chart.shown()][1] == "Glogau photoageing type — Dr Ruiz"


def test_the_chart_is_saved_as_a_png(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow, tmp_path: Path
) -> None:
    _journal_with_scales(journal, tmp_path)
    window = make_window("clinic")
    _open_progress(window, qtbot)
    target = tmp_path / "out" / "chart"
    target.parent.mkdir()
    window.progress.ask_path = lambda: str(target)
    with qtbot.waitSignal(window.progress.saved_png) as saved:
        qtbot.mouseClick(window.progress.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [str(target) + ".png"]
    with Image.open(str(target) + ".png") as png:
        assert png.format == "PNG" and png.size == (1200, 640)
        colours = png.convert("RGB").getcolors(maxcolors=100_000)
        assert colours is not None and len(colours) > 20  # lines, text, markers were drawn
    assert str(target) in window.status.text()
    window.progress.ask_path = lambda: str(tmp_path / "no such folder" / "c.png")
    qtbot.mouseClick(window.progress.save_button, Qt.MouseButton.LeftButton)
    assert "could not be saved" in window.status.text()
    small = tmp_path / "small.png"
    assert window.progress.chart.render_png(str(small), QSize(600, 320))
    with Image.open(small) as png:
        assert png.size == (600, 320)


def test_an_empty_client_says_what_will_appear(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    journal.ensure_self()
    window = make_window("personal")
    window.middle.setCurrentWidget(window.progress)
    qtbot.wait(10)
    assert window.progress.picker.count() == 0
    assert window.progress.chart.marks() == []
    assert not window.progress.save_button.isEnabled()
