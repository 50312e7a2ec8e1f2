"""Ratings on named scales in a client archive (``client_archive``, ``client_import``).

Each rating names its session or skin check by the archive's key ("t12", "o3"). The ones a
record's own score fields hold (its rater's whole-face texture, tone, redness) are exported
too, for readers of the archive, and on import come back through those fields. A rating judged
against a baseline photo (GAIS) names that photo by its content hash, and the import points it
at the imported copy (photo ids differ between journals).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance.scales import CHECK_COLUMNS, SESSION_COLUMNS
from needlejournal.journal.records import RatingDraft, RatingRecord

CSV_COLUMNS = (
    "record",
    "scale",
    "scale_version",
    "area",
    "value",
    "rater",
    "note",
    "baseline_photo",
)


def exported(
    ratings: Iterable[RatingRecord], photo_hashes: Mapping[int, str]
) -> list[dict[str, Any]]:
    """``photo_hashes``: the client's photo ids → their SHA-256 (a baseline photo's name)."""
    return [
        {
            "record": f"t{r.treatment_id}"
            if r.treatment_id is not None
            else f"o{r.observation_id}",
            "scale": r.scale,
            "scale_version": r.scale_version,
            "area": r.area,
            "value": r.value,
            "rater": r.rater,
            "note": r.note,
            "baseline_photo": photo_hashes.get(r.baseline_photo_id)
            if r.baseline_photo_id is not None
            else None,
        }
        for r in ratings
    ]


def drafts_for(doc: dict[str, Any], key: str, own_rater: str) -> tuple[RatingDraft, ...] | None:
    """The other ratings of the record ``key`` as drafts (None: an archive without ratings)."""
    if "ratings" not in doc:
        return None
    fields = SESSION_COLUMNS if key.startswith("t") else CHECK_COLUMNS
    return tuple(
        RatingDraft(
            str(r["scale"]),
            int(r["value"]),
            str(r.get("area", "")),
            str(r.get("rater", "")),
            str(r.get("note", "")),
        )
        for r in doc["ratings"]
        if r["record"] == key
        and not (r["scale"] in fields and not r.get("area") and r.get("rater", "") == own_rater)
    )


def link_baselines(
    s: Session, client_id: int, doc: dict[str, Any], sessions: Mapping[str, int]
) -> int:
    """Point each imported rating whose archive names a baseline photo at this journal's copy
    of it (ratings that already have one are left alone); returns how many were linked.

    Runs after the photos are imported: ratings are written before them, with no baseline."""
    photos: dict[str, int] = {
        sha: photo_id
        for sha, photo_id in s.execute(
            select(m.Photo.sha256, m.Photo.id).where(m.Photo.client_id == client_id)
        )
    }
    checked_at = {o["key"]: o["observed_at"] for o in doc.get("observations", ())}
    linked = 0
    for r in doc.get("ratings", ()):
        photo_id = photos.get(r.get("baseline_photo") or "")
        key = str(r["record"])
        if photo_id is None:
            continue
        R = m.Rating
        where = [
            R.client_id == client_id,
            R.scale == r["scale"],
            R.area == str(r.get("area", "")),
            R.rater == str(r.get("rater", "")),
            R.baseline_photo_id.is_(None),
        ]
        if key.startswith("t"):
            if key not in sessions:
                continue
            where.append(R.treatment_id == sessions[key])
        else:
            if key not in checked_at:
                continue
            when = datetime.fromisoformat(str(checked_at[key]))
            check = select(m.Observation.id).where(
                m.Observation.client_id == client_id, m.Observation.observed_at == when
            )
            where.append(R.observation_id.in_(check))
        for row in s.scalars(select(R).where(*where)):
            row.baseline_photo_id = photo_id
            linked += 1
    s.flush()
    return linked
