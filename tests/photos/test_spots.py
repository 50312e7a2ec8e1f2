"""Spot count and area (metrics v3): darker patches over the smooth light, at a scale relative
to the region, inside a rectangle or an ellipse."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from needlejournal.photos.metrics import METRICS_VERSION, region_metrics

SKIN = np.array([205.0, 160.0, 140.0])


def _scene(width: int, height: int, spots: list[tuple[float, float]], radius: float) -> Image.Image:
    """Skin lit from the left (a smooth gradient), with round brown spots at (fx, fy)."""
    ys, xs = np.mgrid[0:height, 0:width]
    light = 0.85 + 0.25 * xs / width  # brighter to the right: not unevenness, not spots
    rgb = SKIN[None, None, :] * light[..., None]
    for fx, fy in spots:
        d = np.hypot(xs - fx * width, ys - fy * height) <= radius * width
        rgb[d] *= 0.72  # about 12 L* darker
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


SPOTS = [(0.2, 0.3), (0.5, 0.5), (0.8, 0.25), (0.35, 0.75), (0.7, 0.7)]


def test_spots_are_counted_whatever_the_resolution() -> None:
    found = []
    for width in (1200, 600, 300):
        m = region_metrics(_scene(width, width * 2 // 3, SPOTS, 0.02))
        found.append((m.spot_count, m.spot_area_pct))
    assert [c for c, _ in found] == [5, 5, 5]
    areas = [a for _, a in found]
    expected = 100 * 5 * np.pi * (0.02 * 1200) ** 2 / (1200 * 800)
    for a in areas:
        assert a == pytest.approx(expected, rel=0.15)
    assert METRICS_VERSION == 3


def test_a_lighting_gradient_alone_has_no_spots() -> None:
    m = region_metrics(_scene(600, 400, [], 0.02))
    assert (m.spot_count, m.spot_area_pct) == (0, 0.0)


def test_the_count_grows_with_the_spots() -> None:
    counts = [region_metrics(_scene(600, 400, SPOTS[:n], 0.02)).spot_count for n in (1, 3, 5)]
    assert counts == [1, 3, 5]


def test_an_ellipse_leaves_out_the_corners() -> None:
    corner = [(0.05, 0.07), (0.5, 0.5)]  # one in the box's corner, one in the middle
    image = _scene(600, 400, corner, 0.02)
    assert region_metrics(image).spot_count == 2
    ellipse = region_metrics(image, shape="ellipse")
    assert ellipse.spot_count == 1
    assert ellipse.pixels == pytest.approx(np.pi / 4 * 600 * 400, rel=0.01)
    with pytest.raises(ValueError, match="rect or an ellipse"):
        region_metrics(image, shape="star")
