"""Helpers for the reliability tests: the CLI in a subprocess, and an independent verifier.

``verify_data_dir`` does not trust the app: it reads the SQLite file with the stdlib and walks
the photo folder itself (RELIABILITY.md "Verify after every fault").
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

SHA = re.compile(r"[0-9a-f]{64}")


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    env.update(extra)
    return env


def nj(
    data: Path, *args: str | Path | int, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """``needlejournal --data-dir DATA ARGS…`` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "needlejournal", "--data-dir", str(data), *map(str, args)],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=timeout,
    )


def popen_nj(data: Path, *args: str | Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "needlejournal", "--data-dir", str(data), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(**env),
    )


def rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stored_files(photo_dir: Path) -> dict[str, Path]:
    """Every file in the store outside its dot-folders, by name (stem)."""
    found: dict[str, Path] = {}
    if not photo_dir.is_dir():
        return found
    for shard in photo_dir.iterdir():
        if shard.name.startswith(".") or not shard.is_dir():
            continue
        for f in shard.iterdir():
            found[f.stem] = f
    return found


def verify_data_dir(data: Path) -> dict[str, int]:
    """Integrity, foreign keys, rows ↔ files both ways with hashes; returns table counts."""
    db = data / "journal.sqlite3"
    assert db.is_file() and db.stat().st_size > 0, "no journal at the live path"
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "PRAGMA foreign_key_check") == []
    files = stored_files(data / "photos")
    shas = {sha for (sha,) in rows(db, "SELECT sha256 FROM photo")}
    for sha in shas:
        assert sha in files, f"row without its file: {sha}"
        assert hashlib.sha256(files[sha].read_bytes()).hexdigest() == sha
    assert set(files) <= shas, f"files without a row: {set(files) - shas}"
    return {
        "clients": rows(db, "SELECT count(*) FROM client")[0][0],
        "photos": rows(db, "SELECT count(*) FROM photo")[0][0],
    }
