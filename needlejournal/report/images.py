"""Photos at print size for a report: decoded small, re-encoded from pixels.

A 12 MP original is never decoded whole: JPEG decodes at the DCT scale that just covers
``PRINT_SIDE`` (``load_reduced``), so a photo costs tens of milliseconds, not hundreds. The
JPEG put in the PDF is encoded from the pixels alone, so no EXIF (GPS, camera serial, maker
notes), XMP or ICC from the original reaches the report (RELIABILITY.md promise 7); colours
are in sRGB.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from needlejournal.photos.decode import load_reduced, open_image
from needlejournal.photos.rejections import PhotoRejected

# px on the long side. A photo box is half the text width (~87 mm), so 1008 px prints at
# ~290 dpi; and it is exactly 1/4 of a 12 MP phone photo (4032 px), so JPEG decodes at the
# 1/4 DCT scale: 49 ms a photo here against 79 ms at 1200 px (which needs the 1/2 scale).
PRINT_SIDE = 1008
JPEG_QUALITY = 85


@dataclass(frozen=True)
class PrintImage:
    jpeg: bytes
    width: int
    height: int


def print_image(path: Path, side: int = PRINT_SIDE) -> PrintImage:
    """``path`` upright, in sRGB, fitting ``side`` × ``side``, as a clean baseline JPEG."""
    with open_image(path) as im:
        small = load_reduced(im, side, verify=False)
    buffer = io.BytesIO()
    small.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return PrintImage(buffer.getvalue(), small.width, small.height)


def print_images(
    paths: Sequence[Path],
    *,
    threads: int = 2,
    done: Callable[[], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[PrintImage | None]:
    """Every path at print size, decoded on ``threads`` workers (Pillow releases the GIL);
    None for a photo that can no longer be read (the report says so instead of failing)."""

    def one(path: Path) -> PrintImage | None:
        if cancelled is not None and cancelled():
            return None
        try:
            return print_image(path)
        except (PhotoRejected, OSError):
            return None
        finally:
            if done is not None:
                done()

    if threads <= 1 or len(paths) <= 1:
        return [one(p) for p in paths]
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="report-photo") as pool:
        return list(pool.map(one, paths))
