"""The Photos tab on a real journal: model, import, thumbnails, filters, viewer, delete/undo."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import client_with_history
from PIL import Image
from PySide6.QtCore import QModelIndex, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QAbstractItemModelTester, QTest
from pytestqt.qtbot import QtBot
from stall_meter import APP_STALL_LIMIT_S, StallMeter

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientRecord, PhotoDraft, PhotoRecord, TreatmentRecord
from needlejournal.ui.gallery.delegate import CELL, PAD, THUMB
from needlejournal.ui.gallery.import_dialog import ImportProgressDialog
from needlejournal.ui.gallery.model import PROGRESS_TITLE, GalleryModel
from needlejournal.ui.gallery.panel import GalleryPanel
from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader
from needlejournal.ui.gallery.viewer import PhotoViewer
from needlejournal.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def make_photo(
    path: Path,
    colour: tuple[int, int, int],
    size: tuple[int, int] = (640, 480),
    *,
    noise: bool = False,
) -> Path:
    im = Image.new("RGB", size, colour)
    if noise:  # distinct bytes (no dedup) and a realistic JPEG size
        grain = Image.effect_noise(size, 40).convert("RGB")
        im = Image.blend(im, grain, 0.15)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=88)
    path.write_bytes(buf.getvalue())
    return path


def make_photos(folder: Path, n: int, size: tuple[int, int] = (640, 480)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        make_photo(folder / f"p{i:03}.jpg", (200 - i % 50, 120 + i % 60, 100 + i % 90), size)
        for i in range(n)
    ]


def bad_file(folder: Path) -> Path:
    path = folder / "not-a-photo.jpg"
    path.write_bytes(os.urandom(2048))
    return path


def sessions_of(journal: Journal, client: ClientRecord) -> list[TreatmentRecord]:
    return [e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)]


def seed(journal: Journal, tmp: Path) -> tuple[ClientRecord, list[PhotoRecord]]:
    """A client with two sessions: before+after front photos in each, one progress close-up."""
    client = client_with_history(journal)
    lib = PhotoLibrary(journal)
    folder = tmp / "seed"
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    colours = iter([(200, 60, 60), (60, 200, 60), (60, 60, 200), (200, 200, 60), (60, 200, 200)])
    for s in sessions_of(journal, client):
        for role in ("before", "after"):
            p = make_photo(folder / f"{s.id}-{role}.jpg", next(colours))
            ids.append(lib.import_one(p, PhotoDraft(client.id, role, "front", s.id)).id)
    p = make_photo(folder / "progress.jpg", next(colours))
    ids.append(lib.import_one(p, PhotoDraft(client.id, "progress", "closeup")).id)
    return client, [lib.get(i) for i in ids]


def open_gallery(window: MainWindow, qtbot: QtBot, client_id: int) -> GalleryPanel:
    window.clients.select_client(client_id)
    window.middle.setCurrentWidget(window.gallery)
    gallery = window.gallery
    gallery.layouts.set_layout("sessions")  # these tests are about the session grouping
    qtbot.waitUntil(lambda: gallery.controller.library is not None)
    return gallery


def test_model_passes_the_model_tester(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    client, photos = seed(journal, tmp_path)
    sessions = {e.id: e.performed_at for e in sessions_of(journal, client)}
    model = GalleryModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_photos(client.id, photos, sessions)
    assert model.rowCount() == 5
    titles = [s.title for s in model.sections()]
    assert titles[-1] == PROGRESS_TITLE and all(t.startswith("Session · ") for t in titles[:2])
    newest = max(sessions, key=lambda k: sessions[k])
    assert model.sections()[0].key == newest  # newest session first
    assert model.data(model.index(4), GalleryModel.SectionRole) == 2
    assert model.roleNames()[GalleryModel.Sha256Role].data() == b"sha256"
    model.set_filter(view="closeup")
    assert [p.view for p in model.photos()] == ["closeup"]
    model.set_filter(role="before")
    assert model.rowCount() == 2
    model.set_filter()
    model.remove_photo(photos[0].id)
    assert model.rowCount() == 4 and model.row_of(photos[0].id) == -1
    model.add_photo(photos[0])
    assert model.rowCount() == 5
    changed = []
    model.dataChanged.connect(lambda a, _b, _r=(): changed.append(a.row()))
    model.thumbnail_arrived(photos[4].sha256)
    assert changed == [model.row_of(photos[4].id)]


def test_import_reports_the_rejected_file_and_leaves_nothing_behind(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    assert gallery.model.rowCount() == 5
    files = make_photos(tmp_path / "in", 4)
    files.insert(2, bad_file(tmp_path / "in"))
    session = sessions_of(journal, client)[0]
    dialog = gallery.start_import(files, session.id)
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData("after"))
    dialog.view.setCurrentIndex(dialog.view.findData("left45"))
    dialog.skin.setCurrentIndex(dialog.skin.findData("post"))
    dialog.day_after.setValue(3)
    dialog.accept()
    progress = gallery.progress
    assert isinstance(progress, ImportProgressDialog)
    qtbot.waitUntil(lambda: progress.outcome is not None, timeout=20_000)
    summary = progress.summary_plain()
    assert "Imported 4 photos." in summary
    assert "not-a-photo.jpg: " in summary and "1 not imported" in summary
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 9)
    lib = PhotoLibrary(journal)
    new = [p for p in lib.list_photos(client.id, view="left45")]
    assert len(new) == 4
    assert all(p.role == "after" and p.treatment_id == session.id for p in new)
    assert new[0].capture == {"skin": "post", "day_after": 3}
    assert len(list(lib.store.iter_stored())) == 9  # nothing stored for the bad file
    assert not lib.check(verify_hashes=False)
    window.close()


def test_thumbnails_arrive_and_replace_the_placeholder(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, photos = seed(journal, tmp_path)
    lib = PhotoLibrary(journal)
    for p in photos:  # no cached thumbnails: the loader has to make them
        lib.thumbnails.drop(p.sha256)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    view = gallery.view
    delegate = view.itemDelegate()
    qtbot.waitUntil(lambda: delegate.placeholders_painted > 0)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: gallery.loader.cached_count() == 5, timeout=10_000)
    # The tile shows the photo's colour now, not the placeholder's.
    row = gallery.model.row_of(photos[0].id)
    rect = view.visualRect(gallery.model.index(row))
    image: QImage = view.viewport().grab().toImage()
    centre = image.pixelColor(QPoint(rect.left() + PAD + THUMB // 2, rect.top() + PAD + THUMB // 2))
    assert abs(centre.red() - 200) < 25 and centre.green() < 90, centre.name()
    assert lib.thumbnail_path(photos[0]).exists()


def test_filters_by_view_role_and_session(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    gallery.view_filter.setCurrentIndex(gallery.view_filter.findData("closeup"))
    assert gallery.model.rowCount() == 1
    gallery.view_filter.setCurrentIndex(0)
    gallery.role_filter.setCurrentIndex(gallery.role_filter.findData("after"))
    assert {p.role for p in gallery.model.photos()} == {"after"} and gallery.model.rowCount() == 2
    gallery.role_filter.setCurrentIndex(0)
    session = sessions_of(journal, client)[0]
    gallery.session_filter.setCurrentIndex(gallery.session_filter.findData(session.id))
    assert {p.treatment_id for p in gallery.model.photos()} == {session.id}
    gallery.role_filter.setCurrentIndex(gallery.role_filter.findData("progress"))
    assert gallery.model.rowCount() == 0
    assert gallery.stack.currentWidget() is gallery.empty
    assert "No photos match" in gallery.empty.text()


def test_session_strip_counts_the_sessions_photos(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    window = make_window()
    open_gallery(window, qtbot, client.id)
    session = sessions_of(journal, client)[0]
    window.middle.setCurrentWidget(window.timeline)
    window.timeline.select_entry("treatment", session.id)
    assert window.photo_strip.isVisible()
    assert window.photo_strip.photo_count() == 2
    assert "2 photos" in window.photo_strip.label.text()
    window.photo_strip.open_button.click()
    assert window.middle.currentWidget() is window.gallery
    assert window.gallery.model.rowCount() == 2


def is_fitting(viewer: PhotoViewer) -> bool:
    return viewer.image.fitting


def test_viewer_steps_and_zooms(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    viewer = gallery.open_viewer(gallery.model.index(0))
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.image.reduced is not None, timeout=10_000)
    first = viewer.current()
    assert first is not None
    QTest.keyClick(viewer.image, Qt.Key.Key_Right)
    assert viewer.index == 1 and viewer.current() != first
    QTest.keyClick(viewer.image, Qt.Key.Key_Left)
    assert viewer.current() == first
    QTest.keyClick(viewer.image, Qt.Key.Key_Left)  # already the first: stays
    assert viewer.index == 0
    assert is_fitting(viewer)
    QTest.keyClick(viewer.image, Qt.Key.Key_Plus)
    assert not is_fitting(viewer) and viewer.zoom_label.text().endswith("%")
    QTest.keyClick(viewer.image, Qt.Key.Key_1)
    assert viewer.image.scale == 1.0 and viewer.zoom_label.text() == "100%"
    viewer.image.set_scale(3.0)  # more detail than the reduced image: the full one is loaded
    qtbot.waitUntil(lambda: viewer.image.full is not None, timeout=10_000)
    assert viewer.image.full is not None and viewer.image.full.width() == first.width
    before = QPointF(viewer.image.centre)
    viewer.image.pan(QPointF(40, 0))  # dragging right shows more of the left
    assert viewer.image.centre.x() < before.x()
    QTest.keyClick(viewer.image, Qt.Key.Key_F)
    assert is_fitting(viewer)
    viewer.close()


def test_editing_details_persists(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, photos = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    row = gallery.model.row_of(photos[4].id)
    viewer = gallery.open_viewer(gallery.model.index(row))
    assert viewer is not None
    form = viewer.details
    form.view.setCurrentIndex(form.view.findData("left90"))
    form.note.setPlainText("Side light, window")
    form.camera.setText("Pixel 8")
    form.taken.setDateTime(form.taken.dateTime().addDays(-2))
    form.save_button.click()
    saved = PhotoLibrary(journal).get(photos[4].id)
    assert saved.view == "left90" and saved.note == "Side light, window"
    assert saved.capture.get("camera") == "Pixel 8"
    assert abs((photos[4].taken_at - saved.taken_at).total_seconds() - 2 * 86400) < 60
    assert form.problems.text() == "Saved."
    assert gallery.model.photo_at(gallery.model.row_of(saved.id)).view == "left90"
    form.role.setCurrentIndex(form.role.findData("before"))  # progress → before needs a session
    form.save_button.click()
    assert "session" in form.problems.text()
    viewer.close()


def test_delete_confirm_undo_and_purge_on_close(
    make_window: MakeWindow,
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    confirm_yes: list[str],
) -> None:
    client, photos = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    lib = PhotoLibrary(journal)
    for victim in photos[:2]:
        gallery.view.setCurrentIndex(gallery.model.index(gallery.model.row_of(victim.id)))
        gallery.delete_action.trigger()
    assert len(confirm_yes) == 2 and "undo" in confirm_yes[0]
    assert gallery.model.rowCount() == 3
    assert {p.id for p in lib.list_photos(client.id)} == {p.id for p in photos[2:]}
    assert gallery.undo_button.isVisibleTo(window) and "Ctrl+Z" in window.status.text()
    assert gallery.undo_action.isEnabled()
    gallery.undo_action.trigger()  # brings back the last one deleted
    assert gallery.model.rowCount() == 4
    back = [p for p in lib.list_photos(client.id) if p.sha256 == photos[1].sha256]
    assert len(back) == 1 and back[0].role == photos[1].role
    assert lib.original_path(photos[0]).exists()  # kept until the window closes
    window.close()
    assert not lib.original_path(photos[0]).exists()  # purged: deleted and not undone
    assert lib.original_path(photos[1]).exists()
    assert not lib.check(verify_hashes=False)


def test_declined_delete_keeps_the_photo(
    make_window: MakeWindow,
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    gallery.view.setCurrentIndex(gallery.model.index(0))
    gallery.delete_action.trigger()
    assert gallery.model.rowCount() == 5 and len(PhotoLibrary(journal).list_photos(client.id)) == 5


def test_stale_thumbnail_for_another_client_is_dropped(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    import threading

    client, photos = seed(journal, tmp_path)
    gate = threading.Event()
    loader = ThumbnailLoader(size=32, threads=2)  # two in flight at once

    def decode(photo: PhotoRecord, size: int) -> QImage:
        gate.wait(5)
        image = QImage(size, size, QImage.Format.Format_RGB888)
        image.fill(QColor("red"))
        return image

    loader.set_decoder(decode)
    model = GalleryModel()
    model.set_photos(client.id, photos, {})
    model.thumbnail = loader.pixmap
    loader.ready.connect(model.thumbnail_arrived)
    repaints: list[int] = []
    model.dataChanged.connect(lambda a, _b, _r=(): repaints.append(a.row()))
    for p in photos[:3]:
        loader.request(p)
    qtbot.waitUntil(lambda: loader.pending_count() == 1)  # two workers took one each
    # Another client is chosen before the thumbnails come back.
    loader.reset()
    model.set_photos(client.id + 1000, [], {})
    gate.set()
    qtbot.waitUntil(lambda: loader.dropped == 2, timeout=5000)
    loader.wait()
    qtbot.wait(50)
    assert repaints == [] and loader.cached_count() == 0
    assert loader.pending_count() == 0  # the request not yet started was dropped too
    # Requests that scrolled away are dropped before they start.
    gate.clear()
    for p in photos:
        loader.request(p)
    dropped = loader.keep_only({photos[4].sha256})
    gate.set()
    loader.wait()
    assert dropped >= 1


@pytest.mark.timing
def test_gui_thread_never_stalls_during_an_import(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    journal.set_mode("clinic")
    # The app's own worker threads, not the inline lanes of make_window: inline, the journal's
    # reads after the import would run on the GUI thread and count as its stalls.
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.attach_journal(journal)
    qtbot.waitUntil(lambda: window.client_model.rowCount() > 0, timeout=20_000)
    gallery = open_gallery(window, qtbot, client.id)
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 5, timeout=20_000)
    files = [p for p in make_photos(tmp_path / "many", 30, size=(1600, 1200))]
    meter = StallMeter()
    dialog = gallery.start_import(files)
    assert dialog is not None
    meter.start()
    dialog.accept()
    progress = gallery.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.outcome is not None, timeout=60_000)
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 35, timeout=10_000)
    qtbot.wait(100)  # the grid repaints with the new rows and thumbnails
    meter.stop()
    assert len(progress.outcome.imported) == 30  # type: ignore[union-attr]
    assert len(meter.gaps) > 20
    print(meter.summary())
    window.close()  # waits for the journal's lane
    # The app's own share of each gap (a busy machine's share excluded, see stall_meter).
    assert meter.longest_app_s < APP_STALL_LIMIT_S, meter.summary()


def test_cancel_keeps_what_was_imported(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    files = make_photos(tmp_path / "many", 40, size=(1200, 900))
    dialog = gallery.start_import(files)
    assert dialog is not None
    dialog.accept()
    progress = gallery.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.bar.value() >= 1, timeout=20_000)
    progress.cancel_button.click()
    qtbot.waitUntil(lambda: progress.outcome is not None, timeout=20_000)
    result = progress.outcome
    assert result is not None and result.cancelled
    kept = len(result.imported)
    assert 1 <= kept < 40
    assert "Cancelled" in progress.summary_plain()
    lib = PhotoLibrary(journal)
    assert len(lib.list_photos(client.id)) == 5 + kept
    assert not lib.check(verify_hashes=False)


def test_grid_geometry_is_uniform(
    make_window: MakeWindow, qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    client, _ = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    view, model = gallery.view, gallery.model
    rects = [view.visualRect(model.index(r)) for r in range(model.rowCount())]
    assert {r.size().toTuple() for r in rects} == {CELL.toTuple()}
    for r in range(model.rowCount()):
        assert view.indexAt(rects[r].center()) == model.index(r)
    assert not view.indexAt(QPoint(view.header_rect(0).center())).isValid()
    assert view.indexAt(QPoint(-5, -5)) == QModelIndex()
    view.setCurrentIndex(model.index(0))
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().row() == 1
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == model.rowCount() - 1


def test_compare_opens_with_the_selected_photos(
    make_window: MakeWindow,
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import needlejournal.ui.compare as compare

    client, photos = seed(journal, tmp_path)
    window = make_window()
    gallery = open_gallery(window, qtbot, client.id)
    calls: list[tuple[int, list[int], str]] = []

    def fake_open(
        _parent: object, _lib: object, cid: int, ids: list[int], client_name: str, workers: object
    ) -> None:
        calls.append((cid, list(ids), client_name))

    monkeypatch.setattr(compare, "open_compare", fake_open)
    assert gallery.compare_action.isEnabled()
    view, model = gallery.view, gallery.model
    for p in photos[:2]:
        view.selectionModel().select(
            model.index(model.row_of(p.id)), view.selectionModel().SelectionFlag.Select
        )
    gallery.compare_button.click()
    assert calls == [(client.id, sorted((p.id for p in photos[:2]), key=model.row_of), client.name)]
