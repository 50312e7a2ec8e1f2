"""How the gallery lays out one client's photos: filtered, grouped by session, indexed.

Pure work on records (no widgets), so it can run on a worker: for a client with 10,000 photos
it is ~12 ms of Python, which on the GUI thread was a stalled frame every time the client was
opened (``benchmarks/bench_gallery.py`` → ``load_stall``). ``GalleryModel`` runs it here for
small galleries and on a lane for large ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING

from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate
from needlejournal.ui.local_dates import format_day

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord

PROGRESS_TITLE = QT_TRANSLATE_NOOP("GalleryModel", "Progress photos")
_TAKEN = attrgetter("taken_at", "id")  # a C-level sort key: 10,000 lambdas cost ~2 ms


@dataclass(frozen=True)
class Section:
    """One header of the grid: rows ``first`` … ``first + count - 1``."""

    key: int | None  # the session's id; None for photos without a session
    title: str
    first: int
    count: int


@dataclass(frozen=True, slots=True)
class PhotoFilter:
    """Which photos the grid shows: one view, one role, one session (0: photos without one);
    None lets every value through."""

    view: str | None = None
    role: str | None = None
    session: int | None = None

    def passes_all(self) -> bool:
        return self.view is None and self.role is None and self.session is None

    def wants(self, p: PhotoRecord, sessions: dict[int, datetime]) -> bool:
        if self.view is not None and p.view != self.view:
            return False
        if self.role is not None and p.role != self.role:
            return False
        if self.session is not None:
            key = p.treatment_id if p.treatment_id in sessions else 0
            return key == self.session
        return True


@dataclass(frozen=True)
class Arrangement:
    """The rows the grid shows, their sections, and the lookups the model answers from."""

    rows: list[PhotoRecord]
    sections: list[Section]
    row_section: list[int]  # row → index into sections
    rows_by_sha: dict[str, list[int]]  # a file may be in the gallery twice (two roles)

    @classmethod
    def empty(cls) -> Arrangement:
        return cls([], [], [], {})


def group_photos(
    photos: Sequence[PhotoRecord], sessions: dict[int, datetime]
) -> tuple[list[PhotoRecord], list[Section]]:
    """Photos ordered newest session first (oldest photo first inside one), progress last."""
    groups: dict[int | None, list[PhotoRecord]] = {}
    for p in photos:
        key = p.treatment_id if p.treatment_id in sessions else None
        groups.setdefault(key, []).append(p)
    keys = sorted((k for k in groups if k is not None), key=lambda k: sessions[k], reverse=True)
    ordered: list[PhotoRecord] = []
    sections: list[Section] = []
    for key in [*keys, None] if None in groups else keys:
        members = sorted(groups[key], key=_TAKEN)
        title = (
            translate("GalleryModel", "Session · {day}").format(day=format_day(sessions[key]))
            if key is not None
            else translate("GalleryModel", PROGRESS_TITLE)
        )
        sections.append(Section(key, title, len(ordered), len(members)))
        ordered.extend(members)
    return ordered, sections


def arrange(
    photos: Sequence[PhotoRecord], sessions: dict[int, datetime], wanted: PhotoFilter
) -> Arrangement:
    """The grid's rows for ``photos``: those ``wanted`` lets through, grouped by session."""
    shown = photos if wanted.passes_all() else [p for p in photos if wanted.wants(p, sessions)]
    rows, sections = group_photos(shown, sessions)
    row_section: list[int] = []
    for i, s in enumerate(sections):
        row_section.extend([i] * s.count)
    rows_by_sha: dict[str, list[int]] = {}
    for row, p in enumerate(rows):
        rows_by_sha.setdefault(p.sha256, []).append(row)
    return Arrangement(rows, sections, row_section, rows_by_sha)
