"""How costs grow with the journal: 10 / 100 / 1,000 / 10,000 clients (issue 15).

For each size (a cached demo journal of that many clients × ``SESSIONS`` sessions), measured
in this run, medians and ranges of ≥ 3 rounds:
- ``open``: ``Journal.open`` + ``close`` on the journal (what every CLI call and the window
  pay before any work);
- ``list``: ``Journal.list_clients`` on an open journal;
- ``timeline``: one client's ``Journal.timeline`` (guidance included) — should not grow;
- ``check``: ``Journal.check`` (the database part; these journals hold no photos);
- ``cli_list``: ``needlejournal client list --json`` as a user runs it (a new process), against
  the floor ``python -c "import sqlalchemy.orm"`` measured beside it (goal ≤ 1.3× at the small
  sizes, ≤ 1 s at 10,000 clients);
- ``cli_check``: ``needlejournal check --json`` on a journal of 10 / 100 / 1,000 / 10,000
  photos (24 KB originals) when nothing changed since the last check (goal ≤ 1 s at 10,000),
  against the import floor, and ``cli_check_full`` (``check --full``: every original
  re-hashed, the database read in full) beside it;
- ``cli_check_db_full`` / ``cli_check_db_unchanged``: ``check --json`` on the client
  journals, once with ``--full`` (the database read in full) and then unchanged (its full pass
  is skipped, ``journal.full_check``), against the import floor.
Figure and floor run in interleaved rounds; ratios are per round (median and range).
Each curve gets its growth exponent (the log-log slope from the smallest to the largest size:
0 flat, 1 linear, 2 quadratic) and a word for it.
"""

from __future__ import annotations

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

from benchmarks import (
    copy_data_dir,
    demo_data_dir,
    growth,
    interleaved,
    ratio_spread,
    spread,
)

SESSIONS = 8
FULL_SIZES = (10, 100, 1_000, 10_000)
QUICK_SIZES = (10, 100, 1_000)


def _rounds(fn: Callable[[], object], rounds: int) -> list[float]:
    fn()  # warm-up: page cache, imports
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _figure(samples: list[float]) -> dict[str, Any]:
    return {
        "median_ms": round(statistics.median(samples) * 1000, 2),
        "range_ms": [round(min(samples) * 1000, 2), round(max(samples) * 1000, 2)],
    }


def _check_point(
    check: Callable[[], object], db_file: Path, clients: int, rounds: int
) -> dict[str, Any]:
    """``Journal.check`` (the full pass) at one size, with the database's size beside it."""
    samples = _rounds(check, rounds)
    megabytes = db_file.stat().st_size / 1e6
    figure = _figure(samples)
    return {
        "clients": clients,
        **figure,
        "db_mb": round(megabytes, 1),
        "ms_per_mb": round(figure["median_ms"] / megabytes, 2),
    }


def check_linearity(points: list[dict[str, Any]]) -> dict[str, Any]:
    """Is the full pass linear in the database's size? The exponent between the two largest
    journals (where the fixed cost of a call no longer counts) and ms per MB at each size."""
    big, bigger = points[-2], points[-1]
    tail = math.log(bigger["median_ms"] / big["median_ms"]) / math.log(
        bigger["db_mb"] / big["db_mb"]
    )
    return {
        "exponent_in_mb_largest_two": round(tail, 2),
        "ms_per_mb": [p["ms_per_mb"] for p in points],
        "linear_in_size": 0.85 <= tail < 1.2,
    }


