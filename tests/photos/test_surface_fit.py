"""The light-falloff surface's least squares: the same fit as LAPACK's lstsq, and the GIL left
free for the window's GUI thread while a worker fits (lstsq held it for the whole fit)."""

from __future__ import annotations

import time

import numpy as np
import pytest

from needlejournal.photos.spots import FloatArray, least_squares


def _design(u: FloatArray, v: FloatArray) -> FloatArray:
    return np.stack([np.ones_like(u), u, v, u * u, u * v, v * v], axis=1)


def test_the_fit_is_lapacks_least_squares() -> None:
    rng = np.random.default_rng(7)
    u, v = rng.uniform(-1, 1, 65_536), rng.uniform(-1, 1, 65_536)
    values = 60 + 4 * u - 3 * v + 2 * u * v + rng.normal(0, 2, u.size)
    design = _design(u, v)
    expected = np.linalg.lstsq(design, values, rcond=None)[0]
    assert np.allclose(least_squares(design, values), expected, rtol=0, atol=1e-9)


def test_a_degenerate_region_gets_the_same_minimum_norm_fit() -> None:
    # One row of pixels: v is constant, so three columns are one (lstsq's minimum norm).
    u = np.linspace(-1, 1, 400)
    v = np.full_like(u, 0.25)
    values = 50 + 5 * u + np.sin(7 * u)
    design = _design(u, v)
    expected = np.linalg.lstsq(design, values, rcond=None)[0]
    fitted = least_squares(design, values)
    assert np.allclose(design @ fitted, design @ expected, atol=1e-6)
    assert np.allclose(fitted, expected, atol=1e-6)


@pytest.mark.timing
def test_a_large_surface_is_fitted_in_a_fraction_of_lstsqs_time() -> None:
    """What the GIL is held for is bounded by the fit's time: lstsq held it ~11 ms per 65,536
    samples (one frame of the window's GUI thread, more on a busy machine)."""
    rng = np.random.default_rng(3)
    u, v = rng.uniform(-1, 1, 262_144), rng.uniform(-1, 1, 262_144)
    design, values = _design(u, v), 50 + u + rng.normal(0, 1, u.size)
    ours: list[float] = []
    lapack: list[float] = []
    for _ in range(5):  # interleaved, so a busy machine slows both alike
        start = time.perf_counter()
        least_squares(design, values)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        np.linalg.lstsq(design, values, rcond=None)
        lapack.append(time.perf_counter() - start)
    assert float(np.median(ours)) < 0.5 * float(np.median(lapack)), (ours, lapack)
