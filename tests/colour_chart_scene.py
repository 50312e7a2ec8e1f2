"""A photo of skin beside a ColorChecker, rendered under a known colour cast (shared by the
maths, command-line and region tests)."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PIL import Image

from needlejournal.photos.align import Similarity
from needlejournal.photos.colour_chart import REFERENCE_SRGB

SKIN = (205, 160, 140)  # the skin's true sRGB colour
SKIN_BOX = (520, 120, 200, 150)  # where it is, x, y, w, h
PITCH = 50  # px per chart cell; each patch leaves a 5 px black border
# A warm tungsten-like light with some channel cross-talk, applied in linear light.
WARM = np.array([[1.10, 0.06, 0.00], [0.02, 0.92, 0.03], [0.00, 0.06, 0.62]])


def _flat_chart() -> Image.Image:
    chart = np.zeros((4 * PITCH, 6 * PITCH, 3), dtype=np.uint8)
    chart[...] = 20  # the chart's black frame and gaps
    for i, colour in enumerate(REFERENCE_SRGB):
        r, c = divmod(i, 6)
        chart[r * PITCH + 5 : (r + 1) * PITCH - 5, c * PITCH + 5 : (c + 1) * PITCH - 5] = colour
    return Image.fromarray(chart, "RGB")


def scene(
    cast: npt.NDArray[np.float64] | None = None, turn_deg: float = 8.0, seed: int = 1
) -> tuple[Image.Image, list[tuple[float, float]]]:
    """The photo (800 × 420) and the chart's corners in marking order (dark skin, bluish green,
    black, white); ``cast``: a 3 × 3 linear-light matrix applied to the whole photo."""
    rng = np.random.default_rng(seed)
    rgb = np.empty((420, 800, 3))
    rgb[...] = (120.0, 118.0, 115.0)
    x, y, w, h = SKIN_BOX
    rgb[y : y + h, x : x + w] = SKIN
    base = Image.fromarray(np.clip(np.rint(rgb), 0, 255).astype(np.uint8), "RGB")
    # The chart turned by turn_deg about its top-left corner, placed at (60, 80).
    to_scene = Similarity(1.0, math.radians(turn_deg), 80.0, 80.0)
    chart = _flat_chart().convert("RGBA")
    placed = chart.transform(
        base.size, Image.Transform.AFFINE, to_scene.to_affine(), Image.Resampling.BILINEAR
    )
    base = Image.alpha_composite(base.convert("RGBA"), placed).convert("RGB")
    noisy = np.asarray(base, dtype=np.float64) + rng.normal(0, 2.0, (420, 800, 3))  # sensor noise
    base = Image.fromarray(np.clip(np.rint(noisy), 0, 255).astype(np.uint8), "RGB")
    corners = [to_scene.apply(u, v) for u, v in ((0, 0), (300, 0), (300, 200), (0, 200))]
    if cast is not None:
        c = np.asarray(base, dtype=np.float64) / 255.0
        linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4) @ cast.T
        linear = np.clip(linear, 0.0, 1.0)
        encoded = np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1 / 2.4) - 0.055)
        base = Image.fromarray(np.rint(encoded * 255).astype(np.uint8), "RGB")
    return base, corners