def check_pass_curve(sizes: tuple[int, ...] = FULL_SIZES, rounds: int = 3) -> dict[str, Any]:
    """Only ``Journal.check``'s curve (``python -m benchmarks.bench_scaling --check-pass``)."""
    from needlejournal.journal.api import Journal
    from needlejournal.paths import resolve

    points = []
    with tempfile.TemporaryDirectory(prefix="nj-bench-check-pass-") as tmp:
        for size in sizes:
            work = Path(tmp) / f"c{size}"
            work.mkdir()
            paths = resolve(copy_data_dir(demo_data_dir(size, SESSIONS), work))
            journal = Journal.open(paths)
            try:
                points.append(_check_point(journal.check, paths.db_file, size, rounds))
            finally:
                journal.close()
            shutil.rmtree(work, ignore_errors=True)
    medians = [p["median_ms"] for p in points]
    return {
        "check": {"points": points, **growth(sizes, medians), **check_linearity(points)},
        "rounds": rounds,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _cli(data: Path) -> Callable[[], object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    command = [sys.executable, "-m", "needlejournal", "client", "list", "--json"]

    def run() -> object:
        return subprocess.run(
            [*command, "--data-dir", str(data)], env=env, capture_output=True, check=True
        )

    return run


def _import_floor() -> Callable[[], object]:
    command = [sys.executable, "-c", "import sqlalchemy.orm"]
    return lambda: subprocess.run(command, check=True, capture_output=True)


PHOTO_BYTES = 24 * 1024


def photo_data_dir(photos: int) -> Path:
    """A journal of one client with ``photos`` stored originals (random bytes), cached."""
    import hashlib
    from datetime import UTC, datetime, timedelta

    from benchmarks import cache_root
    from needlejournal.db import models as m
    from needlejournal.journal.api import Journal
    from needlejournal.paths import resolve

    target = cache_root() / f"photos-{photos}-v1"
    if (target / "journal.sqlite3").exists():
        return target
    building = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=cache_root()))
    journal = Journal.open(resolve(building))
    try:
        me = journal.ensure_self()
        rows = []
        start = datetime(2025, 1, 1, tzinfo=UTC)
        for i in range(photos):
            body = os.urandom(PHOTO_BYTES)
            sha = hashlib.sha256(body).hexdigest()
            shard = journal.paths.photo_dir / sha[:2]
            shard.mkdir(exist_ok=True, mode=0o700)
            (shard / f"{sha}.jpg").write_bytes(body)
            rows.append(
                m.Photo(
                    client_id=me.id,
                    role="progress",
                    taken_at=start + timedelta(hours=i),
                    sha256=sha,
                    media_type="image/jpeg",
                    width=4000,
                    height=3000,
                    bytes=PHOTO_BYTES,
                )
            )
        journal.run(lambda s: s.add_all(rows))
    finally:
        journal.close()
    building.rename(target)
    return target


