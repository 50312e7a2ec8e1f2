"""A missing or 0-byte journal never silently becomes a new empty one (issue 8 defect 3)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from reliability_helpers import nj

from needlejournal.db import snapshots


def _journal_with_snapshot(data: Path) -> None:
    assert nj(data, "client", "add", "Ada").returncode == 0
    assert nj(data, "snapshot", "take").returncode == 0


@pytest.mark.parametrize("how", ["empty", "deleted"])
def test_missing_journal_offers_the_snapshot_with_data(tmp_path: Path, how: str) -> None:
    data = tmp_path / "data"
    _journal_with_snapshot(data)
    db = data / "journal.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    if how == "empty":
        db.write_bytes(b"")
    else:
        db.unlink()
    listed = nj(data, "client", "list")
    assert listed.returncode == 1
    assert ("is empty (0 bytes)" if how == "empty" else "is missing") in listed.stderr
    assert "snapshot restore --yes" in listed.stderr
    assert len(listed.stderr.strip().splitlines()) == 1
    # Nothing was created in its place, and a second command says the same.
    assert (db.stat().st_size == 0) if how == "empty" else not db.exists()
    assert nj(data, "check").returncode == 1
    restored = nj(data, "snapshot", "restore", "--yes")
    assert restored.returncode == 0, restored.stderr
    names = json.loads(nj(data, "client", "list", "--json").stdout)
    assert [c["name"] for c in names] == ["Ada"]


def test_missing_journal_beside_stored_photos_is_not_replaced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    photo = tmp_path / "a.jpg"
    Image.new("RGB", (64, 48), (200, 10, 10)).save(photo)
    imported = nj(data, "photo", "import", "--client", "Ada", "--role", "progress", photo)
    assert imported.returncode == 0, imported.stderr
    for f in data.glob("journal.sqlite3*"):
        f.unlink()
    done = nj(data, "client", "list")
    assert done.returncode == 1 and "holds photos" in done.stderr
    assert not (data / "journal.sqlite3").exists()


def test_empty_snapshots_never_evict_the_newest_with_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal_with_snapshot(data)
    with_data = snapshots.list_snapshots(data / "backups")[0]
    empty = tmp_path / "empty"
    assert nj(empty, "client", "list").returncode == 0  # a journal without any client
    start = datetime.now(UTC)
    for day in range(1, 12):
        taken = snapshots.take_daily_snapshot(
            empty / "journal.sqlite3", data / "backups", now=start + timedelta(days=day)
        )
        assert taken is not None
    kept = snapshots.list_snapshots(data / "backups")
    assert with_data.path in [s.path for s in kept]
    newest = snapshots.newest_verified(data / "backups")
    assert newest is not None and newest.path == with_data.path
    with sqlite3.connect(newest.path) as c:
        assert c.execute("SELECT name FROM client").fetchall() == [("Ada",)]
