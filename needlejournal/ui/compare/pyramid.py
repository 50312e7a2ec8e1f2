"""Pre-scaled levels of one displayed image, so zoom and pan never touch the original.

Workers build ``LevelImages`` (Pillow → ``QImage``, a copy that owns its bytes); the GUI thread
turns them into a ``Pyramid`` of ``QPixmap``s (pixmaps may only be made on the GUI thread).
Painting then picks the smallest level that still has at least one level pixel per screen
pixel, and draws only the visible part of it: a 12 MP photo pans as fast as a 1 MP one.

All levels of a pyramid share one *frame*: the original upright pixel grid of the photo that
is displayed (for B registered onto A: A's grid). ``scale`` = level pixels per frame pixel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image
from PySide6.QtGui import QImage, QPixmap

LEVEL_SIDES = (1024, 2048)  # plus the full-resolution level
Size = tuple[int, int]


@dataclass(frozen=True)
class LevelImages:
    """What a worker hands back: levels smallest first, all showing ``frame``."""

    frame: Size
    images: tuple[QImage, ...]


def to_qimage(img: Image.Image) -> QImage:
    """A deep copy in the raster engine's native 32-bit layout, so ``QPixmap.fromImage`` on the
    GUI thread is a plain copy, not a per-pixel conversion (that happens here, in the worker).

    Opaque photos must carry 0xFF in the fourth byte: Qt's RGB32 is 0xffRRGGBB. Pillow's
    "BGRX" pads with 0x00, and blits copied that byte into the window's backing store, where
    A's pixels then counted as transparent and the next thing blended over them (smooth-scaled
    edges, captions, the overlay) overflowed into teal and orange speckles. "RGBX" pads with
    0xFF; Qt's own conversion then lays it out natively.
    """
    if img.mode == "RGBA":
        data = img.convert("RGBa").tobytes("raw", "BGRa")
        fmt = QImage.Format.Format_ARGB32_Premultiplied
        return QImage(data, img.width, img.height, 4 * img.width, fmt).copy()
    rgb = img if img.mode == "RGB" else img.convert("RGB")
    data = rgb.tobytes("raw", "RGBX")
    padded = QImage(data, img.width, img.height, 4 * img.width, QImage.Format.Format_RGBX8888)
    return padded.convertToFormat(QImage.Format.Format_RGB32)  # a copy that owns its bytes


def level_sizes(frame: Size, sides: Sequence[int] = LEVEL_SIDES) -> list[Size]:
    """Level sizes smallest first: each side bound below the full size, then the full size."""
    longest = max(frame)
    sizes = [
        (max(1, round(frame[0] * side / longest)), max(1, round(frame[1] * side / longest)))
        for side in sides
        if side < longest
    ]
    return [*sizes, frame]


def pil_levels(full: Image.Image) -> list[Image.Image]:
    """``full`` and its reductions, smallest first (box-reduce then resample: no aliasing)."""
    levels = [full]
    for size in reversed(level_sizes(full.size)[:-1]):
        levels.insert(0, levels[0].resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0))
    return levels


def build(
    levels: Sequence[Image.Image], frame: Size, *, cancelled: Callable[[], bool] | None = None
) -> LevelImages:
    images = []
    for level in levels:
        if cancelled is not None and cancelled():
            break
        images.append(to_qimage(level))
    return LevelImages(frame, tuple(images))


class Pyramid:
    """GUI-thread side: pixmaps of each level and the choice of level for a zoom."""

    def __init__(self, levels: LevelImages) -> None:
        self.frame = levels.frame
        self.pixmaps: list[QPixmap] = []
        self.scales: list[float] = []
        self.extend(levels)

    def extend(self, levels: LevelImages) -> None:
        """Add larger levels that arrived later (the full level is made last)."""
        for image in levels.images:
            self.pixmaps.append(QPixmap.fromImage(image))
            self.scales.append(image.width() / self.frame[0])
        order = sorted(range(len(self.scales)), key=self.scales.__getitem__)
        self.pixmaps = [self.pixmaps[i] for i in order]
        self.scales = [self.scales[i] for i in order]

    def pick(self, zoom: float) -> tuple[QPixmap, float]:
        """The level to draw at ``zoom`` screen pixels per frame pixel."""
        for pixmap, scale in zip(self.pixmaps, self.scales, strict=True):
            if scale >= zoom:
                return pixmap, scale
        return self.pixmaps[-1], self.scales[-1]

    def image(self) -> QImage:
        """The largest level as an image (tests and export previews)."""
        return self.pixmaps[-1].toImage()
