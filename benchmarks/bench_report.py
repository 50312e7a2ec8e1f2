"""The PDF progress report: 20 sessions with 40 photos, against the same pages without photos.

    .venv/bin/python -m benchmarks.bench_report [--quick]

One client, 20 sessions (two areas, two products with lots, scores), a before and an after
photo per session: 40 JPEGs of 12 MP (4032 × 3024, noisy so they weigh ~3–5 MB like a phone's;
quick: 3 MP). ``figure``: ``write_report`` end to end (read the journal, decode every photo at
print size on two threads, lay out, write atomically). ``floor``: the same call with the photos
left out of the decode (the same pages with empty photo boxes), measured in the same run,
interleaved. Goal: the report with photos ≤ 3 s. ≥ 3 rounds, median and range.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

GOAL_S = 3.0
SESSIONS = 20


def _photos(folder: Path, count: int, size: tuple[int, int]) -> list[Path]:
    from PIL import Image, ImageDraw

    noise = Image.effect_noise(size, 24)
    base = Image.merge(
        "RGB",
        (
            noise.point(lambda v: min(255, 90 + v // 2)),
            noise.point(lambda v: min(255, 70 + v // 3)),
            noise.point(lambda v: min(255, 60 + v // 3)),
        ),
    )
    files = []
    for i in range(count):
        im = base.copy()
        draw = ImageDraw.Draw(im)
        x = (i * 97) % (size[0] - 400)
        draw.ellipse((x, 200 + i * 20, x + 400, 600 + i * 20), fill=(150, 80 + i, 70))
        path = folder / f"photo-{i:02d}.jpg"
        im.save(path, "JPEG", quality=90)
        files.append(path)
    return files


def _journal(root: Path, files: list[Path]) -> tuple[Any, int]:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import (
        AreaDraft,
        ClientDraft,
        DeviceDraft,
        PhotoDraft,
        ProductDraft,
        ProductUseDraft,
        TreatmentDraft,
    )
    from needlejournal.paths import resolve

    journal = Journal.open(resolve(root))
    pen = journal.save_device(DeviceDraft("Bench pen", "pen", needle_count=16))
    serum = journal.save_product(ProductDraft("Bench serum", "Lab", "serum"))
    balm = journal.save_product(ProductDraft("Bench balm", "Lab", "balm"))
    client = journal.save_client(ClientDraft("Bench Client", skin_type="III"))
    library = PhotoLibrary(journal)
    start = datetime(2025, 1, 6, 10, tzinfo=UTC)
    for i in range(SESSIONS):
        t = journal.save_treatment(
            TreatmentDraft(
                client_id=client.id,
                performed_at=start + timedelta(days=28 * i),
                areas=(AreaDraft("cheeks", 1.0, 2), AreaDraft("forehead", 0.5, 2)),
                device_id=pen.id,
                products=(
                    ProductUseDraft(serum.id, "post", lot_number=f"S-{i:03d}"),
                    ProductUseDraft(balm.id, "aftercare", lot_number=f"B-{i:03d}"),
                ),
                notes=f"session {i + 1}",
                texture_score=3 + i % 6,
                tone_score=4 + i % 5,
            )
        ).treatment
        for role, path in (("before", files[2 * i]), ("after", files[2 * i + 1])):
            library.import_one(path, PhotoDraft(client.id, role, "front", t.id))
    return journal, client.id


def _rounds(samples: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(samples), 3),
        "min": round(min(samples), 3),
        "max": round(max(samples), 3),
    }


def run(quick: bool = False) -> dict[str, Any]:
    import needlejournal.report.images as images
    from needlejournal.report import write_report

    size = (2000, 1500) if quick else (4032, 3024)
    rounds = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="nj-bench-report-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        files = _photos(folder, 2 * SESSIONS, size)
        journal, client_id = _journal(folder / "data", files)
        setup_s = time.perf_counter() - t0
        megabytes = sum(f.stat().st_size for f in files) / 2**20
        with_photos: list[float] = []
        without: list[float] = []
        pages = photos = 0
        real_print_images = images.print_images

        def no_photos(paths: Any, **_: Any) -> list[None]:
            # The floor: every photo box laid out, nothing decoded (write_report looks the
            # decoder up when it runs, so swapping it here is enough).
            return [None for _ in paths]

        try:
            for _ in range(rounds):
                t = time.perf_counter()
                written = write_report(journal, client_id, folder / "with.pdf", paper="A4")
                with_photos.append(time.perf_counter() - t)
                pages, photos = written.pages, written.photos
                images.print_images = no_photos  # type: ignore[assignment]
                try:
                    t = time.perf_counter()
                    bare = write_report(journal, client_id, folder / "without.pdf", paper="A4")
                    without.append(time.perf_counter() - t)
                finally:
                    images.print_images = real_print_images
                assert bare.pages == pages and bare.photos == 0
            size_mb = (folder / "with.pdf").stat().st_size / 2**20
        finally:
            journal.close()
    figure, floor = _rounds(with_photos), _rounds(without)
    return {
        "what": f"write_report: {SESSIONS} sessions, {photos} photos of {size[0]}×{size[1]} "
        f"({megabytes:.0f} MB of JPEG), {pages} pages; floor: the same pages, photos left out",
        "rounds": rounds,
        "figure_s": figure,
        "floor_s": floor,
        "ratio": round(figure["median"] / floor["median"], 2) if floor["median"] else None,
        "goal_s": GOAL_S,
        "meets_goal": figure["median"] <= GOAL_S,
        "pdf_mb": round(size_mb, 2),
        "setup_s": round(setup_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(quick=parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
