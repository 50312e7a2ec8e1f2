"""Render every window and dialog of NeedleJournal to docs/screenshots/*.png (light and dark).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--out docs/screenshots]

Renders the real demo journal (``needlejournal.demo.fill_demo`` with its synthetic photos).
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
        window.resize(1280, 800)
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
    gallery.view.setCurrentIndex(gallery.model.index(1))
    shot(window, "gallery")
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
    dialog = gallery.start_import([files[0], broken, *files[1:]])
    assert dialog is not None
    dialog.accept()
    progress = gallery.progress
    settle(lambda: progress.outcome is not None)
    settle(lambda: False, 0.2)
    shot(progress, "import-progress")
    progress.close()
    window.middle.setCurrentWidget(window.timeline)


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
