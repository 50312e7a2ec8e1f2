"""Photos and what is measured on them: ``Photo``, ``PhotoRegion``, ``PhotoMeasure``.

Part of the journal's tables: import them through ``db.models`` (as ``m``), which holds the
tables they refer to by name and so makes the mapping complete.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from needlejournal.db.model_base import Base, Tracked
from needlejournal.db.types import utcnow
from needlejournal.guidance.vocabulary import PhotoRole, PhotoView, RegionShape


class Photo(Tracked, Base):
    """A before/after/progress photo; the original lives in the content-addressed store."""

    __tablename__ = "photo"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    treatment_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment.id", ondelete="SET NULL")
    )
    role: Mapped[str] = mapped_column(String(16))  # a PhotoRole
    view: Mapped[str] = mapped_column(String(16), default=PhotoView.FRONT.value)
    taken_at: Mapped[datetime]
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(String(500), default="")
    capture: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    landmarks: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    # May this photo be shared (reports to show, social media)? None: as the client's
    # marketing/sharing consent says on the day it is asked.
    share_consent: Mapped[bool | None] = mapped_column(Boolean)

    __table_args__ = (
        CheckConstraint(PhotoRole.sql_check("role"), name="role"),
        UniqueConstraint("client_id", "sha256", name="uq_photo_client_sha256"),
        Index("ix_photo_client_taken", "client_id", "taken_at"),
        Index("ix_photo_sha256", "sha256"),
        Index("ix_photo_treatment", "treatment_id"),
    )


class PhotoRegion(Tracked, Base):
    """A named region of one view ("left cheek"), drawn on a reference photo and measured on
    every photo of that view through their alignment. Kept as fractions of the reference
    photo's upright size, so it means the same spot whatever the photo's resolution."""

    __tablename__ = "photo_region"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    view: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    shape: Mapped[str] = mapped_column(String(8), default="rect")
    reference_photo_id: Mapped[int | None] = mapped_column(
        ForeignKey("photo.id", ondelete="SET NULL")
    )
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    w: Mapped[float] = mapped_column(Float)
    h: Mapped[float] = mapped_column(Float)
    # A grey card in the reference photo, for white balance (fractions too; none: unbalanced).
    grey_card: Mapped[list[float] | None] = mapped_column(JSON)
    # A ColorChecker's four corners in the reference photo (dark skin, bluish green, black,
    # white: x, y fractions, eight numbers; schema 0009), for colour correction.
    colour_chart: Mapped[list[float] | None] = mapped_column(JSON)

    __table_args__ = (
        CheckConstraint(RegionShape.sql_check("shape"), name="shape"),
        CheckConstraint("w > 0 AND h > 0", name="size"),
        UniqueConstraint("client_id", "view", "name", name="uq_photo_region_client_view_name"),
    )


class PhotoMeasure(Base):
    """The metrics of one region on one photo, as measured (definitions ``metrics_version``)."""

    __tablename__ = "photo_measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"))
    region_id: Mapped[int] = mapped_column(
        ForeignKey("photo_region.id", ondelete="CASCADE"), index=True
    )
    px: Mapped[list[int]] = mapped_column(JSON)  # x, y, w, h in this photo's upright pixels
    alignment: Mapped[str] = mapped_column(String(16))  # reference | anchors | auto
    values: Mapped[dict[str, Any]] = mapped_column(JSON)  # L, a, b, ita, evenness, texture, …
    metrics_version: Mapped[int] = mapped_column(Integer)
    colour_space: Mapped[str] = mapped_column(String(200), default="")
    white_balance: Mapped[str] = mapped_column(String(200), default="")
    measured_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("photo_id", "region_id", name="uq_photo_measure_photo_region"),
    )
