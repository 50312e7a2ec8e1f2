"""A backup taken while other processes write is a consistent journal with every photo its
rows refer to (the online backup API reads one consistent state; WAL lets writers go on)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from backup_helpers import verify_data_dir

from needlejournal.backup.archive import write_backup
from needlejournal.backup.restore import restore_backup
from needlejournal.paths import resolve

IMPORTER = Path(__file__).parents[1] / "journal" / "import_worker.py"
SAVER = """
import sys
from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import resolve
j = Journal.open(resolve(sys.argv[1]))
print("ready", flush=True)
n = 0
while True:
    n += 1
    j.save_client(ClientDraft(name=f"Writer {n}"))
"""


def _photo_rows(data: Path) -> int:
    conn = sqlite3.connect(f"file:{data / 'journal.sqlite3'}?mode=ro", uri=True, timeout=10)
    try:
        return int(conn.execute("SELECT count(*) FROM photo").fetchone()[0])
    finally:
        conn.close()


def test_backups_while_two_processes_write_are_consistent(filled: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    writers = [
        subprocess.Popen([sys.executable, "-c", SAVER, str(filled)], env=env,
                         stdout=subprocess.PIPE, text=True),
        subprocess.Popen([sys.executable, str(IMPORTER), str(filled), "loop", "7"], env=env,
                         stdout=subprocess.PIPE, text=True),
    ]  # fmt: skip
    try:
        for w in writers:
            assert w.stdout is not None and w.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 60
        while _photo_rows(filled) <= 4:  # the importer is really importing (slow under load)
            assert time.monotonic() < deadline, "the importer never imported"
            time.sleep(0.1)
        counts = []
        for i in range(3):
            time.sleep(0.5)
            result = write_backup(resolve(filled), tmp_path / f"b{i}.zip")
            assert result.skipped == []
            target = tmp_path / f"r{i}"
            restore_backup(resolve(target), result.path)
            content = verify_data_dir(target)  # integrity, FKs, rows ↔ files with hashes
            counts.append((len(content["client"]), len(content["photo"])))
        for w in writers:
            assert w.poll() is None, "a writer died beside the backup"
    finally:
        for w in writers:
            w.kill()
            w.wait()
    assert counts[0] < counts[-1], counts  # the writers really wrote between the backups
    assert counts[-1][1] > 4  # and photos were imported while backing up
