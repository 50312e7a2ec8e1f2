"""Engine set-up: the pragmas that keep a journal safe, on every pooled connection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from needlejournal.db import BUSY_TIMEOUT_MS


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Run on every new DBAPI connection, outside any transaction (foreign_keys is a no-op
    # inside one). synchronous=FULL: in WAL mode NORMAL is corruption-safe but may roll back a
    # committed save after power loss, and a save the UI called saved must survive.
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def _read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA query_only = ON")
    finally:
        cur.close()


def _query_only(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA query_only = ON")
    finally:
        cur.close()


def make_engine(
    url: str, *, read_only: bool = False, query_only: bool = False, **kwargs: Any
) -> Engine:
    """Build the engine for a journal URL (an SQLite file, or PostgreSQL in clinic mode).

    ``read_only``: an SQLite journal this account may only browse (no journal-mode change).
    ``query_only``: our own journal, opened by a command that only reads (SQLite refuses any
    write on it, so a command that wrongly says it only reads fails loudly).
    """
    if url.startswith("sqlite") and read_only:
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _read_only_pragmas)
        return engine
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        if query_only:
            event.listen(engine, "connect", _query_only)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services turn rows into frozen records after commit.
    return sessionmaker(engine, expire_on_commit=False)
