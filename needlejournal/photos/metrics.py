"""Objective colour and texture measures of a skin region (CIELAB L*, a*, b*, ITA°).

These numbers describe the *photo*, not the skin: they change with the light source, white
balance, exposure, camera and distance. They are only comparable between photos taken under the
same light with the same camera set-up (DOMAIN.md, photo protocol), and the UI must say so next
to every figure.

Definitions (version ``METRICS_VERSION``; the JSON of ``photo metrics`` carries it):
- pixels are first brought to sRGB through the photo's embedded ICC profile (``colour.py``);
  16-bit and greyscale photos are scaled, and transparent pixels are not measured;
- L*, a*, b*: the mean CIELAB (D65) colour of the region; ITA° from the mean L* and b*;
- **evenness**: the standard deviation of L* after removing the smooth light falloff across
  the region (a least-squares quadratic surface in x and y): blotches and spots count, a
  lighting gradient does not. Lower is more even.
- **texture**: the RMS of L* minus its local mean, measured on the region resampled so its
  shorter side is ``TEXTURE_SCALE_PX`` pixels, with a 5 × 5 local mean. Detail is so measured
  at a fixed fraction of the region (about 1/50 of its shorter side), so the same skin
  photographed at another resolution gives the same figure; a smooth gradient gives ~0.
- **spots**: patches at least 6 L* darker than the smooth light surface, counted at the
  texture scale (``spots.py``); their area in per cent of the region.
- the region is a rectangle, or the ellipse inscribed in it (``shape="ellipse"``);
- with a grey card marked in the photo, the colours are white-balanced first: each channel
  (in linear light) is scaled so the card's mean colour is neutral, its green kept.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from needlejournal.photos.colour import to_srgb
from needlejournal.photos.spots import find_spots, least_squares

FloatArray = npt.NDArray[np.float64]
Region = tuple[int, int, int, int]  # x, y, width, height in pixels

# sRGB (IEC 61966-2-1) linear RGB -> CIE XYZ, D65 white, and the D65 reference white.
_RGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
_XYZ_TO_RGB = np.linalg.inv(_RGB_TO_XYZ)
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])
_DELTA = 6.0 / 29.0
# 1: sRGB assumed, texture at the photo's own pixel scale; 2: spots not measured
METRICS_VERSION = 3
TEXTURE_SCALE_PX = 256  # the shorter side of the region when texture is measured
_TEXTURE_RADIUS = 2  # px at that scale: detail finer than a 5 px box mean counts as texture
_FIT_SAMPLES = 65_536  # pixels enough to fit the light falloff surface


def _decode_gamma(c: FloatArray) -> FloatArray:
    decoded: FloatArray = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return decoded


def _encode_gamma(linear: FloatArray) -> FloatArray:
    encoded: FloatArray = np.where(
        linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1 / 2.4) - 0.055
    )
    return encoded


# Look-up tables make full-resolution conversions ~10x faster than the power functions. The
# encoding table is fine enough (1/65535 of linear light) that 8-bit values round-trip exactly.
_DECODE_LUT = _decode_gamma(np.arange(256) / 255.0)
_ENCODE_STEPS = 65535
_ENCODE_LUT = np.clip(
    np.rint(_encode_gamma(np.arange(_ENCODE_STEPS + 1) / _ENCODE_STEPS) * 255.0), 0, 255
).astype(np.uint8)


def srgb_to_lab(rgb: npt.ArrayLike) -> FloatArray:
    """8-bit sRGB values, shape (..., 3), to CIELAB (D65), shape (..., 3)."""
    arr = np.asarray(rgb)
    if np.issubdtype(arr.dtype, np.integer) and arr.size and arr.min() >= 0 and arr.max() <= 255:
        linear = _DECODE_LUT[arr]
    else:
        linear = _decode_gamma(np.asarray(arr, dtype=np.float64) / 255.0)
    return linear_to_lab(linear)


def linear_to_lab(linear: FloatArray) -> FloatArray:
    """Linear-light sRGB (0..1), shape (..., 3), to CIELAB (D65)."""
    f = linear @ (_RGB_TO_XYZ.T / _WHITE_D65[np.newaxis, :])
    dark = f <= _DELTA**3  # rare in photos: patch those few values after the cube root
    dark_values = f[dark] / (3 * _DELTA**2) + 4.0 / 29.0
    np.cbrt(f, out=f)
    f[dark] = dark_values
    lab: FloatArray = np.empty_like(f)
    lab[..., 0] = 116.0 * f[..., 1] - 16.0
    lab[..., 1] = 500.0 * (f[..., 0] - f[..., 1])
    lab[..., 2] = 200.0 * (f[..., 1] - f[..., 2])
    return lab


def lab_to_srgb(lab: npt.ArrayLike) -> npt.NDArray[np.uint8]:
    """CIELAB (D65), shape (..., 3), to 8-bit sRGB; out-of-gamut colours are clipped."""
    lab_arr = np.asarray(lab, dtype=np.float64)
    fy = (lab_arr[..., 0] + 16.0) / 116.0
    f = np.stack([fy + lab_arr[..., 1] / 500.0, fy, fy - lab_arr[..., 2] / 200.0], axis=-1)
    dark = f <= _DELTA
    dark_values = 3 * _DELTA**2 * (f[dark] - 4.0 / 29.0)
    xyz = f * f
    xyz *= f
    xyz[dark] = dark_values
    linear = xyz @ (_XYZ_TO_RGB * _WHITE_D65[np.newaxis, :]).T
    np.clip(linear, 0.0, 1.0, out=linear)
    linear *= _ENCODE_STEPS
    result: npt.NDArray[np.uint8] = _ENCODE_LUT[np.rint(linear).astype(np.intp)]
    return result


def image_to_lab(img: Image.Image) -> tuple[FloatArray, npt.NDArray[np.bool_]]:
    """CIELAB pixels of ``img`` (any mode, any embedded profile) and a mask of pixels that carry
    data (alpha > 0)."""
    srgb, _source = to_srgb(img)
    rgba = np.asarray(srgb.convert("RGBA"))
    return srgb_to_lab(rgba[..., :3]), rgba[..., 3] > 0


def ita_degrees(lightness: float, b_star: float) -> float:
    """Individual Typology Angle ITA° = arctan((L* − 50) / b*) · 180/π.

    Written with atan2, which equals the classic formula for b* > 0 (every real skin tone) and
    stays finite and continuous at b* = 0 (±90°) instead of dividing by zero.
    """
    return math.degrees(math.atan2(lightness - 50.0, b_star))


@dataclass(frozen=True)
class RegionMetrics:
    """Measures of one region; comparable only between photos taken under the same light."""

    L: float  # mean L* (lightness, 0..100)
    a: float  # mean a* (green − / red +): redness
    b: float  # mean b* (blue − / yellow +)
    ita_deg: float  # ITA° of the mean colour: higher = lighter skin
    evenness: float  # std of L* after removing the smooth light falloff (lower = more even)
    texture: float  # RMS of L* minus its local mean, at a scale relative to the region
    pixels: int  # how many pixels were measured
    colour_space: str = "sRGB"  # how the pixels reached sRGB (profile converted or assumed)
    spot_count: int = 0  # dark patches (spots.py)
    spot_area_pct: float = 0.0  # their share of the region, per cent


def ellipse_mask(h: int, w: int) -> npt.NDArray[np.bool_]:
    """The ellipse inscribed in an h × w box (pixel centres inside it)."""
    ys, xs = np.ogrid[0:h, 0:w]
    u = (xs + 0.5) / w * 2.0 - 1.0
    v = (ys + 0.5) / h * 2.0 - 1.0
    inside: npt.NDArray[np.bool_] = u * u + v * v <= 1.0
    return inside


def grey_card_gains(img: Image.Image, card: Region) -> FloatArray:
    """Per-channel factors (linear light) that make the grey card's mean colour neutral, its
    green kept: the white balance of photos taken under slightly different light."""
    x, y, w, h = card
    if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > img.width or y + h > img.height:
        raise ValueError("the grey card lies outside the photo")
    srgb, _source = to_srgb(img.crop((x, y, x + w, y + h)))
    rgba = np.asarray(srgb.convert("RGBA"))
    valid = rgba[..., 3] > 0
    if not valid.any():
        raise ValueError("the grey card has no photo pixels")
    mean = _DECODE_LUT[rgba[..., :3][valid]].mean(axis=0)
    if (mean < 0.01).any():
        raise ValueError("the grey card is too dark to balance against")
    gains: FloatArray = mean[1] / mean
    return gains


def region_metrics(
    img: Image.Image,
    region: Region | None = None,
    *,
    shape: str = "rect",
    grey_card: Region | None = None,
    correction: FloatArray | None = None,
) -> RegionMetrics:
    """Measure ``region`` (x, y, w, h; whole image when None), a rectangle or the ellipse
    inscribed in it (``shape="ellipse"``). Transparent pixels are skipped. With ``grey_card``
    (a region of the same photo) the colours are first white-balanced against that card.
    ``correction`` is a colour correction found elsewhere, applied in linear light: per-channel
    gains (3,) (``grey_card_gains`` of a card cut out apart from the region, as a rotated
    photo's is) or a 3 × 3 matrix M, rgb → M · rgb (a ColorChecker's, ``colour_chart``)."""
    x, y, w, h = region if region is not None else (0, 0, img.width, img.height)
    if w <= 0 or h <= 0:
        raise ValueError("the region must have a positive width and height")
    if x < 0 or y < 0 or x + w > img.width or y + h > img.height:
        raise ValueError(
            f"the region {(x, y, w, h)} lies outside the {img.width}x{img.height} photo"
        )
    # Crop first: the colour conversion then runs on the region only (crop keeps the profile).
    srgb, source = to_srgb(img.crop((x, y, x + w, y + h)))
    rgba = np.asarray(srgb.convert("RGBA"))
    valid = rgba[..., 3] > 0
    if grey_card is not None:
        correction = grey_card_gains(img, grey_card)
    if correction is None:
        lab = srgb_to_lab(rgba[..., :3])
    else:
        linear = _DECODE_LUT[rgba[..., :3]]
        balanced = linear @ correction.T if correction.ndim == 2 else linear * correction
        lab = linear_to_lab(np.clip(balanced, 0.0, 1.0))
    if shape == "ellipse":
        valid &= ellipse_mask(h, w)
    elif shape != "rect":
        raise ValueError(f"a region is a rect or an ellipse, not {shape!r}")
    if not valid.any():
        raise ValueError("the region has no photo pixels (it is fully transparent)")
    pixels = lab[valid]
    mean_l, mean_a, mean_b = (float(v) for v in pixels.mean(axis=0))
    at_scale = _at_texture_scale(lab[..., 0], valid)  # once, for texture and spots
    spots = find_spots(*at_scale)
    return RegionMetrics(
        L=mean_l,
        a=mean_a,
        b=mean_b,
        ita_deg=ita_degrees(mean_l, mean_b),
        evenness=_evenness(lab[..., 0], valid),
        texture=_texture(*at_scale),
        pixels=int(valid.sum()),
        colour_space=source.describe(),
        spot_count=spots.count,
        spot_area_pct=spots.area_pct,
    )


def _evenness(lightness: FloatArray, valid: npt.NDArray[np.bool_]) -> float:
    """Std of L* around a quadratic surface fitted to it: the light falloff is not unevenness.

    The surface is fitted on a regular grid of sample pixels and evaluated on the row and
    column coordinates (broadcast), never as a pixels × 6 matrix: fast on a 12 MP region."""
    h, w = lightness.shape
    stride = max(1, math.isqrt(h * w // _FIT_SAMPLES))
    grid_y, grid_x = np.mgrid[0:h:stride, 0:w:stride]
    sampled = valid[::stride, ::stride]
    if sampled.sum() < 12:
        values = lightness[valid]
        return float(values.std()) if values.size else 0.0
    sy, sx = grid_y[sampled], grid_x[sampled]
    u = sx / max(w - 1, 1) * 2.0 - 1.0  # coordinates in -1..1 keep the fit well conditioned
    v = sy / max(h - 1, 1) * 2.0 - 1.0
    design = np.stack([np.ones_like(u), u, v, u * u, u * v, v * v], axis=1)
    c = least_squares(design, lightness[sy, sx])
    cols = (np.arange(w) / max(w - 1, 1) * 2.0 - 1.0)[np.newaxis, :]
    rows = (np.arange(h) / max(h - 1, 1) * 2.0 - 1.0)[:, np.newaxis]
    surface = c[0] + c[1] * cols + c[2] * rows + c[3] * cols * cols
    surface = surface + c[4] * cols * rows + c[5] * rows * rows
    residual = lightness - surface
    return float(residual.std() if valid.all() else residual[valid].std())


def _at_texture_scale(
    lightness: FloatArray, valid: npt.NDArray[np.bool_]
) -> tuple[FloatArray, npt.NDArray[np.bool_]]:
    """L* and its mask resampled so the region's shorter side is ``TEXTURE_SCALE_PX``."""
    h, w = lightness.shape
    factor = TEXTURE_SCALE_PX / min(h, w)
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    if size == (w, h):
        return lightness, valid
    # BOX averages when shrinking (every source pixel counts once); BICUBIC when enlarging.
    method = Image.Resampling.BOX if factor < 1 else Image.Resampling.BICUBIC
    filled = np.where(valid, lightness, float(lightness[valid].mean()))
    scaled = np.asarray(
        Image.fromarray(filled.astype(np.float32), "F").resize(size, method), dtype=np.float64
    )
    coverage = np.asarray(
        Image.fromarray(valid.astype(np.float32), "F").resize(size, Image.Resampling.BOX)
    )
    return scaled, coverage > 0.999


def _texture(lightness: FloatArray, valid: npt.NDArray[np.bool_]) -> float:
    """RMS of L* minus its (2r+1)-box mean (L* and mask already at the texture scale), over
    pixels whose whole box is valid photo data."""
    r = _TEXTURE_RADIUS
    n = 2 * r + 1
    h, w = lightness.shape
    if h < n or w < n:
        return 0.0

    def box_sum(arr: FloatArray) -> FloatArray:
        integral = np.pad(arr.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
        sums: FloatArray = integral[n:, n:] - integral[:-n, n:] - integral[n:, :-n]
        sums += integral[:-n, :-n]
        return sums

    local_mean = box_sum(lightness) / (n * n)
    fully_valid = box_sum(valid.astype(np.float64)) > n * n - 0.5
    detail = lightness[r : h - r, r : w - r] - local_mean
    if not fully_valid.any():
        return 0.0
    return float(np.sqrt(np.mean(detail[fully_valid] ** 2)))
