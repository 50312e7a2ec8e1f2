"""the audit trail: an append-only, hash-chained log of who did what, and its chain head

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:40:00

``audit_entry`` holds one line per action (created, changed with the field names, deleted,
viewed photos, exported, erased, backed up, restored…); each line carries the SHA-256 of the
previous line's hash and its own canonical content, so an edited, deleted or reordered line
breaks the chain. ``audit_head`` (one row) names the newest line: appends lock it, so two
seats never fork the chain, and removing the newest lines is caught too. A journal from
before 0007 starts its chain empty: nothing earlier was recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import needlejournal.db.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", needlejournal.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("seat", sa.String(length=100), nullable=False),
        sa.Column("os_user", sa.String(length=100), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_entry_client_id", ["client_id"], unique=False)
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.bulk_insert(head, [{"id": 1, "last_id": 0, "last_hash": GENESIS}])


def downgrade() -> None:
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_client_id")
        batch_op.drop_index("ix_audit_entry_at")
    op.drop_table("audit_entry")
