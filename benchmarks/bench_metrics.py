"""Photo measures of a region of a 12 MP photo (issue 12).

    .venv/bin/python -m benchmarks.bench_metrics [--quick]

One 12 MP photo (4032 × 3024, noisy skin-like colours, spots), decoded once. ``figure``:
``region_metrics`` (sRGB conversion, CIELAB, ITA°, evenness, texture, spots) of a cheek-sized
region (1200 × 900, an ellipse) — what the viewer's Measure panel runs per photo. Also timed:
the same region as a rectangle, a large region (2400 × 1800) and the decode itself. Goal: the
region's measures ≤ 0.3 s. ≥ 3 rounds, median and range.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

GOAL_S = 0.3
SIZE = (4032, 3024)
CHEEK = (1400, 1100, 1200, 900)
LARGE = (800, 600, 2400, 1800)


def _photo(size: tuple[int, int]) -> Any:
    from PIL import Image, ImageDraw

    noise = Image.effect_noise(size, 24)
    im = Image.merge(
        "RGB",
        (
            noise.point(lambda v: min(255, 120 + v // 2)),
            noise.point(lambda v: min(255, 90 + v // 3)),
            noise.point(lambda v: min(255, 80 + v // 3)),
        ),
    )
    draw = ImageDraw.Draw(im)
    for i in range(40):
        x, y = 1400 + (i * 131) % 1100, 1100 + (i * 71) % 800
        draw.ellipse((x, y, x + 14, y + 14), fill=(110, 70, 60))
    return im


def _rounds(fn: Callable[[], object], rounds: int) -> dict[str, float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return {
        "median_s": round(statistics.median(times), 4),
        "min_s": round(min(times), 4),
        "max_s": round(max(times), 4),
    }


def run(quick: bool = False) -> dict[str, Any]:
    from needlejournal.photos.metrics import region_metrics

    rounds = 3 if quick else 5
    image = _photo(SIZE)
    image.load()
    cheek = _rounds(lambda: region_metrics(image, CHEEK, shape="ellipse"), rounds)
    return {
        "photo": f"{SIZE[0]}x{SIZE[1]}",
        "region": list(CHEEK),
        "figure": cheek,
        "rectangle": _rounds(lambda: region_metrics(image, CHEEK), rounds),
        "large_region": _rounds(lambda: region_metrics(image, LARGE), rounds),
        "whole_photo": _rounds(lambda: region_metrics(image), max(3, rounds // 2)),
        "goal_s": GOAL_S,
        "meets_goal": cheek["median_s"] <= GOAL_S,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(quick=parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
