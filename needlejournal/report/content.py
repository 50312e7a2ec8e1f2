"""What a progress report holds, gathered from the journal as plain records (no layout).

Photo pairs: for each session, per view, its before photo beside its after photo; photos
not tied to a session are paired per view as the first beside the latest. The shareable
variant leaves out internal notes, and every photo that may not be shared: its own sharing
flag, or, where none was set, the client's marketing/sharing consent (``journal.sharing``),
with its region measures and its day on the charts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from needlejournal.journal import sharing
from needlejournal.journal.api import Journal
from needlejournal.journal.progress_chart import ChartData, chart_data
from needlejournal.journal.records import (
    ClientRecord,
    ObservationRecord,
    PhotoRecord,
    TreatmentRecord,
)
from needlejournal.journal.region_records import MeasureRecord
from needlejournal.photos.store import PhotoStore


@dataclass(frozen=True)
class PhotoPair:
    view: str
    treatment_id: int | None  # None: photos outside sessions, first beside latest
    before: PhotoRecord | None
    after: PhotoRecord | None

    @property
    def photos(self) -> tuple[PhotoRecord, ...]:
        return tuple(p for p in (self.before, self.after) if p is not None)


@dataclass(frozen=True)
class ReportContent:
    client: ClientRecord
    sessions: tuple[TreatmentRecord, ...]  # oldest first
    observations: tuple[ObservationRecord, ...]
    pairs: tuple[PhotoPair, ...]
    photo_files: dict[str, Path]  # sha256 → original in the store
    shareable: bool
    photos_left_out: str | None  # why the report has no photos, when it has none by rule
    generated_at: datetime
    chart: ChartData | None = None  # the named scales, as the window's Progress tab has them
    measures: tuple[MeasureRecord, ...] = ()  # region measures of the photos it may show

    @property
    def period(self) -> tuple[datetime, datetime] | None:
        if not self.sessions:
            return None
        return self.sessions[0].performed_at, self.sessions[-1].performed_at

    @property
    def photo_count(self) -> int:
        return sum(len(p.photos) for p in self.pairs)


def _pair(photos: list[PhotoRecord], view: str, treatment_id: int | None) -> PhotoPair:
    """The before (role before, else the earliest) beside the after (role after, else the
    latest other photo)."""
    ordered = sorted(photos, key=lambda p: (p.taken_at, p.id))
    before = next((p for p in ordered if p.role == "before"), ordered[0])
    rest = [p for p in ordered if p.id != before.id]
    after = next((p for p in rest if p.role == "after"), rest[-1] if rest else None)
    return PhotoPair(view, treatment_id, before, after)


def photo_pairs(
    photos: Iterable[PhotoRecord], session_order: dict[int, int]
) -> tuple[PhotoPair, ...]:
    by_session: dict[tuple[int, str], list[PhotoRecord]] = defaultdict(list)
    loose: dict[str, list[PhotoRecord]] = defaultdict(list)
    for p in photos:
        if p.treatment_id is not None and p.treatment_id in session_order:
            by_session[(p.treatment_id, p.view)].append(p)
        else:
            loose[p.view].append(p)
    keys = sorted(by_session, key=lambda k: (session_order[k[0]], k[1]))
    pairs = [_pair(by_session[k], k[1], k[0]) for k in keys]
    pairs += [_pair(loose[view], view, None) for view in sorted(loose)]
    return tuple(pairs)


def gather(journal: Journal, client_id: int, *, shareable: bool, now: datetime) -> ReportContent:
    """Everything the report shows, read in one unit of work."""
    timeline = journal.timeline(client_id, photos=True)
    sessions = tuple(e for e in timeline.entries if isinstance(e, TreatmentRecord))
    observations = tuple(e for e in timeline.entries if isinstance(e, ObservationRecord))
    client = timeline.client
    left_out = None
    photos: tuple[PhotoRecord, ...] = timeline.photos
    if shareable:
        allowed = tuple(sharing.shareable(journal, client_id, photos, now.astimezone().date()))
        if len(allowed) < len(photos):
            n = len(photos) - len(allowed)
            left_out = (
                f"{n} photo{'' if n == 1 else 's'} left out: no consent to share "
                f"{'it' if n == 1 else 'them'} is on file."
            )
        photos = allowed
    store = PhotoStore(journal.paths.photo_dir)
    files = {}
    for p in photos:
        found = store.find(p.sha256)
        if found is not None:
            files[p.sha256] = found
    order = {s.id: i for i, s in enumerate(sessions)}
    shown = {p.id for p in photos}
    measures = tuple(m for m in journal.measures(client_id) if m.photo_id in shown)
    return ReportContent(
        client=client,
        sessions=sessions,
        observations=observations,
        pairs=photo_pairs(photos, order),
        photo_files=files,
        shareable=shareable,
        photos_left_out=left_out,
        generated_at=now,
        chart=chart_data(timeline, photos=photos),
        measures=measures,
    )
