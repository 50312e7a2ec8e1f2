"""Pure-Pillow renderings of a photo comparison, shared by export, the CLI and the Qt view.

Inputs are photo A (the reference) and photo B, normally already registered onto A's frame by
``align.warp_to`` (same size, transparent where B does not reach). Nothing here touches the
originals; ``save_clean`` writes files rebuilt from pixel data so no EXIF, GPS, XMP or ICC
data can leak (RELIABILITY.md, promise 7).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

from needlejournal.durable import atomic_write
from needlejournal.photos.metrics import Region, lab_to_srgb, srgb_to_lab

RGB = tuple[int, int, int]
NO_DATA_GREY: RGB = (128, 128, 128)  # where registered B does not cover A's frame


def _rgba(img: Image.Image) -> Image.Image:
    return img if img.mode == "RGBA" else img.convert("RGBA")


def _flatten(img: Image.Image, background: RGB = NO_DATA_GREY) -> Image.Image:
    """Opaque RGB; transparent (uncovered) pixels become ``background``."""
    if img.mode == "RGB":
        return img
    flat = Image.new("RGB", img.size, background)
    _paste_flat(flat, img, (0, 0), background)
    return flat


def _paste_flat(
    canvas: Image.Image, img: Image.Image, at: tuple[int, int], background: RGB = NO_DATA_GREY
) -> None:
    """Paste ``img`` into the RGB ``canvas`` as ``_flatten`` would make it opaque."""
    if img.mode == "RGB":
        canvas.paste(img, at)
        return
    rgba = _rgba(img)
    alpha = rgba.getchannel("A")
    box = (*at, at[0] + img.width, at[1] + img.height)
    if not any(alpha.histogram()[1:255]):
        # Only opaque and clear pixels (B warped onto A's frame): a paste through the alpha
        # gives the composite's very pixels with no RGBA copies (12 MP: 48 MB each).
        canvas.paste(background, box)
        canvas.paste(rgba, at, alpha)
        return
    base = Image.new("RGBA", img.size, (*background, 255))
    canvas.paste(Image.alpha_composite(base, rgba).convert("RGB"), at)


def _require_same_size(a: Image.Image, b: Image.Image) -> None:
    if a.size != b.size:
        raise ValueError(
            f"photo B ({b.width}x{b.height}) must be registered onto photo A's frame "
            f"({a.width}x{a.height}) first"
        )


def with_label(img: Image.Image, text: str | None) -> Image.Image:
    """``img`` (as RGB) with ``text`` on a semi-transparent band along its bottom edge."""
    rgb = _flatten(img)
    if not text:
        return rgb
    labelled = rgb.copy() if rgb is img else rgb
    _label_onto(labelled, (0, 0, rgb.width, rgb.height), text)
    return labelled


def _label_onto(canvas: Image.Image, box: tuple[int, int, int, int], text: str) -> None:
    """Draw ``with_label``'s band and ``text`` over the part ``box`` of an RGB ``canvas``, in
    place: a side by side labels both photos on its canvas instead of copying each (2 × 36 MB
    for 12 MP)."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    size = max(14, round(min(width, height) / 22))
    font = ImageFont.load_default(size=size)
    band_height = round(size * 1.7)
    # Only the strip holding the band (and any glyph reaching above it) is composited: on a
    # 12 MP photo a full-size RGBA layer cost four 48 MB images and a third of a second.
    strip_top = max(0, height - band_height - size)
    strip = Image.new("RGBA", (width, height - strip_top), (0, 0, 0, 0))
    draw = ImageDraw.Draw(strip)
    band_top = height - band_height - strip_top
    draw.rectangle((0, band_top, width, height - strip_top), fill=(0, 0, 0, 150))
    draw.text(
        (round(size * 0.6), height - strip_top - band_height / 2),
        text,
        font=font,
        fill=(255, 255, 255, 255),
        anchor="lm",
    )
    region = (left, top + strip_top, right, bottom)
    under = canvas.crop(region).convert("RGBA")
    canvas.paste(Image.alpha_composite(under, strip).convert("RGB"), region)


def side_by_side(
    a: Image.Image,
    b: Image.Image,
    *,
    labels: tuple[str | None, str | None] = (None, None),
    gap: int = 8,
    background: RGB = (24, 24, 24),
) -> Image.Image:
    """A on the left, B on the right, B scaled to A's height when their heights differ."""
    if gap < 0:
        raise ValueError("gap must not be negative")
    if b.height != a.height:
        width = max(1, round(b.width * a.height / b.height))
        b = b.resize((width, a.height), Image.Resampling.LANCZOS)
    # Both photos are flattened into one canvas and labelled there: no copies of either.
    out = Image.new("RGB", (a.width + gap + b.width, a.height), background)
    for photo, text, x in ((a, labels[0], 0), (b, labels[1], a.width + gap)):
        _paste_flat(out, photo, (x, 0))
        if text:
            _label_onto(out, (x, 0, x + photo.width, out.height), text)
    return out


