"""``needlejournal demo --clients N`` as a user runs it (issue 15): time and memory as it grows.

Each run is a fresh process writing a fresh journal (the command's defaults: 8 sessions per
client, the synthetic photos of the first 12 clients), for 100 / 1,000 / 10,000 clients, the
sizes interleaved and their order turned each round; median and range of the rounds. Peak RSS
is the process's own (``VmHWM``, ``benchmarks.run_measured``).

The issue's goals here are not ratios to a floor but shapes: memory bounded (≤ 300 MB at every
size: the rows are written in chunks, never all held) and time linear in the clients. So the
figures are the seconds and milliseconds per client at each size, the growth exponent
between the two largest sizes (< 1.2 is linear; below 0.85 the fixed start-up and the ~12 s
of photos still weigh), what one more client costs between them, and the peak RSS at each
size.

    python -m benchmarks --only demo [--quick]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import growth, median_range, run_measured

FULL_SIZES = (100, 1_000, 10_000)
QUICK_SIZES = (100, 1_000)
PEAK_GOAL_MB = 300.0


def _demo_once(clients: int) -> tuple[float, float]:
    """Seconds and peak MB of one ``demo --clients N`` into a new journal."""
    with tempfile.TemporaryDirectory(prefix="nj-bench-demo-") as tmp:
        argv = [sys.executable, "-m", "needlejournal", "--data-dir", str(Path(tmp) / "data")]
        seconds, peak_mb, _ = run_measured([*argv, "demo", "--clients", str(clients)])
    return seconds, peak_mb


def run(quick: bool = False) -> dict[str, Any]:
    sizes = QUICK_SIZES if quick else FULL_SIZES
    rounds = 2 if quick else 3
    seconds: dict[int, list[float]] = {size: [] for size in sizes}
    peak_mb: dict[int, list[float]] = {size: [] for size in sizes}
    for r in range(rounds):
        order = list(sizes[r % len(sizes) :] + sizes[: r % len(sizes)])
        for size in order:
            wall, peak = _demo_once(size)
            seconds[size].append(wall)
            peak_mb[size].append(peak)
    points = [
        {
            "clients": size,
            "seconds": median_range(seconds[size], 2),
            "ms_per_client": round(statistics.median(seconds[size]) * 1000 / size, 2),
            "peak_mb": median_range(peak_mb[size], 0),
        }
        for size in sizes
    ]
    largest_two = sizes[-2:]
    medians = [statistics.median(seconds[size]) for size in largest_two]
    tail = growth(largest_two, medians)
    # What one more client costs, the fixed start-up and photos taken out.
    marginal_ms = (medians[1] - medians[0]) * 1000 / (largest_two[1] - largest_two[0])
    worst_peak = max(max(values) for values in peak_mb.values())
    return {
        "rounds": rounds,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "points": points,
        "time_growth_largest_two": tail,
        "marginal_ms_per_client": round(marginal_ms, 2),
        "peak_mb_worst": round(worst_peak),
        "goal": f"peak RSS ≤ {PEAK_GOAL_MB:.0f} MB at every size; time linear in the clients",
        # At most linear: flat or sublinear (the fixed costs still weigh) meet it too.
        "meets_goal": worst_peak <= PEAK_GOAL_MB
        and tail["growth"] in ("flat", "sublinear", "linear"),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv[1:]), indent=2))
