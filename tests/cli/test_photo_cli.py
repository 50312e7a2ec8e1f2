"""``photo import``, ``photo list`` and ``check [--repair]`` through the real command line."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import Run
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.paths import resolve


def _jpeg(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (320, 240), colour).save(path, quality=90)
    return path


def test_import_reports_each_file_and_exits_1_when_any_is_rejected(
    run: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run.json("--data-dir", data, "client", "add", "Ada")
    good = _jpeg(tmp_path / "cheek.jpg", (200, 150, 120))
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo")
    done = run(
        "photo", "import", "--client", "Ada", "--role", "progress", "--view", "left45",
        good, bad, good, tmp_path / "gone.jpg", "--data-dir", data, "--json",
    )  # fmt: skip
    assert done.returncode == 1
    result = json.loads(done.stdout)
    assert [p["duplicate"] for p in result["imported"]] == [False, True]
    assert {p["id"] for p in result["imported"]} == {result["imported"][0]["id"]}
    assert [(r["file"], r["code"]) for r in result["rejected"]] == [
        (str(bad), "not_an_image"),
        (str(tmp_path / "gone.jpg"), "not_found"),
    ]
    assert all(r["reason"].endswith(".") for r in result["rejected"])
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 2
    listed = run.json("--data-dir", data, "photo", "list", "--client", "Ada")
    assert [(p["view"], p["role"], p["width"]) for p in listed] == [("left45", "progress", 320)]
    assert Path(listed[0]["file"]).read_bytes() == good.read_bytes()
    timeline = run.json("--data-dir", data, "timeline", "--client", "Ada")
    assert [(e["kind"], e["id"], e["view"]) for e in timeline] == [
        ("photo", listed[0]["id"], "left45")
    ]


def test_before_photo_without_session_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    run.json("--data-dir", data, "client", "add", "Ada")
    good = _jpeg(tmp_path / "a.jpg", (1, 2, 3))
    done = run("--data-dir", data, "photo", "import", "--client", "Ada", "--role", "before", good)
    assert done.returncode == 2
    assert "belongs to a session" in done.stderr
    assert list((data / "photos").rglob("*.jpg")) == []


def test_check_finds_store_damage_and_repair_quarantines(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    run.json("--data-dir", data, "client", "add", "Ada")
    kept = _jpeg(tmp_path / "a.jpg", (10, 20, 30))
    run.json("--data-dir", data, "photo", "import", "--client", "Ada", "--role", "progress", kept)
    # A stray original with no row (as an interrupted older version might leave one).
    journal = Journal.open(resolve(data))
    stray = PhotoLibrary(journal).store.ingest(_jpeg(tmp_path / "b.jpg", (90, 80, 70)))
    journal.close()
    (data / "photos" / ".staging" / "import-dead.part").write_bytes(b"half a photo")

    done = run("--data-dir", data, "check", "--json")
    assert done.returncode == 1
    kinds = sorted(p["kind"] for p in json.loads(done.stdout)["problems"])
    # The dead import's staging file was swept when ``check`` opened the journal (every
    # command recovers at its start); the orphan is for --repair.
    assert kinds == ["orphan_file"]
    assert not (data / "photos" / ".staging" / "import-dead.part").exists()

    repaired = run.json("--data-dir", data, "check", "--repair")
    assert repaired["ok"] is True and len(repaired["repaired"]) == 1
    assert not stray.path.exists()
    assert (data / "photos" / ".quarantine" / stray.path.name).exists()

    shutil.rmtree(data / "photos" / "ab", ignore_errors=True)
    for original in (data / "photos").glob("[0-9a-f][0-9a-f]/*"):
        original.unlink()
    done = run("--data-dir", data, "check", "--json")
    assert done.returncode == 1
    assert [p["kind"] for p in json.loads(done.stdout)["problems"]] == ["missing_file"]


def test_check_reads_only_the_originals_that_changed_and_full_reads_all(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: ``check`` does not re-hash a file unchanged since its hash last matched;
    a changed file (same size, modification time put back) is still found damaged."""
    import os

    from needlejournal.photos import store_layout as store_module

    data = tmp_path / "data"
    assert cli("--data-dir", data, "client", "add", "Ada")[0] == 0
    files = [_jpeg(tmp_path / f"{i}.jpg", (10 * i, 20, 30)) for i in range(3)]
    code, _out, err = cli(
        "--data-dir", data, "photo", "import", "--client", "Ada", "--role", "progress", *files
    )
    assert code == 0, err
    hashed: list[Path] = []
    from needlejournal.photos.store_files import hash_file as real_hash

    def counting(path: Path) -> str:
        hashed.append(path)
        return real_hash(path)

    monkeypatch.setattr(store_module, "hash_file", counting)
    assert cli("--data-dir", data, "check")[0] == 0
    first = len(hashed)
    assert first == 3  # never verified before: all read
    assert cli("--data-dir", data, "check")[0] == 0
    assert len(hashed) == first  # nothing changed: none read again
    assert cli("--data-dir", data, "check", "--full")[0] == 0
    assert len(hashed) == first + 3

    original = next((data / "photos").glob("[0-9a-f][0-9a-f]/*.jpg"))
    st = original.stat()
    raw = bytearray(original.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    original.chmod(0o600)
    original.write_bytes(bytes(raw))
    os.utime(original, ns=(st.st_atime_ns, st.st_mtime_ns))  # size and mtime as before
    code, out, _err = cli("--data-dir", data, "check", "--json")
    assert code == 1
    assert [p["kind"] for p in json.loads(out)["problems"]] == ["damaged_file"]
