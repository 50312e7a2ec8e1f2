"""What an import's decoding workers do, and what they leave to the placing thread (issue 15:
``PhotoLibrary.import_files`` ≥ 0.85 × copy + SHA-256 + a 1/8 decode on the same two threads).

A worker copies, hashes and decodes; it never waits for the disk (the staged copy's fsync is
the first step of ``place_all``, before the rename that publishes it), decodes a photo in one
call (Pillow's 64 KiB pieces each took the GIL back, a wait of up to 5 ms while the importing
thread commits) and makes the thumbnail from the draft by a whole-factor box reduction where
that lands within ``DRAFT_SLACK`` of the box (the bicubic resample was 6 % of a photo's import).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from photo_helpers import encode, quadrant_image
from PIL import Image

from needlejournal.photos.decode import DRAFT_SLACK, inspect_image
from needlejournal.photos.store import PhotoStore

Write = Callable[[str, bytes], Path]


def _noisy_jpeg(width: int, height: int) -> bytes:
    """A JPEG that does not compress to nothing (about 1 MB at 1800 × 1400)."""
    noise = Image.merge("RGB", [Image.effect_noise((width, height), 60) for _ in range(3)])
    return encode(noise, "JPEG", quality=95)


def test_staging_never_waits_for_the_disk_and_placing_syncs_before_the_rename(
    store: PhotoStore, write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write("photo.jpg", _noisy_jpeg(640, 480))
    synced: list[tuple[int, bool]] = []  # (descriptor, was the original already in place?)
    real_fsync = os.fsync
    staged_fd = -1

    def fsync(fd: int) -> None:
        synced.append((fd, any(store.root.glob("??/*.jpg"))))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    done: list[Any] = []
    worker = threading.Thread(target=lambda: done.append(store.stage_photo(src, preview_size=64)))
    worker.start()
    worker.join()
    (staged,) = done
    staged_fd = staged.fd
    assert synced == [], "the decoding worker waited for an fsync"

    (placed,) = store.place_all([staged], claim=False)
    assert not isinstance(placed, Exception)
    assert placed.path.read_bytes() == src.read_bytes()
    assert (staged_fd, False) in synced, "the staged copy was not fsynced before its rename"


def test_a_photo_is_decoded_in_one_call_not_in_64_kib_pieces(
    write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _noisy_jpeg(1800, 1400)
    assert len(data) > 8 * 65536  # would be fed to the decoder in at least 8 pieces
    src = write("big.jpg", data)
    calls: list[int] = []
    real_getdecoder = Image._getdecoder

    class Counting:
        def __init__(self, decoder: Any) -> None:
            self._decoder = decoder

        def decode(self, buffer: bytes) -> Any:
            calls.append(len(buffer))
            return self._decoder.decode(buffer)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._decoder, name)

    def getdecoder(*args: Any, **kwargs: Any) -> Any:
        return Counting(real_getdecoder(*args, **kwargs))

    monkeypatch.setattr(Image, "_getdecoder", getdecoder)
    inspection = inspect_image(src, preview_size=128)
    assert inspection.preview is not None
    assert 1 <= len(calls) <= 2, f"decoded in {len(calls)} pieces"


def test_a_draft_is_reduced_by_a_whole_factor_not_resampled(
    write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2016 px at 1/8 is 252 px; for a 128 px thumbnail, halving gives 126 (≥ 97 % of 128).
    src = write("phone.jpg", encode(quadrant_image(2016, 1512), "JPEG", quality=90))

    def no_resample(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a bicubic resample where a box reduction fits")

    monkeypatch.setattr(Image.Image, "resize", no_resample)
    preview = inspect_image(src, preview_size=128).preview
    assert preview is not None
    assert preview.size == (126, 95) and preview.mode == "RGB"
    assert max(preview.size) >= 128 * DRAFT_SLACK


@pytest.mark.parametrize(("size", "box"), [((2000, 1500), 160), ((300, 200), 128)])
def test_other_sizes_are_still_fitted_into_the_box(
    size: tuple[int, int], box: int, write: Write
) -> None:
    # 2000 px: 1/8 is 250, halving (125) would fall short of 160: one resample to 160 instead.
    # 300 px (PNG: no draft): a factor of 3 gives 100, too small: one resample to 128.
    fmt = "JPEG" if size[0] > 1000 else "PNG"
    src = write(f"p.{fmt.lower()}", encode(quadrant_image(*size), fmt))
    preview = inspect_image(src, preview_size=box).preview
    assert preview is not None
    assert max(preview.size) == box
