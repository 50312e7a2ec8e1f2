"""Sessions (``Treatment``) and skin checks (``Observation``), and the merged timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from needlejournal.db import models as m
from needlejournal.guidance import check_history
from needlejournal.journal import convert
from needlejournal.journal.clients import get_client
from needlejournal.journal.errors import Conflict, InvalidInput, NotFound
from needlejournal.journal.records import (
    ObservationDraft,
    ObservationRecord,
    SavedTreatment,
    Timeline,
    TimelineEntry,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.journal.settings import get_guidance, get_mode
from needlejournal.journal.validation import observation_problems, treatment_problems

_EAGER = (
    selectinload(m.Treatment.areas),
    selectinload(m.Treatment.products).selectinload(m.ProductUse.product),
    selectinload(m.Treatment.device),
)


def _load_treatments(s: Session, client_id: int) -> list[TreatmentRecord]:
    stmt = (
        select(m.Treatment)
        .where(m.Treatment.client_id == client_id)
        .order_by(m.Treatment.performed_at, m.Treatment.id)
        .options(*_EAGER)
    )
    return [convert.treatment(t) for t in s.scalars(stmt)]


def _with_warnings(s: Session, records: Sequence[TreatmentRecord]) -> list[TreatmentRecord]:
    """Attach guidance warnings, computed from the client's whole history (never stored)."""
    if not records:
        return []
    ids = {u.product_id for r in records for u in r.products}
    ingredients = {
        p.id: tuple(p.ingredients or ())
        for p in s.scalars(select(m.Product).where(m.Product.id.in_(ids)))
    }
    settings = get_guidance(s)
    personal = get_mode(s) == "personal"
    history = [convert.facts(r, ingredients) for r in records]
    per_session = check_history(history, settings, personal_mode=personal)
    return [replace(r, warnings=tuple(w)) for r, w in zip(records, per_session, strict=True)]


def get_treatment(s: Session, treatment_id: int) -> TreatmentRecord:
    t = s.get(m.Treatment, treatment_id)
    if t is None:
        raise NotFound(f"There is no session with id {treatment_id}.")
    for r in _with_warnings(s, _load_treatments(s, t.client_id)):
        if r.id == treatment_id:
            return r
    raise NotFound(f"There is no session with id {treatment_id}.")  # pragma: no cover


def save_treatment(s: Session, d: TreatmentDraft) -> SavedTreatment:
    """Create or replace a session whole: areas and products are rewritten together."""
    problems = treatment_problems(d)
    if problems:
        raise InvalidInput(problems)
    get_client(s, d.client_id)
    if d.device_id is not None and s.get(m.Device, d.device_id) is None:
        raise InvalidInput([f"There is no device with id {d.device_id}."])
    for u in d.products:
        if s.get(m.Product, u.product_id) is None:
            raise InvalidInput([f"There is no product with id {u.product_id}."])
    created = d.id is None
    if d.id is None:
        t = m.Treatment(client_id=d.client_id, performed_at=d.performed_at)
        s.add(t)
    else:
        found = s.get(m.Treatment, d.id, options=_EAGER)
        if found is None:
            raise NotFound(f"There is no session with id {d.id}.")
        t = found
        if d.version is not None and d.version != t.version:
            raise Conflict("This session was changed elsewhere; reopen it and try again.")
    t.client_id, t.performed_at, t.device_id = d.client_id, d.performed_at, d.device_id
    t.pain, t.numbing, t.downtime_days = d.pain, d.numbing, d.downtime_days
    t.adverse_events, t.notes = d.adverse_events, d.notes
    t.texture_note, t.texture_score = d.texture_note, d.texture_score
    t.tone_note, t.tone_score = d.tone_note, d.tone_score
    t.areas = [
        m.TreatmentArea(
            position=i, area=a.area, depth_mm=a.depth_mm, passes=a.passes, endpoint=a.endpoint
        )
        for i, a in enumerate(d.areas)
    ]
    t.products = [
        m.ProductUse(
            position=i, product_id=u.product_id, phase=u.phase, lot_number=u.lot_number, note=u.note
        )
        for i, u in enumerate(d.products)
    ]
    s.flush()
    s.expire(t)
    return SavedTreatment(get_treatment(s, t.id), created)


def delete_treatment(s: Session, treatment_id: int) -> None:
    t = s.get(m.Treatment, treatment_id)
    if t is None:
        raise NotFound(f"There is no session with id {treatment_id}.")
    s.delete(t)
    s.flush()


def save_observation(s: Session, d: ObservationDraft) -> ObservationRecord:
    problems = observation_problems(d)
    if problems:
        raise InvalidInput(problems)
    get_client(s, d.client_id)
    if d.id is None:
        o = m.Observation(client_id=d.client_id, observed_at=d.observed_at)
        s.add(o)
    else:
        found = s.get(m.Observation, d.id)
        if found is None:
            raise NotFound(f"There is no skin check with id {d.id}.")
        o = found
        if d.version is not None and d.version != o.version:
            raise Conflict("This skin check was changed elsewhere; reopen it and try again.")
    o.client_id, o.observed_at, o.treatment_id = d.client_id, d.observed_at, d.treatment_id
    o.texture_score, o.tone_score, o.redness = d.texture_score, d.tone_score, d.redness
    o.texture_note, o.tone_note, o.note, o.rater = d.texture_note, d.tone_note, d.note, d.rater
    s.flush()
    return convert.observation(o)


def delete_observation(s: Session, observation_id: int) -> None:
    o = s.get(m.Observation, observation_id)
    if o is None:
        raise NotFound(f"There is no skin check with id {observation_id}.")
    s.delete(o)
    s.flush()


def timeline(s: Session, client_id: int) -> Timeline:
    """Sessions (with warnings) and skin checks of one client, oldest first."""
    client = convert.client(get_client(s, client_id))
    treatments = _with_warnings(s, _load_treatments(s, client_id))
    observations = [
        convert.observation(o)
        for o in s.scalars(
            select(m.Observation)
            .where(m.Observation.client_id == client_id)
            .order_by(m.Observation.observed_at, m.Observation.id)
        )
    ]
    entries: list[TimelineEntry] = [*treatments, *observations]
    entries.sort(key=lambda e: (e.when, e.kind, e.id))
    return Timeline(client, tuple(entries))
