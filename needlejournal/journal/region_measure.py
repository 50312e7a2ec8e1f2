"""Measuring a named region on photos of its view (decoding and maths: call from a worker).

On another photo of the same view a region is found through the alignment the compare view
uses (both photos' anchors, else auto-align): the region's centre is carried across, its size
scaled, and when the photo is turned (the camera held at an angle) the region is cut out along
the turn and resampled upright (``photos/patch.py``), so it covers the same skin; the stored
``px`` is then the box of that centre and size. A ColorChecker marked on the region's photo is
found the same way (its four corners carried across) and fitted on each photo, so each photo
is corrected against its own chart. Each photo is decoded and measured outside any unit of
work, then stored in a short one of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.compare import Alignment, anchor_alignment, auto_alignment
from needlejournal.journal.errors import JournalError
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoRecord
from needlejournal.journal.region_records import Box, RegionRecord
from needlejournal.journal.regions import MIN_SIDE_PX, Measured, store
from needlejournal.photos.align import Similarity
from needlejournal.photos.colour_chart import ColourCorrection, fit_colour_chart
from needlejournal.photos.decode import decode_upright, load_upright
from needlejournal.photos.metrics import (
    FloatArray,
    RegionMetrics,
    grey_card_gains,
    region_metrics,
)
from needlejournal.photos.patch import needs_rotation, rotated_patch
from needlejournal.photos.rejections import PhotoRejected
from needlejournal.phrases import said

MIN_CONFIDENCE = 0.2  # auto-align below this is a guess: such a photo is not measured
ALIGN_SIDE = 1024  # photos are aligned at this size (as the time-lapse does)


def carry_box(box: Box, transform: Similarity, size: tuple[int, int]) -> Box | None:
    """``box`` of the reference photo A in photo B, where ``transform`` maps B onto A; None
    when less than half of it lands inside B."""
    x, y, w, h = box
    inverse = transform.inverse()
    cx, cy = inverse.apply(x + w / 2, y + h / 2)
    bw, bh = w / transform.scale, h / transform.scale
    left, top = max(0.0, cx - bw / 2), max(0.0, cy - bh / 2)
    right, bottom = min(float(size[0]), cx + bw / 2), min(float(size[1]), cy + bh / 2)
    if right - left < bw / 2 or bottom - top < bh / 2 or right - left < MIN_SIDE_PX:
        return None
    return round(left), round(top), max(1, round(right - left)), max(1, round(bottom - top))


def _fraction_box(fx: Sequence[float], width: int, height: int) -> Box:
    x, y = round(fx[0] * width), round(fx[1] * height)
    return (
        x,
        y,
        max(1, min(round(fx[2] * width), width - x)),
        max(1, min(round(fx[3] * height), height - y)),
    )


class RegionMeasurer:
    """Measures regions on photos of one journal (call from a worker thread)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.library = PhotoLibrary(journal)
        self._aligned: dict[int, Any] = {}  # reference photo id → its reduced image

    def _alignment(self, ref: PhotoRecord, photo: PhotoRecord) -> Alignment | None:
        if ref.id == photo.id:
            return Alignment(Similarity.identity(), "anchors", None)
        exact = anchor_alignment(ref, photo)
        if exact is not None:
            return exact
        if ref.id not in self._aligned:
            self._aligned[ref.id] = load_upright(self.library.original_path(ref), ALIGN_SIDE)
        img_b = load_upright(self.library.original_path(photo), ALIGN_SIDE)
        auto = auto_alignment(ref, photo, self._aligned[ref.id], img_b)
        return auto if (auto.confidence or 0.0) >= MIN_CONFIDENCE else None

    def measure(self, region: RegionRecord, photo: PhotoRecord) -> Measured:
        """The region on ``photo``; ``JournalError`` (a sentence) when it cannot be found."""
        if photo.view != region.view:
            message = f"Photo #{photo.id} shows another view than the region."
            raise JournalError(said(message, "measure_other_view", id=photo.id))
        if region.reference_photo_id is None:
            message = f"The photo “{region.name}” was drawn on was deleted; draw the region again."
            raise JournalError(said(message, "measure_reference_gone", name=region.name))
        ref = self.library.get(region.reference_photo_id)
        alignment = self._alignment(ref, photo)
        if alignment is None:
            message = (
                f"Photo #{photo.id} could not be aligned with the region's photo; place "
                "anchors on both (Compare) and measure again."
            )
            raise JournalError(said(message, "measure_not_aligned", id=photo.id))
        box = region.box_in(ref.width, ref.height)
        px = carry_box(box, alignment.transform, (photo.width, photo.height))
        if px is None:
            message = f"The region “{region.name}” falls outside photo #{photo.id}."
            raise JournalError(said(message, "measure_outside", name=region.name, id=photo.id))
        card = None
        if region.grey_card is not None and region.colour_chart is None:
            card = carry_box(
                _fraction_box(region.grey_card, ref.width, ref.height),
                alignment.transform,
                (photo.width, photo.height),
            )
            if card is None:
                message = f"The grey card is not in photo #{photo.id}."
                raise JournalError(said(message, "measure_no_grey_card", id=photo.id))
        try:
            image = decode_upright(self.library.original_path(photo))
        except PhotoRejected as e:
            message = f"Photo #{photo.id} could not be read: {e.message}"
            unread = said(message, "measure_unreadable", id=photo.id, reason=e.message)
            raise JournalError(unread) from None
        chart = _chart_correction(image, region, ref, photo, alignment.transform)
        correction = chart.as_array() if chart is not None else None
        if needs_rotation(alignment.transform):
            metrics = _measure_turned(image, region, ref, box, alignment.transform, correction)
        else:
            metrics = region_metrics(
                image, px, shape=region.shape, grey_card=card, correction=correction
            )
        how = "reference" if ref.id == photo.id else alignment.method
        balance = "grey card" if card else ""
        if chart is not None:
            balance = f"{COLOUR_CHART} (residual ΔE {chart.mean_delta_e:.1f})"
        return Measured(photo.id, region.id, px, how, metrics, balance)


