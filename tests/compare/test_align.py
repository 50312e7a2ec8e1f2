"""Similarity maths, anchors, warping and auto-align on synthetic photos with known transforms."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from needlejournal.photos.align import Similarity, similarity_from_anchors, warp_to
from needlejournal.photos.auto_align import auto_align

if TYPE_CHECKING:
    from conftest import Synthetic

TEST_POINTS = [(20.0, 15.0), (300.0, 30.0), (160.0, 120.0), (40.0, 220.0), (290.0, 225.0)]
MAGENTA, GREEN = (255, 0, 255), (0, 255, 0)  # colours the pattern never uses


def max_point_error(
    expected: Similarity, actual: Similarity, points: list[tuple[float, float]]
) -> float:
    return max(math.dist(expected.apply(*p), actual.apply(*p)) for p in points)


def test_apply_inverse_and_compose_agree() -> None:
    t = Similarity(1.3, math.radians(25), 12.0, -7.5)
    u = Similarity(0.8, math.radians(-40), -3.0, 9.0)
    x, y = 17.0, 42.0
    back = t.inverse().apply(*t.apply(x, y))
    assert back == pytest.approx((x, y))
    # compose applies the argument first.
    assert t.compose(u).apply(x, y) == pytest.approx(t.apply(*u.apply(x, y)))
    assert t.compose(t.inverse()).apply(x, y) == pytest.approx((x, y))
    assert Similarity.identity().apply(x, y) == (x, y)


def test_positive_rotation_turns_clockwise_on_screen() -> None:
    quarter = Similarity(1.0, math.pi / 2, 0.0, 0.0)
    # With y pointing down, the +x axis turns to +y (down): clockwise as the user sees it.
    assert quarter.apply(1.0, 0.0) == pytest.approx((0.0, 1.0))


def test_json_round_trip_and_rejects_bad_input() -> None:
    t = Similarity(1.05, -0.1, 3.25, -8.0)
    assert Similarity.from_json(t.to_json()) == t
    with pytest.raises(ValueError):
        Similarity.from_json('{"scale": 0, "rotation_rad": 0, "tx": 0, "ty": 0}')
    with pytest.raises(ValueError):
        Similarity.from_json('{"scale": 1}')
    with pytest.raises(ValueError):
        Similarity.from_json("[1, 2, 3, 4]")


def test_to_affine_drives_pillow_in_the_right_direction() -> None:
    # One bright pixel at B's (10, 20) must land where the transform says in A's frame.
    b = Image.new("L", (64, 64), 0)
    b.putpixel((10, 20), 255)
    t = Similarity(1.0, math.pi / 2, 50.0, 0.0)  # centre (10.5, 20.5) -> (29.5, 10.5)
    warped = np.asarray(warp_to((64, 64), b, t, resample=Image.Resampling.NEAREST))
    ys, xs = np.nonzero(warped)
    assert (int(xs[0]), int(ys[0])) == (29, 10)
    expected_x, expected_y = t.apply(10.5, 20.5)
    assert (expected_x, expected_y) == pytest.approx((29.5, 10.5))


def test_anchors_give_the_exact_similarity() -> None:
    truth = Similarity(0.9, math.radians(-12), 30.0, 4.0)
    src = ((10.0, 10.0), (200.0, 80.0))
    dst = (truth.apply(*src[0]), truth.apply(*src[1]))
    found = similarity_from_anchors(src, dst)
    assert max_point_error(truth, found, TEST_POINTS) < 1e-9


def test_coincident_anchors_are_refused() -> None:
    with pytest.raises(ValueError, match="coincide"):
        similarity_from_anchors(((5.0, 5.0), (5.0, 5.0)), ((1.0, 1.0), (9.0, 9.0)))
    with pytest.raises(ValueError, match="reference photo"):
        similarity_from_anchors(((1.0, 1.0), (9.0, 9.0)), ((5.0, 5.0), (5.0, 5.0)))


def marker_centre(img: Image.Image, colour: tuple[int, int, int]) -> tuple[float, float]:
    pixels = np.asarray(img.convert("RGB"), dtype=np.float64)
    # Hard threshold: a soft one also collects interpolated pattern pixels near the colour.
    weight = (np.linalg.norm(pixels - colour, axis=2) < 60.0).astype(np.float64)
    ys, xs = np.mgrid[0 : pixels.shape[0], 0 : pixels.shape[1]]
    total = weight.sum()
    assert total > 5, "marker not found"
    # +0.5: pixel centres in continuous image coordinates.
    return float((xs * weight).sum() / total + 0.5), float((ys * weight).sum() / total + 0.5)


@pytest.mark.parametrize(
    ("degrees", "scale", "shift"),
    [(0.0, 1.0, (12.0, -7.0)), (8.0, 1.07, (-5.0, 9.0)), (-15.0, 0.88, (20.0, 3.0))],
)
def test_anchor_points_found_on_photos_recover_the_transform(
    synth: type[Synthetic], degrees: float, scale: float, shift: tuple[float, float]
) -> None:
    a = synth.pattern()
    draw = ImageDraw.Draw(a)
    a_anchors = ((90.0, 100.0), (235.0, 130.0))  # like two inner eye corners
    for (x, y), colour in zip(a_anchors, (MAGENTA, GREEN), strict=True):
        draw.ellipse((x - 6, y - 6, x + 6, y + 6), fill=colour)
    truth = synth.rot_scale_shift(a.size, degrees, scale, shift)  # maps B onto A
    b = synth.warped_copy(a, truth)
    b_anchors = (marker_centre(b, MAGENTA), marker_centre(b, GREEN))
    found = similarity_from_anchors(b_anchors, (marker_centre(a, MAGENTA), marker_centre(a, GREEN)))
    assert max_point_error(truth, found, TEST_POINTS) < 1.0


def test_warp_round_trip_reproduces_the_pattern(synth: type[Synthetic]) -> None:
    a = synth.pattern()
    truth = synth.rot_scale_shift(a.size, 6.0, 1.05, (4.0, -3.0))
    b = synth.warped_copy(a, truth)
    back = warp_to(a.size, b, truth)
    assert back.mode == "RGBA"
    alpha = np.asarray(back)[..., 3]
    assert alpha[0, 0] == 0 or alpha[-1, -1] == 0  # corners B does not reach are transparent
    inner = (slice(40, 200), slice(50, 270))
    diff = np.abs(
        np.asarray(back.convert("RGB"), dtype=np.float64)[inner]
        - np.asarray(a, dtype=np.float64)[inner]
    )
    assert diff.mean() < 6.0
    # And the wrong direction would not reproduce it: the test can fail.
    wrong = warp_to(a.size, b, truth.inverse()).convert("RGB")
    wrong_diff = np.abs(np.asarray(wrong, dtype=np.float64)[inner] - np.asarray(a)[inner])
    assert wrong_diff.mean() > 3 * diff.mean()


def test_warp_fill_colour_is_opaque_grey() -> None:
    img = Image.new("RGB", (40, 30), (255, 0, 0))
    out = warp_to((40, 30), img, Similarity.translation(20.0, 0.0), fill=(128, 128, 128))
    assert out.mode == "RGB"
    assert out.getpixel((5, 15)) == (128, 128, 128)
    assert out.getpixel((35, 15)) == (255, 0, 0)


def test_auto_align_recovers_a_pure_shift(synth: type[Synthetic]) -> None:
    a = synth.pattern()
    truth = Similarity.translation(13.4, -8.7)
    result = auto_align(a, synth.warped_copy(a, truth))
    assert max_point_error(truth, result.transform, TEST_POINTS) < 1.0
    assert result.confidence > 0.7


@pytest.mark.parametrize(
    ("degrees", "scale", "shift"),
    [(10.0, 1.0, (0.0, 0.0)), (-7.0, 1.08, (6.0, -4.0)), (4.0, 0.91, (-9.0, 5.0))],
)
def test_auto_align_recovers_rotation_and_scale(
    synth: type[Synthetic], degrees: float, scale: float, shift: tuple[float, float]
) -> None:
    a = synth.pattern()
    truth = synth.rot_scale_shift(a.size, degrees, scale, shift)
    result = auto_align(a, synth.warped_copy(a, truth))
    assert math.degrees(result.transform.rotation_rad) == pytest.approx(degrees, abs=1.0)
    assert result.transform.scale == pytest.approx(scale, rel=0.02)
    assert max_point_error(truth, result.transform, TEST_POINTS) < 2.0


def test_auto_align_copes_with_a_darker_exposure(synth: type[Synthetic]) -> None:
    a = synth.pattern()
    truth = synth.rot_scale_shift(a.size, 3.0, 1.02, (5.0, 5.0))
    b = ImageEnhance.Brightness(synth.warped_copy(a, truth)).enhance(0.7)
    result = auto_align(a, b)
    assert max_point_error(truth, result.transform, TEST_POINTS) < 2.0


def test_auto_align_is_unsure_about_unrelated_photos(synth: type[Synthetic]) -> None:
    result = auto_align(synth.pattern(seed=1), synth.pattern(seed=2))
    assert result.confidence < 0.3


def test_auto_align_on_reduced_images_is_refined_to_full_resolution(synth: type[Synthetic]) -> None:
    a = synth.pattern(1280, 960, seed=3)
    truth = synth.rot_scale_shift(a.size, -5.0, 1.04, (21.3, -14.6))
    result = auto_align(a, synth.warped_copy(a, truth), max_side=256)  # reduces by 5
    points = [(100.0, 100.0), (1180.0, 90.0), (640.0, 480.0), (150.0, 860.0), (1200.0, 900.0)]
    assert max_point_error(truth, result.transform, points) < 1.0


def test_auto_align_is_fast_on_12_megapixel_photos(synth: type[Synthetic]) -> None:
    a = synth.pattern(1000, 750, seed=4).resize((4000, 3000), Image.Resampling.BICUBIC)
    truth = synth.rot_scale_shift(a.size, 2.0, 1.03, (37.4, -21.7))
    b = synth.warped_copy(a, truth)
    start = time.perf_counter()
    result = auto_align(a, b)
    elapsed = time.perf_counter() - start
    points = [(300.0, 300.0), (3700.0, 300.0), (2000.0, 1500.0), (300.0, 2700.0)]
    assert max_point_error(truth, result.transform, points) < 1.0
    assert elapsed < 2.0  # typically ~50 ms; generous for slow CI machines
