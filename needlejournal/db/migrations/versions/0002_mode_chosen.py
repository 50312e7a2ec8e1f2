"""write down the mode existing journals were in (the mode becomes an explicit choice)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 09:50:00

Until 0002 a journal with no stored mode was read as personal, and the stored mode was
switched by adding clients. From 0002 on the mode is only ever chosen by the user, and a
journal with no stored mode is a new one whose window asks "just me / I see clients".

So a journal from before that already holds clients but no mode is given the mode it was
effectively in, personal, once, here. This is a migration rather than a rule applied when
the setting is first read: it runs exactly once, on the data as the old version left it
(after the migration backup), and is recorded in the schema history. A read-time rule would
run on every later read too, and could not tell an old journal from a new one whose first
client was added before anyone chose a mode. An empty journal is left to ask.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import needlejournal.db.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_setting = sa.table(
    "setting",
    sa.column("key", sa.String),
    sa.column("value", sa.JSON),
    sa.column("updated_at", needlejournal.db.types.UTCDateTime(timezone=True)),
)
_client = sa.table("client", sa.column("id", sa.Integer))


def upgrade() -> None:
    bind = op.get_bind()
    has_mode = bind.execute(sa.select(_setting.c.key).where(_setting.c.key == "mode")).first()
    has_clients = bind.execute(sa.select(_client.c.id).limit(1)).first()
    if has_mode is None and has_clients is not None:
        op.bulk_insert(
            _setting,
            [{"key": "mode", "value": {"mode": "personal"}, "updated_at": datetime.now(UTC)}],
        )


def downgrade() -> None:
    # Schema 0001 reads a stored "personal" exactly as it read no value: nothing to undo.
    pass
