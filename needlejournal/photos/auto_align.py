"""Suggest how photo B maps onto photo A (the reference) from their pixels alone.

Split out of ``photos.align`` (transforms, anchors and warping), which it builds on.

Method (Fourier-Mellin, then phase correlation, then a full-resolution shift refinement):
1. Both photos are box-reduced by an integer factor k (exact geometry: p_full = k * p_reduced)
   to at most ``max_side`` and turned to grey.
2. Rotation and scale: the magnitude of the Fourier spectrum ignores shifts; in log-polar
   coordinates a rotation becomes a shift along the angle axis and a scale a shift along the
   log-radius axis, which phase correlation finds. The magnitude spectrum is symmetric, so
   rotation is known modulo 180°: both candidates are tried and the better one kept.
3. Shift: B is rotated/scaled into A's frame and phase correlation (whitened cross-power
   spectrum; insensitive to overall brightness changes) gives the translation, sub-pixel by a
   parabola through the peak.
4. A reduced pixel is k full pixels, so the shift is refined once more at full resolution on
   the most textured window of A (a few hundred pixels square: cheap even on 12 MP photos).
Confidence is the peak-to-sidelobe ratio of the phase-correlation surface mapped to 0..1.
Unlike feature matching this needs no extra dependency and copes with smooth skin where
corner detectors find little; it assumes the photos mostly show the same scene.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image

from needlejournal.photos.align import (
    FloatArray,
    Point,
    Similarity,
    similarity_from_anchors,
    warp_to,
)

_PSR_UNSURE = 6.0  # unrelated images score ~4-6
_PSR_SURE = 20.0  # a clean registration scores far above this
_REFINE_SIDE = 384


@dataclass(frozen=True)
class AutoAlignResult:
    transform: Similarity
    confidence: float  # 0 = no evidence of a match, 1 = a sharp unique peak


def auto_align(a: Image.Image, b: Image.Image, *, max_side: int = 512) -> AutoAlignResult:
    """Suggest the similarity mapping photo ``b`` onto photo ``a`` (the reference)."""
    if max_side < 32:
        raise ValueError("max_side must be at least 32")
    grey_a, k_a = _reduced_grey(a, max_side)
    grey_b, k_b = _reduced_grey(b, max_side)
    scale, rotation = _rotation_scale(grey_a, grey_b)
    best: tuple[float, Similarity] | None = None
    for angle in (rotation, rotation + math.pi):
        candidate, psr = _shift_after(grey_a, grey_b, scale, angle)
        if best is None or psr > best[0]:
            best = (psr, candidate)
    assert best is not None
    psr, reduced = best
    full = (
        Similarity(float(k_a), 0.0, 0.0, 0.0)
        .compose(reduced)
        .compose(Similarity(1.0 / k_b, 0.0, 0.0, 0.0))
    )
    if max(k_a, k_b) > 1:
        full = _refine_full_res(a, b, full, grey_a, k_a)
    confidence = min(1.0, max(0.0, (psr - _PSR_UNSURE) / (_PSR_SURE - _PSR_UNSURE)))
    return AutoAlignResult(full, confidence)


def _reduced_grey(img: Image.Image, max_side: int) -> tuple[FloatArray, int]:
    k = max(1, math.ceil(max(img.size) / max_side))
    src = img if img.mode in ("L", "RGB", "RGBA") else img.convert("RGB")
    small = src.reduce(k) if k > 1 else src
    return np.asarray(small.convert("L"), dtype=np.float64), k


def _hann(shape: tuple[int, int]) -> FloatArray:
    return np.outer(np.hanning(shape[0]), np.hanning(shape[1]))


def _prepared(grey: FloatArray) -> FloatArray:
    prepared: FloatArray = (grey - grey.mean()) * _hann((grey.shape[0], grey.shape[1]))
    return prepared


def _phase_correlate(a: FloatArray, b: FloatArray) -> tuple[float, float, float]:
    """Return (dx, dy, psr) such that b(p) ≈ a(p - d): the content of ``a`` moved by d in ``b``."""
    cross = np.fft.rfft2(b) * np.conj(np.fft.rfft2(a))
    cross /= np.abs(cross) + 1e-12
    surface = np.fft.irfft2(cross, s=a.shape)
    h, w = surface.shape
    iy, ix = np.unravel_index(int(np.argmax(surface)), surface.shape)
    peak = float(surface[iy, ix])

    def parabola(m: float, c: float, p: float) -> float:
        denom = m - 2.0 * c + p
        return 0.0 if abs(denom) < 1e-12 else 0.5 * (m - p) / denom

    dx = ix + parabola(surface[iy, (ix - 1) % w], peak, surface[iy, (ix + 1) % w])
    dy = iy + parabola(surface[(iy - 1) % h, ix], peak, surface[(iy + 1) % h, ix])
    dx = dx - w if dx > w / 2 else dx
    dy = dy - h if dy > h / 2 else dy
    # Peak-to-sidelobe ratio, leaving out the peak's own neighbourhood.
    mask = np.ones_like(surface, dtype=bool)
    rows = np.arange(iy - 5, iy + 6) % h
    cols = np.arange(ix - 5, ix + 6) % w
    mask[np.ix_(rows, cols)] = False
    side = surface[mask]
    psr = (peak - float(side.mean())) / (float(side.std()) + 1e-12)
    return float(dx), float(dy), psr


def _sample_bilinear(arr: FloatArray, ys: FloatArray, xs: FloatArray) -> FloatArray:
    h, w = arr.shape
    x0 = np.clip(np.floor(xs).astype(np.intp), 0, w - 2)
    y0 = np.clip(np.floor(ys).astype(np.intp), 0, h - 2)
    fx = np.clip(xs - x0, 0.0, 1.0)
    fy = np.clip(ys - y0, 0.0, 1.0)
    top = arr[y0, x0] * (1 - fx) + arr[y0, x0 + 1] * fx
    bottom = arr[y0 + 1, x0] * (1 - fx) + arr[y0 + 1, x0 + 1] * fx
    result: FloatArray = top * (1 - fy) + bottom * fy
    return result


def _log_polar_spectrum(
    padded: FloatArray, n_angle: int, n_radius: int
) -> tuple[FloatArray, float]:
    n = padded.shape[0]
    spectrum = np.abs(np.fft.fftshift(np.fft.fft2(padded)))
    # High-pass emphasis (Reddy & Chatterji 1996) so the dominant low frequencies, which barely
    # move under rotation, do not swamp the correlation.
    freq = np.fft.fftshift(np.fft.fftfreq(n))
    x = np.outer(np.cos(np.pi * freq), np.cos(np.pi * freq))
    spectrum *= (1.0 - x) * (2.0 - x)
    r_min, r_max = 2.0, n / 2.0 * 0.95
    log_base = math.log(r_max / r_min) / n_radius
    radii = r_min * np.exp(np.arange(n_radius) * log_base)
    angles = np.pi * np.arange(n_angle) / n_angle
    centre = n // 2
    ys = centre + np.outer(np.sin(angles), radii)
    xs = centre + np.outer(np.cos(angles), radii)
    return np.log1p(_sample_bilinear(spectrum, ys, xs)), log_base


def _rotation_scale(grey_a: FloatArray, grey_b: FloatArray) -> tuple[float, float]:
    """Scale and rotation (mod π) of the similarity mapping B onto A."""
    n = max(*grey_a.shape, *grey_b.shape)
    padded_a = np.zeros((n, n))
    padded_b = np.zeros((n, n))
    padded_a[: grey_a.shape[0], : grey_a.shape[1]] = _prepared(grey_a)
    padded_b[: grey_b.shape[0], : grey_b.shape[1]] = _prepared(grey_b)
    n_angle, n_radius = 360, 256
    lp_a, log_base = _log_polar_spectrum(padded_a, n_angle, n_radius)
    lp_b, _ = _log_polar_spectrum(padded_b, n_angle, n_radius)
    radial_window = np.hanning(n_radius)[np.newaxis, :]
    d_radius, d_angle, _ = _phase_correlate(lp_a * radial_window, lp_b * radial_window)
    rotation = -d_angle * math.pi / n_angle
    scale = math.exp(d_radius * log_base)
    return scale, rotation


def _shift_after(
    grey_a: FloatArray, grey_b: FloatArray, scale: float, rotation: float
) -> tuple[Similarity, float]:
    """Rotate/scale B about its centre onto A's centre, then find the remaining shift."""
    ha, wa = grey_a.shape
    hb, wb = grey_b.shape
    about = Similarity.about_point(scale, rotation, (wb / 2, hb / 2))
    centred = Similarity.translation(wa / 2 - wb / 2, ha / 2 - hb / 2).compose(about)
    b_zero_mean = Image.fromarray((grey_b - grey_b.mean()).astype(np.float32), "F")
    warped = warp_to((wa, ha), b_zero_mean, centred, resample=Image.Resampling.BILINEAR)
    b_in_a = np.asarray(warped, dtype=np.float64) * _hann((ha, wa))
    dx, dy, psr = _phase_correlate(_prepared(grey_a), b_in_a)
    # warped B = A moved by d, so moving B back by -d lands it on A.
    return Similarity.translation(-dx, -dy).compose(centred), psr


