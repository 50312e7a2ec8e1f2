"""Comparison renderers, lighting match, comparability hints and metadata-free export."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
from PIL import ExifTags, Image, ImageEnhance

from needlejournal.photos.align import Similarity, warp_to
from needlejournal.photos.compose import (
    NO_DATA_GREY,
    PhotoMeta,
    comparability,
    difference,
    match_lighting,
    overlay,
    save_clean,
    side_by_side,
    wipe,
    with_label,
)
from needlejournal.photos.metrics import region_metrics

if TYPE_CHECKING:
    from conftest import Synthetic

RED, BLUE = (200, 40, 40), (40, 40, 200)


def solid(colour: tuple[int, int, int], size: tuple[int, int] = (120, 80)) -> Image.Image:
    return Image.new("RGB", size, colour)


def test_side_by_side_places_both_photos_with_a_gap() -> None:
    out = side_by_side(solid(RED), solid(BLUE), gap=10)
    assert out.size == (250, 80)
    assert out.getpixel((5, 5)) == RED
    assert out.getpixel((125, 5)) == (24, 24, 24)
    assert out.getpixel((245, 5)) == BLUE


def test_side_by_side_scales_b_to_a_height() -> None:
    out = side_by_side(solid(RED), solid(BLUE, (60, 40)), gap=0)
    assert out.size == (240, 80)
    assert out.getpixel((239, 79)) == BLUE


def test_labels_sit_on_a_darker_band_with_light_text() -> None:
    plain = side_by_side(solid((200, 200, 200)), solid((200, 200, 200)), gap=0)
    labelled = side_by_side(
        solid((200, 200, 200)), solid((200, 200, 200)), labels=("2024-01-05", None), gap=0
    )
    band = np.asarray(labelled)[-8:, :120]
    assert band.min() < 120  # the semi-transparent band darkens the bottom
    assert band.max() > 230  # white text on it
    assert np.asarray(labelled)[:40].tolist() == np.asarray(plain)[:40].tolist()
    assert np.asarray(labelled)[-8:, 120:].tolist() == np.asarray(plain)[-8:, 120:].tolist()


def test_wipe_shows_a_then_divider_then_b() -> None:
    out = wipe(solid(RED), solid(BLUE), 0.25, divider_colour=(255, 255, 0), divider_width=3)
    assert out.size == (120, 80)
    assert out.getpixel((10, 40)) == RED
    assert [out.getpixel((x, 40)) for x in (29, 30, 31)] == [(255, 255, 0)] * 3
    assert out.getpixel((28, 40)) == RED
    assert out.getpixel((32, 40)) == BLUE


def test_horizontal_wipe_and_bad_position() -> None:
    out = wipe(solid(RED), solid(BLUE), 0.5, vertical=False, divider_width=1)
    assert out.getpixel((60, 10)) == RED
    assert out.getpixel((60, 40)) == (255, 255, 255)
    assert out.getpixel((60, 70)) == BLUE
    with pytest.raises(ValueError):
        wipe(solid(RED), solid(BLUE), 1.5)
    with pytest.raises(ValueError, match="registered"):
        wipe(solid(RED), solid(BLUE, (60, 40)), 0.5)


def test_overlay_opacity_extremes_and_middle(synth: type[Synthetic]) -> None:
    a = synth.pattern()
    registered_b = warp_to(a.size, synth.pattern(seed=11), Similarity.translation(30.0, 0.0))
    assert np.array_equal(np.asarray(overlay(a, registered_b, 0.0)), np.asarray(a))
    full = np.asarray(overlay(a, registered_b, 1.0))
    b_rgb = np.asarray(registered_b.convert("RGB"))
    assert np.array_equal(full[:, 40:], b_rgb[:, 40:])  # where B covers A's frame
    assert np.array_equal(full[:, :29], np.asarray(a)[:, :29])  # where it does not: A
    half = overlay(solid((0, 0, 0)), solid((200, 100, 50)), 0.5)
    assert half.getpixel((1, 1)) == pytest.approx((100, 50, 25), abs=1)


def test_difference_of_identical_images_is_black(synth: type[Synthetic]) -> None:
    a = synth.pattern()
    assert np.asarray(difference(a, a.copy())).max() == 0


def test_difference_is_amplified_and_marks_missing_data() -> None:
    a = solid((100, 100, 100))
    b = Image.new("RGBA", a.size, (110, 100, 90, 255))
    b.paste((0, 0, 0, 0), (0, 0, 10, 80))
    out = difference(a, b, gain=5.0)
    assert out.getpixel((50, 40)) == (50, 0, 50)
    assert out.getpixel((5, 40)) == NO_DATA_GREY


def test_match_lighting_brings_b_to_a_over_the_region(synth: type[Synthetic]) -> None:
    a = synth.pattern()
    darker = ImageEnhance.Brightness(a).enhance(0.75)
    region = (40, 40, 200, 150)
    before = region_metrics(darker, region)
    matched = match_lighting(darker, a, region)
    after, reference = region_metrics(matched, region), region_metrics(a, region)
    assert abs(before.L - reference.L) > 5
    assert pytest.approx(reference.L, abs=1.0) == after.L
    assert after.b == pytest.approx(reference.b, abs=1.0)
    assert matched.size == a.size


def test_match_lighting_keeps_transparency_and_refuses_empty_region() -> None:
    a = solid((180, 140, 120))
    b = Image.new("RGBA", a.size, (120, 90, 80, 255))
    b.paste((0, 0, 0, 0), (0, 0, 20, 80))
    out = match_lighting(b, a)
    assert out.mode == "RGBA"
    pixels = np.asarray(out)
    assert pixels[5, 5, 3] == 0
    assert pixels[40, 60, :3].tolist() == pytest.approx([180, 140, 120], abs=2)
    with pytest.raises(ValueError):
        match_lighting(b, a, (0, 0, 10, 10))


def test_comparability_names_each_difference() -> None:
    when = datetime(2024, 3, 1, tzinfo=UTC)
    base = PhotoMeta("frontal", "clean", "window daylight", "Pixel 7", when)
    assert comparability(base, base) == []
    other = PhotoMeta("left 45°", "post-procedure day 2", "ring light", "iPhone 13", when)
    warnings = comparability(base, other)
    text = " ".join(warnings)
    for word in ("views", "skin state", "light source", "cameras", "after a procedure"):
        assert word in text
    unknown = PhotoMeta("frontal", "clean", None, "Pixel 7", when)
    assert any("light is not recorded" in w for w in comparability(base, unknown))


@pytest.fixture
def photo_with_gps(tmp_path: Path, synth: type[Synthetic]) -> Image.Image:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Secret Model"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (52.0, 22.0, 11.0)
    path = tmp_path / "with_gps.jpg"
    synth.pattern().save(
        path, exif=exif, icc_profile=b"fake-icc-profile-bytes", xmp=b"<x:xmpmeta/>"
    )
    img = Image.open(path)
    img.load()
    # The fixture must really carry the metadata, or the export test proves nothing.
    assert img.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert "icc_profile" in img.info
    assert "xmp" in img.info
    return img


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".webp"])
def test_exports_carry_no_metadata(
    tmp_path: Path, photo_with_gps: Image.Image, suffix: str
) -> None:
    rendering = side_by_side(photo_with_gps, photo_with_gps, labels=("before", "after"))
    rendering.info.update(photo_with_gps.info)  # worst case: a renderer copied the info over
    for name, img in (("photo", photo_with_gps), ("rendering", rendering)):
        out = save_clean(img, tmp_path / f"{name}{suffix}")
        with Image.open(out) as reopened:
            assert len(reopened.getexif()) == 0
            assert not {"exif", "xmp", "icc_profile", "XML:com.adobe.xmp"} & set(reopened.info)
            assert reopened.size == img.size
        data = out.read_bytes()
        assert b"Exif\x00\x00" not in data
        assert b"PhoneMaker" not in data
        assert b"xmpmeta" not in data
        assert b"fake-icc" not in data


def test_save_clean_refuses_unknown_formats_and_keeps_pixels(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="png"):
        save_clean(solid(RED), tmp_path / "out.tiff")
    out = save_clean(with_label(solid(RED), None), tmp_path / "out.png")
    with Image.open(out) as reopened:
        assert reopened.getpixel((3, 3)) == RED
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]  # no temp file left behind


@pytest.mark.parametrize("gain", [1.0, 4.0, 2.5, 0.3, 200.0])
def test_difference_matches_exact_float_arithmetic(gain: float) -> None:
    # The integer fast path must give the very pixels of |A − B| × gain rounded and clipped.
    rng = np.random.default_rng(7)
    a = Image.fromarray(rng.integers(0, 256, (40, 60, 3), dtype=np.uint8))
    b_pixels = rng.integers(0, 256, (40, 60, 4), dtype=np.uint8)
    b_pixels[..., 3] = np.where(rng.random((40, 60)) < 0.1, 0, 255)
    b = Image.fromarray(b_pixels, "RGBA")
    exact = np.abs(np.asarray(a, dtype=np.float64) - b_pixels[..., :3].astype(np.float64)) * gain
    expected = np.clip(np.rint(exact), 0, 255).astype(np.uint8)
    expected[b_pixels[..., 3] == 0] = NO_DATA_GREY
    assert np.array_equal(np.asarray(difference(a, b, gain=gain)), expected)
