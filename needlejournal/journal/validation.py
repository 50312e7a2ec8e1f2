"""Input rules shared by the dialogs, the CLI and the services (pure, no SQL, no Qt).

The dialog calls these to refuse bad input before anything is sent; the service calls them
again before writing, so no front end can save half a session.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from needlejournal.guidance import (
    MAX_DEPTH_MM,
    AgeBand,
    Area,
    DeviceKind,
    Endpoint,
    Indication,
    Phase,
)
from needlejournal.guidance.scales import find_scale, unknown_scale
from needlejournal.journal.limits import (
    MAX_DOWNTIME_DAYS,
    MAX_NEEDLES,
    MAX_PASSES,
    MAX_TEXT,
    MIN_DEPTH_MM,
    day_problems,
    id_problems,
    int_problems,
    moment_problems,
    text_problems,
)
from needlejournal.journal.records import (
    ClientDraft,
    DeviceDraft,
    ObservationDraft,
    ProductDraft,
    RatingDraft,
    TreatmentDraft,
)
from needlejournal.phrases import Depth, Words, said

SKIN_TYPES = ("I", "II", "III", "IV", "V", "VI")
SCORE_RANGE = (0, 10)
# A session logged "today" in a time zone ahead of UTC must not count as the future.
FUTURE_SLACK = timedelta(hours=14)


def _future(when: datetime, now: datetime | None) -> bool:
    now = now or datetime.now(UTC)
    return when > now + FUTURE_SLACK


def _when_problems(label: str, when: datetime, now: datetime | None, future: str) -> list[str]:
    if when.tzinfo is None:
        return [said(f"{label} needs a time zone.", "needs_time_zone", field=label)]
    problems = moment_problems(label, when)
    if not problems and _future(when, now):
        problems.append(future)
    return problems


def _score(label: str, value: int | None, problems: list[str], hi: int = SCORE_RANGE[1]) -> None:
    if value is not None and not 0 <= value <= hi:
        problems.append(
            said(f"{label} must be between 0 and {hi}.", "int_range", field=label, lo=0, hi=hi)
        )


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

    def add_all(field: str, messages: list[str]) -> None:
        problems.extend(FieldProblem(field, m) for m in messages)

    add_all("client_id", id_problems("client", d.client_id))
    add_all("device_id", id_problems("device", d.device_id))
    add_all(
        "performed_at",
        _when_problems(
            "The session date",
            d.performed_at,
            now,
            said(
                "The session date is in the future; log sessions once they are done.",
                "session_in_future",
            ),
        ),
    )
    if not d.areas:
        add("areas", said("Add at least one treated area.", "no_areas"))
    seen: set[tuple[str, str]] = set()
    for i, a in enumerate(d.areas):
        row = f"areas.{i}"
        # Messages name an area as the form shows it ("Cheeks"), never by its stored word.
        name = Area.label_of(a.area) if Area.has(a.area) else f"“{a.area}”"
        area = Words("Area", (a.area,)) if Area.has(a.area) else f"“{a.area}”"
        if not Area.has(a.area):
            add(row, _unknown("area", a.area, Area.listed(), Words("Area", Area.values())))
        if not Indication.has(a.indication):
            indications = Words("Indication", Indication.values())
            add(row, _unknown("indication", a.indication, Indication.listed(), indications))
        elif (a.area, a.indication) in seen:
            add(row, said(f"{name} is listed twice.", "area_twice", area=area))
        seen.add((a.area, a.indication))
        if not MIN_DEPTH_MM <= a.depth_mm <= MAX_DEPTH_MM:
            message = (
                f"Needle depth for {name} must be at least {MIN_DEPTH_MM:g} mm and at most "
                f"{MAX_DEPTH_MM:.1f} mm (got {a.depth_mm:g} mm)."
            )
            least, most = Depth(MIN_DEPTH_MM), Depth(MAX_DEPTH_MM)
            got = Depth(a.depth_mm) if math.isfinite(a.depth_mm) else str(a.depth_mm)
            add(row, said(message, "depth_range", area=area, least=least, most=most, got=got))
        if a.passes is not None and a.passes < 1:
            add(row, said(f"Passes for {name} must be at least 1.", "passes_min", area=area))
        elif a.passes is not None and a.passes > MAX_PASSES:
            message = f"Passes for {name} must be at most {MAX_PASSES}."
            add(row, said(message, "passes_max", area=area, most=MAX_PASSES))
        if not Endpoint.has(a.endpoint):
            message = f"Unknown endpoint “{a.endpoint}” for {name}."
            add(row, said(message, "unknown_endpoint", value=a.endpoint, area=area))
    for i, p in enumerate(d.products):
        row = f"products.{i}"
        if not Phase.has(p.phase):
            message = f"Unknown product phase “{p.phase}”; use one of: {Phase.listed()}."
            phases = Words("Phase", Phase.values())
            add(row, said(message, "unknown_phase", value=p.phase, choices=phases))
        add_all(row, id_problems("product", p.product_id))
        if p.day_offset is not None:
            if p.phase != Phase.AFTERCARE:
                message = "A start day applies only to aftercare products."
                add(row, said(message, "start_day_aftercare_only"))
            else:
                add_all(
                    row,
                    int_problems("The aftercare start day", p.day_offset, 0, MAX_DOWNTIME_DAYS),
                )
        add_all(row, text_problems("A lot number", p.lot_number))
        add_all(row, text_problems("A product note", p.note, limit=MAX_TEXT, lines=True))
    if d.pain is not None and not 0 <= d.pain <= 10:
        add("pain", said("Pain must be between 0 and 10.", "int_range", field="Pain", lo=0, hi=10))
    if d.downtime_days is not None and d.downtime_days < 0:
        message = "Downtime cannot be negative."
        add("downtime_days", said(message, "not_negative", field="Downtime"))
    else:
        add_all("downtime_days", int_problems("Downtime", d.downtime_days, 0, MAX_DOWNTIME_DAYS))
    for field, label, value in (
        ("texture_score", "The texture score", d.texture_score),
        ("tone_score", "The tone score", d.tone_score),
    ):
        found: list[str] = []
        _score(label, value, found)
        add_all(field, found)
    for field, label, text in (
        ("notes", "The notes", d.notes),
        ("adverse_events", "The adverse events", d.adverse_events),
        ("texture_note", "The texture note", d.texture_note),
        ("tone_note", "The tone note", d.tone_note),
    ):
        add_all(field, text_problems(label, text, limit=MAX_TEXT, lines=True))
    for i, message in ratings_problems(d.ratings or (), own_rater="", mirrored=SESSION_MIRRORS):
        add(f"ratings.{i}", message)
    return problems


def treatment_problems(d: TreatmentDraft, now: datetime | None = None) -> list[str]:
    return [p.message for p in treatment_field_problems(d, now)]


def observation_problems(d: ObservationDraft, now: datetime | None = None) -> list[str]:
    problems: list[str] = id_problems("client", d.client_id)
    problems += id_problems("session", d.treatment_id)
    problems += _when_problems(
        "The date",
        d.observed_at,
        now,
        said("The skin check date is in the future.", "check_in_future"),
    )
    _score("The texture score", d.texture_score, problems)
    _score("The tone score", d.tone_score, problems)
    _score("Redness", d.redness, problems, hi=4)
    problems += text_problems("The rater", d.rater)
    for label, text in (
        ("The texture note", d.texture_note),
        ("The tone note", d.tone_note),
        ("The note", d.note),
    ):
        problems += text_problems(label, text, limit=MAX_TEXT, lines=True)
    ratings = d.ratings or ()
    problems += [m for _, m in ratings_problems(ratings, own_rater=d.rater, mirrored=CHECK_MIRRORS)]
    if (
        d.texture_score is None
        and d.tone_score is None
        and not ratings
        and not (
            d.texture_note.strip() or d.tone_note.strip() or d.note.strip() or d.redness is not None
        )
    ):
        problems.append(
            said("A skin check needs at least one score or note.", "check_needs_content")
        )
    return problems


def client_field_problems(d: ClientDraft) -> list[FieldProblem]:
    """What is wrong with a client draft, each problem with its field (a ClientDraft name)."""
    problems: list[FieldProblem] = []

    def add_all(field: str, messages: list[str]) -> None:
        problems.extend(FieldProblem(field, m) for m in messages)

    if not d.name.strip():
        add_all("name", [said("The client needs a name.", "client_needs_name")])
    add_all("name", text_problems("The name", d.name))
    if d.skin_type is not None and d.skin_type not in SKIN_TYPES:
        message = "Skin type must be a Fitzpatrick type from I to VI."
        add_all("skin_type", [said(message, "skin_type")])
    add_all("consent_on", day_problems("The consent date", d.consent_on))
    add_all("birth_date", day_problems("The date of birth", d.birth_date))
    if d.age_band is not None and not AgeBand.has(d.age_band):
        message = f"The age band must be one of: {AgeBand.listed()}."
        add_all("age_band", [said(message, "age_band", choices=AgeBand.listed())])
    add_all("phone", phone_problems(d.phone))
    add_all("email", email_problems(d.email))
    for field, label, text in (
        ("concerns", "The concerns", d.concerns),
        ("contraindications", "The contraindications", d.contraindications),
        ("notes", "The notes", d.notes),
    ):
        add_all(field, text_problems(label, text, limit=MAX_TEXT, lines=True))
    return problems


def client_problems(d: ClientDraft) -> list[str]:
    return [p.message for p in client_field_problems(d)]


_PHONE = re.compile(r"\+?[0-9 ()./-]+(?:\s*(?:ext\.?|x)\s*[0-9]+)?", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 5, 20


def phone_problems(phone: str) -> list[str]:
    """Digits with the usual separators, an optional leading + and extension; or nothing."""
    text = phone.strip()
    if not text:
        return []
    problems = text_problems("The phone number", text, limit=60)
    if problems:
        return problems
    n = sum(ch.isascii() and ch.isdigit() for ch in text)
    if not _PHONE.fullmatch(text) or not MIN_PHONE_DIGITS <= n <= MAX_PHONE_DIGITS:
        message = (
            f"“{text}” is not a phone number: use digits, spaces and + ( ) - . / only, "
            f"{MIN_PHONE_DIGITS} to {MAX_PHONE_DIGITS} digits (e.g. +49 170 1234567)."
        )
        limits = {"least": MIN_PHONE_DIGITS, "most": MAX_PHONE_DIGITS}
        return [said(message, "not_a_phone", value=text, **limits)]
    return []


def email_problems(email: str) -> list[str]:
    """One address: something@domain.tld, no spaces; or nothing."""
    text = email.strip()
    if not text:
        return []
    problems = text_problems("The e-mail address", text, limit=254)
    if problems:
        return problems
    if not _EMAIL.fullmatch(text):
        message = f"“{text}” is not an e-mail address (it should look like name@example.com)."
        return [said(message, "not_an_email", value=text)]
    return []


def device_problems(d: DeviceDraft) -> list[str]:
    problems: list[str] = []
    if not d.name.strip():
        problems.append(said("The device needs a name.", "device_needs_name"))
    if not DeviceKind.has(d.kind):
        message = f"Device kind must be one of: {DeviceKind.listed()}."
        problems.append(
            said(message, "device_kind", choices=Words("DeviceKind", DeviceKind.values()))
        )
    problems += int_problems("The needle count", d.needle_count, 1, MAX_NEEDLES)
    problems += text_problems("The device name", d.name)
    problems += text_problems("The cartridge", d.cartridge)
    problems += text_problems("The notes", d.notes, limit=MAX_TEXT, lines=True)
    return problems


def product_problems(d: ProductDraft) -> list[str]:
    needs_name = said("The product needs a name.", "product_needs_name")
    problems: list[str] = [] if d.name.strip() else [needs_name]
    problems += text_problems("The product name", d.name)
    problems += text_problems("The brand", d.brand)
    problems += text_problems("The kind", d.kind)
    for ingredient in d.ingredients:
        problems += text_problems("An ingredient", ingredient)
    problems += text_problems("The notes", d.notes, limit=MAX_TEXT, lines=True)
    return problems


def _unknown(what: str, value: str, listed: str, choices: Words) -> str:
    return said(
        f"Unknown {what} “{value}”; choose one of: {listed}.",
        f"unknown_{what}",
        value=value,
        choices=choices,
    )


SESSION_MIRRORS = frozenset(("texture", "tone"))
CHECK_MIRRORS = frozenset(("texture", "tone", "visia-redness"))


def rating_problems(d: RatingDraft) -> list[str]:
    """A value on a named scale: a known scale, in its range, a known face area."""
    scale = find_scale(d.scale)
    if scale is None:
        return [unknown_scale(d.scale)]
    problems: list[str] = []
    out_of_range = scale.problem(d.value)
    if out_of_range:
        problems.append(out_of_range)
    if d.area:
        if not scale.per_area:
            message = f"{scale.title} is given for the whole face, not per area."
            problems.append(said(message, "scale_whole_face", scale=Words("Scale", (scale.name,))))
        elif not Area.has(d.area):
            problems.append(_unknown("area", d.area, Area.listed(), Words("Area", Area.values())))
    problems += text_problems("The rater", d.rater)
    problems += text_problems("The rating note", d.note, limit=MAX_TEXT, lines=True)
    problems += id_problems("photo", d.baseline_photo_id)
    return problems


def ratings_problems(
    drafts: tuple[RatingDraft, ...], *, own_rater: str, mirrored: frozenset[str]
) -> list[tuple[int, str]]:
    """The problems of a record's ratings on the other scales, by row: each valid, none
    twice (same scale, area and rater), none repeating the record's own score fields."""
    problems: list[tuple[int, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for i, d in enumerate(drafts):
        problems += [(i, m) for m in rating_problems(d)]
        scale = find_scale(d.scale)
        if scale is None:
            continue
        key = (scale.name, d.area, d.rater.strip())
        if key in seen:
            message = f"{scale.title} is given twice by the same rater."
            problems.append((i, said(message, "scale_twice", scale=Words("Scale", (scale.name,)))))
        seen.add(key)
        if scale.name in mirrored and not d.area and d.rater.strip() == own_rater.strip():
            message = f"{scale.title} has its own field; enter it there."
            scale_words = Words("Scale", (scale.name,))
            problems.append((i, said(message, "scale_own_field", scale=scale_words)))
    return problems
