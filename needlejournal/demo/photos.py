"""The demo step that imports synthetic skin photos (``skin.face_area_photo``) for the sessions
of the first clients, through the photo service.

No SQLAlchemy here at import time (the demo package stays cheap to import): the import step
loads the photo service when it runs.
"""

from __future__ import annotations

import math
import tempfile
import zlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import ExifTags, Image

from needlejournal.journal.records import PhotoDraft

from .plan import DemoPlan
from .skin import clear_face_cache, face_area_photo, give_back_free_memory, skin_profile

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from needlejournal.journal.api import Journal

DEMO_SIZE = (1200, 900)  # enough to zoom into, small enough for a demo that takes seconds
CAPTURE = {"skin": "clean", "light": "Daylight (window)", "camera": "Demo Camera"}


@dataclass(frozen=True)
class PlannedPhoto:
    client: int  # index into the plan's clients
    treatment: int | None  # index into the client's sessions (None: a progress photo)
    role: str
    view: str
    taken_at: datetime
    progress: float
    day_after: int | None
    seed: int


def _progress(k: float) -> float:
    """The course's visible change after ``k`` sessions (most of it in the first five)."""
    return min(1.0, (1.0 - math.exp(-k / 3.0)) / 0.9)


def plan_photos(
    plan: DemoPlan, *, seed: int, max_clients: int = 12, max_photos: int = 150
) -> list[PlannedPhoto]:
    """Per client: a front "before" at every session, right 45° at the first and last, an
    "after" (day 0) at the first, and a "progress" photo at the baseline consultation."""
    photos: list[PlannedPhoto] = []
    for i, client in enumerate(plan.clients[:max_clients]):
        mine: list[PlannedPhoto] = []

        def add(t: int | None, role: str, view: str, when: datetime, k: float, day: int | None,
                out: list[PlannedPhoto] = mine, i: int = i) -> None:  # fmt: skip
            n = zlib.crc32(f"{seed}:{i}:{len(out)}".encode())
            out.append(PlannedPhoto(i, t, role, view, when, _progress(k), day, n))

        if client.observations and client.observations[0].after_treatment is None:
            add(None, "progress", "front", client.observations[0].observed_at, 0, None)
        last = len(client.treatments) - 1
        for k, t in enumerate(client.treatments):
            before = t.performed_at - timedelta(minutes=5)
            add(k, "before", "front", before, k, None)
            if k in (0, last):
                add(k, "before", "right45", before + timedelta(minutes=1), k, None)
            if k == 0:
                add(k, "after", "front", t.performed_at + timedelta(minutes=40), k + 0.2, 0)
        photos += mine
    return photos[:max_photos]


def write_photo(image: Image.Image, path: Path, taken_at: datetime) -> None:
    """A JPEG with the EXIF a phone writes: when (UTC offset), make and model."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Demo"
    exif[ExifTags.Base.Model] = "Demo Camera"
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = taken_at.astimezone(UTC).strftime("%Y:%m:%d %H:%M:%S")
    sub[ExifTags.Base.OffsetTimeOriginal] = "+00:00"
    image.save(path, "JPEG", quality=88, exif=exif)


def add_demo_photos(
    journal: Journal,
    plan: DemoPlan,
    client_ids: Sequence[int],
    *,
    seed: int,
    size: tuple[int, int] = DEMO_SIZE,
    max_clients: int = 12,
    max_photos: int = 150,
    threads: int = 2,
) -> int:
    """Generate the planned photos and import them through the photo service; returns how many
    were imported. Runs after the rows are written: photos need their sessions' ids."""
    from needlejournal.journal.photos import PhotoLibrary

    planned = plan_photos(plan, seed=seed, max_clients=max_clients, max_photos=max_photos)
    sessions = _session_ids(journal, client_ids[:max_clients])
    give_back_free_memory()  # what writing the rows freed: the faces' room
    library = PhotoLibrary(journal)
    with tempfile.TemporaryDirectory(prefix="needlejournal-demo-photos-") as tmp:

        def make(n: int) -> Path:
            p = planned[n]
            image = face_area_photo(
                p.seed, profile=skin_profile(plan, p.client, seed), progress=p.progress,
                view=p.view, day_after=p.day_after, size=size,
            )  # fmt: skip
            path = Path(tmp) / f"demo-{p.client + 1:02d}-{n:03d}-{p.role}-{p.view}.jpg"
            write_photo(image, path, p.taken_at)
            return path

        # One client per worker keeps its face layers in the cache; each client's photos are
        # imported while the workers paint the next ones.
        by_client: dict[int, list[int]] = {}
        for n, p in sorted(enumerate(planned), key=lambda np_: (np_[1].client, np_[1].view)):
            by_client.setdefault(p.client, []).append(n)
        count = 0
        with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
            for made in pool.map(lambda ns: [(n, make(n)) for n in ns], by_client.values()):
                for n, path in made:
                    draft = _draft(planned[n], client_ids, sessions)
                    count += len(library.import_files([path], draft, threads=threads).imported)
                    path.unlink()
    clear_face_cache()
    return count


def _draft(
    p: PlannedPhoto, client_ids: Sequence[int], sessions: dict[int, list[int]]
) -> PhotoDraft:
    client_id = client_ids[p.client]
    capture: dict[str, object] = dict(CAPTURE)
    if p.day_after is not None:
        capture.update(skin="post", day_after=p.day_after)
    treatment_id = None if p.treatment is None else sessions[client_id][p.treatment]
    return PhotoDraft(client_id, p.role, p.view, treatment_id, capture)


def _session_ids(journal: Journal, client_ids: Sequence[int]) -> dict[int, list[int]]:
    """Each client's session ids, oldest first (the writer inserts them in plan order)."""
    from sqlalchemy import select

    from needlejournal.db import models as m

    def use_case(s: Session) -> dict[int, list[int]]:
        rows = s.execute(
            select(m.Treatment.client_id, m.Treatment.id)
            .where(m.Treatment.client_id.in_(client_ids))
            .order_by(m.Treatment.client_id, m.Treatment.performed_at, m.Treatment.id)
        )
        ids: dict[int, list[int]] = {c: [] for c in client_ids}
        for client_id, treatment_id in rows:
            ids[client_id].append(treatment_id)
        return ids

    return journal.run(use_case)
