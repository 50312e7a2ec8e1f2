"""Register photo B onto photo A's frame: similarity transforms, anchors, warping (the automatic
suggestion from pixels is ``photos.auto_align``).

Coordinates are continuous image coordinates: (0, 0) is the top-left corner of the image and
pixel (i, j) covers [i, i+1) x [j, j+1), so its centre is (i + 0.5, j + 0.5). This is the
convention of Pillow's geometric transforms and of Qt scene coordinates, so anchors clicked in
the UI, Pillow warps and the maths below agree without half-pixel fudges. y points down, so a
positive rotation turns the picture clockwise on screen.

A ``Similarity`` always maps a point of photo B to the matching point of photo A (the reference).
Originals are never altered: warping renders a new image.
"""

from __future__ import annotations

import cmath
import json
import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

Point = tuple[float, float]
_WARP_THREADS = max(1, min(4, os.cpu_count() or 1))
_BAND_MIN_PIXELS = 1_000_000  # below this a thread costs more than it saves
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Similarity:
    """p_A = scale * R(rotation_rad) * p_B + (tx, ty)."""

    scale: float
    rotation_rad: float
    tx: float
    ty: float

    # A similarity is z -> c*z + t over complex numbers, c = scale * e^(i*rotation).
    @property
    def _c(self) -> complex:
        return cmath.rect(self.scale, self.rotation_rad)

    @classmethod
    def _from_complex(cls, c: complex, t: complex) -> Similarity:
        if abs(c) == 0.0 or not math.isfinite(abs(c)):
            raise ValueError("degenerate similarity: scale must be finite and non-zero")
        return cls(abs(c), cmath.phase(c), t.real, t.imag)

    @classmethod
    def identity(cls) -> Similarity:
        return cls(1.0, 0.0, 0.0, 0.0)

    @classmethod
    def translation(cls, tx: float, ty: float) -> Similarity:
        return cls(1.0, 0.0, tx, ty)

    @classmethod
    def about_point(cls, scale: float, rotation_rad: float, centre: Point) -> Similarity:
        """Scale and rotate about ``centre`` (which stays fixed)."""
        z0 = complex(*centre)
        c = cmath.rect(scale, rotation_rad)
        return cls._from_complex(c, z0 - c * z0)

    def apply(self, x: float, y: float) -> Point:
        z = self._c * complex(x, y) + complex(self.tx, self.ty)
        return (z.real, z.imag)

    def inverse(self) -> Similarity:
        c = self._c
        return Similarity._from_complex(1 / c, -complex(self.tx, self.ty) / c)

    def compose(self, other: Similarity) -> Similarity:
        """``self ∘ other``: the result applies ``other`` first, then ``self``."""
        c1, c2 = self._c, other._c
        t1, t2 = complex(self.tx, self.ty), complex(other.tx, other.ty)
        return Similarity._from_complex(c1 * c2, c1 * t2 + t1)

    def to_affine(self) -> tuple[float, float, float, float, float, float]:
        """Coefficients for ``Image.transform(size, Image.Transform.AFFINE, data)``.

        Pillow's affine data maps OUTPUT coordinates to INPUT coordinates, and the output is A's
        frame while the input is photo B, so this is the inverse transform written out.
        """
        inv = self.inverse()
        c = inv._c
        return (c.real, -c.imag, inv.tx, c.imag, c.real, inv.ty)

    def to_json(self) -> str:
        return json.dumps(
            {"scale": self.scale, "rotation_rad": self.rotation_rad, "tx": self.tx, "ty": self.ty}
        )

    @classmethod
    def from_json(cls, text: str) -> Similarity:
        data: Any = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("similarity JSON must be an object")
        try:
            values = [float(data[k]) for k in ("scale", "rotation_rad", "tx", "ty")]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"similarity JSON lacks a numeric field: {exc}") from exc
        if not all(math.isfinite(v) for v in values) or values[0] <= 0:
            raise ValueError("similarity JSON has a non-finite value or a non-positive scale")
        return cls(*values)


def similarity_from_anchors(src: tuple[Point, Point], dst: tuple[Point, Point]) -> Similarity:
    """The exact similarity mapping the two anchors of photo B (``src``) onto those of A (``dst``).

    Two point pairs fix the four degrees of freedom exactly: c = (d2 - d1) / (s2 - s1).
    """
    s1, s2 = complex(*src[0]), complex(*src[1])
    d1, d2 = complex(*dst[0]), complex(*dst[1])
    if abs(s2 - s1) < 1e-9:
        raise ValueError("the two anchor points on the photo to align coincide; place them apart")
    if abs(d2 - d1) < 1e-9:
        raise ValueError("the two anchor points on the reference photo coincide; place them apart")
    c = (d2 - d1) / (s2 - s1)
    return Similarity._from_complex(c, d1 - c * s1)


