"""Comparing two photos of a client: the pair, the alignment, the rendering. Qt-free.

Shared by the compare window (which runs these in workers) and ``needlejournal compare``.
Every transform here maps a point of photo B onto photo A (the reference) in ORIGINAL upright
pixel coordinates; ``in_reduced`` converts one for images decoded at a smaller size. Anchors
are stored as described in ``needlejournal.journal.anchors``. Originals are never altered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from PIL import Image

from needlejournal.dates import format_date
from needlejournal.guidance import PhotoView, SkinState
from needlejournal.journal.anchors import Anchors, anchors_of, with_anchors
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoRecord
from needlejournal.photos import compose
from needlejournal.photos.align import (
    Similarity,
    auto_align,
    reduce_for_scale,
    similarity_from_anchors,
    warp_to,
)
from needlejournal.photos.decode import load_reduced, open_image, orientation_of, to_rgb, upright
from needlejournal.photos.timelapse import build_frames

Mode = Literal["side-by-side", "wipe", "overlay", "difference"]
MODES: tuple[Mode, ...] = ("side-by-side", "wipe", "overlay", "difference")
Method = Literal["anchors", "auto", "none"]


@dataclass(frozen=True)
class Alignment:
    """How B is registered onto A: ``transform`` maps B's original pixels onto A's."""

    transform: Similarity
    method: Method
    confidence: float | None  # auto-align's 0..1; None for anchors (exact) and none

    @property
    def aligned(self) -> bool:
        return self.method != "none"


@dataclass(frozen=True)
class Rendered:
    image: Image.Image
    alignment: Alignment


def load_upright(path: Path, max_side: int | None = None) -> Image.Image:
    """The photo at ``path`` decoded upright as RGB; fitted into ``max_side`` when given."""
    with open_image(path) as im:
        if max_side is not None and max(im.size) > max_side:
            return load_reduced(im, max_side, verify=False)
        orientation = orientation_of(im)
        im.load()
        return to_rgb(upright(im, orientation))


def scale_of(image: Image.Image, photo: PhotoRecord) -> float:
    """Pixels of a decoded ``image`` per original pixel of ``photo``."""
    return image.width / photo.width if photo.width else 1.0


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


def anchor_alignment(a: PhotoRecord, b: PhotoRecord) -> Alignment | None:
    """The exact alignment from both photos' saved anchors, or None when one has none."""
    anchors_a, anchors_b = anchors_of(a.landmarks), anchors_of(b.landmarks)
    if anchors_a is None or anchors_b is None:
        return None
    return Alignment(similarity_from_anchors(anchors_b, anchors_a), "anchors", None)


def auto_alignment(
    a: PhotoRecord, b: PhotoRecord, img_a: Image.Image, img_b: Image.Image
) -> Alignment:
    """auto-align on decoded (possibly reduced) images, expressed between the originals."""
    result = auto_align(img_a, img_b)
    full = in_original(result.transform, scale_of(img_a, a), scale_of(img_b, b))
    return Alignment(full, "auto", result.confidence)


def resolve_alignment(
    a: PhotoRecord, b: PhotoRecord, img_a: Image.Image, img_b: Image.Image, *, align: bool
) -> Alignment:
    """Saved anchors first, auto-align when a photo has none; fitted only when not aligning."""
    if not align:
        return Alignment(fit_transform((a.width, a.height), (b.width, b.height)), "none", None)
    return anchor_alignment(a, b) or auto_alignment(a, b, img_a, img_b)


def register(
    img_a: Image.Image, img_b: Image.Image, transform: Similarity, *, fill: bool = False
) -> Image.Image:
    """B rendered onto A's frame by ``transform`` (between these decoded images)."""
    source, adjusted = reduce_for_scale(img_b, transform)
    return warp_to(img_a.size, source, adjusted, fill=compose.NO_DATA_GREY if fill else None)


def date_label(photo: PhotoRecord) -> str:
    return f"{format_date(photo.taken_at)} · {PhotoView.label_of(photo.view)}"


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
    a: tuple[PhotoRecord, Image.Image],
    b: tuple[PhotoRecord, Image.Image],
    alignment: Alignment,
    mode: Mode,
    *,
    labels: tuple[str | None, str | None] = (None, None),
    position: float = 0.5,
    opacity: float = 0.5,
) -> Image.Image:
    """The comparison of two decoded photos (any decode size) under ``alignment``."""
    (rec_a, img_a), (rec_b, img_b) = a, b
    if mode == "side-by-side" and not alignment.aligned:
        return compose.side_by_side(img_a, img_b, labels=labels)
    local = in_reduced(alignment.transform, scale_of(img_a, rec_a), scale_of(img_b, rec_b))
    b_in_a = register(img_a, img_b, local)
    return compose_mode(mode, img_a, b_in_a, labels=labels, position=position, opacity=opacity)


