"""Import that understands a batch, in the window: a thumbnail per file, role and view guessed
per file and editable in place, a warning for far capture dates, the client's name in the title."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from helpers import client_with_history
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import TreatmentRecord
from needlejournal.ui.gallery.batch_table import ROLE, VIEW, BatchTable
from needlejournal.ui.gallery.import_dialog import ImportDialog
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import Lane, threads

MakeWindow = Callable[..., MainWindow]


def exif_photo(path: Path, when: datetime, colour: tuple[int, int, int]) -> Path:
    im = Image.new("RGB", (400, 300), colour)
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
    exif.get_ifd(0x8769)[0x9011] = "+00:00"
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif)
    path.write_bytes(buf.getvalue())
    return path


def test_roles_and_views_are_guessed_per_file_edited_in_place_and_imported(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client = client_with_history(journal)
    sessions = [e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)]
    session = sessions[-1]
    at = session.performed_at
    folder = tmp_path / "batch"
    folder.mkdir()
    files = [
        exif_photo(folder / "IMG_1.jpg", at - timedelta(minutes=10), (200, 40, 40)),
        exif_photo(folder / "IMG_2.jpg", at - timedelta(minutes=9), (40, 200, 40)),
        exif_photo(folder / "IMG_3.jpg", at + timedelta(minutes=30), (40, 40, 200)),
        exif_photo(folder / "cheek closeup.jpg", at + timedelta(minutes=31), (200, 200, 40)),
        exif_photo(folder / "front_old.jpg", at - timedelta(days=40), (40, 200, 200)),
    ]
    window = make_window()
    window.clients.select_client(client.id)
    gallery = window.gallery
    qtbot.waitUntil(lambda: gallery.controller.library is not None)
    dialog = gallery.start_import(files, session.id)
    assert dialog is not None
    assert client.name in dialog.windowTitle()
    table = dialog.table
    qtbot.waitUntil(lambda: all(table.read), timeout=20_000)
    # A thumbnail per file.
    assert all(not item.icon().isNull() for item in table.photo_items)
    roles = [table.role(r) for r in range(5)]
    views = [table.view(r) for r in range(5)]
    assert roles == ["before", "before", "after", "after", "before"]
    assert views[:2] == ["front", "left45"]  # the befores the names say nothing of, in order
    assert views[3] == "closeup" and views[4] == "front"  # from their names
    # The far capture date is said, per file and under the list.
    assert "40 days" in table.check_items[4].text()
    assert dialog.far.isVisible() and "front_old.jpg" in dialog.far.text()
    assert table.check_items[0].text() == ""
    # Edited in place: the edit survives the next round of guesses (another session chosen).
    pick(qtbot, table, 2, ROLE, "progress")
    pick(qtbot, table, 2, VIEW, "right90")
    older = sessions[0]
    dialog.session.setCurrentIndex(dialog.session.findData(older.id))
    assert table.role(2) == "progress" and table.view(2) == "right90"
    assert table.role(0) == "after"  # taken after the older session: guessed again
    dialog.session.setCurrentIndex(dialog.session.findData(session.id))
    dialog.accept()
    qtbot.waitUntil(lambda: gallery.controller.job is None, timeout=20_000)
    stored = {
        Path(p.original_name).name: (p.role, p.view)
        for p in PhotoLibrary(journal).list_photos(client.id)
    }
    assert stored == {
        "IMG_1.jpg": ("before", "front"),
        "IMG_2.jpg": ("before", "left45"),
        "IMG_3.jpg": ("progress", "right90"),
        "cheek closeup.jpg": ("after", "closeup"),
        "front_old.jpg": ("before", "front"),
    }


def pick(qtbot: QtBot, table: BatchTable, row: int, column: int, key: str) -> None:
    """What a user does: click the cell, choose in the drop-down that opens."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    editor = table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    qtbot.waitUntil(editor.view().isVisible)  # the drop-down opened by itself
    editor.setCurrentIndex(editor.findData(key))
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)  # closed, the pick kept


