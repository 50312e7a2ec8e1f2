"""the client record, consent on file, per-photo sharing consent, product and lot expiry

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 12:40:00

Client: date of birth or age band, phone, e-mail. ``consent``: one row per consent taken
(kind, date, valid until, who took it, the signed document by content hash). Photo:
``share_consent`` (NULL: as the client's marketing consent). Product: ``expires_on``;
``product_lot``: the expiry date of each lot of a product.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import needlejournal.db.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AGE_BANDS = "'under18','18-24','25-34','35-44','45-54','55-64','65+'"


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("birth_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("age_band", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("phone", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("email", sa.String(length=254), nullable=False, server_default="")
        )
        # NULL passes a CHECK (NULL IN (...) is unknown, not false): no age band given.
        batch_op.create_check_constraint("age_band", f"age_band IN ({_AGE_BANDS})")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.alter_column("phone", server_default=None)
        batch_op.alter_column("email", server_default=None)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("taken_by", sa.String(length=200), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=True),
        sa.Column("document_type", sa.String(length=40), nullable=False),
        sa.Column("document_name", sa.String(length=500), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(
            "kind IN ('treatment','photography','marketing')", name=op.f("ck_consent_kind")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_consent_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index("ix_consent_client_given", ["client_id", "given_on"], unique=False)
        batch_op.create_index("ix_consent_document", ["document_sha256"], unique=False)

    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.add_column(sa.Column("share_consent", sa.Boolean(), nullable=True))

    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expires_on", sa.Date(), nullable=True))

    op.create_table(
        "product_lot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("lot_number", sa.String(length=100), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_product_lot_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_lot")),
        sa.UniqueConstraint("product_id", "lot_number", name="uq_product_lot"),
    )


def downgrade() -> None:
    op.drop_table("product_lot")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("expires_on")
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_column("share_consent")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_document")
        batch_op.drop_index("ix_consent_client_given")
    op.drop_table("consent")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_constraint("ck_client_age_band", type_="check")
        batch_op.drop_column("email")
        batch_op.drop_column("phone")
        batch_op.drop_column("age_band")
        batch_op.drop_column("birth_date")
