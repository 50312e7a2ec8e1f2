"""who changed each record: the seat and OS user of the last insert or update

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 12:40:00

Every tracked table (client, consent, device, product, product_lot, treatment, observation,
rating, photo) gets ``changed_by``, e.g. "FRONT-DESK (ana)", so a conflicting save can say who
changed the record and when. Rows written before hold "" (nobody recorded).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRACKED = (
    "client",
    "consent",
    "device",
    "product",
    "product_lot",
    "treatment",
    "observation",
    "rating",
    "photo",
)


def upgrade() -> None:
    for table in TRACKED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False)
            )


def downgrade() -> None:
    for table in reversed(TRACKED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("changed_by")
