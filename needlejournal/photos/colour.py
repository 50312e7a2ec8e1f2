"""Bring any decoded photo to 8-bit sRGB, honestly: embedded ICC profile, bit depth, alpha.

Metrics are computed in sRGB and the screen shows sRGB, so a photo tagged with another colour
space (Adobe RGB from a camera, Display P3 from a phone, ProPhoto from a raw converter) is
converted through its embedded profile with LittleCMS (Pillow's ImageCms) instead of being read
as if it were sRGB (ΔE 6–48 off). 16-bit greyscale is scaled, not clipped (Pillow's
``convert`` clips 16-bit values to 255: every mid-grey became white). Alpha is kept, so
measurements can skip transparent pixels instead of counting them as white.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageCms

_SIXTEEN_BIT_MODES = ("I;16", "I;16B", "I;16L", "I;16N", "I")


@dataclass(frozen=True)
class ColourSource:
    """Where the sRGB pixels came from, in words a report can show."""

    profile: str | None  # the embedded profile's description; None when untagged
    converted: bool  # False: already sRGB, or untagged and assumed sRGB

    def describe(self) -> str:
        if self.profile is None:
            return "sRGB (assumed: the photo carries no colour profile)"
        if not self.converted:
            return f"sRGB (embedded profile: {self.profile})"
        return f"sRGB (converted from the embedded profile: {self.profile})"


@functools.lru_cache(maxsize=1)
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@functools.lru_cache(maxsize=16)
def _transform(icc: bytes, in_mode: str) -> tuple[ImageCms.ImageCmsTransform | None, str]:
    """A cached transform to sRGB for one embedded profile (None when it is sRGB already)."""
    source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    description = (ImageCms.getProfileDescription(source) or "unnamed profile").strip()
    if _is_srgb(description):
        return None, description
    # Relative colorimetric: in-gamut colours (every skin tone) keep their measured values.
    transform = ImageCms.buildTransform(
        source,
        _srgb_profile(),
        in_mode,
        "RGB",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
    )
    return transform, description


def _is_srgb(description: str) -> bool:
    name = description.casefold().replace(" ", "")
    return name.startswith(("srgb", "iec61966-2.1", "iec61966-2-1"))


def _eight_bit(im: Image.Image) -> Image.Image:
    """16-bit and 32-bit greyscale scaled to 8 bits ("I;16" mid-grey stays mid-grey)."""
    if im.mode in _SIXTEEN_BIT_MODES:
        values = np.asarray(im, dtype=np.float64)
        # PNG's 16-bit greyscale arrives as "I;16" or "I" holding 0..65535.
        top = 65535.0 if im.mode != "I" or values.max(initial=0) > 255 else 255.0
        return Image.fromarray(np.clip(np.rint(values * 255.0 / top), 0, 255).astype(np.uint8))
    if im.mode == "F":
        values = np.asarray(im, dtype=np.float64)
        top = 1.0 if values.max(initial=0) <= 1.0 else 255.0
        return Image.fromarray(np.clip(np.rint(values * 255.0 / top), 0, 255).astype(np.uint8))
    return im


def to_srgb(im: Image.Image) -> tuple[Image.Image, ColourSource]:
    """``im`` as 8-bit "RGB" (or "RGBA" when it has transparency) in sRGB, and its source."""
    icc = im.info.get("icc_profile")
    has_alpha = im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        im.mode == "P" and "transparency" in im.info
    )
    alpha = im.convert("RGBA").getchannel("A") if has_alpha else None
    base = _eight_bit(im)
    if base.mode == "CMYK":
        colour, in_mode = base, "CMYK"
    elif icc and base.mode in ("L", "LA"):
        colour, in_mode = base.convert("L"), "L"  # a grey profile's transform takes "L"
    else:
        colour = base if base.mode == "RGB" else base.convert("RGB")
        in_mode = "RGB"
    source = ColourSource(None, False)
    if icc:
        try:
            transform, description = _transform(bytes(icc), in_mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            transform, description = None, "unreadable profile, ignored"
        source = ColourSource(description, transform is not None)
        if transform is not None:
            colour = ImageCms.applyTransform(colour, transform) or colour
    out = colour if colour.mode == "RGB" else colour.convert("RGB")
    if alpha is not None:
        out = out.copy() if out is im else out  # never change the caller's image
        out.putalpha(alpha)
    return out, source
