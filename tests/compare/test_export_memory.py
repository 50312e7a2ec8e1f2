"""A 12 MP comparison export's memory (issue 15: `compare --mode difference --align` peaked at
1.47 GB): the warp, the difference and the date labels work on 8-bit images of the size
needed, not on full-size float or RGBA copies. Measured in a fresh process (peak RSS)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest
from PIL import Image

from needlejournal.photos import compose
from needlejournal.photos.align import Similarity, warp_to

CHILD = textwrap.dedent(
    """
    import resource, sys
    from PIL import Image
    from needlejournal.photos.align import Similarity
    from needlejournal.photos.comparison import render_images

    w, h = 4032, 3024
    a = Image.new("RGB", (w, h), (90, 60, 40))
    b = Image.new("RGB", (w, h), (80, 70, 50))
    turn = Similarity.about_point(1.0, 0.01, (w / 2, h / 2))
    small = (a.resize((64, 48)), b.resize((64, 48)))
    render_images(*small, turn, sys.argv[1], labels=("A", "B"))  # imports, fonts
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    render_images(a, b, turn, sys.argv[1], labels=("A", "B"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print((peak - base) * 1024 / (w * h * 4))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB is Linux's")
@pytest.mark.parametrize("mode", ["difference", "wipe"])
def test_a_12_mp_aligned_export_needs_few_full_size_images(mode: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    images = float(done.stdout)
    # Beyond the two decoded photos: the warped B and its coverage, the result, the label
    # strip. Before: 5.5 (difference) / 5.0 (wipe) images of 48 MB, from the premultiplied
    # warp's three conversions and a full-size label layer composited over the whole photo.
    assert images <= 4.6, f"{images:.2f} full-size images at the peak"


def test_the_lean_warp_and_labels_give_the_same_pixels() -> None:
    rng = np.random.default_rng(7)
    b = Image.fromarray(rng.integers(0, 256, (301, 407, 3), dtype=np.uint8), "RGB")
    turn = Similarity.about_point(1.03, 0.2, (200, 150)).compose(Similarity.translation(9, -4))
    premultiplied = warp_to((420, 310), b.convert("RGBA"), turn)  # the general path
    assert np.array_equal(np.asarray(warp_to((420, 310), b, turn)), np.asarray(premultiplied))
    grey = (128, 128, 128)
    filled = Image.alpha_composite(Image.new("RGBA", (420, 310), (*grey, 255)), premultiplied)
    lean = warp_to((420, 310), b, turn, fill=grey)
    assert np.array_equal(np.asarray(lean), np.asarray(filled.convert("RGB")))
    labelled = np.asarray(compose.with_label(b, "3 Dec 2026 · Front"))
    original = np.asarray(b)
    assert np.array_equal(labelled[:200], original[:200])  # above the band: untouched
    assert not np.array_equal(labelled[-20:], original[-20:])  # the band is drawn


def test_the_banded_warp_gives_pillows_pixels_in_every_band() -> None:
    # 2000 x 1100 is split into bands warped on threads straight into one image: each band
    # must match one plain Pillow transform of the whole frame (fill or transparent).
    rng = np.random.default_rng(11)
    b = Image.fromarray(rng.integers(0, 256, (1000, 1900, 3), dtype=np.uint8), "RGB")
    size = (2000, 1100)
    turn = Similarity.about_point(1.02, 0.03, (950, 500)).compose(Similarity.translation(30, 41))
    data, bicubic = turn.to_affine(), Image.Resampling.BICUBIC
    grey = (128, 128, 128)
    whole = b.transform(size, Image.Transform.AFFINE, data, bicubic, fillcolor=grey)
    assert np.array_equal(np.asarray(warp_to(size, b, turn, fill=grey)), np.asarray(whole))
    clear = b.convert("RGBA").transform(size, Image.Transform.AFFINE, data, bicubic)
    assert np.array_equal(np.asarray(warp_to(size, b, turn)), np.asarray(clear))
    alpha = np.asarray(clear.getchannel("A"))
    assert set(np.unique(alpha)) == {0, 255}  # covered or not: the opaque paths rely on it


def _composited(img: Image.Image, background: tuple[int, int, int]) -> Image.Image:
    base = Image.new("RGBA", img.size, (*background, 255))
    return Image.alpha_composite(base, img.convert("RGBA")).convert("RGB")


@pytest.mark.parametrize("alpha_values", [(0, 255), (0, 90, 255)], ids=["binary", "partial"])
def test_flattening_in_place_matches_alpha_compositing(alpha_values: tuple[int, ...]) -> None:
    rng = np.random.default_rng(5)
    pixels = rng.integers(0, 256, (61, 83, 4), dtype=np.uint8)
    pixels[..., 3] = rng.choice(alpha_values, (61, 83))
    b = Image.fromarray(pixels, "RGBA")
    a = Image.fromarray(rng.integers(0, 256, (61, 90, 3), dtype=np.uint8), "RGB")
    grey = compose.NO_DATA_GREY
    flat_b = _composited(b, grey)
    kept = flat_b.copy()
    assert np.array_equal(
        np.asarray(compose.wipe(b, b, 0.5)), np.asarray(compose.wipe(flat_b, flat_b, 0.5))
    )
    assert flat_b.tobytes() == kept.tobytes()  # the wipe drew on its own image, not on B
    labels = ("3 Dec 2026 · Front", "10 Dec 2026 · Front")
    ours = compose.side_by_side(a, b, labels=labels)
    expected = Image.new("RGB", (90 + 8 + 83, 61), (24, 24, 24))
    expected.paste(compose.with_label(a, labels[0]), (0, 0))
    expected.paste(compose.with_label(flat_b, labels[1]), (98, 0))
    assert np.array_equal(np.asarray(ours), np.asarray(expected))


@pytest.mark.parametrize("opacity", [0.0, 0.3, 0.5, 0.77, 1.0])
def test_overlay_matches_float_alpha_arithmetic(opacity: float) -> None:
    rng = np.random.default_rng(9)
    a = Image.fromarray(rng.integers(0, 256, (40, 50, 3), dtype=np.uint8), "RGB")
    b = Image.fromarray(rng.integers(0, 256, (40, 50, 4), dtype=np.uint8), "RGBA")
    top = b.copy()
    alpha = np.asarray(top.getchannel("A"), dtype=np.float64) * opacity
    top.putalpha(Image.fromarray(np.rint(alpha).astype(np.uint8), "L"))
    expected = Image.alpha_composite(a.convert("RGBA"), top).convert("RGB")
    assert np.array_equal(np.asarray(compose.overlay(a, b, opacity)), np.asarray(expected))
