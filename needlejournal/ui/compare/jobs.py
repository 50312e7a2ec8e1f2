"""The compare window's image work, run in workers: decode, register, auto-align, export.

Each function is plain (Pillow + the compare service) and returns ``QImage``-based results that
the GUI thread turns into pixmaps. Nothing here touches a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from needlejournal.journal.compare import (
    Alignment,
    CompareService,
    auto_alignment,
    render_decoded,
)
from needlejournal.journal.records import PhotoRecord
from needlejournal.photos import compose
from needlejournal.photos.comparison import Mode, in_reduced, register
from needlejournal.ui.compare.pyramid import LevelImages, build, pil_levels
from needlejournal.ui.compare.strip import shown_label

Region = tuple[int, int, int, int]


@dataclass(frozen=True)
class DecodedPhoto:
    """One photo decoded once: Pillow levels (for registering) and their QImages (to show)."""

    record: PhotoRecord
    levels: tuple[Image.Image, ...]  # smallest first; the last is full resolution
    images: LevelImages

    @property
    def frame(self) -> tuple[int, int]:
        return self.images.frame


def decode_photo(service: CompareService, record: PhotoRecord) -> DecodedPhoto:
    full = service.load(record)
    levels = tuple(pil_levels(full))
    return DecodedPhoto(record, levels, build(levels, full.size))


def _b_level_for(b: DecodedPhoto, needed_scale: float) -> Image.Image:
    """The smallest B level with at least one pixel per output pixel."""
    for level in b.levels:
        if level.width / b.frame[0] >= needed_scale:
            return level
    return b.levels[-1]


def register_levels(
    a: DecodedPhoto,
    b: DecodedPhoto,
    alignment: Alignment,
    indices: Sequence[int],
    *,
    lighting: Region | None = None,
    match: bool = False,
    difference: bool = True,
) -> tuple[LevelImages, LevelImages | None]:
    """B registered onto A's frame at A's levels ``indices``, and |A − B| at the same levels.

    With ``match`` B's lighting is matched to A's over ``lighting`` (a region of A's frame;
    whole frame when None): for display only, never exported unasked, never stored.
    """
    registered: list[Image.Image] = []
    differences: list[Image.Image] = []
    for index in indices:
        a_level = a.levels[index]
        scale_a = a_level.width / a.frame[0]
        b_level = _b_level_for(b, scale_a * alignment.transform.scale)
        scale_b = b_level.width / b.frame[0]
        b_in_a = register(a_level, b_level, in_reduced(alignment.transform, scale_a, scale_b))
        if match:
            region = None
            if lighting is not None:
                x, y, w, h = lighting
                region = (
                    round(x * scale_a),
                    round(y * scale_a),
                    max(1, round(w * scale_a)),
                    max(1, round(h * scale_a)),
                )
            try:
                b_in_a = compose.match_lighting(b_in_a, a_level, region)
            except ValueError:
                b_in_a = compose.match_lighting(b_in_a, a_level, None)
        registered.append(b_in_a)
        if difference:
            differences.append(_difference_banded(a_level, b_in_a))
    diff = build(differences, a.frame) if difference else None
    return build(registered, a.frame), diff


def _difference_banded(a: Image.Image, b: Image.Image, band: int = 256) -> Image.Image:
    """compose.difference in horizontal bands: a 12 MP float diff at once needs ~300 MB."""
    out = Image.new("RGB", a.size)
    for top in range(0, a.height, band):
        box = (0, top, a.width, min(a.height, top + band))
        out.paste(compose.difference(a.crop(box), b.crop(box)), box)
    return out


def suggest_alignment(a: DecodedPhoto, b: DecodedPhoto) -> Alignment:
    """Auto-align on the ~1024 px levels (fast), expressed between the originals."""
    return auto_alignment(a.record, b.record, a.levels[0], b.levels[0])


def export_comparison(
    a: DecodedPhoto,
    b: DecodedPhoto,
    alignment: Alignment,
    mode: Mode,
    out: Path,
    *,
    labels: bool,
    position: float,
    opacity: float,
) -> Path:
    # The window's words on the exported image (Qt's translate is safe on a worker thread).
    texts = (shown_label(a.record), shown_label(b.record)) if labels else (None, None)
    image = render_decoded(
        (a.record, a.levels[-1]),
        (b.record, b.levels[-1]),
        alignment,
        mode,
        labels=texts,
        position=position,
        opacity=opacity,
    )
    return compose.save_clean(image, out)
