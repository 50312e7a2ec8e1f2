"""Photo regions and their measures in a client archive (``client_archive``, ``client_import``).

A region names its reference photo, and a measure its photo, by content hash (photo ids differ
between journals); a measure names its region by the region's key ("r7"). On import a region
the client already has (same view and name) is kept as it is, and the archive's measures of
that region are left out: they were taken on the archive's rectangle, which may differ, and
the journal's own region can be measured again. Measures are stored as measured (their
``metrics_version`` says which definitions), so a "what worked" read after a move gives the
same figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m

REGION_COLUMNS = (
    "key",
    "view",
    "name",
    "shape",
    "reference_photo",
    "x",
    "y",
    "w",
    "h",
    "grey_card",
    "colour_chart",
)
MEASURE_COLUMNS = (
    "photo",
    "region",
    "px",
    "alignment",
    "values",
    "metrics_version",
    "colour_space",
    "white_balance",
    "measured_at",
)


def exported(
    s: Session, client_id: int, photo_hashes: Mapping[int, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The client's regions and measures as archive entries (``photo_hashes``: id → SHA-256)."""
    regions = s.scalars(
        select(m.PhotoRegion)
        .where(m.PhotoRegion.client_id == client_id)
        .order_by(m.PhotoRegion.view, m.PhotoRegion.name)
    ).all()
    out_regions = [
        {
            "key": f"r{r.id}",
            "view": r.view,
            "name": r.name,
            "shape": r.shape,
            "reference_photo": photo_hashes.get(r.reference_photo_id)
            if r.reference_photo_id is not None
            else None,
            "x": r.x,
            "y": r.y,
            "w": r.w,
            "h": r.h,
            "grey_card": None if r.grey_card is None else list(r.grey_card),
            "colour_chart": None if r.colour_chart is None else list(r.colour_chart),
        }
        for r in regions
    ]
    measures = s.scalars(
        select(m.PhotoMeasure)
        .join(m.PhotoRegion, m.PhotoRegion.id == m.PhotoMeasure.region_id)
        .where(m.PhotoRegion.client_id == client_id)
        .order_by(m.PhotoMeasure.photo_id, m.PhotoMeasure.region_id)
    ).all()
    out_measures = [
        {
            "photo": photo_hashes[mm.photo_id],
            "region": f"r{mm.region_id}",
            "px": list(mm.px),
            "alignment": mm.alignment,
            "values": dict(mm.values),
            "metrics_version": mm.metrics_version,
            "colour_space": mm.colour_space,
            "white_balance": mm.white_balance,
            "measured_at": mm.measured_at.isoformat(),
        }
        for mm in measures
        if mm.photo_id in photo_hashes
    ]
    return out_regions, out_measures


def _numbers(value: Any, count: int) -> list[float] | None:
    if value is None:
        return None
    numbers = [float(v) for v in value]
    if len(numbers) != count:
        raise ValueError("wrong count")
    return numbers


def check(doc: Mapping[str, Any]) -> None:
    """Raise ValueError/KeyError/TypeError when an entry cannot be read (before any write)."""
    keys = set()
    for r in doc.get("regions", ()):
        keys.add(str(r["key"]))
        if not str(r["name"]).strip() or r.get("shape", "rect") not in ("rect", "ellipse"):
            raise ValueError("region")
        x, y, w, h = (float(r[k]) for k in ("x", "y", "w", "h"))
        if not (0 <= x <= 1 and 0 <= y <= 1 and 0 < w <= 1 and 0 < h <= 1):
            raise ValueError("region box")
        _numbers(r.get("grey_card"), 4)
        _numbers(r.get("colour_chart"), 8)
    for mm in doc.get("measures", ()):
        if str(mm["region"]) not in keys or not isinstance(mm["photo"], str):
            raise ValueError("measure")
        _numbers(mm["px"], 4)
        if not isinstance(mm["values"], dict):
            raise ValueError("measure values")
        {str(k): float(v) for k, v in mm["values"].items()}
        int(mm["metrics_version"])
        datetime.fromisoformat(str(mm["measured_at"]))


def merge(s: Session, client_id: int, doc: Mapping[str, Any]) -> tuple[int, int, int]:
    """Add the archive's regions and measures the client lacks; runs after the photos are
    imported. Returns (regions added, regions already there, measures added)."""
    photos: dict[str, int] = {
        sha: photo_id
        for sha, photo_id in s.execute(
            select(m.Photo.sha256, m.Photo.id).where(m.Photo.client_id == client_id)
        )
    }
    have = {
        (r.view, r.name): r.id
        for r in s.scalars(select(m.PhotoRegion).where(m.PhotoRegion.client_id == client_id))
    }
    added_regions = already = 0
    new_ids: dict[str, int] = {}  # archive key → region added here (only those get measures)
    for r in doc.get("regions", ()):
        name = str(r["name"]).strip()
        if (r["view"], name) in have:
            already += 1
            continue
        row = m.PhotoRegion(
            client_id=client_id,
            view=str(r["view"]),
            name=name,
            shape=str(r.get("shape", "rect")),
            reference_photo_id=photos.get(r.get("reference_photo") or ""),
            x=float(r["x"]),
            y=float(r["y"]),
            w=float(r["w"]),
            h=float(r["h"]),
            grey_card=_numbers(r.get("grey_card"), 4),
            colour_chart=_numbers(r.get("colour_chart"), 8),
        )
        s.add(row)
        s.flush()
        have[(row.view, row.name)] = row.id
        new_ids[str(r["key"])] = row.id
        added_regions += 1
    added_measures = 0
    for mm in doc.get("measures", ()):
        region_id = new_ids.get(str(mm["region"]))
        photo_id = photos.get(str(mm["photo"]))
        if region_id is None or photo_id is None:
            continue
        s.add(
            m.PhotoMeasure(
                photo_id=photo_id,
                region_id=region_id,
                px=[int(v) for v in mm["px"]],
                alignment=str(mm["alignment"]),
                values={str(k): float(v) for k, v in mm["values"].items()},
                metrics_version=int(mm["metrics_version"]),
                colour_space=str(mm.get("colour_space", "")),
                white_balance=str(mm.get("white_balance", "")),
                measured_at=datetime.fromisoformat(str(mm["measured_at"])),
            )
        )
        added_measures += 1
    s.flush()
    return added_regions, already, added_measures
