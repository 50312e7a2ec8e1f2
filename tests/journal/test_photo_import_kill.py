"""Kill the importing process at every durable step, then at random (RELIABILITY.md §1).

After every kill the journal is reopened and verified: ``integrity_check`` ok, every photo row
has its file with a matching SHA-256, and every stored file has a row once the start-up
recovery has run (interrupted imports are rolled back, never left as orphans).
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fork_server import ForkServer
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.paths import resolve

WORKER = Path(__file__).with_name("import_worker.py")
# What the worker imports (``python -X importtime``), so no child does.
WORKER_MODULES = [
    "needlejournal.journal.api",
    "needlejournal.journal.photos",
    "needlejournal.db.migrate",
    "needlejournal.photos.decode",
    "sqlalchemy.dialects.sqlite",
    "alembic.command",
    "PIL.JpegImagePlugin",
]
RANDOM_KILLS = int(os.environ.get("NEEDLEJOURNAL_RANDOM_KILLS", "200"))


@pytest.fixture
def server() -> Iterator[ForkServer]:
    """The worker forked from a process that imported it once (tests/fork_server.py): the
    kills land in the import, not in the interpreter's start (~0.6 s of each run)."""
    running = ForkServer(WORKER_MODULES, _env())
    yield running
    running.close()


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_FAULT")}
    env.update(extra)
    return env


def verify(data_dir: Path) -> int:
    """Reopen as the next start would, recover, and check everything; returns photo count."""
    journal = Journal.open(resolve(data_dir))
    try:
        library = PhotoLibrary(journal)
        library.recover()
        assert journal.check() == []  # integrity_check + foreign_key_check
        problems = library.check()
        assert problems == [], [p.message for p in problems]
        me = journal.ensure_self()
        return len(library.list_photos(me.id))
    finally:
        journal.close()


@pytest.mark.slow
def test_kill_at_every_durable_step_of_an_import(tmp_path: Path, server: ForkServer) -> None:
    files = []
    for i in range(3):
        f = tmp_path / f"in{i}.jpg"
        Image.effect_noise((400, 300), 40 + i).convert("RGB").save(f, quality=92)
        files.append(str(f))
    data = tmp_path / "data"
    k = 0
    while True:
        k += 1
        proc = server.run(
            [str(WORKER), str(data), "once", *files], _env(NEEDLEJOURNAL_FAULT_AT=str(k))
        )
        if proc.returncode == 0:
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        verify(data)
        assert k < 200, "the import never completed"
    assert k > 10  # it really went through many durable steps
    assert verify(data) == 3


@pytest.mark.slow
def test_random_kill_loop(tmp_path: Path, server: ForkServer) -> None:
    data = tmp_path / "data"
    rng = random.Random(1234)
    kills = 0
    while kills < RANDOM_KILLS:
        proc = server.start([str(WORKER), str(data), "loop", str(kills)], _env())
        line = next(proc.lines(), "")
        assert line.strip() == "ready", proc.wait().stderr
        time.sleep(rng.uniform(0.0, 0.25))
        proc.kill()
        end = proc.wait()
        assert end.returncode == -signal.SIGKILL, end.stderr
        kills += 1
        verify(data)
    assert verify(data) > 0