def meta(photo: PhotoRecord) -> compose.PhotoMeta:
    capture = photo.capture
    skin = capture.get("skin")
    day = capture.get("day_after")
    state: str | None = None
    if isinstance(skin, str) and skin:
        state = SkinState.label_of(skin)
        if skin == SkinState.POST and isinstance(day, int):
            state += f", day {day}"
    light, camera = capture.get("light"), capture.get("camera")
    return compose.PhotoMeta(
        view=PhotoView.label_of(photo.view),
        skin_state=state,
        light=light if isinstance(light, str) and light else None,
        camera=camera if isinstance(camera, str) and camera else None,
        taken_at=photo.taken_at,
    )


def comparability(a: PhotoRecord, b: PhotoRecord) -> list[str]:
    """Why a difference between A and B may not be real: the window's hints, the CLI's ⚠."""
    return compose.comparability(meta(a), meta(b))


def default_pair(
    photos: Sequence[PhotoRecord], wanted: Sequence[int] = ()
) -> tuple[PhotoRecord, PhotoRecord] | None:
    """The pair to open with: the two ``wanted`` photos (oldest as A) when two are given;
    else the baseline (first photo) of the latest (or the one wanted) photo's view vs it."""
    by_id = {p.id: p for p in photos}
    chosen = [by_id[i] for i in wanted if i in by_id]
    if len(chosen) >= 2:
        first, second = sorted(chosen[:2], key=_when)
        return first, second
    if not photos:
        return None
    latest = chosen[0] if chosen else max(photos, key=_when)
    baseline = baseline_of(photos, latest)
    if baseline.id == latest.id:
        others = [p for p in photos if p.id != latest.id]
        if not others:
            return None
        return min(others, key=_when), latest
    return baseline, latest


def baseline_of(photos: Sequence[PhotoRecord], photo: PhotoRecord) -> PhotoRecord:
    """The client's first photo of ``photo``'s view (the photo itself when it is the first)."""
    same_view = [p for p in photos if p.view == photo.view]
    return min(same_view, key=_when) if same_view else photo


def _when(p: PhotoRecord) -> tuple[datetime, int]:
    return p.taken_at, p.id


class CompareService:
    """The compare use-cases on one photo library (call off the GUI thread)."""

    def __init__(self, library: PhotoLibrary) -> None:
        self.library = library

    def photos(self, client_id: int) -> list[PhotoRecord]:
        return self.library.list_photos(client_id)

    def load(self, photo: PhotoRecord, max_side: int | None = None) -> Image.Image:
        return load_upright(self.library.original_path(photo), max_side)

    def save_anchors(self, photo_id: int, anchors: Anchors | None) -> PhotoRecord:
        photo = self.library.get(photo_id)
        if anchors is not None:
            for x, y in anchors:
                if not (0 <= x <= photo.width and 0 <= y <= photo.height):
                    raise InvalidInput([f"An anchor ({x:.0f}, {y:.0f}) lies outside the photo."])
        try:
            landmarks = with_anchors(photo.landmarks, anchors)
        except ValueError as e:
            raise InvalidInput([str(e).capitalize() + "."]) from None
        return self.library.update(photo_id, landmarks=landmarks)

    def render(
        self,
        a_id: int,
        b_id: int,
        mode: Mode,
        *,
        align: bool,
        labels: bool = False,
        position: float = 0.5,
        opacity: float = 0.5,
        max_side: int | None = None,
    ) -> Rendered:
        """The comparison at A's full resolution (or fitted into ``max_side``)."""
        a, b = self.library.get(a_id), self.library.get(b_id)
        img_a, img_b = self.load(a, max_side), self.load(b, max_side)
        alignment = resolve_alignment(a, b, img_a, img_b, align=align)
        texts = (date_label(a), date_label(b)) if labels else (None, None)
        image = render_images(
            (a, img_a),
            (b, img_b),
            alignment,
            mode,
            labels=texts,
            position=position,
            opacity=opacity,
        )
        return Rendered(image, alignment)

    def timelapse(
        self,
        client_id: int,
        view: str,
        size: tuple[int, int],
        *,
        decode_side: int = 1024,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[list[PhotoRecord], list[Image.Image], list[Alignment]]:
        """Every photo of ``view`` oldest first, registered onto the first, fitted in ``size``.

        ``progress(done, total)`` is told after each photo is decoded and after each is
        aligned; when ``cancelled()`` turns true it stops between photos and returns nothing.
        """
        photos = [p for p in self.photos(client_id) if p.view == view]
        if not photos:
            return [], [], []
        total, done = 2 * len(photos), 0

        def step() -> bool:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)
            return cancelled is not None and cancelled()

        images = []
        for p in photos:
            images.append(self.load(p, decode_side))
            if step():
                return [], [], []
        alignments = [Alignment(Similarity.identity(), "anchors", None)]
        step()
        for photo, image in zip(photos[1:], images[1:], strict=True):
            alignments.append(
                anchor_alignment(photos[0], photo)
                or auto_alignment(photos[0], photo, images[0], image)
            )
            if step():
                return [], [], []
        scale_0 = scale_of(images[0], photos[0])
        local = [
            in_reduced(al.transform, scale_0, scale_of(img, p))
            for p, img, al in zip(photos, images, alignments, strict=True)
        ]
        return photos, build_frames(images, local, size), alignments
