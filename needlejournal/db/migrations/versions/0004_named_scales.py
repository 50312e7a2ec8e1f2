"""named scales: a rating table (scale, version, rater) for sessions and skin checks

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 12:40:00

Ratings on named scales (Fitzpatrick, Goodman & Baron, Glogau, GAIS, VISIA 0–4, …) are stored
one per row with the scale's name and version and the rater. The journal's two 0–10 scores
become the named scales ``texture`` and ``tone`` (and a skin check's redness ``visia-redness``):
their existing values are copied here, rated by the record's own rater (a session's: the
client, ""), while the old columns stay and are kept equal by the journal, so readers of the
old fields (reports, archives, older tools) keep working.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import needlejournal.db.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COPIED = (  # (table, column, scale, rater column or None for the client's own)
    ("treatment", "texture_score", "texture", None),
    ("treatment", "tone_score", "tone", None),
    ("observation", "texture_score", "texture", "rater"),
    ("observation", "tone_score", "tone", "rater"),
    ("observation", "redness", "visia-redness", "rater"),
)


def upgrade() -> None:
    rating = op.create_table(
        "rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("treatment_id", sa.Integer(), nullable=True),
        sa.Column("observation_id", sa.Integer(), nullable=True),
        sa.Column("scale", sa.String(length=40), nullable=False),
        sa.Column("scale_version", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("rater", sa.String(length=100), nullable=False),
        sa.Column("baseline_photo_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(treatment_id IS NULL) <> (observation_id IS NULL)",
            name=op.f("ck_rating_one_record"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_rating_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["treatment_id"],
            ["treatment.id"],
            name=op.f("fk_rating_treatment_id_treatment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_rating_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["baseline_photo_id"],
            ["photo.id"],
            name=op.f("fk_rating_baseline_photo_id_photo"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating")),
    )
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.create_index("ix_rating_client_scale", ["client_id", "scale"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rating_observation_id"), ["observation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_rating_treatment_id"), ["treatment_id"], unique=False)

    bind = op.get_bind()
    now = datetime.now(UTC)
    for table, column, scale, rater_column in _COPIED:
        source = sa.table(
            table,
            sa.column("id", sa.Integer),
            sa.column("client_id", sa.Integer),
            sa.column(column, sa.Integer),
            *([sa.column(rater_column, sa.String)] if rater_column else []),
        )
        rater = source.c[rater_column] if rater_column else sa.literal("")
        rows = bind.execute(
            sa.select(source.c.id, source.c.client_id, source.c[column], rater).where(
                source.c[column].is_not(None)
            )
        ).all()
        key = "treatment_id" if table == "treatment" else "observation_id"
        other = "observation_id" if table == "treatment" else "treatment_id"
        if rows:
            op.bulk_insert(
                rating,
                [
                    {
                        "client_id": client_id,
                        key: record_id,
                        other: None,
                        "scale": scale,
                        "scale_version": 1,
                        "area": "",
                        "value": value,
                        "rater": who or "",
                        "baseline_photo_id": None,
                        "note": "",
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                    for record_id, client_id, value, who in rows
                ],
            )


def downgrade() -> None:
    # texture/tone/redness live on in the old columns; ratings on the other scales go.
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rating_treatment_id"))
        batch_op.drop_index(batch_op.f("ix_rating_observation_id"))
        batch_op.drop_index("ix_rating_client_scale")
    op.drop_table("rating")
