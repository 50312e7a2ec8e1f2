"""Why a photo was refused: a fixed catalogue of one-sentence reasons a user understands.

Every failure of :meth:`needlejournal.photos.store.PhotoStore.ingest` is one of these codes; the
import service shows ``message`` as is and the CLI prints it as the ``reason`` of a rejected file.
"""

from __future__ import annotations

from typing import Literal, get_args

from PIL import Image

RejectionCode = Literal[
    "not_an_image",
    "truncated",
    "too_many_pixels",
    "unsupported_format",
    "empty_file",
    "unreadable",
    "not_found",
    "not_a_file",
    "disk_full",
]

REJECTION_CODES: tuple[RejectionCode, ...] = get_args(RejectionCode)

ACCEPTED_FORMATS_TEXT = "JPEG, PNG, WebP or HEIC/HEIF"

# Pillow's default limit, used if something switched the global limit off: we never open
# unbounded images (RELIABILITY.md promise 6).
DEFAULT_PIXEL_LIMIT = 89_478_485


def pixel_limit() -> int:
    """The number of pixels above which an image is refused as a decompression bomb."""
    limit = Image.MAX_IMAGE_PIXELS
    return int(limit) if limit else DEFAULT_PIXEL_LIMIT


def _message(code: RejectionCode, format_name: str | None) -> str:
    if code == "not_an_image":
        return "This file is not an image."
    if code == "truncated":
        return "The image is truncated or damaged; copy or export it again from its source."
    if code == "too_many_pixels":
        megapixels = pixel_limit() // 1_000_000
        return f"The image has more than {megapixels} megapixels, too many to open safely."
    if code == "unsupported_format":
        name = format_name or "This kind of"
        return f"{name} images are not supported; use {ACCEPTED_FORMATS_TEXT}."
    if code == "empty_file":
        return "The file is empty."
    if code == "unreadable":
        return "The file could not be read or stored (permission denied or a disk error)."
    if code == "not_a_file":
        return "This is not a regular file (a folder, a pipe or a device); choose a photo file."
    if code == "not_found":
        return "There is no such file (it may have been moved or renamed)."
    return "The disk is full; free some space and import the photo again."


class PhotoRejected(Exception):
    """A photo refused for one of the catalogued reasons (``code``), with its sentence."""

    def __init__(self, code: RejectionCode, *, format_name: str | None = None) -> None:
        self.code: RejectionCode = code
        self.format_name = format_name
        self.message = _message(code, format_name)
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"PhotoRejected({self.code!r}, {self.message!r})"
