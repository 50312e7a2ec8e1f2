"""The journal's tables (SQLAlchemy 2.x typed ORM).

A microneedling session is a ``Treatment`` here ("Session" in the UI): SQLAlchemy already has
a ``Session``. Every mutable table carries created/updated timestamps and a ``version`` used
as ``version_id_col`` so two clinic seats never silently overwrite each other.
Relationships use ``lazy="raise"``: a surprise lazy load is a bug, loads are explicit.
The CHECKs on stored words are built from the vocabulary enums (``guidance.vocabulary``);
``alembic check`` does not compare CHECK text, so ``tests/journal/test_vocabulary_schema.py``
ties the migrated schema to them.

The tables live in this module and its siblings, all re-exported here (import the tables
as ``from needlejournal.db import models as m``): ``model_base`` (``Base``, ``Tracked``),
``photo_models`` (photos, regions, measures), ``audit_models`` (the audit trail). Importing
this module maps every table, so ``Base.metadata`` (Alembic's env, ``alembic check``) holds
them all.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from needlejournal.db.audit_models import AuditEntry, AuditHead
from needlejournal.db.model_base import NAMING_CONVENTION, Base, Tracked
from needlejournal.db.photo_models import Photo, PhotoMeasure, PhotoRegion
from needlejournal.db.types import utcnow
from needlejournal.guidance.vocabulary import (
    AgeBand,
    ConsentKind,
    DeviceKind,
    Endpoint,
    Indication,
    Phase,
    ScreeningAnswer,
    ScreeningItem,
)

__all__ = [
    "NAMING_CONVENTION",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Client",
    "Consent",
    "Device",
    "Observation",
    "Photo",
    "PhotoMeasure",
    "PhotoRegion",
    "Product",
    "ProductLot",
    "ProductUse",
    "Rating",
    "ScreeningEntry",
    "Setting",
    "Tracked",
    "Treatment",
    "TreatmentArea",
]


class Client(Tracked, Base):
    __tablename__ = "client"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    skin_type: Mapped[str | None] = mapped_column(String(3))  # Fitzpatrick I..VI
    concerns: Mapped[str] = mapped_column(Text, default="")
    contraindications: Mapped[str] = mapped_column(Text, default="")
    consent_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    birth_date: Mapped[date | None] = mapped_column(Date)
    age_band: Mapped[str | None] = mapped_column(String(16))  # an AgeBand, when no birth date
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")

    treatments: Mapped[list[Treatment]] = relationship(
        back_populates="client", lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint(
            "skin_type IS NULL OR skin_type IN ('I','II','III','IV','V','VI')", name="skin_type"
        ),
        # NULL passes a CHECK (NULL IN (...) is unknown, not false): no age band given.
        CheckConstraint(AgeBand.sql_check("age_band"), name="age_band"),
        Index("ix_client_name", "name"),
    )


class Consent(Tracked, Base):
    """A consent on file: its kind, when and by whom it was taken, and the signed document
    (kept in the photo store by content hash, like a photo)."""

    __tablename__ = "consent"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # a ConsentKind
    given_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)  # withdrawn or expiring; None: open
    taken_by: Mapped[str] = mapped_column(String(200), default="")
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    document_type: Mapped[str] = mapped_column(String(40), default="")
    document_name: Mapped[str] = mapped_column(String(500), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint(ConsentKind.sql_check("kind"), name="kind"),
        Index("ix_consent_client_given", "client_id", "given_on"),
        Index("ix_consent_document", "document_sha256"),
    )


class Device(Tracked, Base):
    __tablename__ = "device"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # a DeviceKind
    needle_count: Mapped[int | None] = mapped_column(Integer)
    cartridge: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (CheckConstraint(DeviceKind.sql_check("kind"), name="kind"),)


class Product(Tracked, Base):
    __tablename__ = "product"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    brand: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(40), default="serum")
    ingredients: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    expires_on: Mapped[date | None] = mapped_column(Date)  # the stock on hand; lots: ProductLot


class ProductLot(Tracked, Base):
    """One lot (batch) of a product and its expiry date, printed on the packaging."""

    __tablename__ = "product_lot"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    lot_number: Mapped[str] = mapped_column(String(100))
    expires_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("product_id", "lot_number", name="uq_product_lot"),)


class Treatment(Tracked, Base):
    """One microneedling session."""

    __tablename__ = "treatment"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    performed_at: Mapped[datetime]
    device_id: Mapped[int | None] = mapped_column(ForeignKey("device.id", ondelete="SET NULL"))
    pain: Mapped[int | None] = mapped_column(Integer)
    numbing: Mapped[bool] = mapped_column(Boolean, default=False)
    downtime_days: Mapped[int | None] = mapped_column(Integer)
    adverse_events: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    texture_note: Mapped[str] = mapped_column(Text, default="")
    texture_score: Mapped[int | None] = mapped_column(Integer)
    tone_note: Mapped[str] = mapped_column(Text, default="")
    tone_score: Mapped[int | None] = mapped_column(Integer)

    client: Mapped[Client] = relationship(back_populates="treatments", lazy="raise")
    device: Mapped[Device | None] = relationship(lazy="raise")
    areas: Mapped[list[TreatmentArea]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="TreatmentArea.position",
    )
    products: Mapped[list[ProductUse]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ProductUse.position",
    )

    __table_args__ = (
        CheckConstraint("pain IS NULL OR (pain BETWEEN 0 AND 10)", name="pain"),
        CheckConstraint("downtime_days IS NULL OR downtime_days >= 0", name="downtime"),
        CheckConstraint(
            "texture_score IS NULL OR (texture_score BETWEEN 0 AND 10)", name="texture_score"
        ),
        CheckConstraint("tone_score IS NULL OR (tone_score BETWEEN 0 AND 10)", name="tone_score"),
        Index("ix_treatment_client_performed", "client_id", "performed_at"),
    )


class TreatmentArea(Base):
    __tablename__ = "treatment_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    treatment_id: Mapped[int] = mapped_column(
        ForeignKey("treatment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[str] = mapped_column(String(32))
    depth_mm: Mapped[float] = mapped_column(Float)
    passes: Mapped[int | None] = mapped_column(Integer)
    endpoint: Mapped[str] = mapped_column(String(24), default=Endpoint.NONE.value)
    # Why the area was treated (schema 0008); rows from before are "general" (unspecified).
    indication: Mapped[str] = mapped_column(
        String(24), default=Indication.GENERAL.value, server_default=Indication.GENERAL.value
    )

    __table_args__ = (
        CheckConstraint("depth_mm > 0 AND depth_mm <= 3.0", name="depth"),
        CheckConstraint("passes IS NULL OR passes >= 1", name="passes"),
        CheckConstraint(Endpoint.sql_check("endpoint"), name="endpoint"),
        CheckConstraint(Indication.sql_check("indication"), name="indication"),
    )


class ProductUse(Base):
    __tablename__ = "product_use"

    id: Mapped[int] = mapped_column(primary_key=True)
    treatment_id: Mapped[int] = mapped_column(
        ForeignKey("treatment.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase: Mapped[str] = mapped_column(String(16))
    lot_number: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Aftercare: the day after the session the product was first used (schema 0008).
    day_offset: Mapped[int | None] = mapped_column(Integer)

    product: Mapped[Product] = relationship(lazy="raise")

    __table_args__ = (
        CheckConstraint(Phase.sql_check("phase"), name="phase"),
        CheckConstraint("day_offset IS NULL OR (day_offset BETWEEN 0 AND 365)", name="day_offset"),
    )


class Observation(Tracked, Base):
    """A dated skin check, with or without a treatment."""

    __tablename__ = "observation"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    treatment_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment.id", ondelete="SET NULL")
    )
    observed_at: Mapped[datetime]
    texture_score: Mapped[int | None] = mapped_column(Integer)
    tone_score: Mapped[int | None] = mapped_column(Integer)
    redness: Mapped[int | None] = mapped_column(Integer)  # 0..4, VISIA-style vocabulary
    texture_note: Mapped[str] = mapped_column(Text, default="")
    tone_note: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    rater: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        CheckConstraint(
            "texture_score IS NULL OR (texture_score BETWEEN 0 AND 10)", name="texture_score"
        ),
        CheckConstraint("tone_score IS NULL OR (tone_score BETWEEN 0 AND 10)", name="tone_score"),
        CheckConstraint("redness IS NULL OR (redness BETWEEN 0 AND 4)", name="redness"),
        Index("ix_observation_client_observed", "client_id", "observed_at"),
    )


class Rating(Tracked, Base):
    """One value on a named scale (``guidance.scales``), given to a session or a skin check.

    The scale's name and version and the rater ("" for the client's own rating) are stored
    with the value. The ``texture``/``tone`` ratings of a record's own rater (and a skin
    check's ``visia-redness``) are mirrored in the record's old score columns.
    """

    __tablename__ = "rating"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    treatment_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment.id", ondelete="CASCADE"), index=True
    )
    observation_id: Mapped[int | None] = mapped_column(
        ForeignKey("observation.id", ondelete="CASCADE"), index=True
    )
    scale: Mapped[str] = mapped_column(String(40))
    scale_version: Mapped[int] = mapped_column(Integer, default=1)
    area: Mapped[str] = mapped_column(String(32), default="")  # "" = the whole face
    value: Mapped[int] = mapped_column(Integer)
    rater: Mapped[str] = mapped_column(String(100), default="")  # "" = self
    baseline_photo_id: Mapped[int | None] = mapped_column(
        ForeignKey("photo.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("(treatment_id IS NULL) <> (observation_id IS NULL)", name="one_record"),
        Index("ix_rating_client_scale", "client_id", "scale"),
    )


class ScreeningEntry(Base):
    """One answer of a client's screening checklist, as recorded (schema 0008).

    Rows are only ever added: a changed answer is a new row, so the answers on file at any
    earlier day stay readable (the current answer is the latest reviewed)."""

    __tablename__ = "screening_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(32))  # a ScreeningItem
    answer: Mapped[str] = mapped_column(String(8))  # a ScreeningAnswer
    item_date: Mapped[date | None] = mapped_column(Date)  # last course/treatment (timed items)
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint(ScreeningItem.sql_check("item"), name="item"),
        CheckConstraint(ScreeningAnswer.sql_check("answer"), name="answer"),
        Index("ix_screening_answer_client", "client_id", "reviewed_on"),
    )


class Setting(Base):
    """User-editable settings shared by every seat (guidance thresholds, mode)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
