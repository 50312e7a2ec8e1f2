"""``needlejournal backup`` and ``restore`` as a user runs them (subprocess, DESIGN.md §4):
a summary or ``--json``, exit 0/1/2, one sentence on stderr for every refusal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from backup_helpers import audit_trail, stored_photos, verify_data_dir


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    return subprocess.run(
        [sys.executable, "-m", "needlejournal", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("needlejournal: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_backup_then_restore_from_the_command_line(filled: Path, tmp_path: Path) -> None:
    archive = tmp_path / "journal.zip"
    done = _run("--data-dir", filled, "backup", archive, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["file"] == str(archive) and report["photos"] == 4
    assert report["counts"]["client"] == 4 and report["skipped"] == []

    text = _run("backup", archive, "--data-dir", filled)
    assert text.returncode == 0 and "verified" in text.stdout

    target = tmp_path / "new"
    restored = _run("--data-dir", target, "restore", archive, "--json")
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["photos_added"] == 4
    assert verify_data_dir(target) == verify_data_dir(filled)
    # The audit trail says what happened: each backup's line is in the archive it made (so
    # the journal and its backup agree), and the restore is the restored trail's one new line.
    trail, live_trail = audit_trail(target), audit_trail(filled)
    assert trail[:-1] == live_trail and trail[-1][5] == "restored"
    assert [row[5] for row in live_trail[-2:]] == ["backed up", "backed up"]
    assert stored_photos(target / "photos") == stored_photos(filled / "photos")

    again = _run("--data-dir", target, "restore", archive)
    assert again.returncode == 2
    assert "--replace" in _one_sentence(again.stderr)
    replaced = _run("--data-dir", target, "restore", archive, "--replace")
    assert replaced.returncode == 0 and "kept in" in replaced.stdout


def test_refusals_are_one_sentence_and_exit_2(filled: Path, tmp_path: Path) -> None:
    archive = tmp_path / "journal.zip"
    assert _run("--data-dir", filled, "backup", archive).returncode == 0
    raw = bytearray(archive.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    (tmp_path / "flipped.zip").write_bytes(bytes(raw))
    (tmp_path / "cut.zip").write_bytes(bytes(raw[: len(raw) // 2]))
    for bad in ("flipped.zip", "cut.zip", "absent.zip"):
        done = _run("--data-dir", tmp_path / "fresh", "restore", tmp_path / bad)
        assert done.returncode == 2, (bad, done.stderr)
        _one_sentence(done.stderr)
        assert not (tmp_path / "fresh" / "journal.sqlite3").exists()

    nowhere = _run("--data-dir", filled, "backup", tmp_path / "no" / "such" / "x.zip")
    assert nowhere.returncode == 1 and "does not exist" in _one_sentence(nowhere.stderr)
    empty = _run("--data-dir", tmp_path / "empty", "backup", tmp_path / "y.zip")
    assert empty.returncode == 2 and "no journal" in _one_sentence(empty.stderr)


def test_a_missing_photo_exits_1_and_is_named(filled: Path, tmp_path: Path) -> None:
    victim = next((filled / "photos").glob("??/*.jpg"))
    victim.unlink()
    done = _run("--data-dir", filled, "backup", tmp_path / "b.zip")
    assert done.returncode == 1
    assert victim.stem[:12] in _one_sentence(done.stderr)
    assert (tmp_path / "b.zip").exists()


HOLDER = """
import sys, time
from needlejournal.journal.api import Journal
from needlejournal.paths import resolve
j = Journal.open(resolve(sys.argv[1]))
print("open", flush=True)
time.sleep(60)
"""


def test_restore_waits_for_writers_then_says_busy(filled: Path, tmp_path: Path) -> None:
    archive = tmp_path / "journal.zip"
    assert _run("--data-dir", filled, "backup", archive).returncode == 0
    before = verify_data_dir(filled)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(filled)], env=env,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        done = _run("--data-dir", filled, "restore", archive, "--replace")
        assert done.returncode == 1
        assert "busy" in _one_sentence(done.stderr)
    finally:
        holder.kill()
        holder.wait()
    assert verify_data_dir(filled) == before
    assert not (filled / ".restore-staging").exists()
    assert _run("--data-dir", filled, "restore", archive, "--replace").returncode == 0
