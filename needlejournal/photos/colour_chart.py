"""Colour correction against a ColorChecker Classic (24 patches) in the photo.

The user marks the chart's four outer corners, in this order whatever way the chart is
turned: the corner of *dark skin* (the brown patch), of *bluish green*, of *black* and of
*white*. Those four points map the 6 × 4 patch grid into the photo (a perspective
homography, so a chart held at an angle works); each patch is read as the mean colour, in
linear light, of the middle half of its cell (clear of the black gaps and the edges).

The correction is the 3 × 3 matrix M, in linear sRGB, that best maps the 24 measured colours
onto the chart's published colours (least squares: ``corrected = M · measured``); patches
clipped in the photo (a channel at 0 or 255) are left out of the fit. The residual ΔE (CIE
1976, CIELAB D65) of the corrected patches says how well the correction holds: a mean
under ~2 is a good chart photo; a large one means the corners are wrong or the light was
mixed, and the correction is refused.

Reference colours: X-Rite's published 8-bit sRGB (D65) values of the ColorChecker Classic,
as printed in X-Rite's "ColorChecker Classic" reference data and tabulated in the Wikipedia
article "ColorChecker" (hex #735244 dark skin … #343434 black); they agree with BabelColor's
averaged measurements (D. Pascale, "RGB coordinates of the Macbeth ColorChecker", 2006)
within about 2 ΔE. A chart printed after November 2014 differs from older ones by under
that too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from needlejournal.photos.colour import to_srgb
from needlejournal.photos.metrics import linear_to_lab
from needlejournal.phrases import Said, said

FloatArray = npt.NDArray[np.float64]
Point = tuple[float, float]

CHART_NAME = "ColorChecker Classic (24 patches)"
# Row by row from dark skin (top left with the white-to-black row at the bottom).
REFERENCE_SRGB: tuple[tuple[int, int, int], ...] = (
    (115, 82, 68),  # dark skin
    (194, 150, 130),  # light skin
    (98, 122, 157),  # blue sky
    (87, 108, 67),  # foliage
    (133, 128, 177),  # blue flower
    (103, 189, 170),  # bluish green
    (214, 126, 44),  # orange
    (80, 91, 166),  # purplish blue
    (193, 90, 99),  # moderate red
    (94, 60, 108),  # purple
    (157, 188, 64),  # yellow green
    (224, 163, 46),  # orange yellow
    (56, 61, 150),  # blue
    (70, 148, 73),  # green
    (175, 54, 60),  # red
    (231, 199, 31),  # yellow
    (187, 86, 149),  # magenta
    (8, 133, 161),  # cyan
    (243, 243, 242),  # white 9.5
    (200, 200, 200),  # neutral 8
    (160, 160, 160),  # neutral 6.5
    (122, 122, 121),  # neutral 5
    (85, 85, 85),  # neutral 3.5
    (52, 52, 52),  # black 2
)
COLUMNS, ROWS = 6, 4
MAX_MEAN_DELTA_E = 6.0  # above this the marked corners do not frame a chart under one light
_SAMPLES = 16  # per side of a patch's middle half: 256 samples a patch
_CLIPPED = (2, 253)  # 8-bit values at or beyond these are clipped, not measured


@dataclass(frozen=True)
class ColourCorrection:
    """The fitted correction and how well it holds on the chart."""

    matrix: tuple[tuple[float, float, float], ...]  # 3 × 3, linear sRGB: M · rgb
    mean_delta_e: float  # CIE76 of the corrected patches against the reference
    max_delta_e: float
    patches: int  # patches the fit used (clipped ones are left out)

    def as_array(self) -> FloatArray:
        return np.array(self.matrix, dtype=np.float64)

    def describe(self) -> str:
        return (
            f"corrected to a {CHART_NAME}: residual ΔE {self.mean_delta_e:.1f} mean, "
            f"{self.max_delta_e:.1f} max over {self.patches} patches"
        )


def _homography(corners: Sequence[Point]) -> FloatArray:
    """H mapping grid points (0,0), (6,0), (6,4), (0,4) to the four corners."""
    grid = ((0.0, 0.0), (COLUMNS, 0.0), (COLUMNS, ROWS), (0.0, ROWS))
    rows, rhs = [], []
    for (u, v), (x, y) in zip(grid, corners, strict=True):
        rows.append([u, v, 1, 0, 0, 0, -u * x, -v * x])
        rows.append([0, 0, 0, u, v, 1, -u * y, -v * y])
        rhs += [x, y]
    h = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return np.append(h, 1.0).reshape(3, 3)


def _decode(values: FloatArray) -> FloatArray:
    c = values / 255.0
    out: FloatArray = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return out


def corner_problem(corners: Sequence[Point]) -> Said | None:
    if len(corners) != 4:
        return said("Mark the chart's four corners.", "chart_four_corners")
    pts = np.array(corners, dtype=np.float64)
    # The four corners must go round the chart one way (a convex quadrilateral).
    signs = []
    for i in range(4):
        a, b, c = pts[i], pts[(i + 1) % 4], pts[(i + 2) % 4]
        signs.append(np.sign((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])))
    if 0 in signs or len(set(signs)) != 1:
        message = (
            "The four corners do not go round the chart: mark dark skin, bluish green, black "
            "and white, in that order."
        )
        return said(message, "chart_corner_order")
    return None


def patch_colours(img: Image.Image, corners: Sequence[Point]) -> FloatArray:
    """The 24 patches' mean 8-bit sRGB colours (24 × 3), read through the corners."""
    problem = corner_problem(corners)
    if problem:
        raise ValueError(problem)
    h = _homography(corners)
    offsets = (np.arange(_SAMPLES) + 0.5) / _SAMPLES * 0.5 + 0.25  # the middle half
    us, vs = np.meshgrid(offsets, offsets)
    xs_all, ys_all = [], []
    for r in range(ROWS):
        for c in range(COLUMNS):
            grid = np.stack([us.ravel() + c, vs.ravel() + r, np.ones(us.size)])
            mapped = h @ grid
            xs_all.append(mapped[0] / mapped[2])
            ys_all.append(mapped[1] / mapped[2])
    xs, ys = np.concatenate(xs_all), np.concatenate(ys_all)
    if xs.min() < 0 or ys.min() < 0 or xs.max() >= img.width or ys.max() >= img.height:
        message = "The chart's corners reach outside the photo; mark them inside."
        raise ValueError(said(message, "chart_outside"))
    left, top = int(xs.min()), int(ys.min())
    right, bottom = int(xs.max()) + 1, int(ys.max()) + 1
    srgb, _source = to_srgb(img.crop((left, top, right, bottom)))
    pixels = np.asarray(srgb.convert("RGB"), dtype=np.float64)
    sampled = pixels[(ys - top).astype(np.intp), (xs - left).astype(np.intp)]
    means: FloatArray = sampled.reshape(ROWS * COLUMNS, _SAMPLES * _SAMPLES, 3).mean(axis=1)
    return means


