"""Issue 8 defects 6 and 7: ``snapshot take`` after a daily one, a FIFO given to import."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PIL import Image
from reliability_helpers import nj

from needlejournal.db import snapshots
from needlejournal.paths import resolve


def test_snapshot_take_right_after_the_daily_snapshot(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    paths = resolve(data)
    daily = snapshots.take_daily_snapshot(paths.db_file, paths.backup_dir)
    assert daily is not None
    done = nj(data, "snapshot", "take", "--json")
    assert done.returncode == 0, done.stderr
    taken = Path(json.loads(done.stdout)["file"])
    assert taken.is_file() and snapshots.verify(taken)


def test_a_fifo_or_device_given_to_photo_import_is_refused_without_opening(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    good = tmp_path / "good.jpg"
    Image.new("RGB", (64, 48), (9, 90, 200)).save(good)
    # Nobody ever writes to the FIFO: opening it would block forever (hence the timeout).
    done = nj(
        data, "photo", "import", "--client", "Ada", "--role", "progress",
        fifo, "/dev/zero", tmp_path, good, "--json", timeout=60,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    result = json.loads(done.stdout)
    assert [r["code"] for r in result["rejected"]] == ["not_a_file"] * 3
    assert all("not a regular file" in r["reason"] for r in result["rejected"])
    assert len(result["imported"]) == 1
