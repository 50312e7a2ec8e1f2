"""Open, verify and describe an image from the allow-list only (JPEG, PNG, WebP, HEIC/HEIF).

The format is sniffed from the first bytes *before* Pillow sees the file, so no decoder outside
the allow-list ever parses user input, and a TIFF or PSD gets "TIFF images are not supported"
rather than "not an image". Pillow's pixel limit stays on (and is re-checked here, so a
``DecompressionBombWarning`` is a rejection too); ``LOAD_TRUNCATED_IMAGES`` stays off.

Verifying needs a full ``load()``: a truncated JPEG only fails once the decoder runs out of data.
For JPEG the load uses ``draft`` (libjpeg DCT scaling): it still reads and Huffman-decodes the
whole entropy-coded stream, so truncation is caught, at about half the cost of a full decode
(12 MP: ~47 ms at 1/8 scale vs ~98 ms full on this machine). PNG, WebP and HEIF are decoded fully
(HEIF's ``draft`` would swap in the embedded thumbnail and leave the main image unchecked).
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import ExifTags, Image, ImageFile, UnidentifiedImageError

from needlejournal.photos.exif_text import camera_name, parse_exif_datetime
from needlejournal.photos.rejections import PhotoRejected, pixel_limit

MEDIA_TYPES: dict[str, str] = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",  # phone JPEGs with a multi-picture extension; the first frame is used
    "PNG": "image/png",
    "WEBP": "image/webp",
}

# Errors Pillow's decoders (and pillow-heif) raise on malformed data; anything else is a bug.
DECODE_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    struct.error,
    zlib.error,
    IndexError,
    KeyError,
    RuntimeError,
)

_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}
_BMP_HEADER_SIZES = {12, 16, 40, 52, 56, 64, 108, 124}
_TRANSPOSE: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# A draft may land this far below the requested box: saves a whole resample for 12 MP at 512 px.
DRAFT_SLACK = 0.97
# Pillow feeds the decoder 64 KiB at a time and takes the GIL back between pieces: ~46 times
# for a 3 MB photo, each a wait for the GIL while another thread runs Python (the GUI thread,
# an import's commits). Up to this much (a 12 MP JPEG is 3-8 MB) is read and decoded in one
# call instead; bigger files still go in pieces, so memory stays bounded.
DECODE_BLOCK_MAX = 16 * 1024 * 1024
_heif_lock = threading.Lock()
_heif_registered = False


@dataclass(frozen=True, slots=True)
class ImageFacts:
    """What the store and the journal need to know about an accepted image.

    ``width``/``height`` are upright (EXIF orientation applied); ``orientation`` is the EXIF
    orientation (1–8) still to apply to decoded pixels (always 1 for HEIF: libheif rotates).
    ``taken_at`` is UTC from EXIF DateTimeOriginal (+ OffsetTimeOriginal; without an offset the
    camera clock is taken as this computer's local time).
    """

    media_type: str
    width: int
    height: int
    orientation: int
    taken_at: datetime | None
    camera: str | None


@dataclass(frozen=True, slots=True)
class Inspection:
    """An image's facts and, when asked for, an upright RGB preview that fits a square box."""

    facts: ImageFacts
    preview: Image.Image | None


def sniff_format(head: bytes) -> tuple[str | None, str | None]:
    """``(allowed Pillow format, None)``, ``(None, name of a refused format)`` or ``(None, None)``.

    ``head`` is the first 32 bytes or more of the file.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG", None
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG", None
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP", None
    if head[4:8] == b"ftyp":
        return _sniff_iso_media(head)
    refused = _sniff_refused(head)
    return None, refused


def _sniff_iso_media(head: bytes) -> tuple[str | None, str | None]:
    box_size = int.from_bytes(head[:4], "big")
    brands = {head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)}
    brands.add(head[8:12])
    if brands & _HEIC_BRANDS:
        return "HEIF", None
    if brands & _AVIF_BRANDS:
        return None, "AVIF"
    if brands & _HEIF_BRANDS:
        return "HEIF", None
    return None, None  # MP4/MOV video and other ISO media: not an image


def _sniff_refused(head: bytes) -> str | None:
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"  # also DNG and most camera RAW files
    if head.startswith(b"8BPS"):
        return "Photoshop (PSD)"
    if head[:2] == b"BM" and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return "BMP"
    if head.startswith((b"\xff\x0a", b"\x00\x00\x00\x0cJXL ")):
        return "JPEG XL"
    if head.startswith((b"\x00\x00\x00\x0cjP  ", b"\xff\x4f\xff\x51")):
        return "JPEG 2000"
    if head.startswith(b"%PDF"):
        return "PDF"
    if head.startswith(b"qoif"):
        return "QOI"
    return None


def _ensure_heif_opener() -> None:
    # pillow-heif is imported on first HEIF only: it costs start-up time most sessions never use.
    global _heif_registered
    with _heif_lock:
        if not _heif_registered:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_registered = True


def media_type_of(im: ImageFile.ImageFile) -> str:
    """The MIME type stored for an opened, allow-listed image."""
    if im.format == "HEIF":
        mime = im.get_format_mimetype() or "image/heif"
        return "image/heic" if mime.startswith("image/heic") else "image/heif"
    return MEDIA_TYPES[str(im.format)]


@contextmanager
def decode_errors_rejected() -> Iterator[None]:
    """Turn whatever Pillow or a decoder raises into the catalogue's one-sentence rejection."""
    try:
        yield
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError) as exc:
        raise PhotoRejected("too_many_pixels") from exc
    except UnidentifiedImageError as exc:
        raise PhotoRejected("truncated") from exc
    except OSError as exc:
        # Pillow's "image file is truncated" has no errno; a real I/O error has one.
        raise PhotoRejected("unreadable" if exc.errno else "truncated") from exc
    except DECODE_ERRORS as exc:
        raise PhotoRejected("truncated") from exc


