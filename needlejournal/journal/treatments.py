"""Sessions (``Treatment``) and skin checks (``Observation``): saved, and read as records.

The whole timeline of a client (with ratings and screening) is assembled in ``timeline``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import BindParameter, Integer, bindparam, select
from sqlalchemy.orm import Session, selectinload

from needlejournal.db import models as m
from needlejournal.db.types import utcnow
from needlejournal.guidance import GuidanceWarning, check_history, facts_from_record
from needlejournal.guidance.consent import consent_warning, expiry_warnings
from needlejournal.journal import convert, ratings
from needlejournal.journal.clients import get_client
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import (
    AreaRecord,
    DeviceRecord,
    ObservationDraft,
    ObservationRecord,
    ProductUseRecord,
    SavedTreatment,
    TimelineEntry,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.journal.rows import existing, no_such_record, record_missing
from needlejournal.journal.screening import read_screening, screening_facts
from needlejournal.journal.screening_records import ScreeningRecord
from needlejournal.journal.settings import get_mode, rules_settings
from needlejournal.journal.validation import observation_problems, treatment_problems

_EAGER = (
    selectinload(m.Treatment.areas),
    selectinload(m.Treatment.products).selectinload(m.ProductUse.product),
    selectinload(m.Treatment.device),
)
T, D, A, U, P = m.Treatment, m.Device, m.TreatmentArea, m.ProductUse, m.Product


# The read statements are built once: constructing a 21-column select costs more than
# running it. ``:client`` is bound per call, so each stays in SQLAlchemy's compiled cache.
# Their columns are derived from the records' fields (``convert.record_columns``).
_CLIENT: BindParameter[int] = bindparam("client", type_=Integer)
_TREATMENT_COLUMNS = convert.record_columns(TreatmentRecord, T, until="device")
_DEVICE_AT = len(_TREATMENT_COLUMNS)  # the device's columns follow the session's
_TREATMENTS = (
    select(*_TREATMENT_COLUMNS, *convert.record_columns(DeviceRecord, D))
    .outerjoin(D, D.id == T.device_id)
    .where(T.client_id == _CLIENT)
    .order_by(T.performed_at, T.id)
)
# Children are selected by the client through a join, not ``IN (ids…)``: an expanding IN is
# re-rendered on every call and cost more than the query itself.
_AREAS = (
    select(A.treatment_id, A.area, A.depth_mm, A.passes, A.endpoint, A.indication)
    .join(T, T.id == A.treatment_id)
    .where(T.client_id == _CLIENT)
    .order_by(A.treatment_id, A.position, A.id)
)
_USES = (
    select(
        U.treatment_id, U.product_id, P.name, P.brand, U.phase, U.lot_number, U.note, U.day_offset
    )
    .join(P, P.id == U.product_id)
    .join(T, T.id == U.treatment_id)
    .where(T.client_id == _CLIENT)
    .order_by(U.treatment_id, U.position, U.id)
)


def load_treatments(s: Session, client_id: int) -> list[TreatmentRecord]:
    """One client's sessions, read as plain rows (three queries, no ORM identity map).

    Reading columns rather than entities keeps this close to raw SQL speed (the benchmark
    holds it to ≤ 2× the same queries through sqlite3): records are built straight from rows.
    """
    params = {"client": client_id}
    rows = s.execute(_TREATMENTS, params).all()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    areas: dict[int, list[AreaRecord]] = {i: [] for i in ids}
    for tid, area, depth, passes, endpoint, indication in s.execute(_AREAS, params):
        areas[tid].append(AreaRecord(area, depth, passes, endpoint, indication))
    uses: dict[int, list[ProductUseRecord]] = {i: [] for i in ids}
    for tid, pid, name, brand, phase, lot, note, day in s.execute(_USES, params):
        uses[tid].append(ProductUseRecord(pid, name, brand, phase, lot, note, day))
    n, make = _DEVICE_AT, convert.positional(TreatmentRecord)
    return [
        make(
            *r[:n],
            None if r[n] is None else DeviceRecord(*r[n:]),
            tuple(areas[r[0]]),
            tuple(uses[r[0]]),
        )
        for r in rows
    ]


# What the rules read of the products a client's sessions used: ingredients and expiry, and
# each lot's expiry (a product without lots: one row, lot NULL). Selected by the client, so
# it is one cached statement whatever the products.
L = m.ProductLot
_PRODUCTS_USED = (
    select(P.id, P.ingredients, P.expires_on, L.lot_number, L.expires_on)
    .outerjoin(L, L.product_id == P.id)
    .where(
        P.id.in_(select(U.product_id).join(T, T.id == U.treatment_id).where(T.client_id == _CLIENT))
    )
)


def with_warnings(
    s: Session, records: Sequence[TreatmentRecord], screening: ScreeningRecord | None = None
) -> list[TreatmentRecord]:
    """Attach guidance warnings, computed from the client's whole history (never stored).

    ``records`` are one client's sessions; ``screening`` is its screening on file when the
    caller has read it already. Two statements more (products, settings), whatever the history.
    """
    if not records:
        return []
    client_id = records[0].client_id
    ingredients: dict[int, tuple[str, ...]] = {}
    product_expiry: dict[int, date | None] = {}
    lot_expiry: dict[tuple[int, str], date | None] = {}
    # Plain (Core): ``records`` were just read through the ORM, which flushed anything pending.
    for pid, found, expires_on, lot, lot_expires_on in s.connection().execute(
        _PRODUCTS_USED, {"client": client_id}
    ):
        ingredients[pid] = tuple(found or ())
        product_expiry[pid] = expires_on
        if lot is not None:
            lot_expiry[(pid, lot.strip().casefold())] = lot_expires_on
    settings, mode = rules_settings(s)
    history = [facts_from_record(r, ingredients) for r in records]
    if screening is None:
        screening = read_screening(s, client_id)
    per_session = check_history(
        history, settings, personal_mode=mode == "personal", screening=screening_facts(screening)
    )
    dated = any(product_expiry.values()) or any(lot_expiry.values())
    out = []
    for r, rules in zip(records, per_session, strict=True):
        expired = []
        if dated:  # most libraries record no expiry: then no session can have used one past it
            used = [
                (
                    u.product_name,
                    u.lot_number,
                    lot_expiry.get((u.product_id, u.lot_number.strip().casefold()))
                    or product_expiry.get(u.product_id),
                )
                for u in r.products
            ]
            expired = expiry_warnings(r.performed_at.astimezone().date(), used)
        out.append(_warned(r, (*rules, *expired)))
    return out


def _warned(r: TreatmentRecord, warnings: tuple[GuidanceWarning, ...]) -> TreatmentRecord:
    """``replace(r, warnings=warnings)`` without its cost (a frozen dataclass re-built field by
    field, ~20 % of a timeline's rules): the record's fields copied, the warnings set."""
    out = object.__new__(TreatmentRecord)
    out.__dict__.update(r.__dict__, warnings=warnings)
    return out


def _consent_warning(s: Session, t: TreatmentRecord) -> GuidanceWarning | None:
    """A new session of a clinic client without a treatment consent that holds that day."""
    client = get_client(s, t.client_id)
    if client.is_self or get_mode(s) == "personal":
        return None  # nobody records their own consent
    from needlejournal.journal.consents import treatment_consents

    spans = treatment_consents(s, client.id)
    if spans is None:
        return None  # this journal does not record consent (``consents.keeps_consents``)
    return consent_warning(t.performed_at.astimezone().date(), spans)


def get_treatment(s: Session, treatment_id: int) -> TreatmentRecord:
    t = existing(s, m.Treatment, treatment_id, "session")
    for r in with_warnings(s, load_treatments(s, t.client_id)):
        if r.id == treatment_id:
            return r
    raise no_such_record("session", treatment_id)  # pragma: no cover


def save_treatment(s: Session, d: TreatmentDraft) -> SavedTreatment:
    """Create or replace a session whole: areas and products are rewritten together."""
    problems = treatment_problems(d)
    if problems:
        raise InvalidInput(problems)
    get_client(s, d.client_id)
    if d.device_id is not None and s.get(m.Device, d.device_id) is None:
        raise InvalidInput([record_missing("device", d.device_id)])
    for u in d.products:
        if s.get(m.Product, u.product_id) is None:
            raise InvalidInput([record_missing("product", u.product_id)])
    created = d.id is None
    if d.id is None:
        t = m.Treatment(client_id=d.client_id, performed_at=d.performed_at)
        s.add(t)
    else:
        # Areas and products are loaded with it: they are replaced whole below.
        t = existing(s, m.Treatment, d.id, "session", version=d.version, options=_EAGER)
        # The session row is written even when only its areas or products change: the write
        # bumps its version, so a stale edit of the same session elsewhere is refused.
        t.updated_at = utcnow()
    t.client_id, t.performed_at, t.device_id = d.client_id, d.performed_at, d.device_id
    t.pain, t.numbing, t.downtime_days = d.pain, d.numbing, d.downtime_days
    t.adverse_events, t.notes = d.adverse_events, d.notes
    t.texture_note, t.texture_score = d.texture_note, d.texture_score
    t.tone_note, t.tone_score = d.tone_note, d.tone_score
    t.areas = [
        m.TreatmentArea(
            position=i,
            area=a.area,
            depth_mm=a.depth_mm,
            passes=a.passes,
            endpoint=a.endpoint,
            indication=a.indication,
        )
        for i, a in enumerate(d.areas)
    ]
    t.products = [
        m.ProductUse(
            position=i,
            product_id=u.product_id,
            phase=u.phase,
            lot_number=u.lot_number,
            note=u.note,
            day_offset=u.day_offset,
        )
        for i, u in enumerate(d.products)
    ]
    ratings.sync_record(s, t, old_rater="", others=d.ratings)
    s.expire(t)
    saved = get_treatment(s, t.id)
    if created and (missing := _consent_warning(s, saved)) is not None:
        saved = replace(saved, warnings=(missing, *saved.warnings))
    return SavedTreatment(saved, created)


def delete_treatment(s: Session, treatment_id: int) -> None:
    s.delete(existing(s, m.Treatment, treatment_id, "session"))
    s.flush()


def save_observation(s: Session, d: ObservationDraft) -> ObservationRecord:
    problems = observation_problems(d)
    if problems:
        raise InvalidInput(problems)
    get_client(s, d.client_id)
    old_rater = ""
    if d.id is None:
        o = m.Observation(client_id=d.client_id, observed_at=d.observed_at)
        s.add(o)
    else:
        o = existing(s, m.Observation, d.id, "skin check", version=d.version)
        old_rater = o.rater or ""
    o.client_id, o.observed_at, o.treatment_id = d.client_id, d.observed_at, d.treatment_id
    o.texture_score, o.tone_score, o.redness = d.texture_score, d.tone_score, d.redness
    o.texture_note, o.tone_note, o.note, o.rater = d.texture_note, d.tone_note, d.note, d.rater
    ratings.sync_record(s, o, old_rater=old_rater, others=d.ratings)
    return convert.observation(o)


def delete_observation(s: Session, observation_id: int) -> None:
    s.delete(existing(s, m.Observation, observation_id, "skin check"))
    s.flush()


_OBSERVATIONS = (
    select(*convert.record_columns(ObservationRecord, m.Observation))
    .where(m.Observation.client_id == _CLIENT)
    .order_by(m.Observation.observed_at, m.Observation.id)
)


def load_observations(s: Session, client_id: int) -> list[ObservationRecord]:
    rows = s.execute(_OBSERVATIONS, {"client": client_id})
    return [convert.from_row(ObservationRecord, row) for row in rows]


def merged(
    treatments: list[TreatmentRecord], observations: list[ObservationRecord]
) -> tuple[TimelineEntry, ...]:
    entries: list[TimelineEntry] = [*treatments, *observations]
    entries.sort(key=lambda e: (e.when, e.kind, e.id))
    return tuple(entries)


def load_timeline(s: Session, client_id: int) -> tuple[TimelineEntry, ...]:
    """The read path alone (sessions and skin checks as records, oldest first, no rules)."""
    return merged(load_treatments(s, client_id), load_observations(s, client_id))