def _cli_check(data: Path, *extra: str) -> Callable[[], object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    command = [sys.executable, "-m", "needlejournal", "check", "--json", *extra]

    def run() -> object:
        return subprocess.run(
            [*command, "--data-dir", str(data)], env=env, capture_output=True, check=True
        )

    return run


def check_curves(sizes: tuple[int, ...], rounds: int) -> dict[str, Any]:
    curves: dict[str, list[dict[str, Any]]] = {"cli_check": [], "cli_check_full": []}
    with tempfile.TemporaryDirectory(prefix="nj-bench-check-") as tmp:
        for size in sizes:
            work = Path(tmp) / f"p{size}"
            work.mkdir()
            data = copy_data_dir(photo_data_dir(size), work)
            quick, full = _cli_check(data), _cli_check(data, "--full")
            quick()  # the copy: new inodes, so the first check hashes everything
            got = interleaved(  # interleaved: all three see the same machine load
                {"floor": _import_floor(), "quick": quick, "full": full}, rounds, warmup=0
            )
            curves["cli_check"].append(
                {
                    "photos": size,
                    **spread(got["quick"]),
                    **ratio_spread(got["quick"], got["floor"]),
                    "floor_import": spread(got["floor"]),
                }
            )
            curves["cli_check_full"].append({"photos": size, **spread(got["full"])})
            shutil.rmtree(work, ignore_errors=True)
    return {
        name: {"points": points, **growth(sizes, [p["median_ms"] for p in points])}
        for name, points in curves.items()
    }


def run(quick: bool = False) -> dict[str, Any]:
    from needlejournal.journal.api import Journal
    from needlejournal.paths import resolve

    sizes = QUICK_SIZES if quick else FULL_SIZES
    rounds = 3 if quick else 5
    curves: dict[str, list[dict[str, Any]]] = {
        k: []
        for k in (
            "open",
            "list",
            "timeline",
            "check",
            "cli_list",
            "floor_import",
            "cli_check_db_full",
            "cli_check_db_unchanged",
        )
    }
    with tempfile.TemporaryDirectory(prefix="nj-bench-scaling-") as tmp:
        for size in sizes:
            # A private copy: opening a journal may write to it (snapshots, WAL).
            work = Path(tmp) / f"c{size}"
            work.mkdir()
            data = copy_data_dir(demo_data_dir(size, SESSIONS), work)
            paths = resolve(data)

            def open_close(paths: Any = paths) -> None:
                Journal.open(paths).close()

            curves["open"].append({"clients": size, **_figure(_rounds(open_close, rounds))})
            journal = Journal.open(paths)
            try:
                clients = journal.list_clients()
                someone = clients[len(clients) // 2].id
                for name, fn in (
                    ("list", journal.list_clients),
                    ("timeline", lambda j=journal, c=someone: j.timeline(c)),
                ):
                    samples = _rounds(fn, rounds)
                    curves[name].append({"clients": size, **_figure(samples)})
                curves["check"].append(_check_point(journal.check, paths.db_file, size, rounds))
            finally:
                journal.close()
            # Interleave the CLI with its floor so both see the same machine load.
            got = interleaved({"floor": _import_floor(), "cli": _cli(data)}, rounds)
            curves["cli_list"].append(
                {
                    "clients": size,
                    **spread(got["cli"]),
                    **ratio_spread(got["cli"], got["floor"]),
                }
            )
            curves["floor_import"].append({"clients": size, **spread(got["floor"])})
            # ``check`` on the same journal: ``--full`` reads the database in full (once: ~2 s
            # per 1,000 clients), then plain ``check`` finds it unchanged
            # (``journal.full_check``) and skips that pass.
            check = _cli_check(data)
            start = time.perf_counter()
            _cli_check(data, "--full")()
            curves["cli_check_db_full"].append(
                {"clients": size, "ms": round((time.perf_counter() - start) * 1000, 1)}
            )
            got = interleaved({"floor": _import_floor(), "check": check}, rounds, warmup=0)
            curves["cli_check_db_unchanged"].append(
                {
                    "clients": size,
                    **spread(got["check"]),
                    **ratio_spread(got["check"], got["floor"]),
                }
            )
            shutil.rmtree(work, ignore_errors=True)
    out: dict[str, Any] = {"sessions_per_client": SESSIONS, "rounds": rounds}
    for name, points in curves.items():
        medians = [p.get("median_ms", p.get("ms", 0.0)) for p in points]
        out[name] = {"points": points, **growth(sizes, medians)}
    out["check"].update(check_linearity(curves["check"]))
    out.update(check_curves(sizes, rounds))
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    out["goals"] = {
        "cli_list": "≤ 1.3 × the import floor (small journals); ≤ 1 s at 10,000 clients",
        "cli_check": "≤ 1 s at 10,000 photos when nothing changed (--full: everything)",
        "cli_check_db_unchanged": "≤ 1 s at 10,000 clients when nothing changed",
    }
    return out


if __name__ == "__main__":
    import argparse
    import json

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-pass", action="store_true", help="only Journal.check's curve")
    parser.add_argument("--quick", action="store_true")
    options = parser.parse_args()
    if options.check_pass:
        sizes = QUICK_SIZES if options.quick else FULL_SIZES
        result = check_pass_curve(sizes)
    else:
        result = run(quick=options.quick)
    print(json.dumps(result, indent=2, ensure_ascii=False))