@contextmanager
def open_image(path: Path) -> Iterator[ImageFile.ImageFile]:
    """Open ``path`` lazily with the allow-listed decoder only, or raise :class:`PhotoRejected`.

    The pixel count is checked before anything is decoded.
    """
    try:
        with path.open("rb") as f:
            head = f.read(64)
            size = os.fstat(f.fileno()).st_size
    except OSError as exc:
        raise PhotoRejected("unreadable") from exc
    if not head:
        raise PhotoRejected("empty_file")
    fmt, refused = sniff_format(head)
    if fmt is None:
        if refused:
            raise PhotoRejected("unsupported_format", format_name=refused)
        raise PhotoRejected("not_an_image")
    if fmt == "HEIF":
        _ensure_heif_opener()
    with decode_errors_rejected():
        # UnidentifiedImageError here: the magic matched, so the header is damaged ("truncated").
        im = Image.open(path, formats=[fmt])
    with im:
        width, height = im.size
        if width <= 0 or height <= 0:
            raise PhotoRejected("truncated")
        if width * height > pixel_limit():
            raise PhotoRejected("too_many_pixels")
        im.decodermaxblock = max(im.decodermaxblock, min(size, DECODE_BLOCK_MAX))
        yield im


def fit_box(width: int, height: int, size: int) -> tuple[int, int]:
    """The size of a ``width`` × ``height`` image shrunk to fit ``size`` × ``size``."""
    if width <= size and height <= size:
        return width, height
    if width >= height:
        return size, max(1, round(height * size / width))
    return max(1, round(width * size / height)), size


def orientation_of(im: Image.Image) -> int:
    """EXIF orientation 1–8 (1 when absent or nonsense; HEIF pixels come out upright)."""
    if im.format == "HEIF":
        return 1
    try:
        value = im.getexif().get(ExifTags.Base.Orientation, 1)
    except DECODE_ERRORS:
        return 1  # unreadable EXIF is not a reason to refuse the picture itself
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def upright(im: Image.Image, orientation: int) -> Image.Image:
    """Apply an EXIF orientation to (preferably small) decoded pixels."""
    method = _TRANSPOSE.get(orientation)
    return im.transpose(method) if method is not None else im


def decode_upright(path: Path) -> Image.Image:
    """Every pixel of the photo at ``path``, upright, as stored: mode, bit depth, alpha and the
    embedded colour profile kept (for measuring; ``colour.to_srgb`` interprets them)."""
    with open_image(path) as im, decode_errors_rejected():
        orientation = orientation_of(im)
        im.load()
        return upright(im, orientation).copy()


def to_rgb(im: Image.Image) -> Image.Image:
    """RGB in sRGB for thumbnails, previews and the compare view: the embedded colour profile
    applied (a Display P3 or Adobe RGB photo would otherwise look dull), 16-bit scaled,
    transparency flattened onto white."""
    if im.mode == "RGB" and "icc_profile" not in im.info:
        return im
    from needlejournal.photos.colour import to_srgb  # numpy: not for paths that only hash

    srgb, _source = to_srgb(im)
    if srgb.mode == "RGBA":
        canvas = Image.new("RGB", srgb.size, (255, 255, 255))
        canvas.paste(srgb, mask=srgb.getchannel("A"))
        return canvas
    return srgb


