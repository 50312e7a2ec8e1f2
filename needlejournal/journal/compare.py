"""Comparing two photos of a client, the use-cases: the pair, its alignment, anchors, renders.

Shared by the compare window (which runs these in workers) and ``needlejournal compare``.
The image maths (registering, composing, transforms between decoded sizes) lives in
``needlejournal.photos.comparison``; this module decides, from the records, which alignment
applies (saved anchors, auto-align, none) and saves anchors. Anchors are stored as described
in ``needlejournal.journal.anchors``. Originals are never altered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PIL import Image

from needlejournal.dates import format_date
from needlejournal.guidance import PhotoView, SkinState
from needlejournal.journal.anchors import Anchors, anchors_of, with_anchors
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import PhotoEdit, PhotoRecord
from needlejournal.photos import compose
from needlejournal.photos.align import Similarity, similarity_from_anchors
from needlejournal.photos.auto_align import auto_align
from needlejournal.photos.comparison import (
    Mode,
    fit_transform,
    in_original,
    in_reduced,
    render_images,
)
from needlejournal.photos.decode import load_upright
from needlejournal.photos.timelapse import build_frames
from needlejournal.phrases import said

if TYPE_CHECKING:  # SQLAlchemy: ``compare`` on the command line reads without it
    from needlejournal.journal.photos import PhotoLibrary

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


def scale_of(image: Image.Image, photo: PhotoRecord) -> float:
    """Pixels of a decoded ``image`` per original pixel of ``photo``."""
    return image.width / photo.width if photo.width else 1.0


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


def date_label(photo: PhotoRecord) -> str:
    return f"{format_date(photo.taken_at)} · {PhotoView.label_of(photo.view)}"


def render_decoded(
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
    local = in_reduced(alignment.transform, scale_of(img_a, rec_a), scale_of(img_b, rec_b))
    return render_images(
        img_a,
        img_b,
        local,
        mode,
        aligned=alignment.aligned,
        labels=labels,
        position=position,
        opacity=opacity,
    )


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


def _with_anchors_edit(photo: PhotoRecord, anchors: Anchors | None) -> PhotoEdit:
    if anchors is not None:
        for x, y in anchors:
            if not (0 <= x <= photo.width and 0 <= y <= photo.height):
                message = f"An anchor ({x:.0f}, {y:.0f}) lies outside the photo."
                raise InvalidInput([said(message, "anchor_outside", x=f"{x:.0f}", y=f"{y:.0f}")])
    try:
        landmarks = with_anchors(photo.landmarks, anchors)
    except ValueError as e:
        message = str(e).capitalize() + "."
        raise InvalidInput([said(message, "anchors_coincide")]) from None
    return replace(PhotoEdit.of(photo), landmarks=landmarks)


def _when(p: PhotoRecord) -> tuple[datetime, int]:
    return p.taken_at, p.id


class PhotoSource(Protocol):
    """Where the records and originals come from: ``PhotoLibrary`` or a plain reader."""

    def get(self, photo_id: int) -> PhotoRecord: ...

    def original_path(self, photo: PhotoRecord) -> Path: ...


def load_pair(
    source: PhotoSource, a: PhotoRecord, b: PhotoRecord, max_side: int | None = None
) -> tuple[Image.Image, Image.Image]:
    """Both photos decoded at once, one on a thread (Pillow's decoders release the GIL:
    two 12 MP JPEGs in about the time of one on two cores)."""
    paths = [source.original_path(a), source.original_path(b)]
    with ThreadPoolExecutor(2, thread_name_prefix="compare-decode") as pool:
        first, second = pool.map(load_upright, paths, [max_side] * 2)
    return first, second


def render_pair(
    source: PhotoSource,
    a_id: int,
    b_id: int,
    mode: Mode,
    *,
    align: bool,
    labels: bool = False,
    position: float = 0.5,
    opacity: float = 0.5,
    max_side: int | None = None,
) -> tuple[PhotoRecord, PhotoRecord, Rendered]:
    """The records of A and B and their comparison at A's full resolution (or fitted into
    ``max_side``)."""
    a, b = source.get(a_id), source.get(b_id)
    img_a, img_b = load_pair(source, a, b, max_side)
    alignment = resolve_alignment(a, b, img_a, img_b, align=align)
    texts = (date_label(a), date_label(b)) if labels else (None, None)
    image = render_decoded(
        (a, img_a),
        (b, img_b),
        alignment,
        mode,
        labels=texts,
        position=position,
        opacity=opacity,
    )
    return a, b, Rendered(image, alignment)


class CompareService:
    """The compare use-cases on one photo library (call off the GUI thread)."""

    def __init__(self, library: PhotoLibrary) -> None:
        self.library = library

    def photos(self, client_id: int) -> list[PhotoRecord]:
        return self.library.list_photos(client_id)

    def load(self, photo: PhotoRecord, max_side: int | None = None) -> Image.Image:
        return load_upright(self.library.original_path(photo), max_side)

    def load_pair(
        self, a: PhotoRecord, b: PhotoRecord, max_side: int | None = None
    ) -> tuple[Image.Image, Image.Image]:
        return load_pair(self.library, a, b, max_side)

    def save_pair_anchors(
        self, a: PhotoRecord, on_a: Anchors | None, b: PhotoRecord, on_b: Anchors | None
    ) -> tuple[PhotoRecord, PhotoRecord]:
        """Both photos' anchors in one unit of work, on the versions shown (``a``, ``b``).

        Anchors are matched by order between the two photos, so one without the other is
        worse than neither: a bad point or a ``Conflict`` on either photo saves nothing.
        """
        first, second = self.library.update_all(
            [_with_anchors_edit(a, on_a), _with_anchors_edit(b, on_b)]
        )
        return first, second

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
        return render_pair(
            self.library,
            a_id,
            b_id,
            mode,
            align=align,
            labels=labels,
            position=position,
            opacity=opacity,
            max_side=max_side,
        )[2]

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
