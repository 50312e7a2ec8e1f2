"""Schema migrations at start-up: back up first, refuse a newer journal, check after.

Alembic runs with migrations shipped inside the package, batch mode on SQLite. On SQLite
foreign keys are switched off during the table copies (a rebuild with them on silently
cascades deletes to children) and ``foreign_key_check`` must come back empty before commit.

Alembic (~150 ms to import) is imported only when a migration runs: whether one is needed is
told by reading ``alembic_version`` with plain SQL and the revision chain from the version
files' ``revision``/``down_revision`` lines (``db.revisions``).
"""

from __future__ import annotations

import io
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event, inspect, text
from sqlalchemy.exc import OperationalError

from needlejournal.db import revisions
from needlejournal.db.snapshots import MIGRATION_PREFIX, write_verified_copy
from needlejournal.faults import fault_point

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = revisions.MIGRATIONS_DIR  # tests point it at a copy with a newer revision
KEEP_BACKUPS = 5
# pg_advisory_xact_lock key of schema migrations (any constant both seats agree on).
MIGRATION_LOCK_KEY = 0x4E4A_4D49  # "NJMI"
MIGRATION_WAIT_S = 600
WAITING_MESSAGE = "Another seat is updating the journal; waiting for it to finish…"


class SchemaTooNew(Exception):
    """The journal was written by a newer NeedleJournal; it is left untouched."""


class NotAJournal(Exception):
    """The database has tables but is not a NeedleJournal journal."""


class MigrationFailed(Exception):
    """A migration failed; the journal was rolled back and a backup exists."""


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    # Alembic's own default stdout is whatever sys.stdout was when alembic was first
    # imported (since imports became lazy: maybe a stream closed since), and stdout belongs to
    # the CLI's JSON. Its few printed lines ("No new upgrade operations") go nowhere.
    cfg = Config(stdout=io.StringIO())
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return revisions.head(MIGRATIONS_DIR)


def current_revision(connection: Connection) -> str | None:
    return revisions.stored(connection)


def is_known_revision(revision: str) -> bool:
    """True for a schema revision this version of the app ships (not a newer one)."""
    return revisions.is_known(revision, MIGRATIONS_DIR)


_known = is_known_revision


def needs_upgrade(engine: Engine) -> bool:
    """True when the journal is new or at an older schema (cheap: one small read)."""
    with engine.connect() as conn:
        rev = current_revision(conn)
    # A newer schema needs no upgrade: ``upgrade_to_head`` refuses it without waiting.
    return rev != head_revision() and (rev is None or _known(rev))


def _say_waiting(message: str) -> None:
    print(f"needlejournal: {message}", file=sys.stderr, flush=True)


def _serialise_seats(conn: Connection, on_wait: Callable[[str], None]) -> None:
    """PostgreSQL: hold the migration lock for this transaction; wait (saying so) while
    another seat holds it. Released by the commit or rollback that ends the migration."""
    got = conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
    if got.scalar():
        return
    on_wait(WAITING_MESSAGE)
    conn.execute(text(f"SET LOCAL lock_timeout = '{MIGRATION_WAIT_S}s'"))
    try:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
    except OperationalError:
        raise MigrationFailed(
            f"another seat has been updating the journal for over {MIGRATION_WAIT_S // 60} "
            "minutes; try again later, or check that seat"
        ) from None
    conn.execute(text("SET LOCAL lock_timeout = 0"))


def upgrade_to_head(
    engine: Engine, backup_dir: Path | None, on_wait: Callable[[str], None] = _say_waiting
) -> MigrationReport:
    """Bring the journal to the current schema, backing it up first if it holds data.

    On PostgreSQL the seats of a clinic start at once: the first to need a migration holds
    an advisory lock while it migrates, the others wait (``on_wait`` tells the user why) and
    then find the schema current.
    """
    head = head_revision()
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        rev = current_revision(conn)
        if rev == head:
            return MigrationReport(rev, head, None)
        if engine.dialect.name == "postgresql":
            _serialise_seats(conn, on_wait)
            rev = current_revision(conn)  # what the seat that held the lock left
            if rev == head:
                conn.commit()  # releases the lock
                return MigrationReport(rev, head, None)
        if rev is not None and not _known(rev):
            raise SchemaTooNew(
                "This journal was saved by a newer version of NeedleJournal "
                f"(schema {rev}); update the app to open it. Nothing was changed."
            )
        tables = set(inspect(conn).get_table_names())
        if rev is None and tables - {"alembic_version"}:
            raise NotAJournal(
                "This database is not a NeedleJournal journal; choose another data folder."
            )
        if is_sqlite:
            conn.rollback()
        backup = None
        if rev is not None and is_sqlite and backup_dir is not None:
            backup = _backup_sqlite(conn, backup_dir, rev)
        if is_sqlite:
            # Outside any transaction (it is a no-op inside one); this also opens
            # SQLAlchemy's transaction, so Alembic runs inside ours and never commits alone.
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        raw = conn.connection.driver_connection if is_sqlite else None
        default_isolation = raw.isolation_level if isinstance(raw, sqlite3.Connection) else None
        if isinstance(raw, sqlite3.Connection):
            _begin_transactional_ddl(raw)
        event.listen(conn, "before_cursor_execute", _statement_fault_point)
        try:
            from alembic import command

            command.upgrade(alembic_config(conn), "head")
            if is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(
                        f"the migration left {len(broken)} broken references; rolled back"
                    )
            fault_point("migrate.commit")
            conn.commit()
        except Exception:
            conn.rollback()
            raise
        finally:
            event.remove(conn, "before_cursor_execute", _statement_fault_point)
            if isinstance(raw, sqlite3.Connection):
                raw.isolation_level = default_isolation  # the driver's implicit BEGIN again
            if is_sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                conn.commit()
    return MigrationReport(rev, head, backup)


def _begin_transactional_ddl(raw: sqlite3.Connection) -> None:
    """Open a real SQLite transaction that also covers DDL.

    Python's sqlite3 driver begins a transaction only before INSERT/UPDATE/DELETE, so each
    ``CREATE TABLE`` of a first run would commit alone and a kill midway would leave half a
    schema. SQLite's DDL is transactional: with the driver's implicit handling off and an
    explicit ``BEGIN IMMEDIATE``, creating the schema and every migration commit as one.
    """
    raw.isolation_level = None
    raw.execute("BEGIN IMMEDIATE")


def _statement_fault_point(*_args: Any) -> None:
    fault_point("migrate.statement")  # crash tests kill the first run at every statement


def _backup_sqlite(conn: Connection, backup_dir: Path, revision: str) -> Path:
    """Online-backup the journal (verified, then renamed) and keep the newest few."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    final = backup_dir / f"{MIGRATION_PREFIX}{revision}-{stamp}.sqlite3"
    write_verified_copy(conn.connection.driver_connection, final)  # type: ignore[arg-type]
    old = sorted(backup_dir.glob(f"{MIGRATION_PREFIX}*.sqlite3"))
    for stale in old[:-KEEP_BACKUPS]:
        stale.unlink(missing_ok=True)
    return final


def check_models_match(engine: Engine) -> None:
    """``alembic check``: raises if the models and the migrations disagree."""
    from alembic import command

    with engine.connect() as conn:
        command.check(alembic_config(conn))
