"""Synthetic close-up skin photos: one client's cheek at any point of a course.

``face_area_photo`` paints a believable close framing of one cheek: a skin tone from the
client's Fitzpatrick type, soft window light, pores, a few landmarks that stay fixed on the
face (the side of the nose, the under-eye crease, moles) so alignment can lock on, and the
things a course of microneedling changes (acne-scar dimples, rough patches, brown marks,
redness), which fade as ``progress`` goes from 0 (baseline) to 1 (months later). Each photo is
framed the same way with a small random shift, rotation and zoom, like a hand-held camera.

Everything fixed about a client's face is drawn once per (client, view, size) and cached; a
photo only mixes those layers for its progress and warps the result (~0.1 s at 1600×1200).
``clear_face_cache`` frees those layers when a batch is done.
"""

from __future__ import annotations

import math
import random
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from needlejournal import glibc

from .plan import DemoPlan

F32 = npt.NDArray[np.float32]
F16 = npt.NDArray[np.float16]  # a face's stored layers: half the memory, ample for 8-bit output
Arr = npt.NDArray[Any]  # intermediate maths (numpy's stubs widen float32 arithmetic)

# Fitzpatrick phototypes I–VI as sRGB tones of a cheek in soft daylight.
SKIN_TONES: dict[str, tuple[int, int, int]] = {
    "I": (242, 212, 194),
    "II": (228, 188, 162),
    "III": (206, 160, 126),
    "IV": (174, 126, 92),
    "V": (130, 89, 62),
    "VI": (88, 60, 45),
}
# How much a brown mark darkens each channel (melanin absorbs blue most), and how redness
# takes green and blue away.
_BROWN = np.array([0.30, 0.42, 0.52], np.float32)
_RED = np.array([-0.03, 0.26, 0.20], np.float32)
_MARGIN = 0.08  # canvas border (of the width) so shifted, rotated frames never show an edge
_BAND_ROWS = 128  # rows mixed at a time: temporaries of ~1 MB instead of the whole canvas
POST_ERYTHEMA = (1.0, 0.55, 0.3, 0.12)  # diffuse redness on day 0, 1, 2, 3 after a session


@dataclass(frozen=True)
class SkinProfile:
    """One client's face: phototype, where things sit (``seed``) and how marked the skin is."""

    skin_type: str = "III"
    seed: int = 0
    scars: float = 0.6  # 0..1
    spots: float = 0.6  # 0..1
    redness: float = 0.5  # 0..1


@dataclass(frozen=True)
class Framing:
    """How the hand-held camera sat: shift (fractions of the width), rotation, zoom."""

    dx: float
    dy: float
    degrees: float
    zoom: float


def photo_framing(seed: int, jitter: float = 1.0) -> Framing:
    """The framing of photo ``seed``: up to ±3.5 % shift, ±3° rotation, ±1.5 % zoom."""
    rng = np.random.default_rng([seed, 7])
    dx, dy, deg, zoom = rng.uniform(-1.0, 1.0, 4)
    return Framing(
        0.035 * jitter * dx, 0.035 * jitter * dy, 3.0 * jitter * deg, 1 + 0.015 * jitter * zoom
    )


@dataclass(frozen=True)
class _Layers:
    """Drawn in float32, kept in float16 (~28 MB at the demo's size instead of ~55): the mix
    works in float32 band by band, and half precision (0.05 %) is far below one 8-bit level."""

    base: F16  # (3, H, W) healthy skin with light and landmarks, 0..255
    texture: F16  # pores and fine relief, zero mean
    relief: F16  # what fades: acne-scar dimples and rough patches, signed shading
    brown: F16  # 0..1 brown marks (PIH)
    fade_at: F16  # progress at which each mark has faded
    red: F16  # 0..1 inflamed spots and blotches
    flush: F16  # 0..1 diffuse redness after needling


