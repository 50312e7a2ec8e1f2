"""A conflicting save, side by side: which fields differ between the stored record and mine.

When a save is refused because another seat changed the record (``errors.Conflict``), the
person sees, for every field that differs, the stored value ("theirs") and their own ("mine"),
and chooses: Reload (discard mine), Keep mine (``resolved(mine, theirs)``: my draft again,
now against the stored version, so it overwrites knowingly) or Merge (``resolved`` with the
fields to take from theirs). Pure: records and drafts in, text and drafts out; the window and
the command line share it. Labels are the words the edit dialogs use.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from typing import Any, TypeVar

from needlejournal.dates import format_date, format_day, format_when, local
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    ClientRecord,
    DeviceDraft,
    ObservationDraft,
    PhotoEdit,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.stamps import parse_stamp

D = TypeVar("D")


@dataclass(frozen=True)
class Names:
    """What ids in a draft are called (devices, products, a client's sessions by date)."""

    devices: Mapping[int, str] = field(default_factory=dict)
    products: Mapping[int, str] = field(default_factory=dict)
    sessions: Mapping[int, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class Difference:
    """One field whose stored value is not the one in my edit."""

    field: str  # the draft's attribute ("skin_type")
    label: str  # in the edit dialog's words ("Fitzpatrick skin type")
    theirs: str  # the stored value, as text
    mine: str  # my value, as text
    mine_changed: bool  # I changed it from what I had read (a merge proposes mine)


Text = Callable[[Any, Names], str]


@dataclass(frozen=True)
class _Field:
    name: str
    label: str
    text: Text
    stored: Callable[[Any], object] | None = None  # record → draft value (default: same name)

    def of(self, record: object) -> object:
        return self.stored(record) if self.stored else getattr(record, self.name)


# ---- how a value reads ---------------------------------------------------------------------


def _plain(value: Any, _names: Names) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return format_when(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _score(value: Any, _names: Names) -> str:
    return "—" if value is None else f"{value} / 10"


def _days(value: Any, _names: Names) -> str:
    if value is None:
        return "—"
    return "1 day" if value == 1 else f"{value} days"


def _device(value: Any, names: Names) -> str:
    if value is None:
        return "no device"
    return names.devices.get(value, f"device {value}")


def _session(value: Any, names: Names) -> str:
    if value is None:
        return "no session"
    when = names.sessions.get(value)
    return f"session of {format_day(when)}" if when else f"session {value}"


def _areas(value: Any, _names: Names) -> str:
    parts = []
    for a in value:
        passes = f" ×{a.passes}" if a.passes else ""
        endpoint = f" ({a.endpoint.replace('_', ' ')})" if a.endpoint != "none" else ""
        parts.append(f"{a.area.replace('_', ' ')} {a.depth_mm:g} mm{passes}{endpoint}")
    return ", ".join(parts) or "—"


def _products(value: Any, names: Names) -> str:
    parts = []
    for u in value:
        name = names.products.get(u.product_id, f"product {u.product_id}")
        lot = f", lot {u.lot_number}" if u.lot_number else ""
        parts.append(f"{name} ({u.phase}{lot})")
    return ", ".join(parts) or "—"


def _capture(value: Any, _names: Names) -> str:
    items = [f"{k.replace('_', ' ')}: {v}" for k, v in sorted(value.items()) if v not in ("", None)]
    return ", ".join(items) or "—"


def _landmarks(value: Any, _names: Names) -> str:
    return f"{len(value)} anchor points" if value else "none"


# ---- the fields of each kind of edit -----------------------------------------------------------


def _area_drafts(t: TreatmentRecord) -> tuple[AreaDraft, ...]:
    return tuple(AreaDraft(a.area, a.depth_mm, a.passes, a.endpoint) for a in t.areas)


def _product_drafts(t: TreatmentRecord) -> tuple[ProductUseDraft, ...]:
    return tuple(ProductUseDraft(u.product_id, u.phase, u.lot_number, u.note) for u in t.products)


_CLIENT = (
    _Field("name", "Name", _plain),
    _Field("skin_type", "Fitzpatrick skin type", _plain),
    _Field("concerns", "Concerns", _plain),
    _Field("contraindications", "Contraindications", _plain),
    _Field("consent_on", "Consent", _plain),
    _Field("birth_date", "Date of birth", _plain),
    _Field("age_band", "Age band", _plain),
    _Field("phone", "Phone", _plain),
    _Field("email", "E-mail", _plain),
    _Field("notes", "Notes", _plain),
    _Field("archived", "Archived", _plain),
)
_TREATMENT = (
    _Field("performed_at", "Date and time", _plain),
    _Field("device_id", "Device", _device, lambda t: t.device.id if t.device else None),
    _Field("areas", "Areas", _areas, _area_drafts),
    _Field("products", "Products", _products, _product_drafts),
    _Field("pain", "Pain", _score),
    _Field("numbing", "Numbing", _plain),
    _Field("downtime_days", "Downtime", _days),
    _Field("adverse_events", "Adverse events", _plain),
    _Field("texture_score", "Texture", _score),
    _Field("texture_note", "Texture note", _plain),
    _Field("tone_score", "Tone", _score),
    _Field("tone_note", "Tone note", _plain),
    _Field("notes", "Notes", _plain),
)
_OBSERVATION = (
    _Field("observed_at", "Date and time", _plain),
    _Field("treatment_id", "Session", _session),
    _Field("texture_score", "Texture", _score),
    _Field("texture_note", "Texture note", _plain),
    _Field("tone_score", "Tone", _score),
    _Field("tone_note", "Tone note", _plain),
    _Field("redness", "Redness", _plain),
    _Field("note", "Note", _plain),
    _Field("rater", "Rated by", _plain),
)
_PHOTO = (
    _Field("taken_at", "Taken", _plain),
    _Field("treatment_id", "Session", _session),
    _Field("role", "Role", _plain),
    _Field("view", "View", _plain),
    _Field("capture", "How it was taken", _capture, lambda p: dict(p.capture)),
    _Field("note", "Note", _plain),
    _Field(
        "landmarks",
        "Anchor points",
        _landmarks,
        lambda p: dict(p.landmarks) if p.landmarks else None,
    ),
)
_DEVICE = (
    _Field("name", "Name", _plain),
    _Field("kind", "Kind", _plain),
    _Field("needle_count", "Needles", _plain),
    _Field("cartridge", "Cartridge", _plain),
    _Field("notes", "Notes", _plain),
    _Field("archived", "Archived", _plain),
)
_PRODUCT = (
    _Field("name", "Name", _plain),
    _Field("brand", "Brand", _plain),
    _Field("kind", "Kind", _plain),
    _Field("ingredients", "Ingredients", lambda v, _n: ", ".join(v) or "—"),
    _Field("notes", "Notes", _plain),
    _Field("archived", "Archived", _plain),
)

_FIELDS: dict[type, tuple[_Field, ...]] = {
    ClientDraft: _CLIENT,
    TreatmentDraft: _TREATMENT,
    ObservationDraft: _OBSERVATION,
    PhotoEdit: _PHOTO,
    DeviceDraft: _DEVICE,
    ProductDraft: _PRODUCT,
}


def _fields_of(mine: object) -> tuple[_Field, ...]:
    try:
        return _FIELDS[type(mine)]
    except KeyError:
        raise TypeError(f"No conflict fields for {type(mine).__name__}") from None


def _names_from(records: tuple[object, ...], names: Names) -> Names:
    """``names`` completed with what the stored and the base session say (devices, products)."""
    devices, products = dict(names.devices), dict(names.products)
    for t in records:
        if not isinstance(t, TreatmentRecord):
            continue
        if t.device is not None:
            devices.setdefault(t.device.id, t.device.name)
        for u in t.products:
            products.setdefault(u.product_id, u.product_name)
    return Names(devices, products, names.sessions)


def differences(
    theirs: object, mine: object, base: object | None = None, names: Names | None = None
) -> tuple[Difference, ...]:
    """The fields where the stored record ``theirs`` and my draft ``mine`` differ.

    ``base`` is the record my edit started from (the dialog's), telling which fields I
    changed; without it every difference counts as mine.
    """
    said = _names_from((theirs, base), names or Names())
    found = []
    for f in _fields_of(mine):
        stored, typed = f.of(theirs), getattr(mine, f.name)
        if stored == typed:
            continue
        changed = base is None or f.of(base) != typed
        found.append(
            Difference(f.name, f.label, f.text(stored, said), f.text(typed, said), changed)
        )
    return tuple(found)


def resolved(mine: D, theirs: object, take_theirs: Collection[str] = ()) -> D:
    """My draft against the stored version, with the fields named in ``take_theirs`` taken from
    the stored record: saving it overwrites knowingly (nothing of theirs is lost unseen)."""
    fields = _fields_of(mine)
    unknown = set(take_theirs) - {f.name for f in fields}
    if unknown:
        raise ValueError(f"Not a field of this record: {', '.join(sorted(unknown))}")
    taken = {f.name: f.of(theirs) for f in fields if f.name in take_theirs}
    return replace(mine, version=theirs_version(theirs), **taken)  # type: ignore[type-var]


def theirs_version(theirs: object) -> int:
    version = getattr(theirs, "version", None)
    if not isinstance(version, int):
        raise TypeError(f"{type(theirs).__name__} has no version")
    return version


def changed_phrase(
    changed_by: str,
    changed_at: datetime | None,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> str:
    """'changed on seat FRONT-DESK at 10:42 by ana' (a time today, else a day and time)."""
    seat, user = parse_stamp(changed_by)
    where = f"on seat {seat}" if seat else "elsewhere"
    by = f" by {user}" if user else ""
    if changed_at is None:
        return f"changed {where}{by}"
    when = local(changed_at, tz)
    today = local(now, tz).date() if now is not None else datetime.now(when.tzinfo).date()
    at = f"at {when:%H:%M}" if when.date() == today else f"on {format_date(when)} at {when:%H:%M}"
    return f"changed {where} {at}{by}"


def who_and_when(
    changed_by: str, changed_at: datetime | None, *, tz: tzinfo | None = None
) -> tuple[str, str, datetime | None, bool]:
    """(seat, user, the local time or None, whether that is today) for a front end's words."""
    seat, user = parse_stamp(changed_by)
    if changed_at is None:
        return seat, user, None, False
    when = local(changed_at, tz)
    return seat, user, when, when.date() == datetime.now(when.tzinfo).date()


def client_of(theirs: object) -> int | None:
    """The client a stored record belongs to (the timeline to refresh after a resolution)."""
    if isinstance(theirs, ClientRecord):
        return theirs.id
    client_id = getattr(theirs, "client_id", None)
    return client_id if isinstance(client_id, int) else None
