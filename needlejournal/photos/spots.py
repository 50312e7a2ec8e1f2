"""Spots in a skin region: small patches clearly darker than the skin around them.

Measured on L* at the texture scale (the region resampled so its shorter side is
``TEXTURE_SCALE_PX``), after removing the smooth light falloff (the quadratic surface the
evenness measure uses), so neither the photo's resolution nor a lighting gradient changes the
count. A spot is a 4-connected patch at least ``SPOT_DEPTH`` L* units below that surface and
at least ``SPOT_MIN_PX`` pixels large at that scale (about 1/128 of the region's shorter side
across); the area is the share of the region's pixels inside counted spots, in per cent.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
SPOT_DEPTH = 6.0  # L* units darker than the smooth surface
SPOT_MIN_PX = 4  # at the texture scale: smaller is noise, a pore or a hair


@dataclass(frozen=True)
class Spots:
    count: int
    area_pct: float  # of the region's measured pixels


def least_squares(design: FloatArray, values: FloatArray) -> FloatArray:
    """``np.linalg.lstsq(design, values)`` for a tall design of a few columns (the surfaces'
    six), solved through its normal equations: LAPACK's lstsq holds the GIL for the whole fit
    (~10 ms at 65,536 samples, longer on a busy machine: a lost frame for the window whose
    worker measures), while the two products run in BLAS with it released and the 6 × 6 system
    left takes microseconds. The same minimum-norm solution (within ~1e-12 on these
    well-conditioned -1..1 coordinates)."""
    gram = design.T @ design
    moments = design.T @ values
    solution = np.linalg.lstsq(gram, moments, rcond=None)[0]
    return np.asarray(solution, dtype=np.float64)


def smooth_surface(lightness: FloatArray, valid: BoolArray) -> FloatArray:
    """The least-squares quadratic surface of L* over the valid pixels (the light falloff),
    fitted on every other pixel each way and evaluated by broadcasting."""
    h, w = lightness.shape
    grid_y, grid_x = np.mgrid[0:h:2, 0:w:2]
    sampled = valid[::2, ::2]
    if sampled.sum() < 12:
        return np.full_like(lightness, float(lightness[valid].mean()) if valid.any() else 0.0)
    u = grid_x[sampled] / max(w - 1, 1) * 2.0 - 1.0
    v = grid_y[sampled] / max(h - 1, 1) * 2.0 - 1.0
    design = np.stack([np.ones_like(u), u, v, u * u, u * v, v * v], axis=1)
    c = least_squares(design, lightness[::2, ::2][sampled])
    cols = (np.arange(w) / max(w - 1, 1) * 2.0 - 1.0)[np.newaxis, :]
    rows = (np.arange(h) / max(h - 1, 1) * 2.0 - 1.0)[:, np.newaxis]
    surface: FloatArray = c[0] + c[1] * cols + c[2] * rows + c[3] * cols * cols
    surface = surface + c[4] * cols * rows + c[5] * rows * rows
    return surface


def _patches(mask: BoolArray) -> list[int]:
    """The sizes of the 4-connected patches of ``mask``."""
    seen = np.zeros_like(mask)
    h, w = mask.shape
    sizes = []
    for y0, x0 in zip(*np.nonzero(mask), strict=True):
        if seen[y0, x0]:
            continue
        seen[y0, x0] = True
        queue = deque([(int(y0), int(x0))])
        size = 0
        while queue:
            y, x = queue.popleft()
            size += 1
            for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    queue.append((ny, nx))
        sizes.append(size)
    return sizes


def find_spots(lightness: FloatArray, valid: BoolArray) -> Spots:
    """Spots in L* (already at the texture scale) over the valid pixels."""
    if not valid.any():
        return Spots(0, 0.0)
    darker = (smooth_surface(lightness, valid) - lightness >= SPOT_DEPTH) & valid
    sizes = [s for s in _patches(darker) if s >= SPOT_MIN_PX]
    return Spots(len(sizes), 100.0 * sum(sizes) / int(valid.sum()))
