"""Fixtures for the photo store tests: generated seed images, a store, an input folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from photo_helpers import encode, quadrant_image
from PIL import Image

from needlejournal import faults
from needlejournal.photos.store import PhotoStore


@pytest.fixture(autouse=True)
def _no_fault_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEEDLEJOURNAL_FAULT_AT", "NEEDLEJOURNAL_FAULT_ERRNO", "NEEDLEJOURNAL_FAULT_LOG"):
        monkeypatch.delenv(name, raising=False)
    faults.reset_for_tests()


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore(tmp_path / "photos")


@pytest.fixture(scope="session")
def seeds() -> dict[str, bytes]:
    """Small valid seed images in each accepted format (noisy, so they are not trivial)."""
    base = quadrant_image(160, 120)
    noise = Image.effect_noise((160, 120), 30).convert("RGB")
    im = Image.blend(base, noise, 0.15)
    return {
        "jpeg": encode(im, "JPEG", quality=90),
        "png": encode(im, "PNG"),
        "webp": encode(im, "WEBP", quality=80),
    }


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Write bytes to a named file in an input folder outside the store."""
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)

    def _write(name: str, data: bytes) -> Path:
        path = inbox / name
        path.write_bytes(data)
        return path

    return _write
