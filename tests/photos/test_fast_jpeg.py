"""The JPEG decode through simplejpeg gives what Pillow's would, and never changes a verdict.

``photos.fast_jpeg`` decodes an imported JPEG (its verification and its thumbnail) in one
libjpeg-turbo call; Pillow stays the judge of what is a photo: the same pixels, the same
colour profile, and a file is refused exactly when Pillow refuses it.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from icc_profiles import display_p3_profile
from PIL import Image

from needlejournal.photos import fast_jpeg
from needlejournal.photos.decode import DECODE_BLOCK_MAX, inspect_image, open_image
from needlejournal.photos.rejections import PhotoRejected

pytestmark = pytest.mark.skipif(fast_jpeg.turbo() is None, reason="simplejpeg is not installed")


def _photo(mode: str = "RGB", size: tuple[int, int] = (640, 480), **params: object) -> bytes:
    noise = Image.effect_noise(size, 40)
    mirrored = noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    im = Image.merge("RGB", [noise, noise.rotate(90, expand=False), mirrored])
    out = io.BytesIO()
    im.convert(mode).save(out, "JPEG", quality=90, **params)
    return out.getvalue()


def _pillow_draft(path: Path, box: tuple[int, int]) -> Image.Image:
    with Image.open(path) as im:
        im.draft("RGB", box)
        im.load()
        return im.copy()


@pytest.mark.parametrize("mode", ["RGB", "L"])
@pytest.mark.parametrize("box", [(80, 60), (160, 120), (320, 240), (640, 480)])
def test_the_same_pixels_as_pillows_draft(tmp_path: Path, mode: str, box: tuple[int, int]) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(_photo(mode))
    with open_image(path) as im:
        fast = fast_jpeg.decode_scaled(im, box, max_bytes=DECODE_BLOCK_MAX)
    assert fast is not None  # an ordinary JPEG takes the fast path
    reference = _pillow_draft(path, box)
    assert (fast.mode, fast.size) == (reference.mode, reference.size)
    assert np.array_equal(np.asarray(fast), np.asarray(reference))


def test_the_colour_profile_travels_with_the_pixels(tmp_path: Path) -> None:
    path = tmp_path / "p3.jpg"
    path.write_bytes(_photo(icc_profile=display_p3_profile()))
    with open_image(path) as im:
        fast = fast_jpeg.decode_scaled(im, (80, 60), max_bytes=DECODE_BLOCK_MAX)
    assert fast is not None and fast.info["icc_profile"] == display_p3_profile()


def test_cmyk_and_big_files_go_to_pillow(tmp_path: Path) -> None:
    cmyk = tmp_path / "cmyk.jpg"
    cmyk.write_bytes(_photo("CMYK"))
    with open_image(cmyk) as im:
        assert fast_jpeg.decode_scaled(im, (80, 60), max_bytes=DECODE_BLOCK_MAX) is None
    preview = inspect_image(cmyk, preview_size=64).preview
    assert preview is not None and preview.mode == "RGB"
    big = tmp_path / "big.jpg"
    big.write_bytes(_photo())
    with open_image(big) as im:
        assert fast_jpeg.decode_scaled(im, (80, 60), max_bytes=1000) is None


def _pillow_verdict(path: Path) -> str | None:
    """What a Pillow-only verifying decode says: None (accepted) or the rejection code."""
    try:
        with open_image(path) as im:
            im.draft("RGB", (max(1, im.size[0] // 8), max(1, im.size[1] // 8)))
            im.load()
    except PhotoRejected as e:
        return e.code
    except OSError:
        return "truncated"
    return None


def _fast_verdict(path: Path) -> str | None:
    try:
        inspect_image(path, preview_size=64)
    except PhotoRejected as e:
        return e.code
    return None


def test_damage_is_judged_as_pillow_judges_it(tmp_path: Path) -> None:
    """Truncations and flipped bytes all through the entropy-coded data: simplejpeg's strict
    decode gives up on any libjpeg warning, and the verdict is then Pillow's, so a damaged
    but complete file that Pillow shows is imported, and a truncated one refused, as before."""
    good = _photo(size=(320, 240))
    start = good.index(b"\xff\xda")  # start of scan: the entropy-coded data follows
    cases: dict[str, bytes] = {}
    for fraction in (0.2, 0.5, 0.9, 0.999):
        cut = start + int((len(good) - start) * fraction)
        cases[f"truncated at {fraction}"] = good[:cut]
    rng = np.random.default_rng(7)
    for k in range(12):
        at = int(rng.integers(start + 20, len(good) - 4))
        damaged = bytearray(good)
        damaged[at] ^= 0x5A
        cases[f"byte {at} flipped ({k})"] = bytes(damaged)
    refused = accepted = 0
    for name, data in cases.items():
        path = tmp_path / f"case-{len(cases)}-{abs(hash(name))}.jpg"
        path.write_bytes(data)
        verdict = _pillow_verdict(path)
        assert _fast_verdict(path) == verdict, name
        refused += verdict is not None
        accepted += verdict is None
    assert refused >= 4  # the truncations at least: the cases cover both verdicts
    assert accepted >= 1


def test_simplejpeg_and_numpy_load_only_when_a_jpeg_is_decoded() -> None:
    """Importing the decoder costs no numpy (~100 ms): ``check``, the CLI's reads and the
    window's first paint import the photo modules without decoding anything."""
    code = (
        "import sys, needlejournal.photos.decode, needlejournal.photos.store;"
        "print(sorted(m for m in ('numpy', 'simplejpeg') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
