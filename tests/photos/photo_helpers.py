"""Helpers shared by the photo store tests (generated pictures, store inspection)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image

# Quadrant colours of the asymmetric test picture (upright): top-left, top-right,
# bottom-left, bottom-right.
QUADRANTS = ((220, 30, 30), (30, 200, 30), (30, 30, 220), (230, 220, 40))


def quadrant_image(width: int, height: int) -> Image.Image:
    """An upright picture whose four quadrants have distinct flat colours."""
    im = Image.new("RGB", (width, height))
    w2, h2 = width // 2, height // 2
    boxes = ((0, 0, w2, h2), (w2, 0, width, h2), (0, h2, w2, height), (w2, h2, width, height))
    for box, colour in zip(boxes, QUADRANTS, strict=True):
        im.paste(colour, box)
    return im


def encode(im: Image.Image, fmt: str, **params: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()


def quadrant_colours(im: Image.Image) -> list[tuple[int, int, int]]:
    """The colour at the centre of each quadrant, in QUADRANTS order."""
    w, h = im.size
    rgb = im.convert("RGB")
    points = (
        (w // 4, h // 4),
        (3 * w // 4, h // 4),
        (w // 4, 3 * h // 4),
        (3 * w // 4, 3 * h // 4),
    )
    return [rgb.getpixel(p) for p in points]  # type: ignore[misc]


def close_to(a: tuple[int, int, int], b: tuple[int, int, int], tol: int = 40) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def files_under(root: Path) -> set[Path]:
    """Every file under ``root`` but the store's (empty) cross-process lock file."""
    return {p for p in root.rglob("*") if p.is_file() and p.name != ".store.lock"}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
