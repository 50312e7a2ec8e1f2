"""Disk full at every durable step, and a kill at every durable step (RELIABILITY.md method)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from photo_helpers import encode, files_under, quadrant_image, sha256_of
from PIL import Image

from needlejournal import faults
from needlejournal.photos.rejections import PhotoRejected
from needlejournal.photos.store import PhotoStore

Write = Callable[[str, bytes], Path]
REPO = Path(__file__).resolve().parents[2]
_NAME = re.compile(r"([0-9a-f]{64})\.(jpg|png|webp|heic|heif)")


def _big_jpeg() -> bytes:
    """About 2.5 MB, so staging takes several 1 MiB writes."""
    noise = Image.merge("RGB", [Image.effect_noise((1800, 1400), 60) for _ in range(3)])
    return encode(noise, "JPEG", quality=95)


def count_steps(src: Path, tmp_path: Path, mp: pytest.MonkeyPatch) -> list[str]:
    """Run one ingest into a scratch store with the fault log on; returns its steps' names."""
    log = tmp_path / "steps.log"
    mp.setenv("NEEDLEJOURNAL_FAULT_LOG", str(log))
    faults.reset_for_tests()
    PhotoStore(tmp_path / "count-steps").ingest(src)
    mp.delenv("NEEDLEJOURNAL_FAULT_LOG")
    return [line.split()[1] for line in log.read_text().splitlines()]


def assert_store_sound(store: PhotoStore) -> None:
    """Outside staging: only complete originals named by their own SHA-256, mode 0600."""
    for path in files_under(store.root):
        if path.parent == store.staging:
            continue
        match = _NAME.fullmatch(path.name)
        assert match, path
        assert path.parent.name == match[1][:2]
        assert sha256_of(path) == match[1], f"{path} does not match its hash"
        assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("size", ["small", "big"])
def test_disk_full_at_every_step(
    size: str, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _big_jpeg() if size == "big" else encode(quadrant_image(64, 48), "JPEG")
    src = write("photo.jpg", data)
    steps = count_steps(src, tmp_path, monkeypatch)
    assert steps[0] == "photos.stage.create" and steps[-1] == "photos.place.fsync_dir"
    assert steps.count("photos.stage.write") == (3 if size == "big" else 1)
    for k in range(1, len(steps) + 1):
        store = PhotoStore(tmp_path / f"store-{k}")  # fresh, so every step happens again
        monkeypatch.setenv("NEEDLEJOURNAL_FAULT_ERRNO", f"{k}:ENOSPC")
        faults.reset_for_tests()
        with pytest.raises(PhotoRejected) as info:
            store.ingest(src)
        assert info.value.code == "disk_full", steps[k - 1]
        assert info.value.message == "The disk is full; free some space and import the photo again."
        assert files_under(store.root) == set(), f"left behind after ENOSPC at {steps[k - 1]}"
    monkeypatch.delenv("NEEDLEJOURNAL_FAULT_ERRNO")
    stored = store.ingest(src)  # the fault lifted, the next try succeeds
    assert not stored.already_stored and stored.path.read_bytes() == data


def test_io_error_is_unreadable_and_clean(
    write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write("photo.png", encode(quadrant_image(64, 48), "PNG"))
    steps = count_steps(src, tmp_path, monkeypatch)
    for k in range(1, len(steps) + 1):
        store = PhotoStore(tmp_path / f"store-{k}")
        monkeypatch.setenv("NEEDLEJOURNAL_FAULT_ERRNO", f"{k}:EIO")
        faults.reset_for_tests()
        with pytest.raises(PhotoRejected) as info:
            store.ingest(src)
        assert info.value.code == "unreadable"
        assert files_under(store.root) == set()


def test_disk_full_on_the_dedup_path(
    store: PhotoStore, write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write("photo.webp", encode(quadrant_image(64, 48), "WEBP"))
    first = store.ingest(src)
    monkeypatch.setenv("NEEDLEJOURNAL_FAULT_ERRNO", "2:ENOSPC")  # the staging write
    faults.reset_for_tests()
    with pytest.raises(PhotoRejected):
        store.ingest(src)
    assert files_under(store.root) == {first.path}  # the earlier original is untouched


_CHILD = """
import sys
from pathlib import Path
from needlejournal.photos.store import PhotoStore
PhotoStore(Path(sys.argv[1])).ingest(Path(sys.argv[2]))
"""


def _ingest_in_child(root: Path, src: Path, env: dict[str, str]) -> int:
    full_env = {**os.environ, **env, "PYTHONPATH": str(REPO)}
    for name in ("NEEDLEJOURNAL_FAULT_ERRNO", "NEEDLEJOURNAL_FAULT_LOG", "NEEDLEJOURNAL_FAULT_AT"):
        if name not in env:
            full_env.pop(name, None)
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root), str(src)],
        env=full_env,
        cwd=REPO,
        capture_output=True,
        timeout=60,
        check=False,
    )
    if proc.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(proc.stderr.decode())
    return proc.returncode


@pytest.mark.slow
@pytest.mark.parametrize("size", ["small", "big"])
def test_killed_at_every_step(size: str, tmp_path: Path, write: Write) -> None:
    data = _big_jpeg() if size == "big" else encode(quadrant_image(64, 48), "JPEG")
    src = write("photo.jpg", data)
    root = tmp_path / "killed"
    log = tmp_path / "steps.log"
    assert _ingest_in_child(tmp_path / "probe", src, {"NEEDLEJOURNAL_FAULT_LOG": str(log)}) == 0
    n_steps = len(log.read_text().splitlines())
    kills = 0
    for k in range(1, n_steps + 2):
        rc = _ingest_in_child(root, src, {"NEEDLEJOURNAL_FAULT_AT": str(k)})
        store = PhotoStore(root)
        assert_store_sound(store)
        store.sweep_staging()
        assert not files_under(store.staging)
        assert_store_sound(store)
        if rc == 0:
            break
        kills += 1
        # At most the one complete original (killed after its rename), never a partial one.
        assert len(list(store.iter_stored())) <= 1
        shutil.rmtree(root)  # the next round starts from an empty store, with every step
    assert kills == n_steps  # killed once at every step, then it completed
    final = list(PhotoStore(root).iter_stored())
    assert [p.read_bytes() for _, p in final] == [data]
