"""``check`` of a journal unchanged since its full pass reads with plain sqlite3 (issue 15).

At 10,000 photos ``check`` took over a second, half of it importing SQLAlchemy and the models
only to learn the database need not be read again. These run the real command on real journal
files: the plain path says exactly what the journal's own path says about the photo store, and
anything that may have changed the journal (a write, another holder, an interrupted import, a
day passing, ``--full``/``--repair``) still goes through ``Journal``.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import Probed, Run, probe
from PIL import Image

from needlejournal.journal import plain_check, shutdown_mark
from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.journal.store_check import compare_with_store
from needlejournal.paths import DataPaths, resolve
from needlejournal.photos import store_layout
from needlejournal.photos.store_claims import STAGING
from needlejournal.photos.store_files import sorted_entries
from needlejournal.photos.verified import VERIFIED_FILE


def _journal_with_photos(tmp_path: Path, count: int = 4) -> DataPaths:
    paths = resolve(tmp_path / "journal")
    journal = Journal.open(paths)
    try:
        ada = journal.save_client(ClientDraft(name="Ada"))
        library = PhotoLibrary(journal)
        for i in range(count):
            src = tmp_path / f"cheek-{i}.jpg"
            Image.new("RGB", (64, 48), (40 * i, 90, 120)).save(src, quality=90)
            library.import_one(src, PhotoDraft(ada.id))
    finally:
        journal.close()
    return paths


def _check(run: Run, paths: DataPaths, *extra: str) -> tuple[Probed, dict[str, Any]]:
    got = probe(run, "--data-dir", paths.data_dir, "check", "--json", *extra)
    return got, json.loads(got.stdout)


def _fully_checked(run: Run, paths: DataPaths) -> dict[str, Any]:
    got, report = _check(run, paths, "--full")
    assert got.imported["sqlalchemy"], "--full reads the database through the journal"
    return report


def _damage_store(paths: DataPaths) -> None:
    """A stray file, an orphan original, a missing original and a damaged one."""
    originals = sorted(paths.photo_dir.glob("[0-9a-f][0-9a-f]/*.jpg"))
    (paths.photo_dir / originals[0].parent.name / "notes.txt").write_text("mine")
    (paths.photo_dir / "loose.jpg").write_bytes(b"\xff\xd8 not stored")
    orphan = "ab" + "c" * 62
    (paths.photo_dir / "ab").mkdir(exist_ok=True)
    (paths.photo_dir / "ab" / f"{orphan}.jpg").write_bytes(b"orphan")
    originals[1].unlink()
    raw = bytearray(originals[2].read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    originals[2].chmod(0o600)
    originals[2].write_bytes(bytes(raw))


def test_an_unchanged_journal_is_checked_without_sqlalchemy_or_pillow(
    run: Run, tmp_path: Path
) -> None:
    paths = _journal_with_photos(tmp_path)
    assert _fully_checked(run, paths) == {"ok": True, "problems": []}
    for _ in range(2):  # and it stays plain: reading leaves the clean mark as it was
        got, report = _check(run, paths)
        assert got.code == 0, got.stderr
        assert report == {"ok": True, "problems": []}
        assert got.imported == {"sqlalchemy": False, "PIL": False}
    text = probe(run, "--data-dir", paths.data_dir, "check")
    assert not text.imported["sqlalchemy"]
    assert "The journal is healthy." in text.stdout
    assert "The database was not read again" in text.stdout


def test_the_plain_path_reports_the_store_exactly_as_the_journal_does(
    run: Run, tmp_path: Path
) -> None:
    paths = _journal_with_photos(tmp_path)
    _fully_checked(run, paths)
    _damage_store(paths)
    got, plain = _check(run, paths)
    assert got.code == 1
    assert not got.imported["sqlalchemy"]
    full = _fully_checked(run, paths)
    assert plain == full
    kinds = sorted(p["kind"] for p in plain["problems"])
    assert kinds == ["damaged_file", "missing_file", "orphan_file", "stray_file", "stray_file"]
    # The damaged file is found again on the next plain check (it was never trusted).
    got, again = _check(run, paths)
    assert not got.imported["sqlalchemy"]
    assert again == full


def test_a_journal_written_since_its_full_pass_goes_through_the_journal(
    run: Run, tmp_path: Path
) -> None:
    paths = _journal_with_photos(tmp_path)
    got, _ = _check(run, paths)
    assert got.imported["sqlalchemy"]  # never fully checked: read in full
    assert run("--data-dir", paths.data_dir, "client", "add", "Bo").returncode == 0
    got, report = _check(run, paths)
    assert (got.code, got.imported["sqlalchemy"], report["ok"]) == (0, True, True)
    got, _ = _check(run, paths)
    assert not got.imported["sqlalchemy"]  # that full pass holds again


def test_another_holder_or_a_stale_pass_goes_through_the_journal(run: Run, tmp_path: Path) -> None:
    paths = _journal_with_photos(tmp_path)
    _fully_checked(run, paths)
    window = Journal.open(paths)  # the window keeps the journal open
    try:
        got, report = _check(run, paths)
        assert (got.code, got.imported["sqlalchemy"], report["ok"]) == (0, True, True)
    finally:
        window.close()
    _fully_checked(run, paths)
    mark = shutdown_mark.read(paths.data_dir)
    assert mark.verified_at is not None and mark.checked_at is not None
    day_old = mark.verified_at - shutdown_mark.FULL_CHECK_EVERY_S - 60
    shutdown_mark.write(
        paths.data_dir, shutdown_mark.Mark(mark.clean, day_old, mark.verified, day_old)
    )
    got, report = _check(run, paths)
    assert (got.code, got.imported["sqlalchemy"], report["ok"]) == (0, True, True)


def test_an_interrupted_import_is_rolled_back_by_the_journal_first(
    run: Run, tmp_path: Path
) -> None:
    paths = _journal_with_photos(tmp_path)
    _fully_checked(run, paths)
    staging = paths.photo_dir / STAGING
    (staging / "dead-import.part").write_bytes(b"half a photo")
    got, report = _check(run, paths)
    assert got.imported["sqlalchemy"]
    assert report == {"ok": True, "problems": []}
    assert not (staging / "dead-import.part").exists()


@pytest.mark.parametrize("flag", ["--full", "--repair"])
def test_full_and_repair_always_open_the_journal(run: Run, tmp_path: Path, flag: str) -> None:
    paths = _journal_with_photos(tmp_path, count=1)
    _fully_checked(run, paths)
    got, report = _check(run, paths, flag)
    assert (got.code, got.imported["sqlalchemy"], report["ok"]) == (0, True, True)


def test_a_commit_while_the_photos_are_compared_sends_check_through_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _journal_with_photos(tmp_path, count=1)
    journal = Journal.open(paths)
    try:
        assert journal.check() == []
    finally:
        journal.close()
    assert plain_check.check_unchanged(paths) is not None

    def comparing_while_a_writer_commits(*args: Any, **kwargs: Any) -> Any:
        writer = Journal.open(paths)
        try:
            writer.save_client(ClientDraft(name="Cy"))
        finally:
            writer.close()
        return compare_with_store(*args, **kwargs)

    monkeypatch.setattr(plain_check, "compare_with_store", comparing_while_a_writer_commits)
    assert plain_check.check_unchanged(paths) is None


def test_the_store_is_walked_once_per_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _journal_with_photos(tmp_path, count=2)
    (paths.photo_dir / "loose.txt").write_text("a stray")
    walked: list[str] = []

    def counting(path: str | Path) -> Any:
        walked.append(os.fspath(path))
        return sorted_entries(path)

    monkeypatch.setattr(store_layout, "sorted_entries", counting)
    journal = Journal.open(paths)
    try:
        problems = PhotoLibrary(journal).check(full=False)
    finally:
        journal.close()
    assert [p.kind for p in problems] == ["stray_file"]
    assert walked.count(os.fspath(paths.photo_dir)) == 1


def test_a_touched_original_is_hashed_again_on_the_plain_path(run: Run, tmp_path: Path) -> None:
    """The photo store's own stamps still decide which originals are read (``verified``)."""
    paths = _journal_with_photos(tmp_path, count=1)
    _fully_checked(run, paths)
    old = (datetime.now(UTC) - timedelta(days=30)).timestamp()
    for original in paths.photo_dir.glob("[0-9a-f][0-9a-f]/*.jpg"):
        os.utime(original, (old, old))
    got, report = _check(run, paths)
    assert not got.imported["sqlalchemy"]
    assert report == {"ok": True, "problems": []}  # touched, so hashed again: still intact
    stamps = json.loads((paths.cache_dir / VERIFIED_FILE).read_text())
    now = {f.stem: f.stat().st_mtime_ns for f in paths.photo_dir.glob("[0-9a-f][0-9a-f]/*.jpg")}
    assert {sha: stamp[1] for sha, stamp in stamps.items()} == now  # recorded as it is now
