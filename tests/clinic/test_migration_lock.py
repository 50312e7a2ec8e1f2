"""Seats of a clinic starting at once against an older schema (issue 13): one migrates under
a PostgreSQL advisory lock, the others wait with a message and then find it current; an older
app against a newer database is refused with one sentence, the database untouched."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_databases import scratch_database
from sqlalchemy import Engine, create_engine, text

from needlejournal.db.migrate import MIGRATION_LOCK_KEY, alembic_config, head_revision
from needlejournal.journal.api import Journal
from needlejournal.journal.errors import JournalUnavailable
from needlejournal.paths import resolve

pytestmark = pytest.mark.postgres
WORKER = Path(__file__).with_name("open_worker.py")


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[str]:
    with scratch_database(pg_url, "nj_migrate_") as url:
        yield url


def _at_0002_with_a_client(url: str) -> Engine:
    from alembic import command

    engine = create_engine(url)
    with engine.connect() as c:
        command.upgrade(alembic_config(c), "0002")
        c.execute(
            text(
                "INSERT INTO client (name, is_self, concerns, contraindications, notes, archived,"
                " created_at, updated_at, version) VALUES ('Ana', false, '', '', '', false,"
                " now(), now(), 1)"
            )
        )
        c.commit()
    return engine


def _revision(engine: Engine) -> list[str]:
    with engine.connect() as c:
        return [r[0] for r in c.execute(text("SELECT version_num FROM alembic_version"))]


def test_two_seats_starting_at_once_migrate_once(pg_db: str, tmp_path: Path) -> None:
    engine = _at_0002_with_a_client(pg_db)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    holder = engine.connect()
    try:
        # A third seat is (slowly) migrating: both starters must wait for it, and say so.
        holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        errs = [tmp_path / f"seat{n}.err" for n in range(2)]
        seats = [
            subprocess.Popen(
                [sys.executable, str(WORKER), str(tmp_path / f"seat{n}"), pg_db],
                env=env,
                stdout=subprocess.PIPE,
                stderr=errs[n].open("w"),
                text=True,
            )
            for n in range(2)
        ]
        deadline = time.monotonic() + 60
        while not all("Another seat is updating" in e.read_text() for e in errs):
            assert time.monotonic() < deadline, [e.read_text() for e in errs]
            assert all(p.poll() is None for p in seats), "a seat did not wait"
            time.sleep(0.05)
        assert _revision(engine) == ["0002"]  # neither migrated while the lock was held
        holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
        said = sorted(p.communicate(timeout=120)[0].strip() for p in seats)
    finally:
        holder.close()
    head = head_revision()
    assert said == sorted([f"0002->{head}", f"{head}->{head}"]), said
    assert all(p.returncode == 0 for p in seats)
    assert _revision(engine) == [head]
    with engine.connect() as c:
        assert c.execute(text("SELECT name FROM client")).scalars().all() == ["Ana"]
        assert c.execute(text("SELECT count(*) FROM audit_head")).scalar() == 1
    engine.dispose()


def test_an_older_app_is_refused_by_a_newer_clinic_database(pg_db: str, tmp_path: Path) -> None:
    paths = resolve(tmp_path / "seat", database_url=pg_db)
    Journal.open(paths).close()
    engine = create_engine(pg_db)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(JournalUnavailable) as refused:
        Journal.open(paths)
    message = str(refused.value)
    assert "newer version of NeedleJournal" in message and "Nothing was changed" in message
    assert _revision(engine) == ["9999_from_the_future"]
    done = subprocess.run(
        [sys.executable, "-m", "needlejournal", "--database-url", pg_db, "--data-dir",
         tmp_path / "cli", "client", "list"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "update the app" in done.stderr
    engine.dispose()
