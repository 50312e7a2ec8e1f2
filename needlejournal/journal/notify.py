"""Seats stay in step (clinic mode): a PostgreSQL NOTIFY per changed client, and a listener.

Sending: one after-flush hook on the journal's sessions (``install``) notifies channel
``needlejournal_client`` with the id of every client whose record, sessions, skin checks or
photos the flush wrote. NOTIFY is transactional: it is delivered when the change commits,
never for one rolled back, and PostgreSQL folds repeats of one id in one transaction.

Listening: ``ClientListener`` holds its own connection (not the pool's) in a daemon thread
blocked on psycopg's ``notifies()``: no table is polled; the wait wakes every
``WAKE_S`` only to see whether it was asked to stop. The callback runs on that thread.

On SQLite there is nothing to send and no other seat: neither is installed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from needlejournal.db import models as m

CHANNEL = "needlejournal_client"
WAKE_S = 0.5
log = logging.getLogger(__name__)

_NOTIFY = text("SELECT pg_notify(:channel, :payload)")


def _client_ids(objects: Iterable[object]) -> set[int]:
    ids: set[int] = set()
    for obj in objects:
        if isinstance(obj, m.Client):
            client_id: Any = obj.id
        else:
            client_id = getattr(obj, "client_id", None)
        if isinstance(client_id, int):
            ids.add(client_id)
    return ids


def _after_flush(session: Session, _context: object) -> None:
    changed = _client_ids([*session.new, *session.dirty, *session.deleted])
    connection = session.connection() if changed else None
    for client_id in sorted(changed):
        assert connection is not None
        connection.execute(_NOTIFY, {"channel": CHANNEL, "payload": str(client_id)})


def install(sessions: sessionmaker[Session], engine: Engine) -> bool:
    """Notify other seats of every change made through ``sessions`` (PostgreSQL only)."""
    if engine.dialect.name != "postgresql":
        return False
    event.listen(sessions, "after_flush", _after_flush)
    return True


def libpq_url(engine: Engine) -> str:
    """The engine's database as a plain libpq URL (psycopg's own connect)."""
    url = make_url(engine.url.render_as_string(hide_password=False)).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class ClientListener:
    """Calls ``changed(client_id)`` (on its own thread) for every client another seat changed."""

    def __init__(self, conninfo: str, changed: Callable[[int], None]) -> None:
        import psycopg

        self._conn = psycopg.connect(conninfo, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._changed = changed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="needlejournal-listen", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                for note in self._conn.notifies(timeout=WAKE_S):
                    if note.payload.isdigit():
                        self._changed(int(note.payload))
                    if self._stop.is_set():
                        break
        except Exception:  # the server went away: the seat goes on without live updates
            if not self._stop.is_set():
                log.warning("listening for other seats' changes stopped", exc_info=True)
        finally:
            self._conn.close()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