def load_reduced(im: ImageFile.ImageFile, size: int, *, verify: bool) -> Image.Image:
    """Decode ``im`` into an upright RGB image that fits ``size`` × ``size``.

    JPEG decodes at the smallest DCT scale whose result is at least ``DRAFT_SLACK`` of the box
    (a 4032 px photo at 512 decodes at 1/8 to 504 px and needs no resample at all; the long side
    of a result is therefore between 97 % and 100 % of ``size``). HEIF uses its embedded
    thumbnail unless ``verify`` asks for the main image to be decoded (and so checked).
    Orientation is applied last, to the small image: transposing first would force a full decode.
    """
    orientation = orientation_of(im)
    if im.format != "HEIF" or not verify:
        im.draft("RGB", fit_box(*im.size, max(1, int(size * DRAFT_SLACK))))
    im.load()
    # Palette and alpha images would be resized with NEAREST (P) or keep alpha: flatten first.
    small: Image.Image = im if im.mode in ("RGB", "L") else to_rgb(im)
    return to_rgb(upright(_shrink(small, size), orientation))


def _shrink(im: Image.Image, size: int) -> Image.Image:
    """``im`` fitted into ``size`` × ``size``.

    A whole-factor box reduction when it lands within ``DRAFT_SLACK`` of the box: a 12 MP
    JPEG's 1/8 draft (504 px) halves to 252 px for a 256 px thumbnail in ~0.2 ms, where the
    bicubic resample took ~2.5 ms, 6 % of the photo's import. Otherwise one resample;
    reducing_gap=2.0: after a draft that is a single bicubic step of at most ~2×, after a full
    decode (PNG, WebP, verified HEIF) it first box-reduces by an integer factor.
    """
    long_side = max(im.size)
    if long_side > size:
        factor = -(-long_side // size)  # the smallest whole factor that fits the box
        if -(-long_side // factor) >= size * DRAFT_SLACK:  # reduce() rounds up
            return im.reduce(factor)
    im.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
    return im


def inspect_image(path: Path, *, preview_size: int | None = None) -> Inspection:
    """Open, fully verify and describe ``path``; optionally keep an upright preview.

    The preview (when ``preview_size`` is given) comes from the verifying decode itself, so an
    import makes its thumbnail without decoding the photo twice. Raises :class:`PhotoRejected`.
    """
    with open_image(path) as im:
        facts = _facts(im)
        with decode_errors_rejected():
            if im.format == "PNG":
                _verify_png_checksums(path)
            if preview_size is not None:
                preview: Image.Image | None = load_reduced(im, preview_size, verify=True)
            else:
                if im.format != "HEIF":
                    im.draft("RGB", (max(1, im.size[0] // 8), max(1, im.size[1] // 8)))
                im.load()
                preview = None
    return Inspection(facts, preview)


def _verify_png_checksums(path: Path) -> None:
    # Pillow's PNG load stops once it has the pixels and skips chunk CRCs; verify() checks every
    # chunk's CRC up to IEND, so a flipped byte in the image data is caught (~1 ms per MB).
    with Image.open(path, formats=["PNG"]) as png:
        png.verify()


def _facts(im: ImageFile.ImageFile) -> ImageFacts:
    width, height = im.size
    orientation = orientation_of(im)
    if orientation >= 5:
        width, height = height, width
    taken_at, camera = _exif_details(im)
    return ImageFacts(media_type_of(im), width, height, orientation, taken_at, camera)


def _exif_details(im: Image.Image) -> tuple[datetime | None, str | None]:
    try:
        exif = im.getexif()
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except DECODE_ERRORS:
        return None, None  # damaged metadata: keep the picture, lose the details
    taken_at = parse_exif_datetime(
        sub.get(ExifTags.Base.DateTimeOriginal), sub.get(ExifTags.Base.OffsetTimeOriginal)
    )
    return taken_at, camera_name(exif.get(ExifTags.Base.Make), exif.get(ExifTags.Base.Model))


def load_upright(path: Path, max_side: int | None = None) -> Image.Image:
    """The photo at ``path`` decoded upright as RGB; fitted into ``max_side`` when given."""
    with open_image(path) as im:
        if max_side is not None and max(im.size) > max_side:
            return load_reduced(im, max_side, verify=False)
        orientation = orientation_of(im)
        im.load()
        return to_rgb(upright(im, orientation))
