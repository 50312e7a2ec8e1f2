"""Screenshots of issue 12 (named scales, the Progress tab, the viewer's Measure tab).

    QT_QPA_PLATFORM=offscreen python docs/make_scale_screenshots.py [--out docs/screenshots]

Renders the demo journal (``fill_demo`` with its synthetic photos), with a few ratings on the
named scales by a named esthetician and a "left cheek" region measured on the front photos.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from needlejournal.demo import fill_demo
from needlejournal.journal.api import Journal
from needlejournal.journal.records import RatingDraft, TreatmentRecord
from needlejournal.paths import resolve


def _settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def _rate(journal: Journal, client_id: int) -> None:
    sessions = [e for e in journal.timeline(client_id).entries if isinstance(e, TreatmentRecord)]
    for i, t in enumerate(sessions):
        grade = max(1, 4 - i // 2)
        journal.add_rating(
            client_id, RatingDraft("goodman-baron", grade, rater="Dr Ruiz"), treatment_id=t.id
        )
        pores = RatingDraft("visia-pores", max(0, 3 - i // 2), area="cheeks")
        journal.add_rating(client_id, pores, treatment_id=t.id)


def render(out: Path, journal_dir: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.region_measure import measure_view
    from needlejournal.journal.region_records import RegionDraft
    from needlejournal.ui import language, theme
    from needlejournal.ui.main_window import MainWindow
    from needlejournal.ui.ops import InlinePool, Workers

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setPalette(theme.light_palette())
    language.install(app, "en")  # the English catalogue holds the plural forms
    journal = Journal.open(resolve(journal_dir))
    busiest = max(journal.list_clients(), key=lambda c: c.treatment_count)
    _rate(journal, busiest.client.id)
    photos = [p for p in PhotoLibrary(journal).list_photos(busiest.client.id) if p.view == "front"]
    first = photos[0]
    box = (first.width * 3 // 10, first.height * 45 // 100, first.width // 5, first.height // 6)
    region = journal.save_region(RegionDraft(first.id, "left cheek", box, "ellipse"))
    measure_view(journal, region, photos)
    made: list[Path] = []
    settings = QSettings(str(journal_dir / "ui.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(settings, Workers(InlinePool()))
    window.resize(1600, 860)
    window.show()
    window.attach_journal(journal)
    window.clients.select_client(busiest.client.id)
    window.middle.setCurrentWidget(window.progress)
    _settle(0.5)
    keys = ["scale:texture||", "scale:goodman-baron||Dr Ruiz", f"metric:{region.id}:a"]
    window.progress.choose(keys)
    _settle(0.3)
    path = out / "progress-tab.png"
    window.grab().save(str(path))
    made.append(path)
    window.middle.setCurrentWidget(window.gallery)
    _settle(1.0)
    index = next(i for i, p in enumerate(window.gallery.model.photos()) if p.id == first.id)
    viewer = window.gallery.open_viewer(window.gallery.model.index(index))
    assert viewer is not None
    viewer.side.setCurrentWidget(viewer.metrics)
    _settle(3.0)
    path = out / "measure-tab.png"
    viewer.grab().save(str(path))
    made.append(path)
    viewer.close()
    window.close()
    journal.close()
    return made


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal.open(resolve(tmp))
        fill_demo(journal, clients=3, treatments=6, seed=7, photos=True)
        journal.close()
        for path in render(out, Path(tmp)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
