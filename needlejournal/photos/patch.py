"""A region of one photo (A) cut out of another photo (B) of the same view, following the
alignment between them: translation, scale *and rotation*.

The patch is resampled from B into A's orientation at B's own resolution (so texture, defined
relative to the region's size, is measured on the detail B really holds). Pixels of the patch
that fall outside B are transparent, and metrics skip them.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

from needlejournal.photos.align import Similarity
from needlejournal.photos.colour import to_srgb

Box = tuple[int, int, int, int]  # x, y, w, h
# Below this the rotation moves a region's corner by well under a pixel's worth of skin:
# the region is then cropped straight from B (no resampling, exact pixels).
NEGLIGIBLE_ROTATION_RAD = math.radians(0.5)


def needs_rotation(transform: Similarity) -> bool:
    return abs(math.remainder(transform.rotation_rad, 2 * math.pi)) >= NEGLIGIBLE_ROTATION_RAD


def rotated_patch(image: Image.Image, box: Box, transform: Similarity) -> Image.Image:
    """``box`` (in A's pixels) cut from ``image`` (photo B) as an 8-bit sRGB "RGBA" image,
    upright in A's frame, ``box``'s size divided by the transform's scale; ``transform`` maps
    B onto A (p_A = transform(p_B)). Pixels outside B have alpha 0."""
    x, y, w, h = box
    k = transform.scale
    out_w, out_h = max(1, round(w / k)), max(1, round(h / k))
    # Output pixel (u, v) is A's point (x + u·k, y + v·k), which is B's inverse(transform) of it.
    to_b = transform.inverse().compose(Similarity(k, 0.0, float(x), float(y)))
    corners = [to_b.apply(u, v) for u in (0, out_w) for v in (0, out_h)]
    left = max(0, math.floor(min(c[0] for c in corners)) - 2)
    top = max(0, math.floor(min(c[1] for c in corners)) - 2)
    right = min(image.width, math.ceil(max(c[0] for c in corners)) + 2)
    bottom = min(image.height, math.ceil(max(c[1] for c in corners)) + 2)
    if right <= left or bottom <= top:
        return Image.new("RGBA", (out_w, out_h), (0, 0, 0, 0))
    # Convert only the part of B the patch needs (the crop keeps the colour profile).
    srgb, _source = to_srgb(image.crop((left, top, right, bottom)))
    local = Similarity.translation(-left, -top).compose(to_b)
    c = complex(
        local.scale * math.cos(local.rotation_rad), local.scale * math.sin(local.rotation_rad)
    )
    # Pillow's affine data maps output pixels to input pixels (centres at +0.5 on both sides).
    data = (c.real, -c.imag, local.tx, c.imag, c.real, local.ty)
    warped = srgb.convert("RGBA").transform(
        (out_w, out_h),
        Image.Transform.AFFINE,
        data,
        resample=Image.Resampling.BICUBIC,
        fillcolor=(0, 0, 0, 0),
    )
    # Edge pixels blended with the transparent fill are not photo data: drop them.
    rgba = np.asarray(warped).copy()
    rgba[..., 3] = np.where(rgba[..., 3] == 255, 255, 0)
    return Image.fromarray(rgba, "RGBA")
