"""``compare --out`` on a full disk or where it may not write: one sentence naming the file,
no partial (or hidden temp) file left, an older file of that name untouched. Real processes,
a real tiny tmpfs (root only, as CI runs; skipped elsewhere)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from cli_helpers import Run, assert_one_line_error
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve


@pytest.fixture
def noisy_pair(tmp_path: Path) -> tuple[Path, int, int]:
    """Two 400 × 300 photos of noise: their PNG export (~700 KB) cannot be squeezed small."""
    data = tmp_path / "data"
    journal = Journal.open(resolve(data))
    try:
        library = PhotoLibrary(journal)
        client = journal.save_client(ClientDraft(name="Lena Park"))
        rng = np.random.default_rng(5)
        ids = []
        for name in ("a.png", "b.png"):
            pixels = rng.integers(0, 256, (300, 400, 3), dtype=np.uint8)
            Image.fromarray(pixels, "RGB").save(tmp_path / name)
            draft = PhotoDraft(client_id=client.id, view="front")
            ids.append(library.import_one(tmp_path / name, draft).id)
    finally:
        journal.close()
    return data, ids[0], ids[1]


def _tmpfs(mount_point: Path, options: str) -> Iterator[Path]:
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _tmpfs(tmp_path / "small-disk", "size=64k,mode=0700")


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _tmpfs(tmp_path / "read-only", "size=64k,ro")


@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_a_full_disk_leaves_no_file_and_says_so(
    run: Run, noisy_pair: tuple[Path, int, int], small_disk: Path, suffix: str
) -> None:
    data, a, b = noisy_pair
    out = small_disk / f"pair{suffix}"
    done = run("--data-dir", data, "compare", a, b, "--out", out)
    assert done.returncode == 1, done.stdout
    assert_one_line_error(done.stderr)
    assert f"Could not write {out}: the disk is full; no file was written." in done.stderr
    assert list(small_disk.iterdir()) == []  # no partial file, no hidden temp file


def test_a_full_disk_keeps_the_older_file_of_that_name(
    run: Run, noisy_pair: tuple[Path, int, int], small_disk: Path
) -> None:
    data, a, b = noisy_pair
    out = small_disk / "pair.png"
    out.write_bytes(b"last week's export")
    done = run("--data-dir", data, "compare", a, b, "--mode", "difference", "--out", out)
    assert done.returncode == 1
    assert "the disk is full" in done.stderr
    assert [p.name for p in small_disk.iterdir()] == ["pair.png"]
    assert out.read_bytes() == b"last week's export"


def test_a_folder_it_may_not_write_in_says_so_without_naming_a_temp_file(
    run: Run, noisy_pair: tuple[Path, int, int], read_only_disk: Path
) -> None:
    data, a, b = noisy_pair
    out = read_only_disk / "pair.png"
    done = run("--data-dir", data, "compare", a, b, "--out", out)
    assert done.returncode == 1
    assert_one_line_error(done.stderr)
    assert f"Could not write {out}: the disk is read-only; no file was written." in done.stderr
    assert ".export-" not in done.stderr
    assert list(read_only_disk.iterdir()) == []