def warp_to(
    reference_size: tuple[int, int],
    img: Image.Image,
    transform: Similarity,
    *,
    fill: tuple[int, int, int] | None = None,
    resample: Image.Resampling = Image.Resampling.BICUBIC,
) -> Image.Image:
    """Render ``img`` (photo B) registered onto A's frame of ``reference_size``.

    The area B does not cover is transparent (RGBA result) or, with ``fill``, that colour (RGB).
    Bicubic/bilinear sampling does not low-pass: when shrinking by more than ~2x, reduce the
    source first (see ``reduce_for_scale``) or the result aliases.
    """
    data = transform.to_affine()
    if img.mode in ("L", "F"):
        return _affine(img, reference_size, data, resample)
    if img.mode == "RGB":
        # Opaque: the premultiplied warp below gives exactly these pixels (Pillow's filters
        # clamp their taps at the edge, so the covered area's alpha is 255 throughout) without
        # its full-size copies (12 MP: three 48 MB conversions).
        if fill is not None:
            return _affine(img, reference_size, data, resample, fill)
        # One warp of B made opaque RGBA: its alpha comes out 255 where B covers A's frame
        # and 0 elsewhere, and the colour channels are the RGB warp's (Pillow filters each
        # band alike). A second warp of a coverage mask cost ~0.4 s more on 12 MP.
        return _affine(img.convert("RGBA"), reference_size, data, resample)
    # Warp premultiplied so the edge of the covered area does not fringe towards black.
    premultiplied = img.convert("RGBA").convert("RGBa")
    warped = _affine(premultiplied, reference_size, data, resample)
    rgba = warped.convert("RGBA")  # uncovered pixels are (0, 0, 0, 0): transparent
    if fill is None:
        return rgba
    background = Image.new("RGBA", reference_size, (*fill, 255))
    return Image.alpha_composite(background, rgba).convert("RGB")


def _affine(
    img: Image.Image,
    size: tuple[int, int],
    data: tuple[float, float, float, float, float, float],
    resample: Image.Resampling,
    fill: tuple[int, int, int] | None = None,
) -> Image.Image:
    """Pillow's affine transform, a large output split into bands warped on threads (Pillow
    releases the GIL while it samples): a 12 MP warp takes half the time on two cores."""
    width, height = size
    bands = min(_WARP_THREADS, max(1, width * height // _BAND_MIN_PIXELS))
    if bands == 1:
        return img.transform(size, Image.Transform.AFFINE, data, resample, fillcolor=fill)
    a, b, c, d, e, f = data
    edges = [round(height * i / bands) for i in range(bands + 1)]
    out = Image.new(img.mode, size, fill or 0)
    img.load()
    # Each thread samples straight into its rows of ``out`` (Pillow's core transform into a
    # box, what ``Image.transform`` itself calls): no band images to paste (12 MP: one more
    # full-size image at the peak), and an opaque RGBA source is not premultiplied and back.
    zero_uncovered = fill is None  # else uncovered pixels keep ``out``'s fill colour

    def band(top: int, bottom: int) -> None:
        # Row y of the box is row top + y of the whole output.
        shifted = (a, b, c + b * top, d, e, f + e * top)
        box = (0, top, width, bottom)
        out.im.transform(box, img.im, Image.Transform.AFFINE, shifted, resample, zero_uncovered)

    with ThreadPoolExecutor(bands) as pool:
        list(pool.map(band, edges[:-1], edges[1:]))
    return out


def reduce_for_scale(img: Image.Image, transform: Similarity) -> tuple[Image.Image, Similarity]:
    """Box-reduce ``img`` by an integer factor when ``transform`` shrinks it a lot.

    Returns the smaller image and the transform adjusted so it maps the reduced image to the same
    target: a reduced pixel at p covers full-resolution p * k, so T' = T ∘ scale(k).
    """
    k = int(1.0 / transform.scale) if transform.scale < 0.5 else 1
    if k <= 1:
        return img, transform
    return img.reduce(k), transform.compose(Similarity(float(k), 0.0, 0.0, 0.0))
