"""a region can be colour-corrected against a ColorChecker marked in its photo

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 16:05:00

``photo_region.colour_chart`` holds the four corners of a ColorChecker Classic in the region's
reference photo (dark skin, bluish green, black, white; x, y fractions of the photo's upright
size, eight numbers); NULL: no chart. Measures then correct the colours against it
(``photos/colour_chart.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("photo_region") as batch:
        batch.add_column(sa.Column("colour_chart", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("photo_region") as batch:
        batch.drop_column("colour_chart")
