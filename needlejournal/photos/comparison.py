"""Comparing two decoded photos: registering B onto A's frame and composing one image. Pure.

Transforms map a point of photo B onto photo A (the reference). Between ORIGINALS they are
what anchors and auto-align give; ``in_reduced`` turns one into the transform between images
decoded at smaller sizes (``scale`` = decoded pixels per original pixel). No records, no
database: the journal's compare use-cases (``needlejournal.journal.compare``) decide what
to register and with which alignment.
"""

from __future__ import annotations

from typing import Literal

from PIL import Image

from needlejournal.photos import compose
from needlejournal.photos.align import Similarity, reduce_for_scale, warp_to

Mode = Literal["side-by-side", "wipe", "overlay", "difference"]
MODES: tuple[Mode, ...] = ("side-by-side", "wipe", "overlay", "difference")


def in_reduced(transform: Similarity, scale_a: float, scale_b: float) -> Similarity:
    """``transform`` (original B → original A) for images decoded at scales ``scale_a/b``."""
    return (
        Similarity(scale_a, 0.0, 0.0, 0.0)
        .compose(transform)
        .compose(Similarity(1.0 / scale_b, 0.0, 0.0, 0.0))
    )


def in_original(transform: Similarity, scale_a: float, scale_b: float) -> Similarity:
    """The inverse of ``in_reduced``: a transform between decoded images → between originals."""
    return in_reduced(transform, 1.0 / scale_a, 1.0 / scale_b)


def fit_transform(a_size: tuple[int, int], b_size: tuple[int, int]) -> Similarity:
    """No alignment: B scaled to fit inside A's frame and centred (identity for equal sizes)."""
    factor = min(a_size[0] / b_size[0], a_size[1] / b_size[1])
    return Similarity(
        factor,
        0.0,
        (a_size[0] - b_size[0] * factor) / 2,
        (a_size[1] - b_size[1] * factor) / 2,
    )


def register(
    img_a: Image.Image, img_b: Image.Image, transform: Similarity, *, fill: bool = False
) -> Image.Image:
    """B rendered onto A's frame by ``transform`` (between these decoded images)."""
    source, adjusted = reduce_for_scale(img_b, transform)
    return warp_to(img_a.size, source, adjusted, fill=compose.NO_DATA_GREY if fill else None)


def compose_mode(
    mode: Mode,
    img_a: Image.Image,
    b_in_a: Image.Image,
    *,
    labels: tuple[str | None, str | None] = (None, None),
    position: float = 0.5,
    opacity: float = 0.5,
) -> Image.Image:
    """One comparison image from A and B already registered onto A's frame."""
    if mode == "side-by-side":
        return compose.side_by_side(img_a, b_in_a, labels=labels)
    if mode == "wipe":
        out = compose.wipe(img_a, b_in_a, position)
        text = f"Left: {labels[0]}   |   Right: {labels[1]}" if labels[0] else None
    elif mode == "overlay":
        out = compose.overlay(img_a, b_in_a, opacity)
        text = f"{labels[0]}  +  {labels[1]} at {opacity:.0%}" if labels[0] else None
    elif mode == "difference":
        out = compose.difference(img_a, b_in_a)
        text = f"Difference: {labels[0]} vs {labels[1]}" if labels[0] else None
    else:
        raise ValueError(f"unknown comparison mode {mode!r}")
    return compose.with_label(out, text)


def render_images(
    img_a: Image.Image,
    img_b: Image.Image,
    transform: Similarity,
    mode: Mode,
    *,
    aligned: bool = True,
    labels: tuple[str | None, str | None] = (None, None),
    position: float = 0.5,
    opacity: float = 0.5,
) -> Image.Image:
    """The comparison of two decoded images; ``transform`` maps B's pixels onto A's.

    Side by side without alignment shows both photos as they are, each in its own frame.
    """
    if mode == "side-by-side" and not aligned:
        return compose.side_by_side(img_a, img_b, labels=labels)
    b_in_a = register(img_a, img_b, transform)
    return compose_mode(mode, img_a, b_in_a, labels=labels, position=position, opacity=opacity)
