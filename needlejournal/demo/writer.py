"""Write a planned demo journal in one unit of work, with bulk Core inserts.

50,000 sessions through the per-session service would be 50,000 units of work; instead rows
go in as ``executemany`` batches, a chunk of clients at a time (ids of clients and sessions
come back with RETURNING, in parameter order, so this works on SQLite and PostgreSQL alike).
The plan is valid by construction (its tests run it through the journal's validation), and
the tables' CHECK constraints still guard every row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.db.types import utcnow
from needlejournal.guidance.scales import CHECK_COLUMNS, SESSION_COLUMNS
from needlejournal.journal import settings

from .plan import DemoPlan, PlannedClient
from .results import DemoRefused, DemoSummary

BATCH = 5_000
# Clients planned, written and dropped at a time: memory stays flat for any journal size.
CLIENTS_PER_CHUNK = 500


def _table(model: type[m.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _insert(s: Session, model: type[m.Base], rows: Sequence[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        s.execute(insert(_table(model)), chunk)


def _insert_ids(s: Session, model: type[m.Base], rows: Sequence[dict[str, Any]]) -> list[int]:
    table = _table(model)
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for chunk in _chunks(rows):
        ids += s.scalars(stmt, chunk).all()
    return ids


def refuse_unless_empty(s: Session) -> None:
    for model, what in ((m.Client, "clients"), (m.Device, "devices"), (m.Product, "products")):
        if s.scalar(select(func.count()).select_from(model)):
            raise DemoRefused(
                f"The journal already has {what}; the demo fills only an empty journal "
                "(use a new --data-dir)."
            )


def write_plan(s: Session, plan: DemoPlan) -> DemoSummary:
    refuse_unless_empty(s)
    device_ids = {}
    for d in plan.devices:
        row = m.Device(
            name=d.name, kind=d.kind, needle_count=d.needle_count, cartridge=d.cartridge,
            notes=d.notes,
        )  # fmt: skip
        s.add(row)
        s.flush()
        device_ids[d.key] = row.id
    product_ids = {}
    for p in plan.products:
        item = m.Product(name=p.name, brand=p.brand, kind=p.kind, ingredients=list(p.ingredients))
        s.add(item)
        s.flush()
        product_ids[p.key] = item.id

    client_ids: list[int] = []
    treatments = observations = 0
    first: date | None = None
    last: date | None = None
    for begin in range(0, len(plan.clients), CLIENTS_PER_CHUNK):
        chunk = plan.clients[begin : begin + CLIENTS_PER_CHUNK]
        written = _write_clients(s, chunk, device_ids, product_ids)
        client_ids += written.client_ids
        treatments += written.treatments
        observations += written.observations
        dates = [t.performed_at.date() for c in chunk for t in c.treatments]
        if dates:
            first = min(dates) if first is None else min(first, *dates)
            last = max(dates) if last is None else max(last, *dates)
    settings.set_mode(s, plan.mode)
    return DemoSummary(
        mode=plan.mode,
        clients=len(client_ids),
        treatments=treatments,
        observations=observations,
        devices=len(device_ids),
        products=len(product_ids),
        client_ids=tuple(client_ids),
        first_date=first,
        last_date=last,
    )


@dataclass(frozen=True)
class _Written:
    client_ids: list[int]
    treatments: int
    observations: int


def _write_clients(
    s: Session,
    clients: Sequence[PlannedClient],
    device_ids: dict[str, int],
    product_ids: dict[str, int],
) -> _Written:
    """One chunk of clients with all their rows; nothing of it is kept afterwards."""
    client_ids = _insert_ids(s, m.Client, [_client_row(c) for c in clients])
    treatment_rows: list[dict[str, Any]] = []
    for cid, c in zip(client_ids, clients, strict=True):
        for t in c.treatments:
            stamp = t.performed_at + timedelta(hours=1)
            treatment_rows.append(
                {
                    "client_id": cid, "performed_at": t.performed_at,
                    "device_id": device_ids[t.device], "pain": t.pain, "numbing": t.numbing,
                    "downtime_days": t.downtime_days, "adverse_events": t.adverse_events,
                    "notes": t.notes, "texture_note": t.texture_note,
                    "texture_score": t.texture_score, "tone_note": t.tone_note,
                    "tone_score": t.tone_score, "created_at": stamp, "updated_at": stamp,
                    "version": 1,
                }
            )  # fmt: skip
    treatment_ids = _insert_ids(s, m.Treatment, treatment_rows)

    areas: list[dict[str, Any]] = []
    uses: list[dict[str, Any]] = []
    observations: list[dict[str, Any]] = []
    ids = iter(treatment_ids)
    for cid, c in zip(client_ids, clients, strict=True):
        own = [next(ids) for _ in c.treatments]
        for tid, t in zip(own, c.treatments, strict=True):
            areas += [
                {"treatment_id": tid, "position": i, "area": a.area, "depth_mm": a.depth_mm,
                 "passes": a.passes, "endpoint": a.endpoint}
                for i, a in enumerate(t.areas)
            ]  # fmt: skip
            uses += [
                {"treatment_id": tid, "product_id": product_ids[u.product], "position": i,
                 "phase": u.phase, "lot_number": u.lot_number, "note": u.note}
                for i, u in enumerate(t.products)
            ]  # fmt: skip
        for o in c.observations:
            linked = own[o.after_treatment] if o.after_treatment is not None else None
            observations.append(
                {
                    "client_id": cid, "treatment_id": linked, "observed_at": o.observed_at,
                    "texture_score": o.texture_score, "tone_score": o.tone_score,
                    "redness": o.redness, "texture_note": o.texture_note,
                    "tone_note": o.tone_note, "note": o.note, "rater": o.rater,
                    "created_at": o.observed_at, "updated_at": o.observed_at, "version": 1,
                }
            )  # fmt: skip
    _insert(s, m.TreatmentArea, areas)
    _insert(s, m.ProductUse, uses)
    observation_ids = _insert_ids(s, m.Observation, observations)
    ratings = [
        _rating(row, "treatment_id", tid, scale, row[column], "")
        for tid, row in zip(treatment_ids, treatment_rows, strict=True)
        for scale, column in SESSION_COLUMNS.items()
        if row[column] is not None
    ]
    ratings += [
        _rating(row, "observation_id", oid, scale, row[column], row["rater"])
        for oid, row in zip(observation_ids, observations, strict=True)
        for scale, column in CHECK_COLUMNS.items()
        if row[column] is not None
    ]
    _insert(s, m.Rating, ratings)
    return _Written(client_ids, len(treatment_ids), len(observations))


def _rating(
    record: dict[str, Any], key: str, record_id: int, scale: str, value: int, rater: str
) -> dict[str, Any]:
    """The named-scale rating a score field stands for (``journal.ratings`` keeps them equal)."""
    other = "observation_id" if key == "treatment_id" else "treatment_id"
    return {
        "client_id": record["client_id"], key: record_id, other: None, "scale": scale,
        "scale_version": 1, "area": "", "value": value, "rater": rater,
        "baseline_photo_id": None, "note": "", "created_at": record["created_at"],
        "updated_at": record["created_at"], "version": 1,
    }  # fmt: skip


def _client_row(c: PlannedClient) -> dict[str, Any]:
    # The record was opened at the first consultation (every row needs the same keys).
    opened = c.observations[0].observed_at if c.observations else utcnow()
    return {
        "name": c.name, "is_self": c.is_self, "skin_type": c.skin_type, "concerns": c.concerns,
        "contraindications": c.contraindications, "consent_on": c.consent_on, "notes": c.notes,
        "archived": False, "version": 1, "created_at": opened, "updated_at": opened,
    }  # fmt: skip
