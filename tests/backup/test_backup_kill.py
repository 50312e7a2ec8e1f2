"""Kill -9 at every durable step of a backup and of a restore (RELIABILITY.md §"Fault points").

After every kill: the archive is absent or whole and verified; the journal at the live path is
the old one or the restored one — never missing, never a mix — with integrity, foreign keys,
rows ↔ files and hashes checked independently; the replaced journal (including a commit that
sat only in its ``-wal``) is kept; the app reopens and saves.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from backup_helpers import make_photos, reopen_and_save, table_contents, verify_data_dir
from fork_server import Finished, ForkServer, cli_modules

from needlejournal.backup.archive import write_backup
from needlejournal.backup.progress import Meter
from needlejournal.backup.schedule import BackupSettings
from needlejournal.backup.verify import open_archive, verify_files
from needlejournal.journal import backup_settings
from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve

# What ``backup``, ``backup --auto`` and ``restore`` import, so no forked child does.
BACKUP_MODULES = cli_modules(
    "needlejournal.commands.backup",
    "needlejournal.backup.archive",
    "needlejournal.backup.auto",
    "needlejournal.backup.restore",
    "needlejournal.backup.verify",
    "needlejournal.journal.backup_settings",
)
Cli = Callable[..., Finished]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}


@pytest.fixture(scope="module")
def cli() -> Iterator[Cli]:
    """``python -m needlejournal ARGS…``, forked from a process that imported the CLI once
    (tests/fork_server.py): each kill point no longer pays an interpreter's start-up."""
    server = ForkServer(BACKUP_MODULES, _env())

    def run(*args: str | Path, fault_at: int | None = None) -> Finished:
        env = _env()
        if fault_at is not None:
            env["NEEDLEJOURNAL_FAULT_AT"] = str(fault_at)
        return server.run([str(a) for a in args], env, module="needlejournal")

    yield run
    server.close()


def _archive_is_whole(path: Path) -> None:
    with open_archive(path) as (zf, manifest):
        verify_files(zf, manifest, path, Meter(0))


def test_kill_at_every_step_of_a_backup(filled: Path, tmp_path: Path, cli: Cli) -> None:
    target = tmp_path / "out" / "journal.zip"
    target.parent.mkdir()
    before = verify_data_dir(filled)
    k = 0
    while True:
        k += 1
        done = cli("--data-dir", filled, "backup", target, fault_at=k)
        if done.returncode == 0:
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        if target.exists():
            _archive_is_whole(target)
        assert verify_data_dir(filled) == before
        assert k < 60, "the backup never completed"
    assert k > 6
    print(f"backup: killed at each of {k - 1} steps")
    _archive_is_whole(target)
    # The killed runs' temp files are gone once a backup has run in that folder again.
    assert sorted(p.name for p in target.parent.iterdir()) == ["journal.zip"]
    assert not list((filled / "backups").glob(".backup-*"))


def test_kill_at_every_step_of_an_automatic_backup(filled: Path, tmp_path: Path, cli: Cli) -> None:
    from needlejournal.backup.auto import auto_backup, list_archives

    folder = tmp_path / "drive"
    folder.mkdir()
    auto_backup(resolve(filled), folder)  # an older archive and its photos are there
    _add_new_photos(filled, tmp_path)
    journal = Journal.open(resolve(filled))
    try:
        backup_settings.save(journal, BackupSettings(folder=str(folder)))
    finally:
        journal.close()
    before = _without_settings(verify_data_dir(filled))
    k = 0
    while True:
        k += 1
        done = cli("--data-dir", filled, "backup", "--auto", fault_at=k)
        if done.returncode == 0:
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        archives = list_archives(folder)
        assert archives, "the last good backup was lost"
        for archive in archives:
            _archive_is_whole(archive.path)  # its photos in the shared folder included
        assert _without_settings(verify_data_dir(filled)) == before  # "last backup" may move
        assert k < 60, "the backup never completed"
    assert k > 6
    print(f"automatic backup: killed at each of {k - 1} steps")
    for archive in list_archives(folder):
        _archive_is_whole(archive.path)
    assert not list(folder.glob(".*.partial")) and not list(folder.glob("photos/??/.tmp-*"))


def _without_settings(content: dict[str, list[tuple[object, ...]]]) -> dict[str, object]:
    return {table: rows for table, rows in content.items() if table != "setting"}


def _add_new_photos(data: Path, tmp_path: Path) -> None:
    journal = Journal.open(resolve(data))
    try:
        client = journal.save_client(ClientDraft(name="After the backup"))
        PhotoLibrary(journal).import_files(
            make_photos(tmp_path / "new", 2, 7), PhotoDraft(client.id)
        )
    finally:
        journal.close()