def _refine_full_res(
    a: Image.Image, b: Image.Image, transform: Similarity, grey_a: FloatArray, k_a: int
) -> Similarity:
    """Correct ``transform`` from residual shifts measured at full resolution in two windows.

    A window far left and one far right (top/bottom for portrait photos) each give a point
    pair; two pairs fix a similarity exactly, so this also sharpens rotation and scale, whose
    reduced-resolution error would otherwise grow to a few pixels at the edges of a 12 MP photo.
    """
    side = min(_REFINE_SIDE, a.width // 2, a.height // 2)
    if side < 32:
        return transform
    max_shift = 3.0 * k_a + 2.0
    measured: list[tuple[Point, Point]] = []  # (where T puts it, where it belongs) in A
    for half in (0, 1):
        box = _most_textured_box(grey_a, k_a, side, a.size, half, transform.inverse(), b.size)
        if box is None:
            continue
        residual = _residual_shift(a, b, transform, box, side)
        if residual is not None and math.hypot(*residual) <= max_shift:
            centre = (box[0] + side / 2, box[1] + side / 2)
            measured.append(((centre[0] + residual[0], centre[1] + residual[1]), centre))
    if len(measured) == 2:
        src = (measured[0][0], measured[1][0])
        dst = (measured[0][1], measured[1][1])
        return similarity_from_anchors(src, dst).compose(transform)
    if len(measured) == 1:
        (sx, sy), (dx, dy) = measured[0]
        return Similarity.translation(dx - sx, dy - sy).compose(transform)
    return transform


def _residual_shift(
    a: Image.Image, b: Image.Image, transform: Similarity, box: tuple[int, int], side: int
) -> tuple[float, float] | None:
    """How far B (warped by ``transform``) still sits from A inside the window at ``box``."""
    x0, y0 = box
    crop_a = np.asarray(a.crop((x0, y0, x0 + side, y0 + side)).convert("L"), dtype=np.float64)
    inv = transform.inverse()
    corners = [inv.apply(x, y) for x in (x0, x0 + side) for y in (y0, y0 + side)]
    bx0 = max(0, math.floor(min(p[0] for p in corners)) - 4)
    by0 = max(0, math.floor(min(p[1] for p in corners)) - 4)
    bx1 = min(b.width, math.ceil(max(p[0] for p in corners)) + 4)
    by1 = min(b.height, math.ceil(max(p[1] for p in corners)) + 4)
    # Crop before converting: only a few hundred pixels of a 12 MP photo are needed.
    crop_b = b.crop((bx0, by0, bx1, by1)).convert("L").convert("F")
    to_crop = (
        Similarity.translation(-x0, -y0)
        .compose(transform)
        .compose(Similarity.translation(bx0, by0))
    )
    warped = warp_to((side, side), crop_b, to_crop, resample=Image.Resampling.BILINEAR)
    dx, dy, psr = _phase_correlate(_prepared(crop_a), _prepared(np.asarray(warped, np.float64)))
    return (dx, dy) if psr >= _PSR_UNSURE else None


def _most_textured_box(
    grey_a: FloatArray,
    k_a: int,
    side: int,
    a_size: tuple[int, int],
    half: int,
    a_to_b: Similarity,
    b_size: tuple[int, int],
) -> tuple[int, int] | None:
    """Top-left (full resolution) of the ``side``-square window with most gradient energy in
    one half of A (0 = left/top, 1 = right/bottom) whose corners all fall inside B."""
    energy = np.zeros_like(grey_a)
    energy[:, 1:] += np.diff(grey_a, axis=1) ** 2
    energy[1:, :] += np.diff(grey_a, axis=0) ** 2
    s = max(1, side // k_a)
    h, w = energy.shape
    if s > h or s > w:
        return None
    integral = np.pad(energy.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    sums = integral[s:, s:] - integral[:-s, s:] - integral[s:, :-s] + integral[:-s, :-s]
    landscape = a_size[0] >= a_size[1]
    along = sums.shape[1] if landscape else sums.shape[0]
    lo, hi = (0, along // 2) if half == 0 else (along // 2, along)
    part = sums[:, lo:hi] if landscape else sums[lo:hi, :]
    if part.size == 0:
        return None
    for flat in np.argsort(part, axis=None)[::-1][:200]:
        ry, rx = (int(v) for v in np.unravel_index(int(flat), part.shape))
        rx, ry = (rx + lo, ry) if landscape else (rx, ry + lo)
        x0 = min(rx * k_a, a_size[0] - side)
        y0 = min(ry * k_a, a_size[1] - side)
        corners = [a_to_b.apply(x, y) for x in (x0, x0 + side) for y in (y0, y0 + side)]
        if all(0 <= px <= b_size[0] and 0 <= py <= b_size[1] for px, py in corners):
            return x0, y0
    return None
