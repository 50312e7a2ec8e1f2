"""Throwaway PostgreSQL databases for the clinic-mode tests, one per test.

Dropping one is the delicate part: ``DROP DATABASE … WITH (FORCE)`` must terminate every
connection still open to it, and PostgreSQL lets a non-superuser terminate only its own
roles' backends. A seat role's connection that is still closing on the server (the client has
hung up, the backend has not yet exited) made the drop fail with "must be a member of the role
whose process is being terminated" — a teardown error on a test that had passed. So: force
what we may, then wait for the stragglers to leave and drop without force.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError


def database_url(pg_url: str, name: str) -> str:
    """``pg_url`` pointed at database ``name`` (password kept: the tests connect with it)."""
    return make_url(pg_url).set(database=name).render_as_string(hide_password=False)


def create_database(admin: Engine, prefix: str = "nj_") -> str:
    name = prefix + uuid.uuid4().hex[:12]
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    return name


def drop_database(admin: Engine, name: str, *, wait_s: float = 15.0) -> None:
    """Drop ``name`` even while other roles' connections are still leaving it."""
    with admin.connect() as c:
        try:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except ProgrammingError as error:
            if "must be a member of the role" not in str(error):
                raise
    deadline = time.monotonic() + wait_s
    while True:
        with admin.connect() as c:
            others = c.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE datname = :n"), {"n": name}
            ).scalar_one()
            if not others or time.monotonic() > deadline:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                return
        time.sleep(0.05)


@contextmanager
def scratch_database(pg_url: str, prefix: str = "nj_") -> Iterator[str]:
    """A fresh database on the test server for the ``with`` block; yields its URL."""
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        name = create_database(admin, prefix)
        try:
            yield database_url(pg_url, name)
        finally:
            drop_database(admin, name)
    finally:
        admin.dispose()
