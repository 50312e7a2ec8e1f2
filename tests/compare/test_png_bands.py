"""The exports' PNG writer (issue 15): bands deflated on threads must make one valid PNG that
decodes to exactly the pixels given (and to what Pillow's own PNG of them decodes to), for
any size and mode, about as small as Pillow's level-1 file."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFilter

from needlejournal.photos import png_bands
from needlejournal.photos.compose import save_clean
from needlejournal.photos.png_bands import adler32_combine, write_png

CHANNELS = {"L": 1, "RGB": 3, "RGBA": 4}


def _noise(mode: str, size: tuple[int, int], seed: int = 1) -> Image.Image:
    rng = np.random.default_rng(seed)
    shape = (size[1], size[0], CHANNELS[mode]) if mode != "L" else (size[1], size[0])
    return Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8), mode)


def _photo_like(size: tuple[int, int]) -> Image.Image:
    """Smooth shading with fine grain, like skin under soft light (not compressible noise)."""
    w, h = size
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    base = 150 + 60 * np.sin(x / 97.0) * np.cos(y / 131.0)
    grain = np.random.default_rng(3).normal(0, 3, (h, w))
    channels = [base + grain, base * 0.8 + grain, base * 0.7 + grain]
    pixels = np.clip(np.stack(channels, axis=-1), 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB").filter(ImageFilter.GaussianBlur(0.7))


def _encoded(image: Image.Image, threads: int | None = None) -> bytes:
    buffer = io.BytesIO()
    write_png(image, buffer, threads=threads)
    return buffer.getvalue()


def _decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data), formats=["PNG"]) as png:
        png.load()
        return png.copy()


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == png_bands.SIGNATURE
    found, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(body, zlib.crc32(kind)), kind
        found.append((kind, body))
        at += 12 + length
    return found


@pytest.mark.parametrize("mode", ["RGB", "L", "RGBA"])
@pytest.mark.parametrize("size", [(1, 1), (7, 1), (1, 9), (613, 1), (333, 257), (1001, 3)], ids=str)
def test_decodes_to_the_same_pixels_as_pillows_png(
    mode: str, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small bands, so odd sizes split into many bands with a short last one.
    monkeypatch.setattr(png_bands, "BAND_BYTES", 4000)
    image = _noise(mode, size)
    ours = _decoded(_encoded(image))
    pillows = io.BytesIO()
    image.save(pillows, "PNG", compress_level=1)
    assert ours.mode == mode and ours.size == size
    assert ours.tobytes() == _decoded(pillows.getvalue()).tobytes() == image.tobytes()


def test_the_stream_is_one_valid_zlib_stream_with_only_the_pixels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(png_bands, "BAND_BYTES", 10_000)
    image = _photo_like((401, 203))
    chunks = _chunks(_encoded(image))
    kinds = [kind for kind, _ in chunks]
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
    assert set(kinds[1:-1]) == {b"IDAT"} and len(kinds) > 5  # several bands, nothing else
    stream = b"".join(body for kind, body in chunks if kind == b"IDAT")
    raw = zlib.decompress(stream)  # checks the combined Adler-32 too
    stride = 401 * 3 + 1
    assert len(raw) == 203 * stride
    assert raw[0] == 0 and all(raw[i * stride] == 2 for i in range(1, 203))  # None, then Up


def test_threads_change_nothing_in_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(png_bands, "BAND_BYTES", 20_000)
    image = _photo_like((300, 200))
    assert _encoded(image, threads=1) == _encoded(image, threads=2) == _encoded(image, threads=3)


def test_a_photo_is_about_as_small_as_pillows_level_1() -> None:
    image = _photo_like((1200, 900))
    pillows = io.BytesIO()
    image.save(pillows, "PNG", compress_level=1)
    assert len(_encoded(image)) <= 1.03 * len(pillows.getvalue())


def test_other_modes_are_refused() -> None:
    with pytest.raises(ValueError, match="L, RGB or RGBA"):
        write_png(Image.new("P", (4, 4)), io.BytesIO())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.binary(max_size=300))
def test_adler32_combine_matches_zlib(first: bytes, second: bytes) -> None:
    combined = adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second))
    assert combined == zlib.adler32(first + second)


def test_adler32_combine_with_long_runs_of_high_bytes() -> None:
    first, second = b"\xff" * 70_000, b"\xfe" * 200_003  # both sums wrap the modulus
    combined = adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second))
    assert combined == zlib.adler32(first + second)


def test_save_clean_writes_these_pngs_and_converts_other_modes(tmp_path: Path) -> None:
    image = _photo_like((97, 61))
    out = save_clean(image, tmp_path / "x.png")
    assert _decoded(out.read_bytes()).tobytes() == image.tobytes()
    palette = image.convert("P")
    again = save_clean(palette, tmp_path / "p.png")
    assert _decoded(again.read_bytes()).tobytes() == palette.convert("RGBA").tobytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.png", "x.png"]