@pytest.fixture
def restore_case(filled: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(a data dir to restore over, the archive): the live journal has moved on since the
    backup (a new client and two photos), and its last commit sits in the -wal only."""
    archive = write_backup(resolve(filled), tmp_path / "b.zip").path
    journal = Journal.open(resolve(filled))
    try:
        client = journal.save_client(ClientDraft(name="After the backup"))
        PhotoLibrary(journal).import_files(
            make_photos(tmp_path / "new", 2, 7), PhotoDraft(client.id)
        )
    finally:
        journal.close()
    live = sqlite3.connect(filled / "journal.sqlite3")
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.execute("UPDATE client SET notes = 'only in the wal' WHERE name = 'After the backup'")
    live.commit()
    template = tmp_path / "template"
    shutil.copytree(filled, template)  # while open: the commit is in the copied -wal only
    live.close()
    assert (template / "journal.sqlite3-wal").stat().st_size > 0
    return template, archive


def _kept_journals(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("replaced-*/journal.sqlite3"))


def test_kill_at_every_step_of_a_restore(
    restore_case: tuple[Path, Path], tmp_path: Path, cli: Cli
) -> None:
    template, archive = restore_case
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    old = verify_data_dir(probe)  # folds the -wal in (a copy: the template keeps it)
    assert any(row[1] == "After the backup" for row in old["client"])
    new_dir = tmp_path / "from-backup"
    cli("--data-dir", new_dir, "restore", archive)
    new = verify_data_dir(new_dir)
    assert old != new

    k, outcomes = 0, {"old": 0, "new": 0}
    while True:
        k += 1
        data = tmp_path / f"k{k}"
        shutil.copytree(template, data)
        done = cli("--data-dir", data, "restore", archive, "--replace", fault_at=k)
        if done.returncode == 0:
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        assert (data / "journal.sqlite3").exists(), f"no journal at the live path after kill {k}"
        planned = (data / ".restore-plan.json").exists()
        Journal.open(resolve(data)).close()  # the next start: finishes or drops the restore
        content = verify_data_dir(data)
        if content == new:
            outcomes["new"] += 1
            (kept,) = _kept_journals(data)
            assert table_contents(kept) == old, "the replaced journal lost something"
            assert len(list(kept.parent.glob("photos/??/*.jpg"))) == 2
        else:
            assert not planned, "a planned restore was not finished"
            assert content == old
            outcomes["old"] += 1
        assert not (data / ".restore-staging").exists()
        assert not (data / "photos" / ".restore-staging").exists()
        reopen_and_save(data)
        shutil.rmtree(data)
        assert k < 80, "the restore never completed"
    assert outcomes["old"] >= 3 and outcomes["new"] >= 3, outcomes
    print(f"restore: killed at each of {k - 1} steps, {outcomes}")
    assert verify_data_dir(tmp_path / f"k{k}") == new


def test_kill_at_every_step_of_a_restore_into_an_empty_folder(
    filled: Path, tmp_path: Path, cli: Cli
) -> None:
    from backup_helpers import stored_photos

    from needlejournal.backup.restore import finish_interrupted

    archive = write_backup(resolve(filled), tmp_path / "b.zip").path
    new = verify_data_dir(filled)
    k = 0
    while True:
        k += 1
        data = tmp_path / f"k{k}"
        done = cli("--data-dir", data, "restore", archive, fault_at=k)
        if done.returncode == 0:
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        planned = (data / ".restore-plan.json").exists()
        finish_interrupted(resolve(data))  # what the next start does first
        if planned:
            assert verify_data_dir(data) == new
        else:  # killed while verifying: nothing was put in place, the staging is gone
            assert not (data / "journal.sqlite3").exists()
            assert stored_photos(data / "photos") == {}
            assert not (data / "photos" / ".restore-staging").exists()
        assert k < 80, "the restore never completed"
    assert k > 10
    print(f"restore into an empty folder: killed at each of {k - 1} steps")
    assert verify_data_dir(tmp_path / f"k{k}") == new


@pytest.mark.slow
def test_random_kills_of_backups_and_restores_beside_a_writer(
    restore_case: tuple[Path, Path], tmp_path: Path
) -> None:
    """Bounded: 40 random kills, each of a backup or a restore, while a writer keeps saving."""
    template, archive = restore_case
    data = tmp_path / "live"
    shutil.copytree(template, data)
    rng = random.Random(20261203)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    for round_ in range(40):
        restoring = rng.random() < 0.5
        args = ["restore", archive, "--replace"] if restoring else ["backup", tmp_path / "r.zip"]
        writer = None
        if not restoring:
            writer = subprocess.Popen(
                [sys.executable, "-c", _WRITER, str(data)], env=env, stdout=subprocess.DEVNULL
            )
        proc = subprocess.Popen(
            [sys.executable, "-m", "needlejournal", "--data-dir", str(data), *map(str, args)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 1.5))
        proc.kill()
        proc.wait()
        if writer is not None:
            writer.kill()
            writer.wait()
        Journal.open(resolve(data)).close()
        verify_data_dir(data)
        if (tmp_path / "r.zip").exists():
            _archive_is_whole(tmp_path / "r.zip")
        assert round_ >= 0
    reopen_and_save(data)


_WRITER = """
import sys
from needlejournal.backup.schedule import BackupSettings
from needlejournal.journal import backup_settings
from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import resolve
j = Journal.open(resolve(sys.argv[1]))
n = 0
while True:
    n += 1
    j.save_client(ClientDraft(name=f"Writer {n}"))
"""