def test_the_shared_role_sets_every_file_and_guesses_leave_it_alone(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client = client_with_history(journal)
    session = [e for e in journal.timeline(client.id).entries if e.kind == "treatment"][-1]
    folder = tmp_path / "batch"
    folder.mkdir()
    files = [
        exif_photo(folder / f"IMG_{i}.jpg", session.when - timedelta(minutes=5 - i), (90, i, 9))
        for i in range(3)
    ]
    window = make_window()
    window.clients.select_client(client.id)
    gallery = window.gallery
    qtbot.waitUntil(lambda: gallery.controller.library is not None)
    dialog = gallery.start_import(files, session.id)
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData("after"))  # before the dates are read
    dialog.view.setCurrentIndex(dialog.view.findData("left90"))
    qtbot.waitUntil(lambda: all(dialog.table.read), timeout=20_000)
    assert {dialog.table.role(r) for r in range(3)} == {"after"}
    assert {dialog.table.view(r) for r in range(3)} == {"left90"}
    # A before without a session cannot be saved: the dialog says so and will not import.
    dialog.role.setCurrentIndex(dialog.role.findData("before"))
    dialog.session.setCurrentIndex(dialog.session.findData(None))
    assert "belong to a session" in dialog.problem.text()
    dialog.reject()


def test_a_batch_of_200_files_is_not_200_rows_of_widgets(qtbot: QtBot, tmp_path: Path) -> None:
    """A combo box per cell was 400 widgets for 200 files: 60 ms to build, a 21-44 ms freeze
    to tear down while the import's progress showed (issue 15). The cells are items; one
    drop-down exists while one cell is edited, and the keyboard reaches every cell."""
    few = BatchTable([tmp_path / f"IMG_{i}.jpg" for i in range(2)])
    many = BatchTable([tmp_path / f"IMG_{i}.jpg" for i in range(200)])
    qtbot.addWidget(few)
    qtbot.addWidget(many)
    assert len(many.findChildren(QWidget)) == len(few.findChildren(QWidget))
    assert not many.findChildren(QComboBox)
    many.show()
    qtbot.waitExposed(many)
    many.setFocus()
    many.setCurrentCell(0, ROLE)
    qtbot.keyClick(many, Qt.Key.Key_Down)  # arrows move between cells, never change a value
    assert many.currentRow() == 1 and many.role(1) == many.role(0)
    qtbot.keyClick(many, Qt.Key.Key_Space)  # Space opens the cell's drop-down
    editor = many.indexWidget(many.model().index(1, ROLE))
    assert isinstance(editor, QComboBox)
    assert editor.accessibleName() == "Role of IMG_1.jpg"
    qtbot.waitUntil(editor.view().isVisible)
    editor.setCurrentIndex(editor.findData("after"))
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: not many.findChildren(QComboBox))
    assert many.role(1) == "after" and 1 in many.role_set_by_user
    cell = many.item(1, ROLE)
    assert cell is not None and cell.text() == "After"


def test_previews_are_read_by_one_op_that_stops_when_the_dialog_closes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """An op per file made 200 relays at open and, cancelled by Import, 200 answers for the
    GUI thread in the frames that showed the progress (issue 15)."""
    at = datetime(2026, 11, 20, 10, 0)
    files = [exif_photo(tmp_path / f"IMG_{i}.jpg", at, (90, 60 + i, 40)) for i in range(30)]
    lane = Lane(threads())
    dialog = ImportDialog(files, 1, "Amelia Hart", {}, lane=lane)
    qtbot.addWidget(dialog)
    assert lane.pending == 1
    qtbot.waitUntil(lambda: all(dialog.table.read), timeout=20_000)
    assert all(not item.icon().isNull() for item in dialog.table.photo_items)
    qtbot.waitUntil(lambda: lane.pending == 0)
    # Closed early, the rest is not read.
    again = ImportDialog(files, 1, "Amelia Hart", {}, lane=lane)
    qtbot.addWidget(again)
    again.reject()
    qtbot.waitUntil(lambda: lane.pending == 0, timeout=20_000)
    assert not all(again.table.read)
