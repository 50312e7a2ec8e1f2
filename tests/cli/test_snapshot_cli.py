"""``snapshot take|list|restore`` through the command line, on a damaged journal."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import Run


def test_restore_the_newest_snapshot_of_a_damaged_journal(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    run.json("--data-dir", data, "demo", "--clients", "3", "--no-photos")
    taken = run.json("--data-dir", data, "snapshot", "take")
    listed = run.json("--data-dir", data, "snapshot", "list")
    assert [(s["file"], s["reason"], s["ok"]) for s in listed] == [(taken["file"], "daily", True)]
    before = run.json("--data-dir", data, "timeline", "--client", "1")

    db = data / "journal.sqlite3"
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 8192] = b"\xa5" * 8192
    db.write_bytes(bytes(raw))
    damaged = run("--data-dir", data, "timeline", "--client", "1")
    assert damaged.returncode == 1 and "snapshot restore" in damaged.stderr

    unconfirmed = run("--data-dir", data, "snapshot", "restore")
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    done = run("--data-dir", data, "snapshot", "restore", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    restored = json.loads(done.stdout)
    assert (Path(restored["moved_aside"]) / "journal.sqlite3").exists()
    assert run.json("--data-dir", data, "timeline", "--client", "1") == before
    assert run.json("--data-dir", data, "check")["ok"] is True
