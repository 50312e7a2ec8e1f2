"""Comparison exports of two 12 MP photos from the command line (issue 15), against floors.

    .venv/bin/python -m benchmarks.bench_compare [--quick]

Each figure is a fresh process, as a user runs it: ``needlejournal compare A B --mode
side-by-side --out x.png`` (and ``.jpg``), ``--mode difference --align --out x.png``. Floors,
each a fresh Python process too: decode both JPEGs with Pillow, paste them side by side (or
``ImageChops.difference``) and save with the same encoder settings (PNG zlib level 1, JPEG
q92). Wall time and peak RSS (``wait4``), rounds interleaved, median and range; goals: ≤ 2 s,
and ≤ 400 MB for the difference.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 4032, 3024

FLOOR = textwrap.dedent(
    """
    import sys
    from PIL import Image, ImageChops
    a, b, how, out = sys.argv[1:5]
    a, b = Image.open(a), Image.open(b)
    a.load(); b.load()
    if how == "side-by-side":
        image = Image.new("RGB", (a.width * 2 + 8, a.height), (24, 24, 24))
        image.paste(a, (0, 0)); image.paste(b, (a.width + 8, 0))
    else:
        image = ImageChops.difference(a, b)
    if out.endswith(".png"):
        image.save(out, "PNG", compress_level=1)
    else:
        image.save(out, "JPEG", quality=92)
    """
)


def _photos(folder: Path) -> tuple[Path, Path]:
    """A 12 MP photo and the same scene turned 1.5° and shifted (so --align has work)."""
    from benchmarks.bench_import import jpeg_corpus

    (source,) = jpeg_corpus(1)
    from PIL import Image

    a, b = folder / "a.jpg", folder / "b.jpg"
    with Image.open(source) as im:
        im.load()
        im.save(a, quality=90)
        turned = im.rotate(1.5, Image.Resampling.BICUBIC, translate=(40, -25), fillcolor=(128,) * 3)
        turned.save(b, quality=90)
    return a, b


def _journal(folder: Path, a: Path, b: Path) -> Path:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoDraft
    from needlejournal.paths import resolve

    data = folder / "data"
    journal = Journal.open(resolve(data))
    try:
        me = journal.ensure_self()
        result = PhotoLibrary(journal).import_files([a, b], PhotoDraft(me.id, "progress", "front"))
        assert [p.id for p in result.imported] == [1, 2], result
    finally:
        journal.close()
    return data


def _timed(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        assert proc.stderr is not None
        raise RuntimeError(f"{argv[2:]} failed: {proc.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


def _spread(values: list[float], digits: int = 2) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }


def run(quick: bool = False) -> dict[str, Any]:
    rounds = 2 if quick else 3
    with tempfile.TemporaryDirectory(prefix="nj-bench-compare-") as tmp:
        folder = Path(tmp)
        a, b = _photos(folder)
        data = folder / "data"
        _journal(folder, a, b)
        cli = [sys.executable, "-m", "needlejournal", "--data-dir", str(data), "compare", "1", "2"]
        floor = [sys.executable, "-c", FLOOR, str(a), str(b)]
        cases = {
            "side_by_side_png": [*cli, "--mode", "side-by-side", "--out", str(folder / "s.png")],
            "side_by_side_png_floor": [*floor, "side-by-side", str(folder / "fs.png")],
            "side_by_side_jpg": [*cli, "--mode", "side-by-side", "--out", str(folder / "s.jpg")],
            "side_by_side_jpg_floor": [*floor, "side-by-side", str(folder / "fs.jpg")],
            "difference_align_png": [
                *cli,
                "--mode",
                "difference",
                "--align",
                "--out",
                str(folder / "d.png"),
            ],
            "difference_png_floor": [*floor, "difference", str(folder / "fd.png")],
        }
        seconds: dict[str, list[float]] = {name: [] for name in cases}
        peak_mb: dict[str, list[float]] = {name: [] for name in cases}
        names = list(cases)
        for r in range(rounds):
            for name in names[r % 2 :] + names[: r % 2]:  # alternate who goes first
                wall, rss = _timed(cases[name])
                seconds[name].append(wall)
                peak_mb[name].append(rss)
    figures: dict[str, Any] = {
        "load_average_1min": round(os.getloadavg()[0], 2),
        "rounds": rounds,
        "photos": f"two {WIDTH}x{HEIGHT} JPEGs",
    }
    for name in cases:
        figures[name] = {"seconds": _spread(seconds[name]), "peak_mb": _spread(peak_mb[name], 0)}
    for figure, floor_name in (
        ("side_by_side_png", "side_by_side_png_floor"),
        ("side_by_side_jpg", "side_by_side_jpg_floor"),
        ("difference_align_png", "difference_png_floor"),
    ):
        ratios = [f / g for f, g in zip(seconds[figure], seconds[floor_name], strict=True)]
        figures[figure]["time_ratio_to_floor"] = _spread(ratios)
    figures["goal"] = "≤ 2 s each; difference --align ≤ 400 MB peak RSS"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(quick=parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