COLOUR_CHART = "colour chart"  # how a measure was balanced, before its residual ΔE


def _chart_correction(
    image: Image.Image,
    region: RegionRecord,
    ref: PhotoRecord,
    photo: PhotoRecord,
    transform: Similarity,
) -> ColourCorrection | None:
    """The region's ColorChecker found in ``photo`` through the alignment, and its fit."""
    corners = region.chart_in(ref.width, ref.height)
    if corners is None:
        return None
    to_photo = transform.inverse()
    try:
        return fit_colour_chart(image, [to_photo.apply(x, y) for x, y in corners])
    except ValueError as e:
        message = f"Photo #{photo.id}: {e}"
        # The chart's own sentence (a Said) goes in as it is, so the window says it too.
        detail = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)
        raise JournalError(said(message, "measure_chart", id=photo.id, detail=detail)) from None


def _measure_turned(
    image: Image.Image,
    region: RegionRecord,
    ref: PhotoRecord,
    box: Box,
    transform: Similarity,
    correction: FloatArray | None,
) -> RegionMetrics:
    """The region (and its grey card) cut out of a turned photo along the turn."""
    if correction is None and region.grey_card is not None:
        card_box = _fraction_box(region.grey_card, ref.width, ref.height)
        card = rotated_patch(image, card_box, transform)
        try:
            correction = grey_card_gains(card, (0, 0, card.width, card.height))
        except ValueError:
            message = "The grey card is not in the photo or too dark."
            raise JournalError(said(message, "measure_grey_card_dark")) from None
    patch = rotated_patch(image, box, transform)
    try:
        return region_metrics(patch, shape=region.shape, correction=correction)
    except ValueError:
        message = f"The region “{region.name}” falls outside the photo."
        raise JournalError(said(message, "measure_outside_turned", name=region.name)) from None


@dataclass(frozen=True)
class MeasureRun:
    """What measuring a region on many photos did: stored ones, and why others were not."""

    stored: int
    skipped: tuple[str, ...]


def measure_view(
    journal: Journal,
    region: RegionRecord,
    photos: Sequence[PhotoRecord],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MeasureRun:
    """Measure ``region`` on each photo of its view (one decode at a time), storing as it goes."""
    measurer = RegionMeasurer(journal)
    shown = [p for p in photos if p.view == region.view]
    stored, skipped = 0, []
    for i, photo in enumerate(shown):
        if cancelled is not None and cancelled():
            break
        try:
            found = measurer.measure(region, photo)
        except JournalError as e:
            skipped.append(str(e))
        else:
            journal.run(lambda s: store(s, [found]))  # noqa: B023 - run at once, in the loop
            stored += 1
        if progress is not None:
            progress(i + 1, len(shown))
    return MeasureRun(stored, tuple(skipped))
