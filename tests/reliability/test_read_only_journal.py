"""Read-only and foreign-owned journals (issue 8 defect 8).

CI runs as root, and root ignores file permissions: the first test checks what root can still
see fail before the fix (a 0444 ``-shm`` left behind), the second runs the command line as
another account (``setuid`` in the child), which only root can arrange.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_helpers import clean_env, nj

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import resolve

OTHER_UID = 54_321


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_0444_journal_and_its_shm_are_made_private_read_write_before_opening(
    tmp_path: Path,
) -> None:
    paths = resolve(tmp_path / "data")
    Journal.open(paths).close()
    db = paths.db_file
    os.chmod(db, 0o444)
    # Another reader makes the -wal/-shm now: SQLite gives them the journal's 0444.
    reader = sqlite3.connect(db)
    try:
        reader.execute("SELECT count(*) FROM client").fetchall()
        shm = Path(f"{db}-shm")
        assert shm.exists() and _mode(shm) == 0o444
        journal = Journal.open(paths)
        try:
            assert (_mode(db), _mode(shm), _mode(Path(f"{db}-wal"))) == (0o600, 0o600, 0o600)
            assert journal.read_only is None
            journal.save_client(ClientDraft(name="Ada"))
        finally:
            journal.close()
    finally:
        reader.close()


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another account can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="nj-foreign-"))
    os.chmod(folder, 0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _reachable_by_others(path: Path) -> bool:
    """True when an unprivileged account can execute ``path`` (every folder above it o+x)."""
    real = path.resolve()
    return all(p.stat().st_mode & 0o001 for p in real.parents) and bool(real.stat().st_mode & 1)


def _python_for_others() -> tuple[str, dict[str, str]] | None:
    """An interpreter another account can run, with this checkout and its packages."""
    import sqlalchemy

    import needlejournal

    paths = os.pathsep.join(
        str(Path(m.__file__).resolve().parents[1])  # type: ignore[arg-type]
        for m in (needlejournal, sqlalchemy)
    )
    if _reachable_by_others(Path(sys.executable)):
        return sys.executable, {"PYTHONPATH": paths}
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    system = Path("/usr/bin") / version
    if system.exists() and _reachable_by_others(system):
        return str(system), {"PYTHONPATH": paths}
    return None


def _as_other_user(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    def drop() -> None:
        os.setgid(OTHER_UID)
        os.setuid(OTHER_UID)

    found = _python_for_others()
    if found is None:
        pytest.skip("no Python interpreter another account may run (it lives in a private home)")
    python, extra = found
    env = clean_env(HOME=str(data.parent), **extra)
    return subprocess.run(
        [python, "-m", "needlejournal", "--data-dir", str(data), *args],
        capture_output=True, text=True, env=env, timeout=120, preexec_fn=drop,
        cwd=data.parent,
    )  # fmt: skip


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="making a journal that belongs to another account needs root (setuid in the child)",
)
def test_another_users_journal_is_browsed_read_only_and_changes_are_refused(
    shared_dir: Path,
) -> None:
    data = shared_dir / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    for root, dirs, files in os.walk(data):
        for d in dirs:
            os.chmod(Path(root) / d, 0o755)
        for f in files:
            os.chmod(Path(root) / f, 0o644)
    os.chmod(data, 0o755)
    before = (data / "journal.sqlite3").read_bytes()

    listed = _as_other_user(data, "client", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [c["name"] for c in json.loads(listed.stdout)] == ["Ada"]

    added = _as_other_user(data, "client", "add", "Bob")
    assert added.returncode == 1
    lines = added.stderr.strip().splitlines()
    assert len(lines) == 1, added.stderr
    assert "can only be read" in lines[0] and "belongs to another user" in lines[0]
    assert "chown" in lines[0] and "Nothing was saved" in lines[0]
    assert (data / "journal.sqlite3").read_bytes() == before
