"""Synthetic photos for the comparison tests: a textured, asymmetric pattern at a fixed seed."""

from __future__ import annotations

import math
import random

import pytest
from PIL import Image, ImageDraw, ImageFilter

from needlejournal.photos.align import Similarity, warp_to


def make_pattern(width: int = 320, height: int = 240, seed: int = 7) -> Image.Image:
    """Random coloured blobs and strokes over a fine texture: no symmetry, plenty of detail."""
    rng = random.Random(seed)
    img = Image.new("RGB", (width, height), (200, 170, 150))
    draw = ImageDraw.Draw(img)
    for _ in range(width * height // 150):  # fine speckle, like pores
        px, py = rng.randrange(width), rng.randrange(height)
        tone = rng.randrange(120, 230)
        draw.point((px, py), fill=(tone, int(tone * 0.8), int(tone * 0.7)))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        r = rng.uniform(3, min(width, height) / 8)
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x - r, y - r * rng.uniform(0.4, 1.0), x + r, y + r), fill=colour)
    for _ in range(12):
        pts = [(rng.uniform(0, width), rng.uniform(0, height)) for _ in range(3)]
        draw.line(pts, fill=(20, 30, 60), width=rng.randrange(1, 4))
    # An unmistakably asymmetric marker in one corner.
    draw.polygon([(10, 10), (60, 14), (18, 44)], fill=(250, 250, 40))
    return img


def warped_copy(img: Image.Image, b_to_a: Similarity) -> Image.Image:
    """Photo B such that ``b_to_a`` maps B's points onto ``img``'s (photo A's) points."""
    # B's pixel q shows A's content at b_to_a(q); rendering B = warping A by the inverse.
    return warp_to(img.size, img, b_to_a.inverse(), fill=(128, 128, 128))


def rot_scale_shift(
    size: tuple[int, int], degrees: float, scale: float, shift: tuple[float, float]
) -> Similarity:
    centre = (size[0] / 2, size[1] / 2)
    about = Similarity.about_point(scale, math.radians(degrees), centre)
    return Similarity.translation(*shift).compose(about)


class Synthetic:
    """Helpers handed to tests through the ``synth`` fixture.

    Tests get them from a fixture rather than ``import conftest``: pytest drops the bare module
    name ``conftest`` between directories, so importing it from a test module is fragile.
    """

    pattern = staticmethod(make_pattern)
    warped_copy = staticmethod(warped_copy)
    rot_scale_shift = staticmethod(rot_scale_shift)


@pytest.fixture
def synth() -> type[Synthetic]:
    return Synthetic


@pytest.fixture
def pattern() -> Image.Image:
    return make_pattern()
