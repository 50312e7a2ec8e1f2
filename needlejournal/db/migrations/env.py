"""Alembic environment: always run with a connection handed in by needlejournal.db.migrate."""

from __future__ import annotations

from alembic import context

from needlejournal.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the CLI path is not used; migrate.py hands one in
    raise RuntimeError("run migrations through needlejournal.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # Batch mode: SQLite cannot ALTER most things, so tables are rebuilt (copy-and-move).
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