def face_area_photo(
    seed: int,
    *,
    profile: SkinProfile,
    progress: float,
    view: str = "front",
    day_after: int | None = None,
    jitter: float = 1.0,
    size: tuple[int, int] = (1600, 1200),
) -> Image.Image:
    """An RGB close-up of the client's cheek ``progress`` (0..1) through the course.

    ``day_after`` (0–3) shows the diffuse erythema of the days after a session. The same
    ``seed`` gives the same pixels.
    """
    layers = _FACES.layers(profile, view, size)
    rng = np.random.default_rng([seed, 11])
    p = float(np.clip(progress + rng.normal(0, 0.04), 0.0, 1.0))
    scars = profile.scars * (1.0 - 0.65 * p)
    pigment = profile.spots * (1.1 if profile.skin_type in ("IV", "V", "VI") else 0.8)
    redness = profile.redness * (1.0 - 0.8 * p) * rng.uniform(0.85, 1.15)
    flush = POST_ERYTHEMA[min(day_after, 3)] if day_after is not None else 0.0
    # Darker skin shows redness less and brown marks more.
    red_visible = {"I": 1.0, "II": 1.0, "III": 0.85, "IV": 0.65, "V": 0.45, "VI": 0.35}
    vis = red_visible.get(profile.skin_type, 0.8)

    gain = rng.uniform(0.97, 1.03) * np.array([1.0, *rng.uniform(0.99, 1.01, 2)], np.float32)
    h, w = layers.base.shape[1:]
    # Sensor noise (uniform, std ≈ 0.9 %): random bytes are far cheaper than normal draws.
    noise = np.frombuffer(rng.bytes(h * w), np.uint8).reshape(h, w)
    canvas = np.empty((h, w, 3), np.uint8)
    # In place, on float32, a band of rows at a time: this mix is most of a photo's time, and
    # whole-canvas temporaries were ~40 MB per painting thread.
    for top in range(0, h, _BAND_ROWS):
        rows = slice(top, min(h, top + _BAND_ROWS))
        lum = noise[rows].astype(np.float32)
        lum -= 127.5
        lum *= 0.009 / 73.6
        lum += layers.relief[rows] * np.float32(scars)
        lum += layers.texture[rows] * np.float32(0.05)
        lum += 1.0
        marks = layers.fade_at[rows] - np.float32(p)
        marks *= 1 / 0.35
        np.clip(marks, 0.0, 1.0, out=marks)
        marks *= layers.brown[rows]
        marks *= np.float32(pigment)
        red = layers.red[rows] * np.float32(redness * vis)
        if flush:
            red += layers.flush[rows] * np.float32(flush * vis)
        tint = np.empty_like(lum)
        for c in range(3):
            channel = marks * -_BROWN[c]
            channel += 1.0
            channel *= lum
            channel *= layers.base[c, rows]
            np.multiply(red, -_RED[c], out=tint)
            tint += 1.0
            channel *= tint
            channel *= gain[c]
            np.clip(channel, 0, 255, out=channel)
            canvas[rows, :, c] = channel
    return _frame(Image.fromarray(canvas), photo_framing(seed, jitter), size)


def _frame(canvas: Image.Image, f: Framing, size: tuple[int, int]) -> Image.Image:
    """Cut the output frame out of the canvas: rotated, shifted and zoomed about its centre."""
    w, h = size
    cx = canvas.width / 2 + f.dx * w
    cy = canvas.height / 2 + f.dy * w
    a = math.radians(f.degrees)
    cos, sin = math.cos(a) / f.zoom, math.sin(a) / f.zoom
    # Output (x, y) → canvas: centre, rotate/zoom, move to the shifted canvas centre.
    data = (cos, -sin, cx - cos * w / 2 + sin * h / 2, sin, cos, cy - sin * w / 2 - cos * h / 2)
    return canvas.transform(size, Image.Transform.AFFINE, data, Image.Resampling.BILINEAR)


# ---- a client's face, drawn once per (client, view, size) ----------------------------------

