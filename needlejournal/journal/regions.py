"""Named photo regions and their stored measures (the use-cases; ``region_measure`` does the
decoding and maths).

A region is drawn on one photo (its reference) and kept as fractions of that photo's size.
Each measure is stored per photo and region (a new one replaces the old), with the pixels
measured, how the photo was aligned and the metrics' definitions version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.limits import text_problems
from needlejournal.journal.region_records import (
    Box,
    MeasureRecord,
    RegionDraft,
    RegionRecord,
)
from needlejournal.journal.rows import existing
from needlejournal.photos.metrics import METRICS_VERSION, RegionMetrics
from needlejournal.phrases import said

MIN_SIDE_PX = 8  # a smaller region holds too few pixels to say anything


def _region(r: m.PhotoRegion) -> RegionRecord:
    card = tuple(r.grey_card) if r.grey_card else None
    c = r.colour_chart
    chart = tuple((c[i], c[i + 1]) for i in range(0, 8, 2)) if c and len(c) == 8 else None
    return RegionRecord(
        r.id, r.client_id, r.view, r.name, r.shape, r.reference_photo_id,  # type: ignore[arg-type]
        r.x, r.y, r.w, r.h, card, r.version, chart,  # type: ignore[arg-type]
    )  # fmt: skip


def region_problems(d: RegionDraft, width: int, height: int) -> list[str]:
    problems: list[str] = []
    if not d.name.strip():
        problems.append(said("Give the region a name, such as “left cheek”.", "region_needs_name"))
    problems += text_problems("The region's name", d.name.strip(), limit=100)
    if d.shape not in ("rect", "ellipse"):
        problems.append(said("A region is a rectangle or an ellipse.", "region_shape"))
    x, y, w, h = d.box
    if w < MIN_SIDE_PX or h < MIN_SIDE_PX:
        message = f"Draw a larger region: at least {MIN_SIDE_PX} pixels each way."
        problems.append(said(message, "region_too_small", least=MIN_SIDE_PX))
    elif x < 0 or y < 0 or x + w > width or y + h > height:
        message = "The region reaches outside the photo; draw it inside."
        problems.append(said(message, "region_outside"))
    return problems


def save_region(s: Session, d: RegionDraft) -> RegionRecord:
    photo = existing(s, m.Photo, d.photo_id, "photo")
    problems = region_problems(d, photo.width, photo.height)
    if problems:
        raise InvalidInput(problems)
    name = d.name.strip()
    clash = s.scalar(
        select(m.PhotoRegion.id).where(
            m.PhotoRegion.client_id == photo.client_id,
            m.PhotoRegion.view == photo.view,
            m.PhotoRegion.name == name,
        )
    )
    if clash is not None and clash != d.id:
        message = f"This view already has a region called “{name}”."
        raise InvalidInput([said(message, "region_name_taken", name=name)])
    if d.id is None:
        r = m.PhotoRegion(client_id=photo.client_id, view=photo.view)
        s.add(r)
    else:
        r = existing(s, m.PhotoRegion, d.id, "region", version=d.version)
    x, y, w, h = d.box
    r.name, r.shape, r.reference_photo_id = name, d.shape, photo.id
    r.x, r.y = x / photo.width, y / photo.height
    r.w, r.h = w / photo.width, h / photo.height
    s.flush()
    return _region(r)


def set_grey_card(s: Session, region_id: int, photo_id: int, box: Box | None) -> RegionRecord:
    """The grey card the region's measures are white-balanced against (None: no balance)."""
    r = existing(s, m.PhotoRegion, region_id, "region")
    photo = existing(s, m.Photo, photo_id, "photo")
    if box is None:
        r.grey_card = None
    else:
        x, y, w, h = box
        if w < MIN_SIDE_PX or h < MIN_SIDE_PX:
            message = f"Mark a larger grey card: at least {MIN_SIDE_PX} pixels."
            raise InvalidInput([said(message, "grey_card_too_small", least=MIN_SIDE_PX)])
        if x < 0 or y < 0 or x + w > photo.width or y + h > photo.height:
            message = "The grey card reaches outside the photo; mark it inside."
            raise InvalidInput([said(message, "grey_card_outside")])
        if r.reference_photo_id != photo.id:
            message = "Mark the grey card on the photo the region was drawn on."
            raise InvalidInput([said(message, "grey_card_photo")])
        r.grey_card = [x / photo.width, y / photo.height, w / photo.width, h / photo.height]
    s.flush()
    return _region(r)


