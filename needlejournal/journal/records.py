"""Plain frozen records handed to the front ends (never ORM objects) and drafts they send back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from needlejournal.guidance import Endpoint, GuidanceWarning, Indication, PhotoRole, PhotoView
from needlejournal.journal.client_records import ClientRecord as ClientRecord
from needlejournal.journal.client_records import ClientSummary as ClientSummary
from needlejournal.journal.import_results import ImportedPhoto as ImportedPhoto
from needlejournal.journal.import_results import ImportResult as ImportResult
from needlejournal.journal.import_results import KnownPhoto as KnownPhoto
from needlejournal.journal.import_results import RejectedFile as RejectedFile
from needlejournal.journal.screening_records import ScreeningRecord

Mode = Literal["personal", "clinic"]
MODES: tuple[Mode, ...] = ("personal", "clinic")
SELF_NAME = "Me"  # the one client of a personal journal


@dataclass(frozen=True)
class DeviceRecord:
    id: int
    name: str
    kind: str  # a DeviceKind
    needle_count: int | None
    cartridge: str
    notes: str
    archived: bool
    version: int


@dataclass(frozen=True)
class ProductRecord:
    id: int
    name: str
    brand: str
    kind: str
    ingredients: tuple[str, ...]
    notes: str
    archived: bool
    version: int


@dataclass(frozen=True)
class AreaRecord:
    area: str  # an Area
    depth_mm: float
    passes: int | None
    endpoint: str  # an Endpoint
    indication: str = Indication.GENERAL.value  # an Indication


@dataclass(frozen=True)
class ProductUseRecord:
    product_id: int
    product_name: str
    brand: str
    phase: str  # a Phase
    lot_number: str
    note: str
    day_offset: int | None = None  # aftercare: first used this many days after the session


@dataclass(frozen=True)
class TreatmentRecord:
    # The leading fields are ``treatment`` columns of the same names (the timeline reads them
    # as rows: ``convert.record_columns``); the nested parts follow.
    id: int
    client_id: int
    performed_at: datetime
    pain: int | None
    numbing: bool
    downtime_days: int | None
    adverse_events: str
    notes: str
    texture_note: str
    texture_score: int | None
    tone_note: str
    tone_score: int | None
    version: int
    device: DeviceRecord | None
    areas: tuple[AreaRecord, ...]
    products: tuple[ProductUseRecord, ...]
    warnings: tuple[GuidanceWarning, ...] = ()
    kind: Literal["treatment"] = "treatment"

    @property
    def when(self) -> datetime:
        return self.performed_at

    @property
    def deepest_mm(self) -> float:
        return max((a.depth_mm for a in self.areas), default=0.0)


@dataclass(frozen=True)
class ObservationRecord:
    id: int
    client_id: int
    observed_at: datetime
    treatment_id: int | None
    texture_score: int | None
    tone_score: int | None
    redness: int | None
    texture_note: str
    tone_note: str
    note: str
    rater: str
    version: int
    kind: Literal["observation"] = "observation"

    @property
    def when(self) -> datetime:
        return self.observed_at


TimelineEntry = TreatmentRecord | ObservationRecord


@dataclass(frozen=True)
class RatingRecord:
    """A value on a named scale (``guidance.scales``) given to a session or a skin check."""

    id: int
    client_id: int
    treatment_id: int | None
    observation_id: int | None
    when: datetime  # the session's or skin check's date
    scale: str
    scale_version: int
    area: str  # "" = the whole face
    value: int
    rater: str  # "" = the client's own rating
    baseline_photo_id: int | None
    note: str
    version: int

    @property
    def record(self) -> tuple[str, int]:
        """("treatment", id) or ("observation", id): the entry the rating belongs to."""
        if self.treatment_id is not None:
            return ("treatment", self.treatment_id)
        assert self.observation_id is not None
        return ("observation", self.observation_id)


@dataclass(frozen=True)
class Timeline:
    client: ClientRecord
    entries: tuple[TimelineEntry, ...]  # sessions and skin checks, oldest first
    photos: tuple[PhotoRecord, ...] = ()  # the client's photos, oldest first
    ratings: tuple[RatingRecord, ...] = ()  # every rating of those entries, oldest first
    screening: ScreeningRecord | None = None  # the screening checklist on file, versioned

    def ratings_of(self, kind: str, record_id: int) -> tuple[RatingRecord, ...]:
        return tuple(r for r in self.ratings if r.record == (kind, record_id))


@dataclass(frozen=True)
class RatingDraft:
    """A value to store on a named scale; the session or skin check is given beside it."""

    scale: str
    value: int
    area: str = ""
    rater: str = ""
    note: str = ""
    baseline_photo_id: int | None = None


# ---- drafts: what a dialog or the CLI sends to be saved --------------------------------


@dataclass(frozen=True)
class AreaDraft:
    area: str
    depth_mm: float
    passes: int | None = None
    endpoint: str = Endpoint.NONE.value
    indication: str = Indication.GENERAL.value


@dataclass(frozen=True)
class ProductUseDraft:
    product_id: int
    phase: str
    lot_number: str = ""
    note: str = ""
    day_offset: int | None = None  # aftercare only: 0 = the day of the session


@dataclass(frozen=True)
class TreatmentDraft:
    client_id: int
    performed_at: datetime
    areas: tuple[AreaDraft, ...]
    device_id: int | None = None
    products: tuple[ProductUseDraft, ...] = ()
    pain: int | None = None
    numbing: bool = False
    downtime_days: int | None = None
    adverse_events: str = ""
    notes: str = ""
    texture_note: str = ""
    texture_score: int | None = None
    tone_note: str = ""
    tone_score: int | None = None
    id: int | None = None  # set when editing
    version: int | None = None  # the version read, for optimistic locking
    # The session's ratings on the other named scales, replaced whole when given (None: kept).
    ratings: tuple[RatingDraft, ...] | None = None


@dataclass(frozen=True)
class NamedProduct:
    name_or_id: str
    phase: str
    day_offset: int | None = None


@dataclass(frozen=True)
class NamedSession:
    """A session draft whose client, device and products are still names (or ids as digits):
    the command line's way; ``Journal.save_named_session`` resolves and saves it in one unit."""

    client: str
    device: str
    products: tuple[NamedProduct, ...]
    draft: TreatmentDraft  # client_id, device_id and products are filled in when saving


