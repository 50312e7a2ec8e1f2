"""Progress at a glance: a person's first and latest photo of their main view, and what changed.

Pure over records (the window already holds a client's photos and timeline), except
``glance_images``, which decodes the pair for the header (call it off the GUI thread).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING

from needlejournal.dates import local
from needlejournal.guidance import PhotoView
from needlejournal.journal.anchors import anchors_of
from needlejournal.journal.records import PhotoRecord, TimelineEntry

if TYPE_CHECKING:
    from PIL import Image

    from needlejournal.journal.photos import PhotoLibrary

VIEW_ORDER: tuple[str, ...] = tuple(PhotoView.labels())  # front first: ties go to it


@dataclass(frozen=True)
class ScoreChange:
    """A score at the first and at the latest skin record that has one."""

    first: int
    latest: int

    @property
    def delta(self) -> int:
        return self.latest - self.first


@dataclass(frozen=True)
class Glance:
    """What the top of a person's timeline shows."""

    view: str | None  # the main view (most photos; front on a tie), None without photos
    first: PhotoRecord | None
    latest: PhotoRecord | None  # None with fewer than two photos of the main view
    photos_of_view: int
    sessions: int  # sessions from the first photo's day to the latest's (all, with no pair)
    days: int  # between the two photos
    texture: ScoreChange | None
    tone: ScoreChange | None

    @property
    def weeks(self) -> int:
        return self.days // 7

    @property
    def anchored(self) -> bool:
        """Both photos carry anchors: the pair can be shown aligned."""
        return (
            self.first is not None
            and self.latest is not None
            and anchors_of(self.first.landmarks) is not None
            and anchors_of(self.latest.landmarks) is not None
        )

    @property
    def pair_key(self) -> tuple[int, int, int, int] | None:
        """Changes when the pair, or either photo's record, changes (decode again)."""
        if self.first is None or self.latest is None:
            return None
        return (self.first.id, self.first.version, self.latest.id, self.latest.version)


# C-level keys: the window runs ``glance`` on the GUI thread whenever a client's photos change,
# and over 10,000 photos the per-photo Python calls of a sort took ~5 ms of a 16 ms frame.
_VIEW = attrgetter("view")
_WHEN = attrgetter("taken_at", "id")


def main_view(photos: Sequence[PhotoRecord]) -> str | None:
    """The view with the most photos; on a tie the first in the usual order (front first)."""
    counts: Counter[str] = Counter(map(_VIEW, photos))
    if not counts:
        return None
    rank = {v: i for i, v in enumerate(VIEW_ORDER)}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(rank)), v))


def score_change(entries: Sequence[TimelineEntry], attr: str) -> ScoreChange | None:
    scored = sorted(
        ((e.when, getattr(e, attr)) for e in entries if getattr(e, attr) is not None),
        key=lambda t: t[0],
    )
    if len(scored) < 2:
        return None
    return ScoreChange(scored[0][1], scored[-1][1])


def glance(photos: Sequence[PhotoRecord], entries: Sequence[TimelineEntry]) -> Glance:
    """The first and latest photo of the main view and the change between them."""
    view = main_view(photos)
    same = [p for p in photos if p.view == view]
    sessions = [e for e in entries if e.kind == "treatment"]
    first = min(same, key=_WHEN) if same else None
    latest = max(same, key=_WHEN) if len(same) >= 2 else None
    days = 0
    n_sessions = len(sessions)
    if first is not None and latest is not None:
        start, end = local(first.taken_at).date(), local(latest.taken_at).date()
        days = (end - start).days
        n_sessions = sum(1 for e in sessions if start <= local(e.when).date() <= end)
    return Glance(
        view=view,
        first=first,
        latest=latest,
        photos_of_view=len(same),
        sessions=n_sessions,
        days=days,
        texture=score_change(entries, "texture_score"),
        tone=score_change(entries, "tone_score"),
    )


def glance_images(
    library: PhotoLibrary, first: PhotoRecord, latest: PhotoRecord, max_side: int
) -> tuple[Image.Image, Image.Image, bool]:
    """Both photos decoded to fit ``max_side``; the latest registered onto the first's frame
    when both carry anchors (third value True), else as it is.

    Registering needs the compare modules (and numpy, ~110 ms to import on a worker, holding
    the GIL the window paints with): imported only for photos that both carry anchors."""
    from needlejournal.journal.anchors import anchors_of
    from needlejournal.journal.photos import THUMB_SIZE
    from needlejournal.photos.decode import load_upright
    from needlejournal.photos.rejections import PhotoRejected

    def load(photo: PhotoRecord) -> Image.Image:
        try:
            return load_upright(library.original_path(photo), max_side)
        except PhotoRejected:  # the original is missing or unreadable: its thumbnail, if any
            from PIL import Image as PILImage

            with PILImage.open(library.thumbnails.path_for(photo.sha256, THUMB_SIZE)) as im:
                return im.convert("RGB")

    img_a, img_b = load(first), load(latest)
    if anchors_of(first.landmarks) is None or anchors_of(latest.landmarks) is None:
        return img_a, img_b, False
    from needlejournal.journal.compare import anchor_alignment, scale_of
    from needlejournal.photos.comparison import in_reduced, register

    alignment = anchor_alignment(first, latest)
    if alignment is None:
        return img_a, img_b, False
    local_transform = in_reduced(
        alignment.transform, scale_of(img_a, first), scale_of(img_b, latest)
    )
    return img_a, register(img_a, img_b, local_transform, fill=True).convert("RGB"), True
