"""Worker-side image work: Pillow decodes into a ``QImage``, never a ``QPixmap`` (GUI only).

Every function here runs on a worker thread and imports Pillow and the photo service lazily, so
importing this module at start-up costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from PIL import Image

    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoRecord

VIEWER_SIZE = 2048  # the first image the viewer shows; the full one follows for 100 %


def to_qimage(image: Image.Image) -> QImage:
    """An owned RGB888 ``QImage`` copy of a Pillow image (safe to hand to another thread)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    w, h = rgb.size
    return QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def decode_thumbnail(library: PhotoLibrary, photo: PhotoRecord, size: int) -> QImage:
    """The cached 256 px thumbnail (made if missing), reduced to ``size`` for the grid."""
    from PIL import Image

    path = library.thumbnail_path(photo)
    with Image.open(path, formats=["JPEG"]) as im:
        im.draft("RGB", (size, size))
        small = im.convert("RGB")
    small.thumbnail((size, size), Image.Resampling.BICUBIC)
    return to_qimage(small)


def decode_for_viewer(library: PhotoLibrary, photo: PhotoRecord, max_side: int) -> QImage:
    """The upright photo fitting ``max_side`` (JPEG via DCT scaling); the allow-list applies."""
    from needlejournal.photos.decode import load_reduced, open_image

    with open_image(library.original_path(photo)) as im:
        return to_qimage(load_reduced(im, max_side, verify=False))
