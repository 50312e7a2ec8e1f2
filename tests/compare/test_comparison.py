"""The pure comparison maths (photos/comparison.py): decoded-size transforms and rendering."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pytest

from needlejournal.photos.align import Similarity
from needlejournal.photos.comparison import (
    MODES,
    fit_transform,
    in_original,
    in_reduced,
    render_images,
)

if TYPE_CHECKING:
    from conftest import Synthetic

B_TO_A = Similarity(1.05, 0.08, 12.0, -9.0)


def test_in_original_undoes_in_reduced() -> None:
    local = in_reduced(B_TO_A, 0.5, 0.25)
    # A point of B decoded at 1/4 lands where its original lands in A decoded at 1/2.
    x, y = local.apply(40.0, 30.0)
    ox, oy = B_TO_A.apply(160.0, 120.0)
    assert (x, y) == pytest.approx((ox * 0.5, oy * 0.5))
    back = in_original(local, 0.5, 0.25)
    assert back.apply(100.0, 50.0) == pytest.approx(B_TO_A.apply(100.0, 50.0))


def test_fit_transform_centres_b_inside_a() -> None:
    fit = fit_transform((400, 300), (200, 200))  # B square, A landscape: height decides
    assert fit.apply(0.0, 0.0) == pytest.approx((50.0, 0.0))
    assert fit.apply(200.0, 200.0) == pytest.approx((350.0, 300.0))
    assert fit_transform((320, 240), (320, 240)).apply(7.0, 9.0) == pytest.approx((7.0, 9.0))


def test_registered_difference_of_a_warped_copy_is_dark_where_they_overlap(
    synth: type[Synthetic],
) -> None:
    a = synth.pattern()
    b = synth.warped_copy(a, B_TO_A)
    aligned = np.asarray(render_images(a, b, B_TO_A, "difference"), dtype=np.float64)
    unaligned = np.asarray(
        render_images(a, b, Similarity.identity(), "difference"), dtype=np.float64
    )
    inner = (slice(40, 200), slice(40, 280))  # away from the no-data borders
    assert aligned[inner].mean() < 0.25 * unaligned[inner].mean()


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_renders_in_a_frame(synth: type[Synthetic], mode: str) -> None:
    a = synth.pattern()
    b = synth.warped_copy(a, B_TO_A)
    out = render_images(a, b, B_TO_A, mode, labels=("1 Mar", "1 Apr"))  # type: ignore[arg-type]
    assert out.width >= a.width and out.height >= a.height
    with pytest.raises(ValueError, match="unknown comparison mode"):
        render_images(a, b, B_TO_A, "blend")  # type: ignore[arg-type]
