"""The window's clinic actions, offscreen with ops run inline: Who is due (a row opens that
client), Library → Find lot…, Journal → Progress report (PDF)…."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from clinic_helpers import Clinic, import_photo, photo_with_gps
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from needlejournal.ui.due_view import CLIENT_ID_ROLE, DueDialog
from needlejournal.ui.lot_dialog import LotDialog
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers


@pytest.fixture
def calendar(clinic: Clinic) -> tuple[int, int]:
    """Late Lucy (overdue) and Fresh Fred (aftercare due), made before the window opens."""
    return _calendar(clinic)


@pytest.fixture
def window(
    qtbot: QtBot, clinic: Clinic, calendar: tuple[int, int], tmp_path: Path
) -> Iterator[MainWindow]:
    clinic.journal.set_mode("clinic")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, Workers(InlinePool()))
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    w.attach_journal(clinic.journal)
    yield w


def _calendar(clinic: Clinic) -> tuple[int, int]:
    today = date.today()
    late = clinic.client("Late Lucy")
    fresh = clinic.client("Fresh Fred")
    clinic.session(late, today - timedelta(days=40), {"cheeks": 1.0}, lot="L-1")
    clinic.session(fresh, today - timedelta(days=1), {"cheeks": 0.5}, lot="L-2")
    return late.id, fresh.id


def test_due_view_lists_items_and_a_click_opens_the_client(
    window: MainWindow, calendar: tuple[int, int], qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    late_id, fresh_id = calendar
    w = window
    w.clinic_actions.due_action.trigger()
    dialog = w.clinic_actions.due_dialog
    assert isinstance(dialog, DueDialog) and dialog.isVisible()
    model = dialog.model
    qtmodeltester.check(model)
    rows = [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]
    assert rows == [
        ("Late Lucy", "Next session"),
        ("Fresh Fred", "Aftercare check-in"),
        ("Fresh Fred", "Next session"),
    ]
    assert "overdue 12 days" in model.index(0, 0).data()
    assert "1 overdue" in dialog.summary.text()
    fresh_row = model.index(1, 0)
    assert fresh_row.data(CLIENT_ID_ROLE) == fresh_id
    rect = dialog.table.visualRect(fresh_row)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = w.current_client()
    assert current is not None and current.id == fresh_id
    dialog.table.clicked.emit(model.index(0, 1))
    current = w.current_client()
    assert current is not None and current.id == late_id


def test_find_lot_dialog(window: MainWindow, calendar: tuple[int, int], qtbot: QtBot) -> None:
    late_id, _ = calendar
    window.clinic_actions.lot_action.trigger()
    dialog = window.clinic_actions.lot_dialog
    assert isinstance(dialog, LotDialog)
    dialog.product.setCurrentText("Hyaluronic serum")
    dialog.lot.setText("l-1")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Late Lucy"
    assert "1 use on 1 client" in dialog.summary.text()
    dialog.table.activated.emit(dialog.model.index(0, 0))
    current = window.current_client()
    assert current is not None and current.id == late_id
    dialog.product.setCurrentText("No such serum")
    dialog.search()
    assert dialog.summary.text() == "There is no product called “No such serum”."


def test_report_action_writes_the_pdf_with_progress(
    window: MainWindow,
    clinic: Clinic,
    calendar: tuple[int, int],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    late_id, _ = calendar
    late = clinic.journal.find_client(str(late_id))
    photo = photo_with_gps(tmp_path / "p.jpg", seed=1)
    import_photo(clinic.journal, photo, late_id, None, "progress", "front")
    window.clients.select_client(late_id)
    target = tmp_path / "lucy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.clinic_actions.report_action.trigger()
    exporter = window.clinic_actions.exporter
    assert exporter is not None and exporter.op is not None
    op = exporter.op
    # The report runs on a lane of its own (a real worker thread here), the window stays live.
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    written = target.with_name("lucy.pdf")
    reader = PdfReader(written)
    assert late.name in "".join(p.extract_text() for p in reader.pages)
    assert sum(len(p.images) for p in reader.pages) == 1
    assert "Saved Late Lucy's report" in window.status.text()


def test_cancelling_the_report_writes_nothing(
    window: MainWindow,
    calendar: tuple[int, int],
    clinic: Clinic,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    import needlejournal.report.images as images

    late_id, _ = calendar
    import_photo(
        clinic.journal,
        photo_with_gps(tmp_path / "p.jpg", seed=2),
        late_id,
        None,
        "progress",
        "front",
    )
    release = threading.Event()
    real = images.print_image

    def held(path: Path, side: int = images.PRINT_SIDE) -> images.PrintImage:
        release.wait(30)  # the decode waits until the user has pressed Cancel
        return real(path, side)

    monkeypatch.setattr(images, "print_image", held)
    window.clients.select_client(late_id)
    target = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.clinic_actions.report_action.trigger()
    exporter = window.clinic_actions.exporter
    assert exporter is not None and exporter.op is not None and exporter.progress is not None
    op = exporter.op
    with qtbot.waitSignal(exporter.failed, timeout=60_000) as failed:
        exporter.progress.canceled.emit()  # what the dialog's Cancel button sends
        release.set()
    assert op.cancelled and failed.args == ["The report was cancelled; no file was written."]
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []
    assert window.status.text() == "The report was cancelled; no file was written."


def test_a_report_that_cannot_be_written_reaches_the_windows_error_dialog(
    window: MainWindow,
    calendar: tuple[int, int],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 7, bug 9: every worker error reaches the user one way (show_error, non-blocking)."""
    late_id, _ = calendar
    window.clients.select_client(late_id)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    target = blocker / "lucy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.clinic_actions.report_action.trigger()
    exporter = window.clinic_actions.exporter
    assert exporter is not None and exporter.op is not None
    op = exporter.op
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    box = window.last_error
    assert box is not None and box.isVisible() and box.text()
    assert not target.exists()