def wipe(
    a: Image.Image,
    b: Image.Image,
    position: float,
    *,
    vertical: bool = True,
    divider_colour: RGB = (255, 255, 255),
    divider_width: int = 3,
) -> Image.Image:
    """A before the divider (left or top), B after it; the divider sits at ``position`` 0..1."""
    _require_same_size(a, b)
    if not 0.0 <= position <= 1.0:
        raise ValueError("the wipe position must lie between 0 and 1")
    w, h = a.size
    cut = round(position * (w if vertical else h))
    out = _flatten(b)
    if out is b:  # already opaque RGB: draw on a copy, never on the caller's photo
        out = b.copy()
    box = (0, 0, cut, h) if vertical else (0, 0, w, cut)
    out.paste(_flatten(a).crop(box), (0, 0))
    if divider_width > 0:
        start = cut - divider_width // 2
        end = start + divider_width - 1
        line = (start, 0, end, h - 1) if vertical else (0, start, w - 1, end)
        ImageDraw.Draw(out).rectangle(line, fill=divider_colour)
    return out


def overlay(a: Image.Image, b: Image.Image, opacity: float) -> Image.Image:
    """B over A at ``opacity`` (0 = only A, 1 = only B where B covers A's frame)."""
    _require_same_size(a, b)
    if not 0.0 <= opacity <= 1.0:
        raise ValueError("opacity must lie between 0 and 1")
    top = _rgba(b).copy()
    # alpha × opacity rounded, as a 256-entry table: the same pixels as the float arithmetic
    # over the whole image without its 96 MB float64 copy of a 12 MP alpha channel.
    table = np.rint(np.arange(256, dtype=np.float64) * opacity).astype(np.uint8)
    top.putalpha(top.getchannel("A").point(table.tolist()))
    return Image.alpha_composite(_flatten(a).convert("RGBA"), top).convert("RGB")


def difference(a: Image.Image, b: Image.Image, *, gain: float = 4.0) -> Image.Image:
    """|A − B| per channel times ``gain`` (clipped): black where nothing changed, grey where
    B has no data."""
    _require_same_size(a, b)
    if gain <= 0:
        raise ValueError("gain must be positive")
    # |A − B| is 0..255, so a 256-entry table computed in float64 gives exactly the pixels of
    # float arithmetic over the whole image; Pillow's own difference and lookup run it on
    # 8-bit pixels (12 MP: ~3 GB of float temporaries and seconds → a few 48 MB images).
    table = np.clip(np.rint(np.arange(256, dtype=np.float64) * gain), 0, 255).astype(np.uint8)
    b_rgb = b.convert("RGB") if b.mode != "RGB" else b  # the colour as stored, not composited
    out = ImageChops.difference(_flatten(a), b_rgb).point(table.tolist() * 3)
    if b.mode in ("RGBA", "LA", "PA") or b.info.get("transparency") is not None:
        uncovered = _rgba(b).getchannel("A").point([255] + [0] * 255)
        out.paste(NO_DATA_GREY, (0, 0, *out.size), uncovered)
    return out


def match_lighting(b: Image.Image, a: Image.Image, region: Region | None = None) -> Image.Image:
    """Display-only: B with its CIELAB per-channel mean and spread matched to A's over
    ``region`` (x, y, w, h in the shared frame; whole frame when None).

    This hides a light change, so the UI must label the result as normalised. The spread ratio
    is clamped to 0.25..4 so a flat reference patch cannot blow up the noise.
    """
    _require_same_size(a, b)
    x, y, w, h = region if region is not None else (0, 0, a.width, a.height)
    box = (max(0, x), max(0, y), min(a.width, x + w), min(a.height, y + h))
    if box[2] <= box[0] or box[3] <= box[1]:
        raise ValueError("the reference region lies outside the photos")
    # Statistics need no more than ~1 M pixels: subsample big regions on a regular grid.
    step = max(1, int(((box[2] - box[0]) * (box[3] - box[1]) / 1_000_000) ** 0.5))
    rgba_a = np.asarray(_rgba(a.crop(box)))[::step, ::step]
    rgba_b = np.asarray(_rgba(b.crop(box)))[::step, ::step]
    use = (rgba_a[..., 3] > 0) & (rgba_b[..., 3] > 0)
    if use.sum() < 2:
        raise ValueError("the reference region holds no pixels that both photos cover")
    ref, src = srgb_to_lab(rgba_a[use][:, :3]), srgb_to_lab(rgba_b[use][:, :3])
    ratio = np.clip(ref.std(axis=0) / np.maximum(src.std(axis=0), 1e-6), 0.25, 4.0)
    offset = ref.mean(axis=0) - src.mean(axis=0) * ratio
    pixels_b = np.asarray(_rgba(b))
    out = np.empty((*pixels_b.shape[:2], 3), dtype=np.uint8)
    for top in range(0, out.shape[0], 128):  # bands keep the float temporaries in cache
        band = srgb_to_lab(pixels_b[top : top + 128, :, :3])
        band *= ratio
        band += offset
        out[top : top + 128] = lab_to_srgb(band)
    result = Image.fromarray(out, "RGB")
    if b.mode in ("RGBA", "LA", "PA") or "transparency" in b.info:
        result.putalpha(_rgba(b).getchannel("A"))
    return result