def fit_colour_chart(img: Image.Image, corners: Sequence[Point]) -> ColourCorrection:
    """The correction of ``img``'s colours from the chart framed by ``corners`` (see the
    module's docstring for their order); ``ValueError`` (a sentence) when it cannot hold."""
    measured_srgb = patch_colours(img, corners)
    reference = _decode(np.array(REFERENCE_SRGB, dtype=np.float64))
    measured = _decode(measured_srgb)
    usable = ((measured_srgb > _CLIPPED[0]) & (measured_srgb < _CLIPPED[1])).all(axis=1)
    if usable.sum() < 12:
        message = (
            "Too many chart patches are clipped (too dark or too bright) to correct the "
            "colours: take the photo with less exposure contrast."
        )
        raise ValueError(said(message, "chart_clipped"))
    # Least squares: measured (n × 3) · Mᵀ ≈ reference (n × 3).
    m_t, *_ = np.linalg.lstsq(measured[usable], reference[usable], rcond=None)
    matrix = m_t.T
    corrected = np.clip(measured[usable] @ m_t, 0.0, 1.0)
    delta_e = np.linalg.norm(linear_to_lab(corrected) - linear_to_lab(reference[usable]), axis=1)
    found = ColourCorrection(
        matrix=tuple((float(r[0]), float(r[1]), float(r[2])) for r in matrix),
        mean_delta_e=float(delta_e.mean()),
        max_delta_e=float(delta_e.max()),
        patches=int(usable.sum()),
    )
    if found.mean_delta_e > MAX_MEAN_DELTA_E:
        delta_e = round(found.mean_delta_e)
        message = (
            f"The marked corners do not seem to frame a ColorChecker under one light (the "
            f"colours miss the chart's by ΔE {delta_e} on average); mark dark "
            "skin, bluish green, black and white, in that order."
        )
        raise ValueError(said(message, "chart_not_a_chart", delta_e=delta_e))
    return found
