"""The desktop bundle against the venv install: start to a visible window, and sizes.

Both starts are timed the same way from outside, on a real X server (Xvfb): from spawning the
process to the moment ``xdotool`` sees a visible window named NeedleJournal, rounds
interleaved (venv, bundle, venv, …) on the same small journal. The floor is the venv start;
the goal is bundle ≤ 1.2 × venv. Sizes: the wheel (built here) and the bundle folder (goal
≤ 250 MB). Needs ``scripts/bundle`` to have run, plus Xvfb and xdotool; otherwise skipped.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import ROOT, ratio

BUNDLE = ROOT / "dist" / "NeedleJournal" / "needlejournal"
VENV_COMMAND = Path(sys.executable).parent / "needlejournal"


def _folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 1e6, 1)


def _wheel_mb(work: Path) -> float:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = work.glob("needlejournal-*.whl")
    return round(wheel.stat().st_size / 1e6, 2)


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            "1440x900x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return server, ":" + pipe.readline().strip()


def _visible_after(command: Path, data: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    app = subprocess.Popen(
        [str(command), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "NeedleJournal"],
                env=env,
                capture_output=True,
            ).stdout.strip()
            if found:
                return time.perf_counter() - start
            if app.poll() is not None:
                why = app.stderr.read().decode(errors="replace")[-500:] if app.stderr else ""
                raise RuntimeError(f"{command} exited with {app.returncode} before showing: {why}")
            if time.perf_counter() - start > 60:
                raise RuntimeError(f"{command} showed no window within 60 s")
    finally:
        app.terminate()
        app.wait(timeout=30)


def run(quick: bool = False) -> dict[str, Any]:
    if not BUNDLE.exists():
        return {"skipped": "no bundle: run scripts/bundle first"}
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        return {"skipped": "needs Xvfb and xdotool"}
    rounds = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="nj-bench-bundle-") as tmp:
        work = Path(tmp)
        server, display = _start_xvfb()
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        try:
            data = work / "journal"
            subprocess.run(
                [
                    str(VENV_COMMAND),
                    "demo",
                    "--data-dir",
                    str(data),
                    "--clients",
                    "1",
                    "--no-photos",
                ],
                env=env,
                check=True,
                capture_output=True,
            )
            _visible_after(VENV_COMMAND, data, env)  # warm the page cache for both
            _visible_after(BUNDLE, data, env)
            venv_s: list[float] = []
            bundle_s: list[float] = []
            for _ in range(rounds):
                venv_s.append(_visible_after(VENV_COMMAND, data, env))
                bundle_s.append(_visible_after(BUNDLE, data, env))
        finally:
            server.terminate()
            server.wait(timeout=10)
        wheel_mb = _wheel_mb(work)
    venv_ms = round(statistics.median(venv_s) * 1000, 1)
    bundle_ms = round(statistics.median(bundle_s) * 1000, 1)
    return {
        "what": "spawn → visible window on Xvfb, same journal, rounds interleaved",
        "rounds": rounds,
        "floor_venv_ms": venv_ms,
        "floor_venv_range_ms": [round(min(venv_s) * 1000, 1), round(max(venv_s) * 1000, 1)],
        "bundle_ms": bundle_ms,
        "bundle_range_ms": [round(min(bundle_s) * 1000, 1), round(max(bundle_s) * 1000, 1)],
        "ratio": ratio(bundle_ms, venv_ms),
        "goal_ratio": 1.2,
        "bundle_mb": _folder_mb(BUNDLE.parent),
        "goal_bundle_mb": 250,
        "wheel_mb": wheel_mb,
    }