@dataclass(frozen=True)
class PhotoMeta:
    """What a comparability check needs to know about a photo (None = not recorded)."""

    view: str | None
    skin_state: str | None  # e.g. "clean", "make-up", "post-procedure day 3"
    light: str | None
    camera: str | None
    taken_at: datetime | None


def comparability(a_meta: PhotoMeta, b_meta: PhotoMeta) -> list[str]:
    """Plain-language warnings why a difference between the two photos may not be real."""
    warnings: list[str] = []
    checks = (
        ("view", "The photos show different views", "so features do not line up"),
        ("skin_state", "The skin state differs", "so redness or make-up may explain a change"),
        ("light", "The light source differs", "so colour and tone values are not comparable"),
        ("camera", "Different cameras were used", "so colour and sharpness may differ"),
    )
    for field, headline, consequence in checks:
        first, second = getattr(a_meta, field), getattr(b_meta, field)
        if first is None or second is None:
            if field in ("light", "camera", "skin_state"):
                warnings.append(
                    f"The {field.replace('_', ' ')} is not recorded for "
                    f"{'both photos' if first is None and second is None else 'one photo'}: "
                    "cannot tell whether the photos are comparable."
                )
            continue
        if first.strip().casefold() != second.strip().casefold():
            warnings.append(f"{headline} ({first} vs {second}), {consequence}.")
    for meta, name in ((a_meta, "A"), (b_meta, "B")):
        state = (meta.skin_state or "").casefold()
        if "post" in state or "after" in state:
            warnings.append(
                f"Photo {name} was taken after a procedure ({meta.skin_state}): redness and "
                "swelling are not a tone or texture change."
            )
    return warnings


def save_clean(img: Image.Image, path: str | os.PathLike[str]) -> Path:
    """Write ``img`` as PNG, JPEG or WebP (by suffix) with no metadata at all, atomically.

    Only pixels reach the file, so nothing from the source ``info`` (EXIF, GPS, XMP, ICC
    profile, comments, maker notes) can be carried over: a PNG is written chunk by chunk from
    the pixels (``png_bands``, on every core); JPEG and WebP are encoded from a new image built
    from the pixels. The file is created private (0600, from ``mkstemp``) like the rest of the
    user's photo data, and appears whole or not at all.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    options: dict[str, int | bool]
    if suffix == ".png":
        from needlejournal.photos.png_bands import write_png

        pixels = img if img.mode in ("RGB", "RGBA", "L") else img.convert("RGBA")
        with atomic_write(target, prefix=".export-", suffix=suffix) as handle:
            write_png(pixels, handle)
        return target
    if suffix in (".jpg", ".jpeg"):
        fmt, options = "JPEG", {"quality": 92}
        pixels = _flatten(img) if img.mode != "L" else img
    elif suffix == ".webp":
        fmt, options = "WEBP", {"quality": 90, "method": 4}
        pixels = img if img.mode in ("RGB", "RGBA") else img.convert("RGBA")
    else:
        raise ValueError(
            f"export as .png, .jpg or .webp, not {suffix or 'a file without a suffix'}"
        )
    # A new image holding only the pixels (pasted in C: no 100 MB ``tobytes`` round trip for a
    # 24 MP side by side); its ``info`` is empty whatever the source carried.
    fresh = Image.new(pixels.mode, pixels.size)
    fresh.paste(pixels, (0, 0))
    with atomic_write(target, prefix=".export-", suffix=suffix) as handle:
        fresh.save(handle, format=fmt, **options)
    return target