# Per view: where the nose edge sits (None: out of frame), the under-eye crease, the jaw line
# (None: out of frame), whether hair shows at the far side, and which cheek (mirrored).
_SCENES: dict[str, tuple[float | None, float, float | None, bool, bool]] = {
    "front": (0.06, 0.05, None, False, False),
    "left45": (-0.07, 0.02, 0.86, False, True),
    "right45": (-0.07, 0.02, 0.86, False, False),
    "left90": (None, -0.02, 0.78, True, True),
    "right90": (None, -0.02, 0.78, True, False),
    "closeup": (-0.10, -0.06, None, False, False),
    "other": (0.06, 0.05, None, False, True),
}


def _smooth(rng: np.random.Generator, shape: tuple[int, int], cells: int) -> Arr:
    """Zero-mean, unit-ish noise whose blobs are about ``1/cells`` of the width across."""
    h, w = shape
    gw = max(2, cells)
    gh = max(2, round(cells * h / w))
    small = rng.standard_normal((gh, gw)).astype(np.float32)
    big = Image.fromarray(small, "F").resize((w, h), Image.Resampling.BICUBIC)
    return np.asarray(big, np.float32)


def _gauss(d2: Arr, sigma: float) -> Arr:
    return np.exp(-d2 / np.float32(2 * sigma * sigma))


def _stamp(dst: F32, x: float, y: float, r: float, amp: float, *, keep_max: bool) -> None:
    """Add (or keep the max of) a Gaussian blob of radius ``r`` pixels at (x, y)."""
    h, w = dst.shape
    reach = int(3 * r) + 1
    x0, x1 = max(0, int(x) - reach), min(w, int(x) + reach + 1)
    y0, y1 = max(0, int(y) - reach), min(h, int(y) + reach + 1)
    if x0 >= x1 or y0 >= y1:
        return
    gx = (np.arange(x0, x1, dtype=np.float32) - x)[None, :]
    gy = (np.arange(y0, y1, dtype=np.float32) - y)[:, None]
    blob = amp * _gauss(gx * gx + gy * gy, r)
    patch = dst[y0:y1, x0:x1]
    if keep_max:
        np.maximum(patch, blob, out=patch)
    else:
        patch += blob


class _FaceCache:
    """Each painting thread's current face: its layers (~28 MB at the demo's size) kept while
    the thread paints that (client, view), dropped before it draws the next; and one drawing
    at a time, since a drawing needs ~75 MB while it runs. A demo's memory then stays flat
    however many clients it paints (two threads once peaked at ~500 MB with an LRU of two
    float32 faces, each thread drawing beside the other)."""

    def __init__(self) -> None:
        self._held: dict[int, tuple[tuple[SkinProfile, str, tuple[int, int]], _Layers]] = {}
        self._lock = threading.Lock()  # guards ``_held``
        self._drawing = threading.Lock()

    def layers(self, profile: SkinProfile, view: str, size: tuple[int, int]) -> _Layers:
        me, key = threading.get_ident(), (profile, view, size)
        with self._lock:
            held = self._held.pop(me, None)
        if held is not None and held[0] == key:
            layers = held[1]
        else:
            del held  # this thread's last face goes before the next is drawn
            with self._drawing:
                layers = _draw_layers(profile, view, size)
                give_back_free_memory()
        with self._lock:
            self._held[me] = (key, layers)
        return layers

    def clear(self) -> None:
        with self._lock:
            self._held.clear()


_FACES = _FaceCache()


def give_back_free_memory() -> None:
    """Hand freed memory back to the system (glibc's ``malloc_trim``): a face drawing's
    temporaries, or the rows a 10,000-client demo wrote before its photos.

    glibc keeps freed blocks of a few MB in each thread's arena for reuse; after a few faces
    drawn on two threads, that kept memory alone was ~60 MB of the demo's peak. Elsewhere
    (another libc, another OS) nothing happens.
    """
    malloc_trim = glibc.function("malloc_trim")
    if malloc_trim is not None:
        malloc_trim(0)


