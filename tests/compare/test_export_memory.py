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
