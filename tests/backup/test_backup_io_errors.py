"""A full disk (ENOSPC) at every durable step of a backup and of a restore: a readable error,
nothing half-written left behind, the journal whole (old, or new once the next start finishes
a planned restore), and the next try succeeds once the disk has room again."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from backup_helpers import verify_data_dir

from needlejournal import faults
from needlejournal.backup.archive import write_backup
from needlejournal.backup.progress import Meter
from needlejournal.backup.restore import finish_interrupted, restore_backup
from needlejournal.backup.verify import open_archive, verify_files
from needlejournal.journal.errors import JournalError
from needlejournal.paths import resolve


def _disk_full_at(monkeypatch: pytest.MonkeyPatch, k: int) -> None:
    monkeypatch.setenv("NEEDLEJOURNAL_FAULT_ERRNO", f"{k}:ENOSPC")
    faults.reset_for_tests()


def test_disk_full_at_every_step_of_a_backup(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = verify_data_dir(filled)
    k = 0
    while True:
        k += 1
        _disk_full_at(monkeypatch, k)
        try:
            write_backup(resolve(filled), out / "b.zip")
        except OSError as e:
            assert e.errno == errno.ENOSPC
            left = [p.name for p in out.iterdir()]
            assert left in ([], ["b.zip"]), "a half-written backup was left behind"
            if left:  # renamed, then the folder's fsync failed: whole, but not known durable
                with open_archive(out / "b.zip") as (zf, manifest):
                    verify_files(zf, manifest, out / "b.zip", Meter(0))
            assert not list((filled / "backups").glob(".backup-*"))
            assert verify_data_dir(filled) == before
            continue
        break
    assert k > 5
    monkeypatch.delenv("NEEDLEJOURNAL_FAULT_ERRNO")
    write_backup(resolve(filled), out / "b.zip")


def test_disk_full_at_every_step_of_a_restore(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = write_backup(resolve(filled), tmp_path / "b.zip").path
    new = verify_data_dir(filled)
    k = 0
    while True:
        k += 1
        data = tmp_path / f"k{k}"
        _disk_full_at(monkeypatch, k)
        try:
            restore_backup(resolve(data), archive)
        except (OSError, JournalError) as e:
            assert not isinstance(e, OSError) or e.errno == errno.ENOSPC
            monkeypatch.delenv("NEEDLEJOURNAL_FAULT_ERRNO")
            finish_interrupted(resolve(data))  # the next start, with room on the disk
            if (data / "journal.sqlite3").exists():
                assert verify_data_dir(data) == new
            assert not (data / ".restore-staging").exists()
            continue
        break
    assert k > 10
    assert verify_data_dir(tmp_path / f"k{k}") == new
