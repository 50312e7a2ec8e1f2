"""Render every window and dialog of NeedleJournal to docs/screenshots/*.png (light and dark).

    Xvfb :91 -screen 0 1440x900x24 -noreset &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_screenshots.py [--out …]

(or ``QT_QPA_PLATFORM=offscreen`` without an X server). Renders the real demo journal
(``needlejournal.demo.fill_demo`` with its synthetic photos) in a 1440×900 window, the main
window again at 1024×700 and 800×560, and the first run on a fresh journal.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/London")

from needlejournal.demo import fill_demo
from needlejournal.journal.api import Journal
from needlejournal.paths import resolve

SIZE = (1440, 900)
SMALL_SIZES = ((1024, 700), (800, 560))


def render(out: Path, journal_dir: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from needlejournal.ui import theme
    from needlejournal.ui.main_window import MainWindow
    from needlejournal.ui.ops import InlinePool, Workers

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    from needlejournal.ui import language

    language.install(app, "en")  # as start-up does: English plurals ("2 sessions")
    journal = Journal.open(resolve(journal_dir))
    made: list[Path] = []
    settings_file = journal_dir / "ui.ini"
    for scheme, palette in (("", theme.light_palette()), ("-dark", theme.dark_palette())):
        app.setPalette(palette)
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        settings.clear()
        window = MainWindow(settings, Workers(InlinePool()))
        window.resize(*SIZE)
        window.show()
        window.attach_journal(journal)
        busiest = max(journal.list_clients(), key=lambda c: c.treatment_count)
        window.clients.select_client(busiest.id)
        window.timeline.view.setCurrentIndex(window.timeline_model.index(0))
        _settle(window.gallery.loader.idle, 10)  # the session strip's thumbnails
        _settle(lambda: False, 0.3)

        def shot(widget: object, name: str, scheme: str = scheme) -> None:
            app.processEvents()
            path = out / f"{name}{scheme}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            made.append(path)

        shot(window, "main-window")
        if not scheme:
            for w, h in SMALL_SIZES:
                window.resize(w, h)
                _settle(lambda: False, 0.5)
                shot(window, f"main-window-{w}x{h}")
            window.resize(*SIZE)
            _settle(lambda: False, 0.5)
        d = window.opener.edit_session(window.timeline_model.treatments()[0])
        assert d is not None
        shot(d, "session-dialog")
        d.close()
        o = window.opener.new_observation()
        assert o is not None
        shot(o, "observation-dialog")
        o.close()
        for name, opener in (
            ("product-library", window.opener.product_library),
            ("device-library", window.opener.device_library),
            ("guidance-settings", window.opener.guidance_settings),
            ("client-dialog", window.opener.edit_client),
        ):
            dialog = opener()
            assert dialog is not None
            shot(dialog, name)
            dialog.close()
        gallery_shots(window, journal, journal_dir, shot)
        window.close()
        window.deleteLater()
    journal.close()
    return made


def _settle(until: Callable[[], bool], seconds: float = 20) -> None:
    """Run the event loop until ``until()`` (thumbnails arrived…) or ``seconds`` pass."""
    import time

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    end = time.perf_counter() + seconds
    while not until() and time.perf_counter() < end:
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.005)


def new_photo(path: Path, k: int) -> Path:
    """A fresh demo-style photo to import (for the import summary shot)."""
    from needlejournal.demo.photos import write_photo
    from needlejournal.demo.skin import SkinProfile, face_area_photo

    profile = SkinProfile(skin_type="III", seed=42)
    image = face_area_photo(900 + k, profile=profile, progress=0.8, size=(800, 600))
    write_photo(image, path, datetime.now(UTC) - timedelta(hours=k))
    return path


def gallery_shots(window: Any, journal: Journal, folder: Path, shot: Callable[..., None]) -> None:
    """The Photos tab, the viewer and an import summary with a rejected file."""

    gallery = window.gallery
    settle = _settle
    window.middle.setCurrentWidget(gallery)
    settle(lambda: gallery.model.rowCount() > 0)
    settle(lambda: gallery.loader.pending_count() == 0 and gallery.loader.cached_count() > 8)
    settle(lambda: False, 0.3)
    grid = gallery.layouts.grid
    settle(lambda: gallery.layouts.grid_loader.idle(), 10)
    settle(lambda: False, 0.3)
    grid.setCurrentIndex(gallery.model.index(1))
    shot(window, "gallery")
    gallery.layouts.set_layout("sessions")
    settle(lambda: gallery.loader.pending_count() == 0 and gallery.loader.cached_count() > 8)
    gallery.view.setCurrentIndex(gallery.model.index(1))
    shot(window, "gallery-sessions")
    gallery.layouts.set_layout("grid")
    viewer = gallery.open_viewer(gallery.model.index(1))
    settle(lambda: viewer.image.reduced is not None)
    shot(viewer, "photo-viewer")
    viewer.image.actual_size()
    settle(lambda: viewer.image.full is not None)
    shot(viewer, "photo-viewer-100")
    viewer.close()
    files = [new_photo(folder / f"IMG_{2038 + k}.jpg", k) for k in range(3)]
    broken = folder / "IMG_2041.HEIC"
    broken.write_bytes(b"ftypheic" + bytes(range(256)) * 4)
    sessions = sorted(gallery.sessions.items(), key=lambda kv: kv[1])
    sid, when = sessions[-1]
    batch = [
        exif_photo(folder / name, when + timedelta(minutes=minutes), k)
        for k, (name, minutes) in enumerate(
            [
                ("IMG_3101.jpg", -12),
                ("IMG_3102.jpg", -11),
                ("IMG_3103.jpg", -10),
                ("IMG_3110.jpg", 35),
                ("cheek closeup.jpg", 36),
                ("IMG_2990.jpg", -60 * 24 * 30),
            ]
        )
    ]
    batch_dialog = gallery.start_import(batch, sid)
    assert batch_dialog is not None
    settle(lambda: all(batch_dialog.table.read))
    settle(lambda: False, 0.3)
    shot(batch_dialog, "import-batch")
    batch_dialog.reject()
    dialog = gallery.start_import([files[0], broken, *files[1:]])
    assert dialog is not None
    dialog.accept()
    progress = gallery.progress
    settle(lambda: progress.outcome is not None)
    settle(lambda: False, 0.2)
    shot(progress, "import-progress")
    progress.close()
    window.middle.setCurrentWidget(window.timeline)


def exif_photo(path: Path, when: datetime, k: int) -> Path:
    """A demo-style photo whose EXIF says when it was taken (the batch import's guesses)."""
    from needlejournal.demo.skin import SkinProfile, face_area_photo

    profile = SkinProfile(skin_type="III", seed=42)
    image = face_area_photo(700 + k, profile=profile, progress=0.6, size=(800, 600))
    exif = image.getexif()
    exif.get_ifd(0x8769)[0x9003] = when.astimezone(UTC).strftime("%Y:%m:%d %H:%M:%S")
    exif.get_ifd(0x8769)[0x9011] = "+00:00"
    image.save(path, "JPEG", quality=88, exif=exif)
    return path


def first_run_shots(out: Path, journal_dir: Path) -> list[Path]:
    """A fresh journal: the mode question, then the three setup steps."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from needlejournal.ui.main_window import MainWindow
    from needlejournal.ui.ops import InlinePool, Workers

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from needlejournal.ui import theme

    app.setPalette(theme.light_palette())
    journal = Journal.open(resolve(journal_dir))
    settings = QSettings(str(journal_dir / "ui.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(settings, Workers(InlinePool()))
    window.resize(*SIZE)
    window.show()
    window.attach_journal(journal)
    made: list[Path] = []

    def shot(name: str) -> None:
        _settle(lambda: False, 0.4)
        path = out / f"{name}.png"
        screen = window.screen()
        if os.environ.get("QT_QPA_PLATFORM") == "xcb" and screen is not None:
            screen.grabWindow(0, 0, 0, SIZE[0], SIZE[1]).save(str(path))  # the real X screen
        else:
            window.grab().save(str(path))
        made.append(path)

    box = window.mode_question
    assert box is not None
    shot("first-run-question")
    (just_me,) = [b for b in box.buttons() if b.text() == "Just me"]
    just_me.click()
    from needlejournal.ui.first_run_setup import FirstRunSetup

    (setup,) = [d for d in window.findChildren(FirstRunSetup) if d.isVisible()]
    for name in ("first-run-device", "first-run-products", "first-run-photos"):
        shot(name)
        setup.next.click()
    _settle(lambda: False, 0.3)
    window.close()
    window.deleteLater()
    journal.close()
    return made


def render_translated(out: Path, journal_dir: Path, code: str) -> list[Path]:
    """The main window and the session dialog in another language (README: German UI)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from needlejournal.ui import language, theme
    from needlejournal.ui.main_window import MainWindow
    from needlejournal.ui.ops import InlinePool, Workers

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setPalette(theme.light_palette())
    language.install(app, code)
    journal = Journal.open(resolve(journal_dir))
    settings = QSettings(str(journal_dir / f"ui-{code}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, Workers(InlinePool()))
    window.resize(1280, 800)
    window.show()
    window.attach_journal(journal)
    busiest = max(journal.list_clients(), key=lambda c: c.treatment_count)
    window.clients.select_client(busiest.id)
    window.timeline.view.setCurrentIndex(window.timeline_model.index(0))
    _settle(window.gallery.loader.idle, 10)
    _settle(lambda: False, 0.3)
    made = [out / f"main-window-{code}.png", out / f"session-dialog-{code}.png"]
    app.processEvents()
    window.grab().save(str(made[0]))
    dialog = window.opener.edit_session(window.timeline_model.treatments()[0])
    assert dialog is not None
    app.processEvents()
    dialog.grab().save(str(made[1]))
    dialog.close()
    window.close()
    window.deleteLater()
    journal.close()
    language.install(app, "en")
    return made


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "screenshots"))
    parser.add_argument(
        "--only-language", help="render only the translated shots of this language (de, es)"
    )
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal.open(resolve(tmp))
        fill_demo(journal, clients=5, treatments=6, seed=7, photos=True)
        journal.close()
        shots = [] if args.only_language else render(out, Path(tmp))
        shots += render_translated(out, Path(tmp), args.only_language or "de")
        for path in shots:
            print(path)
    with tempfile.TemporaryDirectory() as fresh:
        for path in first_run_shots(out, Path(fresh)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
