"""Thumbnails come out upright for EXIF orientations 1–8, HEIC round trip, the disk cache."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pillow_heif
import pytest
from photo_helpers import QUADRANTS, close_to, encode, quadrant_colours, quadrant_image
from PIL import ExifTags, Image, ImageOps

from needlejournal.photos.decode import inspect_image
from needlejournal.photos.exif_text import parse_exif_datetime
from needlejournal.photos.rejections import PhotoRejected
from needlejournal.photos.store import PhotoStore
from needlejournal.photos.thumbnails import ThumbnailCache, make_thumbnail

Write = Callable[[str, bytes], Path]

# The transform that undoes what a viewer applies for each EXIF orientation, so that the stored
# pixels + the tag show the upright picture (EXIF 2.32, tag 0x0112).
_STORED_AS: dict[int, Image.Transpose | None] = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def oriented(upright: Image.Image, orientation: int, fmt: str) -> bytes:
    method = _STORED_AS[orientation]
    stored = upright.transpose(method) if method is not None else upright
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    return encode(stored, fmt, exif=exif.tobytes(), **({"quality": 92} if fmt == "JPEG" else {}))


def assert_upright(im: Image.Image) -> None:
    for got, want in zip(quadrant_colours(im), QUADRANTS, strict=True):
        assert close_to(got, want), (quadrant_colours(im), QUADRANTS)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_jpeg_thumbnail_is_upright_for_every_orientation(orientation: int, write: Write) -> None:
    upright = quadrant_image(800, 600)
    src = write(f"o{orientation}.jpg", oriented(upright, orientation, "JPEG"))
    # The fixture itself is right: Pillow's own exif_transpose shows the upright picture.
    assert_upright(ImageOps.exif_transpose(Image.open(src)))
    thumb = make_thumbnail(src, 100)
    assert thumb.size == (100, 75) and thumb.mode == "RGB"
    assert_upright(thumb)
    inspection = inspect_image(src, preview_size=100)
    facts = inspection.facts
    assert (facts.width, facts.height, facts.orientation) == (800, 600, orientation)
    assert inspection.preview is not None
    assert_upright(inspection.preview)


@pytest.mark.parametrize(("fmt", "orientation"), [("PNG", 6), ("WEBP", 3), ("WEBP", 8)])
def test_other_formats_honour_exif_orientation(fmt: str, orientation: int, write: Write) -> None:
    src = write(f"o.{fmt.lower()}", oriented(quadrant_image(200, 150), orientation, fmt))
    thumb = make_thumbnail(src, 80)
    assert thumb.size == (80, 60)
    assert_upright(thumb)


def test_taken_at_and_camera_from_exif(write: Write) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Apple"
    exif[ExifTags.Base.Model] = "iPhone 15"
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = "2024:05:06 07:08:09"
    sub[ExifTags.Base.OffsetTimeOriginal] = "+02:00"
    data = encode(quadrant_image(64, 48), "JPEG", exif=exif.tobytes())
    facts = inspect_image(write("dated.jpg", data)).facts
    assert facts.taken_at == datetime(2024, 5, 6, 5, 8, 9, tzinfo=UTC)
    assert facts.camera == "Apple iPhone 15"
    assert inspect_image(write("plain.jpg", encode(quadrant_image(8, 8), "JPEG"))).facts == (
        type(facts)("image/jpeg", 8, 8, 1, None, None)
    )


def test_exif_datetime_parsing() -> None:
    local = datetime(2023, 1, 2, 3, 4, 5).astimezone(UTC)
    assert parse_exif_datetime("2023:01:02 03:04:05") == local
    assert parse_exif_datetime("2023:01:02 03:04:05", "-05:30") == datetime(
        2023, 1, 2, 8, 34, 5, tzinfo=UTC
    )
    assert parse_exif_datetime("2023:01:02 03:04:05", "junk") == local
    for bad in ("0000:00:00 00:00:00", "", None, b"\x00\x01", 42, "2023:13:45 99:00:00"):
        assert parse_exif_datetime(bad) is None


def test_heic_round_trip_uses_the_embedded_thumbnail(store: PhotoStore, write: Write) -> None:
    pillow_heif.register_heif_opener()
    data = encode(quadrant_image(640, 480), "HEIF", quality=85, thumbnails=[160])
    src = write("phone.heic", data)
    stored = store.ingest(src, preview_size=64)
    assert stored.facts.media_type == "image/heic"
    assert (stored.facts.width, stored.facts.height) == (640, 480)
    assert stored.path.suffix == ".heic" and stored.path.read_bytes() == data
    assert stored.preview is not None
    assert_upright(stored.preview)
    thumb = make_thumbnail(stored.path, 128)
    assert thumb.size == (128, 96)
    assert_upright(thumb)
    # The fast path: a draft to the thumbnail's box decodes the embedded 160 px image.
    with Image.open(stored.path) as im:
        assert im.info["thumbnails"] == [160]
        im.draft("RGB", (128, 96))
        assert im.size == (160, 120)


def test_truncated_heic_is_rejected(store: PhotoStore, write: Write) -> None:
    pillow_heif.register_heif_opener()
    data = encode(quadrant_image(320, 240), "HEIF", quality=85)
    with pytest.raises(PhotoRejected) as info:
        store.ingest(write("cut.heic", data[: len(data) // 2]))
    assert info.value.code == "truncated"
    assert not any(p.is_file() for p in store.root.rglob("*"))


def test_cache_makes_reuses_and_rebuilds(tmp_path: Path, write: Write) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    src = write("a.jpg", oriented(quadrant_image(400, 300), 6, "JPEG"))
    sha = "ab" * 32
    path = cache.get_or_make(sha, src, 64)
    assert path == cache.path_for(sha, 64) and path.parent.name == "ab"
    with Image.open(path) as im:
        assert im.format == "JPEG" and im.size == (
            64,
            48,
        )  # upright: stored as portrait, shown landscape
        assert not im.getexif()  # pixels only, no metadata
        assert_upright(im)
    stamp = path.stat().st_mtime_ns
    assert cache.get_or_make(sha, src, 64) == path
    assert path.stat().st_mtime_ns == stamp  # reused, not rebuilt
    for damage in (b"", b"not a jpeg", path.read_bytes()[: path.stat().st_size // 2]):
        path.write_bytes(damage)
        assert cache.get_or_make(sha, src, 64) == path
        with Image.open(path) as im:
            im.load()
            assert im.size == (64, 48)
    cache.get_or_make(sha, src, 256)
    assert cache.drop(sha) == 2
    assert not any(p.is_file() for p in (tmp_path / "cache").rglob("*"))


def test_cache_put_and_bad_source(tmp_path: Path, write: Write) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    path = cache.put("cd" * 32, 32, Image.new("RGBA", (32, 20), (10, 20, 30, 128)))
    assert Image.open(path).size == (32, 20)
    with pytest.raises(PhotoRejected):
        cache.get_or_make("ef" * 32, write("bad.jpg", b"\xff\xd8\xff\xe0 nope"), 32)
    assert not cache.path_for("ef" * 32, 32).exists()
    with pytest.raises(ValueError):
        cache.path_for("../x", 32)


def test_heic_with_orientation_and_exif_date(store: PhotoStore, write: Write) -> None:
    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Apple"
    exif[ExifTags.Base.Model] = "iPhone 15"
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = "2024:05:06 07:08:09"
    sub[ExifTags.Base.OffsetTimeOriginal] = "-03:00"
    # Stored portrait; pillow-heif turns the EXIF orientation into a HEIF rotation on save.
    raw = quadrant_image(320, 240).transpose(Image.Transpose.ROTATE_90)
    src = write("o6.heic", encode(raw, "HEIF", exif=exif.tobytes(), thumbnails=[96]))
    stored = store.ingest(src)
    facts = stored.facts
    assert (facts.width, facts.height, facts.orientation) == (320, 240, 1)  # libheif rotates
    assert facts.taken_at == datetime(2024, 5, 6, 10, 8, 9, tzinfo=UTC)
    assert facts.camera == "Apple iPhone 15"
    thumb = make_thumbnail(stored.path, 64)
    assert thumb.size == (64, 48)
    assert_upright(thumb)
