"""The Photos tab's progress grid over one client with 2,000 photos, in the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_progress_grid [--rounds 3]

Each round opens the client in the progress grid and scrolls it from top to bottom the way a
hand does (wheel steps, then page jumps), letting each screen's thumbnails arrive, with a 2 ms
heartbeat on the GUI thread; then it does the same in the session layout, the gallery's grid
before this one (the floor, same run, same photos). Figures per layout: the longest GUI-thread
gap while scrolling (goal ≤ 16 ms) and the RSS after scrolling minus the RSS with an empty
gallery (goal ≤ +100 MB); the grid's figures are also given as ratios to the floor's. Printed:
the median and the range over the rounds.

The 2,000 rows (4 views × 500 days) are inserted in bulk (benchmarks may use the ORM); their
hashes' 256 px thumbnails are planted in the thumbnail cache from 20 real photos, so every tile
is really decoded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from pathlib import Path
from typing import Any

from benchmarks.bench_gallery import Heartbeat, cached_photos, rss_mb, spin

PHOTOS = 2_000
VIEWS = ("front", "left45", "right45", "closeup")
STALL_GOAL_MS = 16.0
RSS_GOAL_MB = 100.0


def planted_photos(journal: Any, client_id: int, thumbs: list[bytes], cache: Any) -> None:
    from needlejournal.db import models as m

    start = datetime(2024, 1, 1, 10, tzinfo=UTC)
    rows: list[dict[str, Any]] = []
    for i in range(PHOTOS):
        digest = sha256(f"grid-{client_id}-{i}".encode()).hexdigest()
        path = cache.path_for(digest, 256)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(thumbs[i % len(thumbs)])
        rows.append(
            dict(
                client_id=client_id,
                treatment_id=None,
                role="progress",
                view=VIEWS[i % len(VIEWS)],
                taken_at=start + timedelta(days=i // len(VIEWS), minutes=i % len(VIEWS)),
                sha256=digest,
                media_type="image/jpeg",
                width=2200,
                height=1650,
                bytes=1_500_000,
                original_name=f"IMG_{i:05}.jpg",
                capture={},
                note="",
            )
        )
    journal.run(lambda s: s.bulk_insert_mappings(m.Photo, rows))


def scroll_through(app: Any, view: Any, loader: Any) -> tuple[dict[str, float], int]:
    """Wheel steps over the first screens, then page jumps to the end; thumbnails settle at each."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    beat = Heartbeat(2)
    beat.start()
    steps = 0
    while bar.value() < bar.maximum():
        step = bar.singleStep() * 3 if steps < 40 else bar.pageStep()
        bar.setValue(bar.value() + step)
        steps += 1
        spin(app, lambda: loader.idle(), 60)
        app.processEvents()
    return beat.stop(), steps


def one_round() -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from needlejournal.journal.api import Journal
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import ClientDraft, PhotoDraft
    from needlejournal.paths import resolve
    from needlejournal.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    files = cached_photos(20)
    with tempfile.TemporaryDirectory(prefix="nj-bench-grid-") as tmp:
        journal = Journal.open(resolve(Path(tmp) / "data"))
        journal.set_mode("clinic")
        empty = journal.save_client(ClientDraft("Empty Client"))
        crowd = journal.save_client(ClientDraft("Two Thousand"))
        lib = PhotoLibrary(journal)
        seeds = lib.import_files(files, PhotoDraft(empty.id)).imported
        thumbs = [lib.thumbnail_path(lib.get(p.id)).read_bytes() for p in seeds]
        for p in lib.list_photos(empty.id):
            lib.delete(p.id)
        planted_photos(journal, crowd.id, thumbs, lib.thumbnails)
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(1440, 900)
        window.show()
        window.attach_journal(journal)
        spin(app, lambda: window.controller is not None and window.gallery.isEnabled(), 30)
        spin(app, lambda: window.client_model.rowCount() == 2, 30)
        gallery = window.gallery
        lane = window.workers.journal
        window.middle.setCurrentWidget(gallery)
        figures: dict[str, Any] = {}
        for layout in ("grid", "sessions"):
            gallery.layouts.set_layout(layout)
            window.clients.select_client(empty.id)
            spin(app, lambda: gallery.client_id == empty.id and lane.pending == 0, 30)
            for _ in range(20):
                app.processEvents()
            rss_empty = rss_mb()
            t0 = time.perf_counter()
            window.clients.select_client(crowd.id)
            spin(app, lambda: gallery.model.rowCount() == PHOTOS and lane.pending == 0, 60)
            load_s = time.perf_counter() - t0
            view = gallery.layouts.current_view()
            loader = gallery.layouts.grid_loader if layout == "grid" else gallery.loader
            stall, steps = scroll_through(app, view, loader)
            figures[layout] = {
                "load_s": round(load_s, 3),
                "scroll_steps": steps,
                "max_gap_ms": stall["max_gap_ms"],
                "p99_gap_ms": stall["p99_gap_ms"],
                "gaps_over_16ms": stall["gaps_over_16ms"],
                "rss_delta_mb": round(rss_mb() - rss_empty, 1),
            }
        window.close()
        window.deleteLater()
        app.processEvents()
        journal.close()
    return figures


def summary(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 2), "min": min(values), "max": max(values)}


def run(rounds: int = 3) -> dict[str, Any]:
    results = [one_round() for _ in range(rounds)]
    out: dict[str, Any] = {"photos": PHOTOS, "views": len(VIEWS), "rounds": rounds}
    for layout in ("grid", "sessions"):
        out[layout] = {
            key: summary([r[layout][key] for r in results])
            for key in ("max_gap_ms", "p99_gap_ms", "rss_delta_mb", "load_s")
        }
    ratios = {
        key: summary([round(r["grid"][key] / max(r["sessions"][key], 0.1), 2) for r in results])
        for key in ("max_gap_ms", "rss_delta_mb")
    }
    out["grid_vs_session_layout"] = ratios
    grid = out["grid"]
    out["goals"] = {"max_gap_ms": STALL_GOAL_MS, "rss_delta_mb": RSS_GOAL_MB}
    out["stall_ok"] = grid["max_gap_ms"]["median"] <= STALL_GOAL_MS
    out["rss_ok"] = grid["rss_delta_mb"]["max"] <= RSS_GOAL_MB
    out["per_round"] = results
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one round")
    args = parser.parse_args()
    print(json.dumps(run(1 if args.quick else max(3, args.rounds)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
