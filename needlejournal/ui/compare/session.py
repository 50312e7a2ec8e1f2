"""The state of one compare window and the work behind it, apart from any widget.

Journal calls (list photos, save anchors) go through the app's single journal lane; image work
(decode, register, auto-align, export) through a separate image lane, so a long decode never
delays a save. Every image job carries the generation it was started for; a result for an
older pair or alignment is dropped, so fast clicking never shows a stale picture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from needlejournal.journal.anchors import Anchors, anchors_of
from needlejournal.journal.compare import (
    Alignment,
    CompareService,
    anchor_alignment,
    baseline_of,
    comparability,
    default_pair,
)
from needlejournal.journal.records import PhotoRecord
from needlejournal.photos.align import Similarity, similarity_from_anchors
from needlejournal.photos.comparison import Mode, fit_transform
from needlejournal.ui.compare import jobs
from needlejournal.ui.compare.pyramid import LevelImages, Pyramid
from needlejournal.ui.ops import Lane

T = TypeVar("T")
CACHE_SIZE = 3  # decoded photos kept (a 12 MP one holds ~110 MB of levels)


class CompareSession(QObject):
    photos_loaded = Signal()
    pair_changed = Signal()
    layers_changed = Signal()
    alignment_changed = Signal()
    suggestion_ready = Signal()
    status_changed = Signal(str)  # what runs now; "" when idle
    failed = Signal(object)  # str: a Said or Told keeps its phrase (Signal(str) would copy)
    exported = Signal(str)

    def __init__(
        self,
        service: CompareService,
        client_id: int,
        db: Lane,
        images: Lane,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.client_id = client_id
        self.db = db
        self.images = images
        self.photos: list[PhotoRecord] = []
        self.a: PhotoRecord | None = None
        self.b: PhotoRecord | None = None
        self.decoded: dict[int, jobs.DecodedPhoto] = {}
        self.pyramids: dict[int, Pyramid] = {}
        self.registered: Pyramid | None = None
        self.difference: Pyramid | None = None
        self.alignment: Alignment | None = None
        self.suggestion: Alignment | None = None
        self.lighting = False
        self.lighting_region: tuple[int, int, int, int] | None = None
        self.hints: list[str] = []
        self._gen = 0

    # ---- choosing photos -----------------------------------------------------------------

    def start(self, wanted: Sequence[int] = ()) -> None:
        def loaded(photos: list[PhotoRecord]) -> None:
            self.photos = photos
            self.photos_loaded.emit()
            pair = default_pair(photos, wanted)
            if pair is not None:
                self.set_pair(*pair)

        self.db.run(lambda: self.service.photos(self.client_id), loaded, self.failed.emit)

    def set_pair(self, a: PhotoRecord, b: PhotoRecord) -> None:
        if a.id == b.id:
            return
        self._gen += 1
        self.a, self.b = a, b
        self.alignment = self.suggestion = None
        self.registered = self.difference = None
        self.hints = comparability(a, b)
        self.pair_changed.emit()
        self._decode_then_register()

    def set_a(self, photo: PhotoRecord) -> None:
        if self.b is not None and photo.id != self.b.id:
            self.set_pair(photo, self.b)

    def set_b(self, photo: PhotoRecord) -> None:
        if self.a is not None and photo.id != self.a.id:
            self.set_pair(self.a, photo)

    def jump_to_baseline(self) -> None:
        """A becomes the client's first photo of B's view (B stays)."""
        if self.b is None:
            return
        base = baseline_of(self.photos, self.b)
        if base.id != self.b.id and (self.a is None or base.id != self.a.id):
            self.set_pair(base, self.b)

    def step_b(self, step: int) -> None:
        """B moves to the previous/next photo of the same view (skipping A)."""
        if self.a is None or self.b is None:
            return
        same = [p for p in self.photos if p.view == self.b.view and p.id != self.a.id]
        ids = [p.id for p in same]
        if self.b.id in ids:
            index = ids.index(self.b.id) + step
            if 0 <= index < len(same):
                self.set_b(same[index])

    def record(self, photo_id: int) -> PhotoRecord | None:
        return next((p for p in self.photos if p.id == photo_id), None)

    # ---- image work ----------------------------------------------------------------------

    def _images(self, fn: Callable[[], T], done: Callable[[T], None], status: str) -> None:
        """Image work for the current pair; an answer for an older pair is dropped."""
        gen = self._gen
        self.status_changed.emit(status)

        def deliver(result: T) -> None:
            self.status_changed.emit("")
            if gen == self._gen:
                done(result)

        def fail(message: str) -> None:
            self.status_changed.emit("")
            self.failed.emit(message)

        self.images.run(fn, deliver, fail)

    def _decode_then_register(self) -> None:
        assert self.a is not None and self.b is not None
        for photo in (self.a, self.b):
            if photo.id not in self.decoded:
                self._images(
                    lambda p=photo: jobs.decode_photo(self.service, p),  # type: ignore[misc]
                    self._decoded,
                    self.tr("Opening photos…"),
                )
        self._maybe_align()

    def _decoded(self, photo: jobs.DecodedPhoto) -> None:
        self.decoded[photo.record.id] = photo
        self.pyramids[photo.record.id] = Pyramid(photo.images)
        keep = {p.id for p in (self.a, self.b) if p is not None}
        for stale in [i for i in self.decoded if i not in keep]:
            if len(self.decoded) <= CACHE_SIZE:
                break
            del self.decoded[stale]
            self.pyramids.pop(stale, None)
        self.layers_changed.emit()
        self._maybe_align()

    def _maybe_align(self) -> None:
        if self.alignment is not None or self.a is None or self.b is None:
            return
        if self.a.id not in self.decoded or self.b.id not in self.decoded:
            return
        saved = anchor_alignment(self.a, self.b)
        fitted = Alignment(
            fit_transform((self.a.width, self.a.height), (self.b.width, self.b.height)),
            "none",
            None,
        )
        self.apply_alignment(saved or fitted)

    def apply_alignment(self, alignment: Alignment) -> None:
        """Show B registered by ``alignment``: small levels first, then full resolution."""
        self._gen += 1
        self.alignment = alignment
        self.alignment_changed.emit()
        self._register()

    def _register(self) -> None:
        if self.a is None or self.b is None or self.alignment is None:
            return
        a, b = self.decoded[self.a.id], self.decoded[self.b.id]
        alignment, region, match = self.alignment, self.lighting_region, self.lighting
        count = len(a.levels)
        self.registered = self.difference = None

        def job(indices: list[int]) -> Callable[[], tuple[LevelImages, LevelImages | None]]:
            return lambda: jobs.register_levels(
                a, b, alignment, indices, lighting=region, match=match
            )

        self._images(job(list(range(count - 1)) or [0]), self._registered, self.tr("Aligning…"))
        if count > 1:
            self._images(
                job([count - 1]), self._registered, self.tr("Aligning at full resolution…")
            )

    def _registered(self, result: tuple[LevelImages, LevelImages | None]) -> None:
        registered, difference = result
        if self.registered is None:
            self.registered = Pyramid(registered)
        else:
            self.registered.extend(registered)
        if difference is not None:
            if self.difference is None:
                self.difference = Pyramid(difference)
            else:
                self.difference.extend(difference)
        self.layers_changed.emit()

    def set_lighting(self, on: bool, region: tuple[int, int, int, int] | None = None) -> None:
        self.lighting, self.lighting_region = on, region
        if self.alignment is not None:
            self.apply_alignment(self.alignment)

    # ---- alignment -----------------------------------------------------------------------

    def request_auto_align(self) -> None:
        if self.a is None or self.b is None:
            return
        if self.a.id not in self.decoded or self.b.id not in self.decoded:
            return
        a, b = self.decoded[self.a.id], self.decoded[self.b.id]

        def suggested(alignment: Alignment) -> None:
            self.suggestion = alignment
            self.suggestion_ready.emit()
            self.apply_alignment(alignment)

        self._images(lambda: jobs.suggest_alignment(a, b), suggested, self.tr("Auto-aligning…"))

    def anchors_for_transform(self, transform: Similarity) -> tuple[Anchors, Anchors]:
        """Anchor pairs that encode ``transform``: A's saved ones (or two default points)."""
        assert self.a is not None
        w, h = self.a.width, self.a.height
        on_a = anchors_of(self.a.landmarks) or ((0.35 * w, 0.42 * h), (0.65 * w, 0.42 * h))
        inverse = transform.inverse()
        on_b = (inverse.apply(*on_a[0]), inverse.apply(*on_a[1]))
        return on_a, on_b

    def accept_suggestion(self) -> None:
        """Keep the auto-aligned transform by saving it as anchors on both photos."""
        if self.suggestion is None:
            return
        on_a, on_b = self.anchors_for_transform(self.suggestion.transform)
        self.save_anchors(on_a, on_b)

    def _coinciding(self, on_a: Anchors) -> str:
        """Which photo's two anchor points fall on one spot, said in the window's language."""
        if on_a[0] == on_a[1]:
            return self.tr("The two anchor points on photo A coincide; place them apart.")
        return self.tr("The two anchor points on photo B coincide; place them apart.")

    def save_anchors(self, on_a: Anchors, on_b: Anchors) -> None:
        """Store both photos' anchors (one unit of work), then show the pair registered by them."""
        if self.a is None or self.b is None:
            return
        a, b = self.a, self.b  # the versions shown: a pair changed elsewhere is refused
        a_id, b_id = a.id, b.id
        try:
            similarity_from_anchors(on_b, on_a)
        except ValueError:
            self.failed.emit(self._coinciding(on_a))
            return

        def save() -> tuple[PhotoRecord, PhotoRecord]:
            return self.service.save_pair_anchors(a, on_a, b, on_b)

        def saved(records: tuple[PhotoRecord, PhotoRecord]) -> None:
            for record in records:
                self.photos = [record if p.id == record.id else p for p in self.photos]
            if self.a is not None and self.b is not None and (self.a.id, self.b.id) == (a_id, b_id):
                self.a, self.b = records
                self.suggestion = None
                alignment = anchor_alignment(*records)
                if alignment is not None:
                    self.apply_alignment(alignment)

        self.db.run(save, saved, self.failed.emit)

    # ---- export --------------------------------------------------------------------------

    def export(
        self, out: Path, mode: Mode, *, labels: bool, position: float, opacity: float
    ) -> None:
        if self.a is None or self.b is None or self.alignment is None:
            return
        a, b, alignment = self.decoded[self.a.id], self.decoded[self.b.id], self.alignment

        def run() -> Path:
            return jobs.export_comparison(
                a, b, alignment, mode, out, labels=labels, position=position, opacity=opacity
            )

        self.status_changed.emit(self.tr("Exporting…"))

        def done(path: Path) -> None:
            self.status_changed.emit("")
            self.exported.emit(str(path))

        def fail(message: str) -> None:
            self.status_changed.emit("")
            self.failed.emit(message)

        # Not tied to a generation: an export finishes even if the pair changes meanwhile.
        self.images.run(run, done, fail)
