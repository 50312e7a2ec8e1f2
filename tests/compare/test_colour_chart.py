"""ColorChecker colour correction (issue 12): the 3 × 3 linear-RGB matrix fitted to the chart's
24 patches recovers a known colour cast."""

from __future__ import annotations

import numpy as np
import pytest
from colour_chart_scene import SKIN, SKIN_BOX, WARM, scene

from needlejournal.photos.colour_chart import fit_colour_chart, patch_colours
from needlejournal.photos.metrics import region_metrics, srgb_to_lab


def _delta_e(m_lab: tuple[float, float, float], rgb: tuple[int, int, int]) -> float:
    return float(np.linalg.norm(np.array(m_lab) - srgb_to_lab(rgb)))


def test_an_uncast_chart_reads_its_own_colours() -> None:
    image, corners = scene()
    patches = patch_colours(image, corners)
    assert patches[0] == pytest.approx((115, 82, 68), abs=1.0)  # dark skin
    assert patches[23] == pytest.approx((52, 52, 52), abs=1.0)  # black
    fit = fit_colour_chart(image, corners)
    assert fit.mean_delta_e < 0.5 and fit.patches == 24
    assert np.allclose(fit.as_array(), np.eye(3), atol=0.02)


def test_a_warm_cast_is_recovered_within_one_delta_e() -> None:
    true, _ = scene()
    warm, corners = scene(WARM)
    cast_skin = region_metrics(warm, SKIN_BOX)
    truth = region_metrics(true, SKIN_BOX)
    assert _delta_e((cast_skin.L, cast_skin.a, cast_skin.b), SKIN) > 10  # the cast shows
    fit = fit_colour_chart(warm, corners)
    # The white patch clips under this light and is left out; the fit still holds.
    assert fit.patches == 23
    assert fit.mean_delta_e < 1.0 and fit.max_delta_e < 3.0
    # The fitted matrix undoes the cast (M · WARM ≈ I) …
    assert np.allclose(fit.as_array() @ WARM, np.eye(3), atol=0.03)
    # … and the skin beside the chart measures its true colour within ΔE 1.
    fixed = region_metrics(warm, SKIN_BOX, correction=fit.as_array())
    assert _delta_e((fixed.L, fixed.a, fixed.b), SKIN) < 1.0
    assert fixed.texture == pytest.approx(truth.texture, rel=0.25)
    assert "residual ΔE" in fit.describe()


@pytest.mark.parametrize(
    ("corners", "words"),
    [
        ([(0, 0), (10, 0), (10, 10)], "four corners"),
        ([(60, 80), (360, 80), (60, 280), (360, 280)], "do not go round the chart"),
        ([(700, 80), (900, 80), (900, 280), (700, 280)], "outside the photo"),
        ([(520, 120), (700, 120), (700, 260), (520, 260)], "do not seem to frame a ColorChecker"),
    ],
)
def test_wrong_corners_are_refused_in_a_sentence(
    corners: list[tuple[float, float]], words: str
) -> None:
    image, _ = scene()
    with pytest.raises(ValueError, match=words):
        fit_colour_chart(image, corners)
