"""Input rules shared by the dialogs, the CLI and the services (pure, no SQL, no Qt).

The dialog calls these to refuse bad input before anything is sent; the service calls them
again before writing, so no front end can save half a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from needlejournal.guidance import MAX_DEPTH_MM, Area, DeviceKind, Endpoint, Phase
from needlejournal.journal.records import (
    ClientDraft,
    DeviceDraft,
    ObservationDraft,
    ProductDraft,
    TreatmentDraft,
)

SKIN_TYPES = ("I", "II", "III", "IV", "V", "VI")
SCORE_RANGE = (0, 10)
# A session logged "today" in a time zone ahead of UTC must not count as the future.
FUTURE_SLACK = timedelta(hours=14)


def _future(when: datetime, now: datetime | None) -> bool:
    now = now or datetime.now(UTC)
    return when > now + FUTURE_SLACK


def _score(label: str, value: int | None, problems: list[str], hi: int = SCORE_RANGE[1]) -> None:
    if value is not None and not 0 <= value <= hi:
        problems.append(f"{label} must be between 0 and {hi}.")


@dataclass(frozen=True)
class FieldProblem:
    """One problem and the field it belongs to, so a dialog can say it next to that field.

    ``field`` is a draft field name ("performed_at", "areas", "pain"…) or one row of a list
    ("areas.0", "products.1").
    """

    field: str
    message: str


def treatment_field_problems(d: TreatmentDraft, now: datetime | None = None) -> list[FieldProblem]:
    problems: list[FieldProblem] = []

    def add(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    if d.performed_at.tzinfo is None:
        add("performed_at", "The session date needs a time zone.")
    elif _future(d.performed_at, now):
        add("performed_at", "The session date is in the future; log sessions once they are done.")
    if not d.areas:
        add("areas", "Add at least one treated area.")
    seen: set[str] = set()
    for i, a in enumerate(d.areas):
        row = f"areas.{i}"
        # Messages name an area as the form shows it ("Cheeks"), never by its stored word.
        name = Area.label_of(a.area) if Area.has(a.area) else f"“{a.area}”"
        if not Area.has(a.area):
            add(row, f"Unknown area “{a.area}”; choose one of: {Area.listed()}.")
        if a.area in seen:
            add(row, f"{name} is listed twice.")
        seen.add(a.area)
        if not 0 < a.depth_mm <= MAX_DEPTH_MM:
            add(
                row,
                f"Needle depth for {name} must be more than 0 and at most {MAX_DEPTH_MM:.1f} mm "
                f"(got {a.depth_mm:g} mm).",
            )
        if a.passes is not None and a.passes < 1:
            add(row, f"Passes for {name} must be at least 1.")
        if not Endpoint.has(a.endpoint):
            add(row, f"Unknown endpoint “{a.endpoint}” for {name}.")
    for i, p in enumerate(d.products):
        if not Phase.has(p.phase):
            add(
                f"products.{i}",
                f"Unknown product phase “{p.phase}”; use one of: {Phase.listed()}.",
            )
    if d.pain is not None and not 0 <= d.pain <= 10:
        add("pain", "Pain must be between 0 and 10.")
    if d.downtime_days is not None and d.downtime_days < 0:
        add("downtime_days", "Downtime cannot be negative.")
    for field, label, value in (
        ("texture_score", "The texture score", d.texture_score),
        ("tone_score", "The tone score", d.tone_score),
    ):
        found: list[str] = []
        _score(label, value, found)
        problems.extend(FieldProblem(field, m) for m in found)
    return problems


def treatment_problems(d: TreatmentDraft, now: datetime | None = None) -> list[str]:
    return [p.message for p in treatment_field_problems(d, now)]


def observation_problems(d: ObservationDraft, now: datetime | None = None) -> list[str]:
    problems: list[str] = []
    if d.observed_at.tzinfo is None:
        problems.append("The date needs a time zone.")
    elif _future(d.observed_at, now):
        problems.append("The skin check date is in the future.")
    _score("The texture score", d.texture_score, problems)
    _score("The tone score", d.tone_score, problems)
    _score("Redness", d.redness, problems, hi=4)
    if (
        d.texture_score is None
        and d.tone_score is None
        and not (
            d.texture_note.strip() or d.tone_note.strip() or d.note.strip() or d.redness is not None
        )
    ):
        problems.append("A skin check needs at least one score or note.")
    return problems


def client_problems(d: ClientDraft) -> list[str]:
    problems: list[str] = []
    if not d.name.strip():
        problems.append("The client needs a name.")
    if len(d.name) > 200:
        problems.append("The name is too long (200 characters at most).")
    if d.skin_type is not None and d.skin_type not in SKIN_TYPES:
        problems.append("Skin type must be a Fitzpatrick type from I to VI.")
    return problems


def device_problems(d: DeviceDraft) -> list[str]:
    problems: list[str] = []
    if not d.name.strip():
        problems.append("The device needs a name.")
    if not DeviceKind.has(d.kind):
        problems.append(f"Device kind must be one of: {DeviceKind.listed()}.")
    if d.needle_count is not None and d.needle_count < 1:
        problems.append("The needle count must be at least 1.")
    return problems


def product_problems(d: ProductDraft) -> list[str]:
    return [] if d.name.strip() else ["The product needs a name."]
