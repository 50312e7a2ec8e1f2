"""A journal whose photos of one region get smoother and less red session by session: three
needling sessions, progress photos between them (one under other light, one taken right after
a session), the region "left cheek" measured on every photo. Shared by the what-worked and
report tests."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import (
    AreaDraft,
    PhotoDraft,
    PhotoEdit,
    PhotoRecord,
    TreatmentDraft,
)
from needlejournal.journal.region_measure import measure_view
from needlejournal.journal.region_records import RegionDraft

CHEEK = (200, 150, 160, 120)
ANCHORS = [[100, 100], [500, 300]]


def skin(pores: float, redness: float, seed: int) -> Image.Image:
    """Skin whose pores (a few pixels wide) have amplitude ``pores`` and whose a* rises with
    ``redness``."""
    rng = np.random.default_rng(seed)
    fine = np.asarray(
        Image.fromarray(rng.normal(128, 40, (100, 150)).clip(0, 255).astype(np.uint8)).resize(
            (600, 400), Image.Resampling.BICUBIC
        ),
        dtype=np.float64,
    )
    rgb = np.empty((400, 600, 3))
    rgb[...] = (200.0 + redness, 160.0 - redness, 140.0 - redness / 2)
    rgb += ((fine - 128) / 40 * pores)[..., np.newaxis]
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


@dataclass(frozen=True)
class Measured:
    client_id: int
    sessions: tuple[int, ...]
    photos: tuple[PhotoRecord, ...]  # oldest first
    region_id: int


def build(journal: Journal, folder: Path, *, client_id: int | None = None) -> Measured:
    now = datetime.now(UTC).replace(microsecond=0)
    cid = client_id if client_id is not None else journal.ensure_self().client.id
    sessions = []
    for ago in (60, 40, 20):
        session = TreatmentDraft(cid, now - timedelta(days=ago), (AreaDraft("cheeks", 1.2),))
        sessions.append(journal.save_treatment(session).treatment.id)
    library = PhotoLibrary(journal)
    # days ago, pores, redness, light, role
    plan = (
        (62, 8.0, 20.0, "ring light", "progress"),
        (60 - 0.01, 8.0, 45.0, "ring light", "after"),  # right after the first session
        (45, 6.0, 15.0, "ring light", "progress"),
        (30, 4.0, 10.0, "window", "progress"),  # other light: no pair with it
        (25, 4.0, 10.0, "ring light", "progress"),
        (10, 3.0, 5.0, "ring light", "progress"),
    )
    photos = []
    for i, (days, pores, red, light, role) in enumerate(plan):
        path = folder / f"cheek{i}.png"
        skin(pores, red, seed=i).save(path)
        treatment = sessions[0] if role == "after" else None
        draft = PhotoDraft(cid, role=role, view="front", treatment_id=treatment)
        photo = library.get(library.import_one(path, draft).id)
        edit = replace(
            PhotoEdit.of(photo),
            taken_at=now - timedelta(days=days),
            capture={"light": light, "camera": "phone", "skin": "bare"},
            landmarks={"anchors": ANCHORS},
        )
        photos.append(library.update(edit))
    region = journal.save_region(RegionDraft(photos[0].id, "left cheek", CHEEK))
    run = measure_view(journal, region, photos)
    assert (run.stored, run.skipped) == (len(photos), ())
    photos.sort(key=lambda p: p.taken_at)
    return Measured(cid, tuple(sessions), tuple(photos), region.id)
