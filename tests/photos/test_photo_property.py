"""Property: ingest of any bytes returns a StoredOriginal or raises PhotoRejected, nothing else."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pillow_heif
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from photo_helpers import encode, files_under, quadrant_image

from needlejournal.photos.rejections import REJECTION_CODES, PhotoRejected
from needlejournal.photos.store import PhotoStore

pillow_heif.register_heif_opener()
_SEEDS = [
    encode(quadrant_image(64, 48), "HEIF", quality=60),
    encode(quadrant_image(24, 16), "JPEG", quality=80),
    encode(quadrant_image(24, 16), "PNG"),
    encode(quadrant_image(24, 16), "WEBP", quality=70),
]
_PROPERTY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# 400 examples of decode + store per property: the long property tests `--fast` leaves out.
pytestmark = pytest.mark.slow


@st.composite
def mutated_images(draw: st.DrawFn) -> bytes:
    """A valid seed image with a few random edits: flips, cuts, insertions, overwrites."""
    data = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "overwrite"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        else:
            chunk = draw(st.binary(min_size=1, max_size=8))
            data[pos : pos + len(chunk)] = chunk
    return bytes(data)


def _check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = PhotoStore(Path(tmp) / "photos")
        src = Path(tmp) / "input.jpg"
        src.write_bytes(data)
        try:
            stored = store.ingest(src, preview_size=16)
        except PhotoRejected as rejected:
            assert rejected.code in REJECTION_CODES
            assert files_under(store.root) == set()
        else:
            assert stored.sha256 == hashlib.sha256(data).hexdigest()
            assert stored.path.read_bytes() == data
            assert stored.facts.width > 0 and stored.facts.height > 0
            assert files_under(store.root) == {stored.path}


@_PROPERTY
@given(st.binary(max_size=2048))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@_PROPERTY
@given(st.sampled_from([s[:12] for s in _SEEDS]), st.binary(max_size=512))
def test_valid_magic_then_garbage(magic: bytes, tail: bytes) -> None:
    _check(magic + tail)


@_PROPERTY
@given(mutated_images())
def test_mutated_valid_images(data: bytes) -> None:
    _check(data)