def _draw_layers(profile: SkinProfile, view: str, size: tuple[int, int]) -> _Layers:
    nose_x, crease_v, jaw_v, hair, mirrored = _SCENES.get(view, _SCENES["other"])
    w_out, h_out = size
    cw = round(w_out * (1 + 2 * _MARGIN))
    ch = round(h_out + 2 * _MARGIN * w_out)
    shape = (ch, cw)
    rng = np.random.default_rng([profile.seed, list(_SCENES).index(view) if view in _SCENES else 9])
    # Face coordinates in widths of the output frame; the frame spans u 0..1, v 0..h/w.
    u = (np.arange(cw, dtype=np.float32) / w_out - _MARGIN)[None, :]
    v = (np.arange(ch, dtype=np.float32) / w_out - _MARGIN)[:, None]
    px = w_out  # pixels per face unit

    # Light from a window on the left, a soft cheekbone highlight, lens falloff.
    shade = 0.90 - 0.12 * u + 0.07 * _gauss((u - 0.55) ** 2 + (v - 0.28) ** 2, 0.22)
    shade = shade - 0.10 * ((u - 0.5) ** 2 + (v - 0.375) ** 2)
    cheek = _gauss((u - 0.58) ** 2 + 1.4 * (v - 0.42) ** 2, 0.25)
    if nose_x is not None:
        edge = nose_x + 0.11 * _gauss((v - 0.56) ** 2, 0.07)  # the ala bulges out
        d = u - edge
        # The alar crease is a soft shadow; the nose's rounded side catches more light.
        shade = shade - 0.10 * _gauss(d * d, 0.022) - 0.05 * _gauss((d - 0.03) ** 2, 0.05)
        shade = shade + 0.09 * np.clip(-d / 0.05, 0, 1) * _gauss((d + 0.09) ** 2, 0.06)
        nose_flush = np.clip(-d / 0.03, 0, 1) * 0.25
        # The nasolabial fold runs down and out from under the ala.
        fold = u - (nose_x + 0.13 + 0.55 * np.maximum(v - 0.62, 0) ** 1.3)
        below = np.clip((v - 0.62) / 0.08, 0, 1)
        shade = shade - 0.07 * below * _gauss(fold * fold, 0.025)
        cheek = cheek * np.clip(d / 0.05, 0, 1)
        del edge, d, fold, below  # full-size temporaries: keep the drawing's peak down
    crease = v - (crease_v + 0.45 * (u - 0.45) ** 2)  # lower-eyelid crease, then tear trough
    along = _gauss((u - 0.45) ** 2, 0.28)
    shade = shade - along * (
        0.09 * _gauss(crease * crease, 0.012) + 0.05 * _gauss((crease - 0.05) ** 2, 0.035)
    )
    shade = shade + 0.03 * np.clip(-crease / 0.02, 0, 1)
    cheek = cheek * np.clip(crease / 0.08, 0, 1)
    del crease, along
    if jaw_v is not None:
        jaw = v - (jaw_v - 0.35 * (u - 0.15) ** 2)
        under = np.clip(jaw / 0.06 + 0.5, 0, 1)  # the neck, in the jaw's shadow
        cheek = cheek * np.clip(-jaw / 0.06, 0, 1)
        del jaw
    tone = np.array(SKIN_TONES.get(profile.skin_type, SKIN_TONES["III"]), np.float32)
    mottle = _smooth(rng, shape, 10) * 0.025 + _smooth(rng, shape, 40) * 0.012
    # Shadows on skin stay warm (light scattered under the skin is reddened): blue falls faster.
    shade = np.clip(shade, 0.05, 1.5)
    base = np.stack(
        [tone[c] * shade ** (0.85 + 0.3 * c) * (1 + mottle * (0.5 + 0.5 * c)) for c in range(3)]
    )
    if jaw_v is not None:
        for c, k in enumerate((0.36, 0.44, 0.5)):  # shadows on skin stay warm
            base[c] *= 1 - k * under
        del under

    moles = np.zeros(shape, np.float32)
    for _ in range(int(rng.integers(2, 5))):
        x, y = rng.uniform(0.1, 0.95), rng.uniform(0.1, 0.7)
        _stamp(moles, (x + _MARGIN) * px, (y + _MARGIN) * px, rng.uniform(0.003, 0.006) * px,
               rng.uniform(0.45, 0.7), keep_max=True)  # fmt: skip
    freckles = {"I": 70, "II": 50, "III": 20}.get(profile.skin_type, 6)
    for _ in range(freckles):
        x, y = rng.uniform(-0.05, 1.05), rng.uniform(-0.05, 0.8)
        _stamp(moles, (x + _MARGIN) * px, (y + _MARGIN) * px, rng.uniform(0.002, 0.004) * px,
               rng.uniform(0.08, 0.18), keep_max=True)  # fmt: skip
    for c in range(3):
        base[c] *= 1 - moles * (_BROWN[c] + 0.25)
    del moles
    if hair:
        line = u - (0.86 + 0.25 * (v - 0.1) ** 2)
        cover = np.clip(line / 0.04 + 0.5, 0, 1) * np.clip((0.55 - v) / 0.1, 0, 1)
        streaks = rng.standard_normal((8, 500)).astype(np.float32)
        combed = Image.fromarray(streaks, "F").resize((cw, ch), Image.Resampling.BICUBIC)
        strands = 0.75 + 0.35 * np.asarray(combed, np.float32)
        for c, hair_c in enumerate((62.0, 45.0, 34.0)):
            base[c] = base[c] * (1 - cover) + hair_c * strands * shade * cover
        del line, cover, combed, strands
    # Each layer is stored in half precision as soon as it is final, and every full-size
    # temporary goes once used: a drawing then peaks at ~1.3× its float32 layers, not ~1.8×.
    stored_base = _half(base, mirrored)
    del base, mottle, shade

    # Pores: fine relief plus sparse dark dots.
    fine = _smooth(rng, shape, w_out // 3)
    dots = np.maximum(_smooth(rng, shape, w_out // 7) - 1.3, 0)
    texture = 0.35 * fine + 0.2 * _smooth(rng, shape, w_out // 25) - 2.2 * dots
    del fine, dots
    stored_texture = _half(texture, mirrored)
    del texture
    rough = np.clip((_smooth(rng, shape, 5) - 0.2) * 1.5, 0, 1) * cheek

    height = np.zeros(shape, np.float32)
    marks, fade_at = np.zeros(shape, np.float32), np.ones(shape, np.float32)
    # Red spots are kept as a maximum, so the nose's flush can go in first (and its own
    # full-size array go).
    red: F32 = (
        nose_flush.astype(np.float32, copy=False)
        if nose_x is not None
        else np.zeros(shape, np.float32)
    )

    def in_cheek() -> tuple[float, float]:
        for _ in range(30):
            x, y = rng.uniform(-0.05, 1.05), rng.uniform(0.0, 0.8)
            yi, xi = int((y + _MARGIN) * px), int((x + _MARGIN) * px)
            if 0 <= yi < ch and 0 <= xi < cw and rng.random() < cheek[yi, xi] * 1.5:
                return (x + _MARGIN) * px, (y + _MARGIN) * px
        return (0.6 + _MARGIN) * px, (0.45 + _MARGIN) * px

    for _ in range(int(25 + 90 * profile.scars)):
        x, y = in_cheek()
        kind = rng.random()
        r, depth = (
            (rng.uniform(0.0025, 0.004), 1.0) if kind < 0.4  # ice pick
            else (rng.uniform(0.006, 0.011), 0.7) if kind < 0.8  # boxcar
            else (rng.uniform(0.015, 0.028), 0.5)  # rolling
        )  # fmt: skip
        # Amplitude ∝ radius, so small and wide dimples have similar slopes.
        _stamp(height, x, y, r * px, -0.4 * depth * r * px, keep_max=False)
        if rng.random() < 0.35:
            _stamp(red, x, y, r * px * 2.2, rng.uniform(0.3, 0.7), keep_max=True)
    # A dimple is lit on the side away from the light and shadowed on the near rim.
    # One axis at a time: one slope array alive, not two (numpy's stubs type it as a tuple).
    scar: Arr = np.asarray(np.gradient(height, axis=1))
    scar *= np.float32(0.9 * 0.8)
    scar += np.asarray(np.gradient(height, axis=0)) * np.float32(0.9 * 0.3)
    height *= np.float32(0.02 / (0.004 * px))
    scar += height  # the dimple's depth plus its slope towards the light
    del height
    for _ in range(int(6 + 26 * profile.spots)):
        x, y = in_cheek()
        amp, t = rng.uniform(0.3, 0.75), rng.uniform(0.5, 1.5)
        for _ in range(int(rng.integers(1, 4))):
            r = rng.uniform(0.005, 0.016) * px
            ox, oy = rng.normal(0, r * 0.6, 2)
            _stamp(marks, x + ox, y + oy, r, amp, keep_max=True)
        reach = 0.03 * px
        sl = (
            slice(max(0, int(y - reach)), int(y + reach)),
            slice(max(0, int(x - reach)), int(x + reach)),
        )
        fade_at[sl] = np.where(marks[sl] > 0.05, np.minimum(fade_at[sl], t), fade_at[sl])
    stored_brown, stored_fade_at = _half(marks, mirrored), _half(fade_at, mirrored)
    del marks, fade_at
    for _ in range(int(4 + 14 * profile.redness)):
        x, y = in_cheek()
        _stamp(red, x, y, rng.uniform(0.008, 0.02) * px, rng.uniform(0.3, 0.8), keep_max=True)
    red = np.maximum(red, np.clip(_smooth(rng, shape, 8) * 0.4, 0, 0.5) * cheek)
    stored_red = _half(red, mirrored)
    del red
    flush = np.clip(0.55 + 0.25 * _smooth(rng, shape, 6), 0, 1) * (0.3 + 0.7 * cheek / cheek.max())
    stored_flush = _half(flush, mirrored)
    del flush
    # Relief from the stored texture: mirrored already, so the rest is mirrored to match.
    relief = stored_texture.astype(np.float32)
    relief *= np.float32(0.07)
    relief *= rough[:, ::-1] if mirrored else rough
    relief += scar[:, ::-1] if mirrored else scar
    del rough, scar
    stored_relief = _half(relief, mirrored=False)
    return _Layers(
        stored_base, stored_texture, stored_relief, stored_brown, stored_fade_at, stored_red,
        stored_flush,
    )  # fmt: skip


def _half(plane: Arr, mirrored: bool) -> F16:
    """A finished layer (2-D, or 3-D with channels first), mirrored left to right for the
    other cheek, stored in half precision."""
    return np.ascontiguousarray(plane[..., ::-1] if mirrored else plane, np.float16)


def clear_face_cache() -> None:
    """Drop the cached face layers (tens of MB per view) once a batch of photos is painted."""
    _FACES.clear()


# ---- a demo client's face ------------------------------------------------------------------

_PROFILES = {  # concern → (scars, spots, redness)
    "acne scars": (0.85, 0.5, 0.65),
    "pigmentation": (0.2, 0.9, 0.35),
    "texture and enlarged pores": (0.55, 0.35, 0.45),
}


def skin_profile(plan: DemoPlan, index: int, seed: int) -> SkinProfile:
    client = plan.clients[index]
    rng = random.Random(f"needlejournal-demo-face:{seed}:{index}")
    scars, spots, redness = _PROFILES.get(client.concerns, (0.35, 0.45, 0.4))
    return SkinProfile(
        client.skin_type,
        rng.randrange(2**31),
        min(1.0, scars * rng.uniform(0.75, 1.15)),
        min(1.0, spots * rng.uniform(0.75, 1.15)),
        min(1.0, redness * rng.uniform(0.75, 1.15)),
    )
