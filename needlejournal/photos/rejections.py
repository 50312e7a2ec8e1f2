"""Why a photo was refused: a fixed catalogue of one-sentence reasons a user understands.

Every failure of :meth:`needlejournal.photos.store.PhotoStore.ingest` is one of these codes; the
CLI prints ``message`` as the ``reason`` of a rejected file. The message is a ``phrases.Said``
("rejected_<code>", with the format or the megapixel limit), so the window says the same
sentence in its own language (``ui.journal_words``).
"""

from __future__ import annotations

from typing import Literal, get_args

from needlejournal.phrases import Said, said

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
    from PIL import Image  # here: the store's listing and ``check`` import this module

    limit = Image.MAX_IMAGE_PIXELS
    return int(limit) if limit else DEFAULT_PIXEL_LIMIT


def _message(code: RejectionCode, format_name: str | None) -> Said:
    if code == "too_many_pixels":
        megapixels = pixel_limit() // 1_000_000
        message = f"The image has more than {megapixels} megapixels, too many to open safely."
        return said(message, "rejected_too_many_pixels", megapixels=megapixels)
    if code == "unsupported_format":
        if format_name is None:
            message = f"This kind of images are not supported; use {ACCEPTED_FORMATS_TEXT}."
            return said(message, "rejected_unsupported_kind", formats=ACCEPTED_FORMATS_TEXT)
        message = f"{format_name} images are not supported; use {ACCEPTED_FORMATS_TEXT}."
        return said(
            message, "rejected_unsupported_format", name=format_name, formats=ACCEPTED_FORMATS_TEXT
        )
    return said(_FIXED[code], f"rejected_{code}")


_FIXED: dict[RejectionCode, str] = {
    "not_an_image": "This file is not an image.",
    "truncated": "The image is truncated or damaged; copy or export it again from its source.",
    "empty_file": "The file is empty.",
    "unreadable": "The file could not be read or stored (permission denied or a disk error).",
    "not_a_file": "This is not a regular file (a folder, a pipe or a device); choose a photo file.",
    "not_found": "There is no such file (it may have been moved or renamed).",
    "disk_full": "The disk is full; free some space and import the photo again.",
}


class PhotoRejected(Exception):
    """A photo refused for one of the catalogued reasons (``code``), with its sentence."""

    def __init__(self, code: RejectionCode, *, format_name: str | None = None) -> None:
        self.code: RejectionCode = code
        self.format_name = format_name
        self.message = _message(code, format_name)
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"PhotoRejected({self.code!r}, {self.message!r})"
