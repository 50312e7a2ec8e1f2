"""Colour you can trust: embedded profiles, alpha, 16-bit and a texture that ignores resolution.

Each defect of issue 12 first, in process and through the real ``photo metrics`` command:
an Adobe RGB or Display P3 photo measured as if it were sRGB (ΔE 4–8 off on skin tones),
transparent pixels counted as white, 16-bit greyscale read as white, texture that changed with
the photo's resolution, and a smooth lighting gradient counted as unevenness.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from icc_profiles import (
    ADOBE_RGB_TO_XYZ,
    P3_TO_XYZ,
    adobe_rgb_profile,
    display_p3_profile,
    lab_of,
)
from PIL import Image, ImageFilter

from needlejournal.photos.colour import to_srgb
from needlejournal.photos.metrics import METRICS_VERSION, region_metrics, srgb_to_lab

SKIN_TONES = [(224, 172, 150), (200, 150, 130), (150, 100, 80), (95, 62, 50)]


def _delta_e(metrics_lab: tuple[float, float, float], true_lab: np.ndarray) -> float:
    return float(np.linalg.norm(np.asarray(metrics_lab) - true_lab))


@pytest.mark.parametrize(
    ("profile", "matrix", "curve"),
    [(adobe_rgb_profile, ADOBE_RGB_TO_XYZ, "gamma"), (display_p3_profile, P3_TO_XYZ, "srgb")],
    ids=["adobe-rgb", "display-p3"],
)
@pytest.mark.parametrize("colour", SKIN_TONES)
def test_tagged_photos_are_measured_in_their_own_colour_space(
    profile: object, matrix: np.ndarray, curve: str, colour: tuple[int, int, int]
) -> None:
    icc = profile()  # type: ignore[operator]
    img = Image.new("RGB", (40, 30), colour)
    img.info["icc_profile"] = icc
    m = region_metrics(img)
    true = lab_of(colour, matrix, curve)
    assert _delta_e((m.L, m.a, m.b), true) < 1.0
    # The bug: the same pixels untagged gave the sRGB reading, several ΔE away.
    untagged = srgb_to_lab(colour)
    assert np.linalg.norm(untagged - true) > 3.0
    assert "converted from the embedded profile" in m.colour_space


def test_an_srgb_profile_changes_nothing() -> None:
    from PIL import ImageCms

    img = Image.new("RGB", (10, 10), (200, 150, 130))
    img.info["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    converted, source = to_srgb(img)
    assert converted.getpixel((0, 0)) == (200, 150, 130)
    assert source.converted is False


def test_sixteen_bit_greyscale_is_scaled_not_clipped_to_white() -> None:
    grey = Image.fromarray(np.full((20, 20), 32768, dtype=np.uint16))
    assert grey.mode.startswith("I")
    lightness = region_metrics(grey).L
    assert lightness == pytest.approx(srgb_to_lab((128, 128, 128))[0], abs=0.3)


def test_transparent_pixels_are_skipped_in_every_mode() -> None:
    la = Image.new("LA", (20, 20), (120, 255))
    la.paste((255, 0), (0, 0, 10, 20))  # white but transparent
    m = region_metrics(la)
    assert m.pixels == 200
    lightness = m.L
    assert lightness == pytest.approx(srgb_to_lab((120, 120, 120))[0], abs=0.01)


def _skin_scene(size: int, pores: int = 400, seed: int = 3) -> Image.Image:
    """The same patch of skin drawn at any resolution: pores are discs at fixed positions."""
    rng = np.random.default_rng(seed)
    centres = rng.random((pores, 2))
    yy, xx = np.mgrid[0:size, 0:size] / size
    lightness = np.full((size, size), 180.0)
    for cx, cy in centres:
        lightness -= 60.0 * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * 0.006**2))
    rgb = np.stack([lightness, lightness * 0.78, lightness * 0.68], axis=-1)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))


def test_texture_does_not_depend_on_resolution() -> None:
    values = [region_metrics(_skin_scene(size)).texture for size in (800, 400, 256, 200)]
    reference = values[0]
    assert reference > 1.0  # the scene has texture to measure
    for value in values[1:]:
        assert value == pytest.approx(reference, rel=0.10), values
    upscaled = _skin_scene(400).resize((800, 800), Image.Resampling.BICUBIC)
    assert region_metrics(upscaled).texture == pytest.approx(values[1], rel=0.10)


def test_texture_rises_with_the_number_of_pores() -> None:
    textures = [region_metrics(_skin_scene(400, pores=n)).texture for n in (50, 200, 800)]
    assert textures[0] < textures[1] < textures[2]


def test_a_smooth_lighting_gradient_is_neither_unevenness_nor_texture() -> None:
    x = np.linspace(0.0, 1.0, 600)
    light = 120 + 80 * x[np.newaxis, :] + 10 * (x[:, np.newaxis] ** 2)
    rgb = np.stack([light, light * 0.8, light * 0.7], axis=-1)
    gradient = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).resize((600, 600))
    m = region_metrics(gradient)
    assert m.evenness < 0.6
    assert m.texture < 0.3
    # A spot on the same gradient is unevenness.
    spotted = gradient.copy()
    spotted.paste((90, 60, 50), (250, 250, 330, 330))
    spotted = spotted.filter(ImageFilter.GaussianBlur(2))
    assert region_metrics(spotted).evenness > 5 * m.evenness


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    return subprocess.run(
        [sys.executable, "-m", "needlejournal", *args, "--data-dir", str(data), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _import(data: Path, path: Path) -> int:
    done = _cli(data, "photo", "import", "--client", "Ada", "--role", "progress", str(path))
    assert done.returncode == 0, done.stderr
    photo_id: int = json.loads(done.stdout)["imported"][0]["id"]
    return photo_id


def test_photo_metrics_command_honours_alpha_16_bit_and_profiles(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _cli(data, "client", "add", "Ada").returncode == 0

    half = Image.new("RGBA", (100, 100), (150, 100, 80, 255))
    half.paste((255, 255, 255, 0), (0, 0, 50, 100))  # transparent half (white underneath)
    half.save(tmp_path / "half.png")
    grey16 = Image.fromarray(np.full((64, 64), 32768, dtype=np.uint16))
    grey16.save(tmp_path / "grey16.png")
    adobe = Image.new("RGB", (64, 64), (200, 150, 130))
    adobe.save(tmp_path / "adobe.jpg", quality=100, subsampling=0, icc_profile=adobe_rgb_profile())

    measured = {}
    for name in ("half.png", "grey16.png", "adobe.jpg"):
        photo = _import(data, tmp_path / name)
        done = _cli(data, "photo", "metrics", str(photo))
        assert done.returncode == 0, done.stderr
        measured[name] = json.loads(done.stdout)

    assert measured["half.png"]["pixels"] == 5000
    assert measured["half.png"]["L"] == pytest.approx(srgb_to_lab((150, 100, 80))[0], abs=0.05)
    assert measured["grey16.png"]["L"] == pytest.approx(53.59, abs=0.3)
    true = lab_of((200, 150, 130), ADOBE_RGB_TO_XYZ, "gamma")
    adobe_lab = (measured["adobe.jpg"][k] for k in ("L", "a", "b"))
    assert _delta_e(tuple(adobe_lab), true) < 1.5  # JPEG rounding on top of the conversion
    assert measured["adobe.jpg"]["version"] == METRICS_VERSION
    assert "Adobe RGB" in measured["adobe.jpg"]["colour_space"]
    assert "assumed" in measured["half.png"]["colour_space"]


def test_thumbnails_show_a_tagged_photo_in_its_true_colours(tmp_path: Path) -> None:
    from needlejournal.photos.metrics import lab_to_srgb
    from needlejournal.photos.thumbnails import make_thumbnail

    colour = (200, 150, 130)
    path = tmp_path / "p3.png"
    Image.new("RGB", (300, 200), colour).save(path, icc_profile=display_p3_profile())
    shown = make_thumbnail(path, 64).convert("RGB").getpixel((10, 10))
    assert isinstance(shown, tuple)
    expected = tuple(int(v) for v in lab_to_srgb(lab_of(colour, P3_TO_XYZ, "srgb")))
    assert max(abs(a - b) for a, b in zip(shown, expected, strict=True)) <= 2
    assert shown != colour  # read as sRGB, the P3 skin tone looked duller
