"""The seat role (issue 13) against the real PostgreSQL: a seat saves records and appends
audit lines, but the server refuses it any UPDATE, DELETE or TRUNCATE of the audit trail."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_databases import scratch_database
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import resolve

pytestmark = pytest.mark.postgres


def _database(pg_url: str) -> Iterator[str]:
    with scratch_database(pg_url, "nj_seat_") as url:
        yield url


@pytest.fixture
def owner_url(pg_url: str, seat_role: tuple[str, str]) -> Iterator[str]:
    """A database of its own; dropped before the seat role (which its grants would keep)."""
    yield from _database(pg_url)


@pytest.fixture
def plain_url(pg_url: str) -> Iterator[str]:
    yield from _database(pg_url)


@pytest.fixture
def seat_role(pg_url: str) -> Iterator[tuple[str, str]]:
    role, password = "nj_seat_" + uuid.uuid4().hex[:8], uuid.uuid4().hex
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        can = c.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
        if not can:
            admin.dispose()
            pytest.skip("the test server's role may not create roles (CREATEROLE)")
        c.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
    try:
        yield role, password
    finally:
        with admin.connect() as c:
            c.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def test_a_seat_appends_to_the_audit_trail_but_cannot_change_it(
    owner_url: str, seat_role: tuple[str, str], tmp_path: Path
) -> None:
    role, password = seat_role
    owner = Journal.open(resolve(tmp_path / "owner", database_url=owner_url))
    owner.save_client(ClientDraft("Ana"))
    owner.close()
    granted = subprocess.run(
        [sys.executable, "-m", "needlejournal", "--database-url", owner_url, "--data-dir",
         tmp_path / "cli", "clinic", "grant-seat", role],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert granted.returncode == 0, granted.stderr
    assert "never change or remove" in granted.stdout
    seat_url = make_url(owner_url).set(username=role, password=password)
    seat_url_text = seat_url.render_as_string(hide_password=False)
    seat = Journal.open(resolve(tmp_path / "seat", database_url=seat_url_text))
    try:
        seat.save_client(ClientDraft("Ben"))  # records and an audit line: allowed
        assert [r.action for r in seat.audit_entries()][-1] == "created"
        assert seat.verify_audit().ok
    finally:
        seat.close()
    engine = create_engine(seat_url)
    try:
        for statement in (
            "UPDATE audit_entry SET seat = 'ELSEWHERE' WHERE id = 1",
            "DELETE FROM audit_entry WHERE id = 1",
            "TRUNCATE audit_entry",
            "DELETE FROM audit_head",
            "UPDATE alembic_version SET version_num = '0001'",
        ):
            with engine.connect() as c, pytest.raises(ProgrammingError, match="permission denied"):
                c.execute(text(statement))
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM audit_entry")).scalar_one() >= 2
    finally:
        engine.dispose()


def test_grant_seat_refusals_are_one_sentence(plain_url: str, tmp_path: Path) -> None:
    owner_url = plain_url
    for args, code in (
        (("--database-url", owner_url, "clinic", "grant-seat", "no_such_role_x"), 2),
        (("--database-url", owner_url, "clinic", "grant-seat", "bad name;"), 2),
        (("--data-dir", tmp_path / "local", "clinic", "grant-seat", "front_desk"), 2),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "needlejournal", *map(str, args)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == code, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr
