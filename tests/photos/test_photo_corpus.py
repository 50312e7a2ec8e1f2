"""A corpus of bad images built at test time: each is rejected cleanly or accepted correctly."""

from __future__ import annotations

import io
import os
import random
import struct
import warnings
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from photo_helpers import encode, files_under, sha256_of
from PIL import Image

from needlejournal.photos.rejections import REJECTION_CODES, PhotoRejected
from needlejournal.photos.store import PhotoStore, StoredOriginal

Write = Callable[[str, bytes], Path]
EXPECTED_DIMS = (160, 120)


def ingest_or_reject(store: PhotoStore, src: Path) -> StoredOriginal | PhotoRejected:
    try:
        return store.ingest(src)
    except PhotoRejected as rejected:
        assert rejected.code in REJECTION_CODES
        assert rejected.message.endswith(".") and rejected.message.count(".") <= 2
        return rejected


def assert_only(store: PhotoStore, accepted: list[StoredOriginal]) -> None:
    """Nothing in the store but the accepted originals (staging and quarantine empty)."""
    assert files_under(store.root) == {r.path for r in accepted}
    for r in accepted:
        assert sha256_of(r.path) == r.sha256
        assert r.path.stat().st_mode & 0o777 == 0o600


def offsets(length: int, count: int = 40) -> list[int]:
    picks = {1, 2, 3, 8, 16, 33, length - 2, length - 1}
    picks.update(range(1, length, max(1, length // count)))
    return sorted(p for p in picks if 0 < p < length)


@pytest.mark.parametrize("kind", ["jpeg", "png", "webp"])
def test_truncations_are_rejected_or_complete(
    kind: str, seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    data = seeds[kind]
    accepted: list[StoredOriginal] = []
    for cut in offsets(len(data)):
        result = ingest_or_reject(store, write(f"cut{cut}.{kind}", data[:cut]))
        if isinstance(result, PhotoRejected):
            assert result.code in ("truncated", "not_an_image"), (cut, result)
        else:
            # Only a cut inside PNG's final IEND chunk, or one losing just JPEG's two-byte EOI
            # marker when the entropy-coded data happens to end on a byte boundary (about 1
            # seed in 25), keeps all the pixels.
            tail = {"png": 12, "jpeg": 2}.get(kind, 0)
            assert cut >= len(data) - tail, (kind, cut, len(data))
            assert (result.facts.width, result.facts.height) == EXPECTED_DIMS
            accepted.append(result)
        assert_only(store, accepted)
    # Any cut that loses entropy-coded data must be refused.
    for kind_cut in (len(data) // 3, len(data) // 2, len(data) - 20):
        with pytest.raises(PhotoRejected) as info:
            store.ingest(write("mid", data[:kind_cut]))
        assert info.value.code == "truncated"


@pytest.mark.parametrize("kind", ["jpeg", "png", "webp"])
def test_byte_flips(kind: str, seeds: dict[str, bytes], store: PhotoStore, write: Write) -> None:
    data = seeds[kind]
    accepted: list[StoredOriginal] = []
    accepted_at: list[int] = []
    rejected = 0
    for pos in offsets(len(data), 60):
        mutated = bytearray(data)
        mutated[pos] ^= 0xFF
        result = ingest_or_reject(store, write(f"flip{pos}.{kind}", bytes(mutated)))
        if isinstance(result, PhotoRejected):
            rejected += 1
        else:
            assert result.facts.width > 0 and result.facts.height > 0
            accepted_at.append(pos)
            if not result.already_stored:
                accepted.append(result)
        assert_only(store, accepted)
    assert rejected > 0
    if kind == "png":  # every PNG chunk but the empty IEND carries a checked CRC
        assert all(pos >= len(data) - 12 for pos in accepted_at), accepted_at


def _png_with_size(png: bytes, width: int, height: int) -> bytes:
    ihdr_start = 8 + 8  # signature, then IHDR length + type
    body = struct.pack(">II", width, height) + png[ihdr_start + 8 : ihdr_start + 13]
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + body))
    return png[:ihdr_start] + body + crc + png[ihdr_start + 17 :]


def _jpeg_with_size(jpeg: bytes, width: int, height: int) -> bytes:
    sof = jpeg.index(b"\xff\xc0")
    return jpeg[: sof + 5] + struct.pack(">HH", height, width) + jpeg[sof + 9 :]


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize(
    ("kind", "width", "height"),
    [
        ("png", 20_000, 20_000),  # > 2× Pillow's limit: DecompressionBombError at open
        ("png", 10_000, 9_500),  # between 1× and 2×: Pillow only warns; we still refuse
        ("jpeg", 65_000, 65_000),
        ("jpeg", 10_000, 9_500),
    ],
)
def test_huge_declared_size_is_refused(
    kind: str, width: int, height: int, seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    edit = _png_with_size if kind == "png" else _jpeg_with_size
    with pytest.raises(PhotoRejected) as info:
        store.ingest(write(f"huge.{kind}", edit(seeds[kind], width, height)))
    assert info.value.code == "too_many_pixels"
    assert "89 megapixels" in info.value.message
    assert_only(store, [])


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_real_pixel_bomb_is_refused(store: PhotoStore, write: Write) -> None:
    bomb = encode(Image.new("1", (10_000, 9_000)), "PNG")  # 90 MP in a few kB
    assert len(bomb) < 100_000
    with pytest.raises(PhotoRejected) as info:
        store.ingest(write("bomb.png", bomb))
    assert info.value.code == "too_many_pixels"
    assert_only(store, [])


def test_decompression_bomb_warning_as_error_is_a_rejection(
    seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    src = write("warn.png", _png_with_size(seeds["png"], 10_000, 9_500))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with pytest.raises(PhotoRejected) as info:
            store.ingest(src)
    assert info.value.code == "too_many_pixels"
    assert_only(store, [])


def test_empty_random_and_text(store: PhotoStore, write: Write) -> None:
    cases = {
        "empty.jpg": (b"", "empty_file"),
        "random.jpg": (random.Random(7).randbytes(5000), "not_an_image"),
        "notes.jpg": (b"Session 3: cheeks 0.5 mm, forehead 0.25 mm\n" * 20, "not_an_image"),
        "movie.heic": (
            b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(64),
            "not_an_image",
        ),
    }
    for name, (data, code) in cases.items():
        with pytest.raises(PhotoRejected) as info:
            store.ingest(write(name, data))
        assert info.value.code == code, name
    assert_only(store, [])


def test_unreadable_sources(store: PhotoStore, tmp_path: Path) -> None:
    with pytest.raises(PhotoRejected) as info:
        store.ingest(tmp_path / "missing.jpg")
    assert info.value.code == "not_found"
    with pytest.raises(PhotoRejected) as info:
        store.ingest(tmp_path)
    assert info.value.code == "not_a_file"  # a folder, refused before it is opened
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.jpg"
        locked.write_bytes(b"\xff\xd8\xff")
        locked.chmod(0)
        with pytest.raises(PhotoRejected) as info:
            store.ingest(locked)
        assert info.value.code == "unreadable"
    assert_only(store, [])


def test_wrong_extension_is_judged_by_content(
    seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    stored = store.ingest(write("really-a-png.jpg", seeds["png"]))
    assert stored.facts.media_type == "image/png"
    assert stored.path.suffix == ".png"
    assert stored.path == store.path_for(stored.sha256, "image/png")
    assert stored.path.read_bytes() == seeds["png"]
    assert_only(store, [stored])


def _psd_header() -> bytes:
    # Signature, version 1, reserved, 3 channels, 120 × 160, depth 8, RGB.
    return b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 120, 160, 8, 3) + bytes(64)


@pytest.mark.parametrize(
    ("name", "fmt", "label"),
    [
        ("scan.tiff", "TIFF", "TIFF"),
        ("scan.jpg", "TIFF", "TIFF"),
        ("anim.gif", "GIF", "GIF"),
        ("paint.bmp", "BMP", "BMP"),
        ("layers.psd", None, "Photoshop (PSD)"),
    ],
)
def test_formats_outside_the_allow_list(
    name: str, fmt: str | None, label: str, store: PhotoStore, write: Write
) -> None:
    data = encode(Image.new("RGB", (40, 30), (200, 120, 90)), fmt) if fmt else _psd_header()
    with pytest.raises(PhotoRejected) as info:
        store.ingest(write(name, data))
    assert info.value.code == "unsupported_format"
    assert info.value.message == (
        f"{label} images are not supported; use JPEG, PNG, WebP or HEIC/HEIF."
    )
    assert_only(store, [])


@pytest.mark.parametrize("kind", ["jpeg", "png", "webp"])
def test_valid_seeds_are_stored_byte_for_byte(
    kind: str, seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    stored = store.ingest(write(f"ok.{kind}", seeds[kind]))
    assert stored.facts.media_type == f"image/{kind}"
    assert (stored.facts.width, stored.facts.height) == EXPECTED_DIMS
    assert stored.size == len(seeds[kind])
    assert stored.path.read_bytes() == seeds[kind]
    assert stored.path.parent.name == stored.sha256[:2]
    assert stored.path.parent.stat().st_mode & 0o777 == 0o700
    assert store.verify(stored.sha256)
    assert list(store.iter_stored()) == [(stored.sha256, stored.path)]
    assert_only(store, [stored])


def test_same_bytes_twice_is_one_file(
    seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    first = store.ingest(write("a.jpg", seeds["jpeg"]))
    second = store.ingest(write("b-copy.jpeg", seeds["jpeg"]))
    assert not first.already_stored
    assert second.already_stored
    assert second.sha256 == first.sha256 and second.path == first.path
    assert_only(store, [first])


def test_damaged_copy_under_the_same_name_is_quarantined_and_replaced(
    seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    first = store.ingest(write("a.jpg", seeds["jpeg"]))
    first.path.write_bytes(b"bit rot")
    assert not store.verify(first.sha256)
    again = store.ingest(write("a.jpg", seeds["jpeg"]))
    assert not again.already_stored
    assert store.verify(first.sha256)
    quarantined = list(store.quarantine_dir.iterdir())
    assert [p.read_bytes() for p in quarantined] == [b"bit rot"]


def test_remove_and_quarantine(seeds: dict[str, bytes], store: PhotoStore, write: Write) -> None:
    a = store.ingest(write("a.png", seeds["png"]))
    b = store.ingest(write("b.webp", seeds["webp"]))
    moved = store.quarantine(a.path)
    assert moved.parent == store.quarantine_dir and moved.read_bytes() == seeds["png"]
    assert not store.exists(a.sha256)
    assert store.remove(b.sha256)
    assert not store.remove(b.sha256)
    assert list(store.iter_stored()) == []
    with pytest.raises(ValueError):
        store.path_for("../../etc/passwd", "image/png")


def test_sweep_staging(store: PhotoStore) -> None:
    (store.staging / "import-1.part").write_bytes(b"half")
    (store.staging / "import-2.part").write_bytes(b"")
    assert store.sweep_staging() == 2
    assert files_under(store.root) == set()


def test_preview_comes_from_the_verifying_decode(
    seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    stored = store.ingest(write("p.jpg", seeds["jpeg"]), preview_size=64)
    assert stored.preview is not None
    assert stored.preview.size == (64, 48) and stored.preview.mode == "RGB"
    # Without one asked for, no preview is kept.
    assert store.ingest(write("q.png", seeds["png"])).preview is None
    assert Image.open(io.BytesIO(seeds["jpeg"])).size == EXPECTED_DIMS


def test_concurrent_imports_of_the_same_bytes(
    seeds: dict[str, bytes], store: PhotoStore, write: Write
) -> None:
    sources = [write(f"copy{i}.jpg", seeds["jpeg"]) for i in range(8)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(store.ingest, sources))
    assert sorted(r.already_stored for r in results) == [False] + [True] * 7
    assert len({r.path for r in results}) == 1
    assert_only(store, results[:1])
