"""A JPEG's pixels at a DCT scale, decoded by libjpeg-turbo in one call (simplejpeg).

Pillow's JPEG load runs the same libjpeg-turbo, but through its decoder object and its mode
conversions: at 1/8 scale, the import's verifying decode, two threads decoding 12 MP photos
got through 49 photos/s with Pillow and 55/s with simplejpeg on this machine (10-14 % in
several runs), and that decode is most of an import's work. So the decode that verifies an
imported JPEG and makes its thumbnail goes through simplejpeg when it can, and through Pillow
otherwise, with the same result for the user:

- only baseline and progressive YCbCr or greyscale JPEGs that fit in ``max_bytes`` (CMYK and
  other colour models, bigger files and a missing simplejpeg go to Pillow);
- simplejpeg runs strict: any libjpeg warning, truncation included, makes it give up, and
  Pillow then decides as before (it accepts a complete file with, say, "extraneous bytes
  before marker", and rejects a truncated one), so no photo is refused that Pillow took;
- the embedded colour profile travels with the pixels (``decode.to_rgb`` applies it).
"""

from __future__ import annotations

import os
from typing import Any

from PIL import Image, ImageFile

_COLOURSPACE = {"RGB": "RGB", "L": "GRAY"}

_UNLOADED: Any = object()
_turbo: Any = _UNLOADED


def turbo() -> Any:
    """The simplejpeg module, or ``None`` without it. Imported on first use: it brings numpy
    (~100 ms), which processes that never decode a JPEG (``check``, the CLI's reads, the
    window's first paint) should not pay."""
    global _turbo
    if _turbo is _UNLOADED:
        try:  # a wheel on every platform the app ships for; Pillow is the fallback anyway
            import simplejpeg  # type: ignore[import-untyped,import-not-found,unused-ignore]
        except ImportError:  # pragma: no cover - depends on the installation
            simplejpeg = None
        _turbo = simplejpeg
    return _turbo


def decode_scaled(
    im: ImageFile.ImageFile, box: tuple[int, int], *, max_bytes: int
) -> Image.Image | None:
    """``im``'s pixels at the smallest DCT scale (1, 1/2, 1/4, 1/8) at least ``box`` in both
    sides, as ``draft`` + ``load`` would give them; ``None`` when simplejpeg cannot or will not
    (then decode with Pillow). ``im`` is left unloaded either way."""
    colourspace = _COLOURSPACE.get(im.mode)
    if im.format not in ("JPEG", "MPO") or colourspace is None:
        return None
    decoder = turbo()
    if decoder is None:
        return None
    fp = im.fp
    if fp is None:
        return None
    try:
        if os.fstat(fp.fileno()).st_size > max_bytes:
            return None
        fp.seek(0)
        data = fp.read(max_bytes + 1)
    except (OSError, ValueError, AttributeError):  # a stream without a descriptor: Pillow's
        return None
    if len(data) > max_bytes:
        return None
    try:
        pixels = decoder.decode_jpeg(
            data, colorspace=colourspace, min_width=box[0], min_height=box[1], strict=True
        )
    except (ValueError, MemoryError):  # a warning, truncation, or worse: Pillow decides
        return None
    out = Image.fromarray(pixels[:, :, 0] if colourspace == "GRAY" else pixels)
    icc = im.info.get("icc_profile")
    if icc:
        out.info["icc_profile"] = icc
    return out
