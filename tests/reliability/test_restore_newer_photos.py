"""Photos stored after the snapshot, at a restore (issue 8 defect 12): re-attached to their
client (capture date kept) or quarantined, reported, and ``check`` is clean afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from reliability_helpers import nj, verify_data_dir


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (80, 60), colour).save(path, quality=90)
    return path


def _import(data: Path, client: str, photo: Path) -> None:
    done = nj(data, "photo", "import", "--client", client, "--role", "progress", photo)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("mode", ["reattach", "quarantine"])
def test_restore_settles_photos_stored_after_the_snapshot(tmp_path: Path, mode: str) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    _import(data, "Ada", _photo(tmp_path / "before.jpg", (10, 10, 10)))
    assert nj(data, "snapshot", "take").returncode == 0
    _import(data, "Ada", _photo(tmp_path / "after.jpg", (20, 20, 20)))
    assert nj(data, "client", "add", "Zed").returncode == 0
    _import(data, "Zed", _photo(tmp_path / "zed.jpg", (30, 30, 30)))
    listed = json.loads(nj(data, "photo", "list", "--client", "Ada", "--json").stdout)
    before = {p["sha256"]: p["taken_at"] for p in listed}

    done = nj(data, "snapshot", "restore", "--yes", "--newer-photos", mode, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    if mode == "reattach":
        assert len(result["reattached"]) == 1 and "after.jpg → Ada" in result["reattached"][0]
        assert len(result["quarantined"]) == 1  # Zed is not in the snapshot
    else:
        assert result["reattached"] == [] and len(result["quarantined"]) == 2
    check = nj(data, "check", "--json")
    assert check.returncode == 0, check.stdout
    counts = verify_data_dir(data)
    assert counts["photos"] == (2 if mode == "reattach" else 1)
    listed = json.loads(nj(data, "photo", "list", "--client", "Ada", "--json").stdout)
    assert {p["sha256"]: p["taken_at"] for p in listed}.items() <= before.items()
