"""``check`` after a killed import, stray files and missing originals (issue 8 defects 11, 13)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import uuid
from pathlib import Path

from PIL import Image
from reliability_helpers import nj, stored_files, verify_data_dir

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.paths import resolve


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (80, 60), colour).save(path, quality=90)
    return path


def _fault_number(data: Path, log: Path, point: str, *args: str | Path) -> int:
    """The fault point count at which ``point`` is first reached by ``args``."""
    assert nj(data, *args, NEEDLEJOURNAL_FAULT_LOG=str(log)).returncode == 0
    for line in log.read_text().splitlines():
        n, name = line.split()
        if name == point:
            return int(n)
    raise AssertionError(f"{point} never reached")


def test_any_command_rolls_back_an_import_killed_before_its_commit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    imp = ("photo", "import", "--client", "Ada", "--role", "progress")
    probe = tmp_path / "probe"
    shutil.copytree(data, probe)
    at = _fault_number(
        probe, tmp_path / "log", "photos.row.commit", *imp, _photo(tmp_path / "p.jpg", (1, 2, 3))
    )
    killed = nj(data, *imp, _photo(tmp_path / "q.jpg", (1, 2, 3)), NEEDLEJOURNAL_FAULT_AT=str(at))
    assert killed.returncode == -signal.SIGKILL
    assert len(stored_files(data / "photos")) == 1  # placed, its row never committed
    # Not a photo command: ``check`` itself rolls the import back at its start.
    done = nj(data, "check", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["ok"] is True
    assert verify_data_dir(data)["photos"] == 0
    assert not any((data / "photos" / ".quarantine").iterdir())


def test_repair_rolls_an_interrupted_import_back_rather_than_quarantining(
    tmp_path: Path,
) -> None:
    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        library = PhotoLibrary(journal)
        stored = library.store.ingest(_photo(tmp_path / "a.jpg", (9, 9, 9)))
        # The claim of an importer that died (nobody holds its lock).
        (library.store.staging / f"{stored.sha256}.{uuid.uuid4().hex}.claim").touch()
        done = library.repair()
        assert done == ["rolled back 1 interrupted import"]
        assert not stored.path.exists()
        assert list(library.store.quarantine_dir.iterdir()) == []
    finally:
        journal.close()


def test_check_finds_stray_files_and_repair_quarantines_them(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    (data / "photos").mkdir(exist_ok=True)
    (data / "photos" / "stray.jpg").write_bytes(b"dropped here by hand")
    (data / "photos" / "ab").mkdir()
    (data / "photos" / "ab" / "notes.txt").write_text("hello")
    found = nj(data, "check", "--json")
    assert found.returncode == 1
    kinds = [(p["kind"], Path(p["path"]).name) for p in json.loads(found.stdout)["problems"]]
    assert sorted(kinds) == [("stray_file", "notes.txt"), ("stray_file", "stray.jpg")]
    repaired = nj(data, "check", "--repair", "--json")
    assert repaired.returncode == 0, repaired.stdout
    assert sorted(p.name for p in (data / "photos" / ".quarantine").iterdir()) == [
        "notes.txt",
        "stray.jpg",
    ]


def test_a_missing_original_gets_advice_and_is_relinked_by_hash(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    src = _photo(tmp_path / "IMG_0001.jpg", (200, 100, 50))
    assert nj(data, "photo", "import", "--client", "Ada", "--role", "progress", src).returncode == 0
    (stored,) = stored_files(data / "photos").values()
    os.unlink(stored)
    found = nj(data, "check", "--json")
    assert found.returncode == 1
    (problem,) = json.loads(found.stdout)["problems"]
    assert problem["kind"] == "missing_file"
    assert "IMG_0001.jpg" in problem["message"] and "--relink-from" in problem["message"]
    elsewhere = tmp_path / "camera" / "DCIM"
    elsewhere.mkdir(parents=True)
    shutil.copyfile(src, elsewhere / "renamed.jpg")
    _photo(elsewhere / "other.jpg", (1, 1, 1))
    relinked = nj(data, "check", "--relink-from", tmp_path / "camera", "--json")
    assert relinked.returncode == 0, relinked.stdout + relinked.stderr
    assert len(json.loads(relinked.stdout)["repaired"]) == 1
    assert verify_data_dir(data)["photos"] == 1
