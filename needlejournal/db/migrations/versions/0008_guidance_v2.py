"""treated areas get an indication, aftercare products a start day, clients a screening list

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:50:00

``treatment_area.indication`` says why an area was treated (acne scars, stretch marks, …): the
usual depth depends on it. Rows from before get "general" (unspecified), which guidance reads
exactly as it read those rows until now. ``product_use.day_offset`` is the day after the
session an aftercare product was first used (NULL: not recorded), so the retinoid/acid washout
can be compared with it.

``screening_answer`` holds a client's screening answers (DOMAIN.md's list), each yes / no /
unknown with the day it was reviewed and by whom; items with a time window carry the day of
the last course or treatment. Rows are only added, so a change keeps the previous answers.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import needlejournal.db.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The words of schema 0008, written out: a later vocabulary change needs its own migration.
_INDICATIONS = (
    "general",
    "rejuvenation",
    "acne_scars",
    "scars",
    "stretch_marks",
    "pigmentation",
    "hair_loss",
)

_ITEMS = (
    "active_infection",
    "skin_flare",
    "keloid",
    "bleeding",
    "diabetes",
    "pregnancy",
    "isotretinoin",
    "malignancy",
    "lesions",
    "allergy",
    "filler",
    "neuromodulator",
    "peel_laser",
)
_ANSWERS = ("yes", "no", "unknown")


def _words(values: tuple[str, ...]) -> str:
    return ",".join(f"'{v}'" for v in values)


def upgrade() -> None:
    words = _words(_INDICATIONS)
    with op.batch_alter_table("treatment_area", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("indication", sa.String(length=24), server_default="general", nullable=False)
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_treatment_area_indication"), f"indication IN ({words})"
        )
    with op.batch_alter_table("product_use", schema=None) as batch_op:
        batch_op.add_column(sa.Column("day_offset", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_product_use_day_offset"),
            "day_offset IS NULL OR (day_offset BETWEEN 0 AND 365)",
        )
    op.create_table(
        "screening_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=False),
        sa.Column("item_date", sa.Date(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"item IN ({_words(_ITEMS)})", name=op.f("ck_screening_answer_item")),
        sa.CheckConstraint(
            f"answer IN ({_words(_ANSWERS)})", name=op.f("ck_screening_answer_answer")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_screening_answer_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_answer")),
    )
    with op.batch_alter_table("screening_answer", schema=None) as batch_op:
        batch_op.create_index(
            "ix_screening_answer_client", ["client_id", "reviewed_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("screening_answer", schema=None) as batch_op:
        batch_op.drop_index("ix_screening_answer_client")
    op.drop_table("screening_answer")
    with op.batch_alter_table("product_use", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_product_use_day_offset"), type_="check")
        batch_op.drop_column("day_offset")
    with op.batch_alter_table("treatment_area", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_treatment_area_indication"), type_="check")
        batch_op.drop_column("indication")
