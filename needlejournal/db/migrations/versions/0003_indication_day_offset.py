"""treated areas get an indication, aftercare products a start day

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 12:50:00

``treatment_area.indication`` says why an area was treated (acne scars, stretch marks, …): the
usual depth depends on it. Rows from before get "general" (unspecified), which guidance reads
exactly as it read those rows until now. ``product_use.day_offset`` is the day after the
session an aftercare product was first used (NULL: not recorded), so the retinoid/acid washout
can be compared with it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The words of schema 0003, written out: a later vocabulary change needs its own migration.
_INDICATIONS = (
    "general",
    "rejuvenation",
    "acne_scars",
    "scars",
    "stretch_marks",
    "pigmentation",
    "hair_loss",
)


def upgrade() -> None:
    words = ",".join(f"'{w}'" for w in _INDICATIONS)
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


def downgrade() -> None:
    with op.batch_alter_table("product_use", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_product_use_day_offset"), type_="check")
        batch_op.drop_column("day_offset")
    with op.batch_alter_table("treatment_area", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_treatment_area_indication"), type_="check")
        batch_op.drop_column("indication")
