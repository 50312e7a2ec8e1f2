"""Benchmarks for DESIGN.md §5: each figure is printed next to a floor measured in the same run.

Not timed tests: ``python -m benchmarks`` prints one JSON object (see ``benchmarks.run``).
This module holds what the benchmarks share: medians and the cached demo journal.
"""

from __future__ import annotations

import compileall
import hashlib
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEMO_SEED = 20240601
CACHE_ENV = "NEEDLEJOURNAL_BENCH_CACHE"


def compile_like_an_install() -> bool:
    """Write the package's ``.pyc`` files, as ``pip install`` and the PyInstaller bundle do.

    A user's process reads bytecode. Without this, a machine that sets
    ``PYTHONDONTWRITEBYTECODE`` (this one does) compiles every module of the app from source in
    every sample (~15 ms of the window's first paint, more for a CLI command), while the floors
    (PySide6, SQLAlchemy, installed by pip) read theirs: a start no user has.
    """
    return compileall.compile_dir(ROOT / "needlejournal", quiet=1)


def median_ms(fn: Callable[[], object], repeat: int, warmup: int = 3) -> float:
    """Median wall time of ``fn`` in milliseconds, after a few untimed warm-up calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return round(statistics.median(samples) * 1000, 3)


def run_measured(argv: list[str]) -> tuple[float, float, bytes]:
    """Run ``[python, -m|-c, …]`` in a fresh process: its wall seconds, its own peak RSS in MB
    (``VmHWM``, through ``peak_rss.py``: ``wait4``'s counts this process's memory too) and
    its standard output. Raises with the end of its standard error if it fails."""
    if argv[0] != sys.executable or argv[1] not in ("-m", "-c"):
        raise ValueError(f"not a Python command: {argv[:2]}")
    with tempfile.TemporaryDirectory(prefix="nj-peak-") as tmp:
        out = Path(tmp) / "peak_kib"
        wrapped = [sys.executable, str(ROOT / "benchmarks" / "peak_rss.py"), str(out), *argv[1:]]
        start = time.perf_counter()
        done = subprocess.run(wrapped, capture_output=True, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{argv[2:]} failed: {done.stderr.decode()[-500:]}")
        return elapsed, int(out.read_text()) / 1024, done.stdout


def growth(sizes: tuple[int, ...], medians: list[float]) -> dict[str, Any]:
    """The log-log slope of a curve from its first to its last size (0 flat, 1 linear,
    2 quadratic) and a word for it."""
    if medians[0] <= 0 or medians[-1] <= 0:
        return {"exponent": None, "growth": "unmeasurable"}
    exponent = math.log(medians[-1] / medians[0]) / math.log(sizes[-1] / sizes[0])
    word = (
        "flat"
        if exponent < 0.2
        else "sublinear"
        if exponent < 0.85
        else "linear"
        if exponent < 1.2
        else "superlinear"
    )
    return {"exponent": round(exponent, 2), "growth": word}


def ratio(figure: float | None, floor: float | None) -> float | None:
    if figure is None or not floor:
        return None
    return round(figure / floor, 2)


def cache_root() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) / "needlejournal-bench")


def _code_key() -> str:
    """Changes whenever the demo generator or the schema changes, so a stale cache is never used."""
    digest = hashlib.sha256()
    package = ROOT / "needlejournal"
    watched = [*sorted((package / "demo").rglob("*.py"))]
    watched += sorted((package / "db").rglob("*.py"))
    for path in watched:
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def demo_data_dir(clients: int, treatments: int, seed: int = DEMO_SEED) -> Path:
    """A data dir holding a demo journal of ``clients`` × ``treatments``, built once and cached.

    Callers that may write to the journal (the app does) must work on a copy
    (``copy_data_dir``); the cached one is only ever read.
    """
    # Imported here: the startup benchmark's parent process does not need SQLAlchemy.
    from needlejournal.demo import fill_demo
    from needlejournal.journal.api import Journal
    from needlejournal.paths import resolve

    stem = f"demo-c{clients}-t{treatments}-s{seed}-"
    target = cache_root() / (stem + _code_key())
    if (target / "journal.sqlite3").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(stem + "*"):  # built by older code: never used again
        if stale.is_dir() and "." not in stale.name:
            shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    journal = Journal.open(resolve(building))
    try:
        fill_demo(journal, clients=clients, treatments=treatments, seed=seed)
    finally:
        journal.close()
    try:
        building.rename(target)  # atomic: a half-built journal is never found
    except OSError:  # another run finished first
        shutil.rmtree(building, ignore_errors=True)
    return target


def copy_data_dir(source: Path, parent: Path) -> Path:
    """A private copy of a (closed) data dir, so the original cache stays untouched."""
    target = parent / "data"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*-shm", ".instance.lock"))
    return target


def interleaved(
    fns: dict[str, Callable[[], object]], rounds: int, repeat: int = 1, warmup: int = 1
) -> dict[str, list[float]]:
    """Each round times every ``fns`` entry in turn (the median of ``repeat`` calls, ms), so a
    figure and its floor see the same machine load; one sample per round and name."""
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            samples[name].append(median_ms(fn, repeat, warmup=0))
    return samples


def spread(samples: list[float]) -> dict[str, Any]:
    """Median and range of per-round samples (ms)."""
    return {
        "median_ms": round(statistics.median(samples), 2),
        "range_ms": [round(min(samples), 2), round(max(samples), 2)],
    }


def median_range(values: list[float], digits: int) -> dict[str, float]:
    """Median, min and max of per-round values, rounded to ``digits``."""
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }


def ratio_spread(figure: list[float], floor: list[float]) -> dict[str, Any]:
    """The figure over its floor, round by round: the median ratio and its range."""
    ratios = [f / b for f, b in zip(figure, floor, strict=True) if b > 0]
    return {
        "ratio": round(statistics.median(ratios), 2),
        "ratio_range": [round(min(ratios), 2), round(max(ratios), 2)],
    }
