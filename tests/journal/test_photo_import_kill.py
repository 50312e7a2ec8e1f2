"""Kill the importing process at every durable step, then at random (RELIABILITY.md §1).

After every kill the journal is reopened and verified: ``integrity_check`` ok, every photo row
has its file with a matching SHA-256, and every stored file has a row once the start-up
recovery has run (interrupted imports are rolled back, never left as orphans).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.paths import resolve

WORKER = Path(__file__).with_name("import_worker.py")
RANDOM_KILLS = int(os.environ.get("NEEDLEJOURNAL_RANDOM_KILLS", "200"))


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
def test_kill_at_every_durable_step_of_an_import(tmp_path: Path) -> None:
    files = []
    for i in range(3):
        f = tmp_path / f"in{i}.jpg"
        Image.effect_noise((400, 300), 40 + i).convert("RGB").save(f, quality=92)
        files.append(str(f))
    data = tmp_path / "data"
    k = 0
    while True:
        k += 1
        proc = subprocess.run(
            [sys.executable, str(WORKER), str(data), "once", *files],
            env=_env(NEEDLEJOURNAL_FAULT_AT=str(k)),
            capture_output=True,
            text=True,
            timeout=60,
        )
        if proc.returncode == 0:
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        verify(data)
        assert k < 200, "the import never completed"
    assert k > 10  # it really went through many durable steps
    assert verify(data) == 3


@pytest.mark.slow
def test_random_kill_loop(tmp_path: Path) -> None:
    data = tmp_path / "data"
    rng = random.Random(1234)
    kills = 0
    while kills < RANDOM_KILLS:
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(data), "loop", str(kills)],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
        kills += 1
        verify(data)
    assert verify(data) > 0