@dataclass(frozen=True)
class ObservationDraft:
    client_id: int
    observed_at: datetime
    texture_score: int | None = None
    tone_score: int | None = None
    redness: int | None = None
    texture_note: str = ""
    tone_note: str = ""
    note: str = ""
    rater: str = ""
    treatment_id: int | None = None
    id: int | None = None
    version: int | None = None
    # The check's ratings on the other named scales, replaced whole when given (None: kept).
    ratings: tuple[RatingDraft, ...] | None = None


@dataclass(frozen=True)
class ClientDraft:
    name: str
    skin_type: str | None = None
    concerns: str = ""
    contraindications: str = ""
    consent_on: date | None = None
    notes: str = ""
    is_self: bool = False
    archived: bool = False
    id: int | None = None
    version: int | None = None
    birth_date: date | None = None
    age_band: str | None = None  # an AgeBand; ignored when a birth date is given
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class DeviceDraft:
    name: str
    kind: str
    needle_count: int | None = None
    cartridge: str = ""
    notes: str = ""
    archived: bool = False
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class ProductDraft:
    name: str
    brand: str = ""
    kind: str = "serum"
    ingredients: tuple[str, ...] = field(default_factory=tuple)
    notes: str = ""
    archived: bool = False
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class SavedTreatment:
    """What a save returns: the stored session (with warnings) so views refresh only it."""

    treatment: TreatmentRecord
    created: bool


# ---- photos ------------------------------------------------------------------------------

# Roles, views and skin states are ``guidance.PhotoRole``/``PhotoView``/``SkinState``.
# Capture conditions kept in Photo.capture: {"skin": a SkinState, "day_after": N,
# "light": "daylight window"…, "camera": "iPhone 15"…}. Day-3 redness is not a tone change.


@dataclass(frozen=True)
class PhotoRecord:
    id: int
    client_id: int
    treatment_id: int | None
    role: str
    view: str
    taken_at: datetime
    sha256: str
    media_type: str
    width: int
    height: int
    bytes: int
    original_name: str
    capture: dict[str, object]
    landmarks: dict[str, object] | None
    note: str
    version: int
    # May it be shared? None: as the client's marketing/sharing consent (``journal.sharing``).
    share_consent: bool | None = None


@dataclass(frozen=True)
class PhotoEdit:
    """A photo's editable details and the version they were read at, like a session draft.

    Made from the record on screen (``PhotoEdit.of``), changed with ``dataclasses.replace``
    and saved whole by ``PhotoLibrary.update``: an edit of a copy that another seat has
    changed since is refused (``Conflict``), never silently written over it.
    """

    id: int
    version: int
    role: str
    view: str
    taken_at: datetime
    treatment_id: int | None
    capture: dict[str, object]
    note: str
    landmarks: dict[str, object] | None
    share_consent: bool | None = None  # None: as the client's marketing consent

    @classmethod
    def of(cls, photo: PhotoRecord) -> PhotoEdit:
        return cls(
            id=photo.id,
            version=photo.version,
            role=photo.role,
            view=photo.view,
            taken_at=photo.taken_at,
            treatment_id=photo.treatment_id,
            capture=dict(photo.capture),
            note=photo.note,
            landmarks=dict(photo.landmarks) if photo.landmarks else None,
            share_consent=photo.share_consent,
        )


@dataclass(frozen=True)
class PhotoDraft:
    """Where an imported photo belongs and how it was taken."""

    client_id: int
    role: str = PhotoRole.PROGRESS.value
    view: str = PhotoView.FRONT.value
    treatment_id: int | None = None
    capture: dict[str, object] = field(default_factory=dict)
    note: str = ""
