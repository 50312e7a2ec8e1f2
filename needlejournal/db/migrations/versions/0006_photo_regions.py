"""photo regions and their measures: named regions of a view, metrics per photo and region

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 13:00:00

A region ("left cheek") is drawn once on a reference photo of a view and kept as fractions of
that photo's size; it is measured on the other photos of the view through their alignment, and
each result is stored with the photo, the region, the pixels measured, how they were aligned
and the metrics' definitions version, so a chart of a region over time reads stored numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import needlejournal.db.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "photo_region",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("view", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("shape", sa.String(length=8), nullable=False),
        sa.Column("reference_photo_id", sa.Integer(), nullable=True),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("w", sa.Float(), nullable=False),
        sa.Column("h", sa.Float(), nullable=False),
        sa.Column("grey_card", sa.JSON(), nullable=True),
        sa.Column("created_at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.CheckConstraint("shape IN ('rect','ellipse')", name=op.f("ck_photo_region_shape")),
        sa.CheckConstraint("w > 0 AND h > 0", name=op.f("ck_photo_region_size")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_photo_region_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reference_photo_id"],
            ["photo.id"],
            name=op.f("fk_photo_region_reference_photo_id_photo"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_region")),
        sa.UniqueConstraint("client_id", "view", "name", name="uq_photo_region_client_view_name"),
    )
    op.create_table(
        "photo_measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("px", sa.JSON(), nullable=False),
        sa.Column("alignment", sa.String(length=16), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("metrics_version", sa.Integer(), nullable=False),
        sa.Column("colour_space", sa.String(length=200), nullable=False),
        sa.Column("white_balance", sa.String(length=200), nullable=False),
        sa.Column("measured_at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["photo.id"],
            name=op.f("fk_photo_measure_photo_id_photo"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["photo_region.id"],
            name=op.f("fk_photo_measure_region_id_photo_region"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_measure")),
        sa.UniqueConstraint("photo_id", "region_id", name="uq_photo_measure_photo_region"),
    )
    with op.batch_alter_table("photo_measure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_measure_region_id"), ["region_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo_measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_measure_region_id"))
    op.drop_table("photo_measure")
    op.drop_table("photo_region")