def set_colour_chart(
    s: Session, region_id: int, photo_id: int, corners: Sequence[tuple[float, float]] | None
) -> RegionRecord:
    """The ColorChecker the region's measures are colour-corrected against: its four corners
    in the region's photo, in pixels, in the order dark skin, bluish green, black, white
    (None: no chart). Whether the corners really frame a chart is known when measuring."""
    from needlejournal.photos.colour_chart import corner_problem

    r = existing(s, m.PhotoRegion, region_id, "region")
    photo = existing(s, m.Photo, photo_id, "photo")
    if corners is None:
        r.colour_chart = None
    else:
        problem = corner_problem(corners)
        if problem:
            raise InvalidInput([problem])
        if any(not (0 <= x <= photo.width and 0 <= y <= photo.height) for x, y in corners):
            message = "The chart's corners reach outside the photo; mark them inside."
            raise InvalidInput([said(message, "chart_outside")])
        if r.reference_photo_id != photo.id:
            message = "Mark the colour chart on the photo the region was drawn on."
            raise InvalidInput([said(message, "chart_photo")])
        r.colour_chart = [v for x, y in corners for v in (x / photo.width, y / photo.height)]
    s.flush()
    return _region(r)


def list_regions(s: Session, client_id: int, view: str | None = None) -> list[RegionRecord]:
    q = select(m.PhotoRegion).where(m.PhotoRegion.client_id == client_id)
    if view is not None:
        q = q.where(m.PhotoRegion.view == view)
    return [_region(r) for r in s.scalars(q.order_by(m.PhotoRegion.view, m.PhotoRegion.name))]


def delete_region(s: Session, region_id: int) -> None:
    s.delete(existing(s, m.PhotoRegion, region_id, "region"))
    s.flush()


@dataclass(frozen=True)
class Measured:
    """One photo's measure before it is stored."""

    photo_id: int
    region_id: int
    px: Box
    alignment: str
    metrics: RegionMetrics
    white_balance: str


def store(s: Session, found: Sequence[Measured]) -> None:
    """Store each measure, replacing the photo's earlier one of the same region."""
    for f in found:
        row = s.scalar(
            select(m.PhotoMeasure).where(
                m.PhotoMeasure.photo_id == f.photo_id, m.PhotoMeasure.region_id == f.region_id
            )
        )
        if row is None:
            row = m.PhotoMeasure(photo_id=f.photo_id, region_id=f.region_id)
            s.add(row)
        mt = f.metrics
        row.px, row.alignment = list(f.px), f.alignment
        row.values = {
            "L": mt.L, "a": mt.a, "b": mt.b, "ita": mt.ita_deg, "evenness": mt.evenness,
            "texture": mt.texture, "spot_count": mt.spot_count,
            "spot_area_pct": mt.spot_area_pct, "pixels": mt.pixels,
        }  # fmt: skip
        row.metrics_version, row.colour_space = METRICS_VERSION, mt.colour_space
        row.white_balance, row.measured_at = f.white_balance, datetime.now(UTC)
    s.flush()


def list_measures(s: Session, client_id: int) -> list[MeasureRecord]:
    """Every stored measure of the client's photos, oldest photo first."""
    M, P, R = m.PhotoMeasure, m.Photo, m.PhotoRegion
    rows = s.execute(
        select(M, P.taken_at, P.capture, P.view, R.name)
        .join(P, P.id == M.photo_id)
        .join(R, R.id == M.region_id)
        .where(P.client_id == client_id)
        .order_by(P.taken_at, P.id, R.name)
    )
    out = []
    for mm, taken, capture, view, name in rows:
        x, y, w, h = (int(v) for v in mm.px)
        out.append(
            MeasureRecord(
                id=mm.id,
                photo_id=mm.photo_id,
                region_id=mm.region_id,
                region_name=name,
                view=view,
                taken_at=taken,
                px=(x, y, w, h),
                alignment=mm.alignment,
                values={k: float(v) for k, v in mm.values.items()},
                metrics_version=mm.metrics_version,
                colour_space=mm.colour_space,
                white_balance=mm.white_balance,
                capture=dict(capture or {}),
            )
        )
    return out
