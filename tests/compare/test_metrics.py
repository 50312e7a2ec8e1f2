"""sRGB → CIELAB (D65) against reference values, ITA°, and region measures."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pytest
from PIL import Image, ImageFilter

from needlejournal.photos.metrics import ita_degrees, lab_to_srgb, region_metrics, srgb_to_lab

if TYPE_CHECKING:
    from conftest import Synthetic


@pytest.mark.parametrize(
    ("rgb", "lab"),
    [
        ((255, 255, 255), (100.0, 0.0, 0.0)),
        ((0, 0, 0), (0.0, 0.0, 0.0)),
        ((255, 0, 0), (53.2408, 80.0925, 67.2032)),
        ((0, 255, 0), (87.7347, -86.1827, 83.1793)),
        ((0, 0, 255), (32.2970, 79.1875, -107.8602)),
        ((128, 128, 128), (53.5850, 0.0, 0.0)),
    ],
)
def test_lab_matches_reference_values(
    rgb: tuple[int, int, int], lab: tuple[float, float, float]
) -> None:
    assert srgb_to_lab(rgb).tolist() == pytest.approx(lab, abs=0.01)


def test_lab_round_trip_is_lossless_for_8_bit_colours() -> None:
    colours = np.random.default_rng(3).integers(0, 256, size=(2000, 3))
    assert np.array_equal(lab_to_srgb(srgb_to_lab(colours)), colours)


def test_ita_classic_values_and_b_star_zero() -> None:
    assert ita_degrees(50.0, 20.0) == pytest.approx(0.0)
    assert ita_degrees(70.0, 20.0) == pytest.approx(45.0)
    assert ita_degrees(60.0, 15.0) == pytest.approx(math.degrees(math.atan(10 / 15)))
    assert ita_degrees(70.0, 0.0) == pytest.approx(90.0)  # no division by zero
    assert ita_degrees(30.0, 0.0) == pytest.approx(-90.0)


def test_region_metrics_of_a_uniform_skin_tone() -> None:
    img = Image.new("RGB", (60, 40), (224, 172, 150))
    metrics = region_metrics(img, (10, 5, 30, 20))
    expected = srgb_to_lab((224, 172, 150))
    assert (metrics.L, metrics.a, metrics.b) == pytest.approx(tuple(expected), abs=1e-6)
    assert metrics.ita_deg == pytest.approx(
        math.degrees(math.atan((metrics.L - 50) / metrics.b)), abs=1e-9
    )
    assert metrics.evenness == pytest.approx(0.0, abs=1e-9)
    assert metrics.texture == pytest.approx(0.0, abs=1e-9)
    assert metrics.pixels == 600


def test_texture_and_evenness_rise_with_detail(synth: type[Synthetic]) -> None:
    textured = synth.pattern()
    smooth = textured.filter(ImageFilter.GaussianBlur(4))
    region = (20, 20, 200, 150)
    sharp_m, smooth_m = region_metrics(textured, region), region_metrics(smooth, region)
    assert sharp_m.texture > 3 * smooth_m.texture
    assert sharp_m.evenness > smooth_m.evenness


def test_transparent_pixels_are_not_measured() -> None:
    img = Image.new("RGBA", (20, 20), (224, 172, 150, 255))
    img.paste((0, 0, 255, 0), (0, 0, 10, 20))  # blue but transparent: not photo data
    metrics = region_metrics(img)
    assert metrics.pixels == 200
    assert metrics.b > 0


@pytest.mark.parametrize("region", [(0, 0, 0, 5), (-1, 0, 5, 5), (10, 10, 20, 20)])
def test_bad_regions_are_refused(region: tuple[int, int, int, int]) -> None:
    with pytest.raises(ValueError):
        region_metrics(Image.new("RGB", (20, 20)), region)
