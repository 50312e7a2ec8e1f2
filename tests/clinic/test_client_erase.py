"""Erasing a client: afterwards their name and a unique note appear in no file under the data
folder (database, WAL, snapshots, backups, thumbnails, caches: the bytes are grepped) except
the backup archives the command names (or none, with --delete-archives); photos only they had
are gone from the store, a photo another client shares stays; the other client is untouched;
an erasure log entry holds no personal data."""

from __future__ import annotations

import json
import zipfile
from dataclasses import asdict
from datetime import date
from pathlib import Path

from clinic_helpers import Clinic, cli_json, import_photo, noon, photo_with_gps, run_cli

from needlejournal.journal import settings
from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ObservationDraft
from needlejournal.paths import DataPaths

NAME = "Quentin Erasable-Xylander"
NOTE = "note-9b1e-d4c7-only-quentin"


def _files_holding(root: Path, needle: bytes) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()}


def _setup(clinic: Clinic, tmp_path: Path) -> tuple[int, int, str, str]:
    quentin = clinic.client(NAME, notes=f"client notes {NOTE}")
    other = clinic.client("Olga Stays")
    t = clinic.session(quentin, date(2026, 2, 1), {"cheeks": 1.0}, lot="Q-1", notes=NOTE)
    clinic.session(other, date(2026, 2, 2), {"cheeks": 0.5}, lot="O-1", notes="olga's note")
    clinic.journal.save_observation(
        ObservationDraft(quentin.id, noon(date(2026, 2, 4)), texture_score=5, note=NOTE)
    )
    own = photo_with_gps(tmp_path / "own.jpg", seed=3)
    shared = photo_with_gps(tmp_path / "shared.jpg", seed=4)
    import_photo(clinic.journal, own, quentin.id, t.id, "before", "front")
    import_photo(clinic.journal, shared, quentin.id, None, "progress", "front")
    import_photo(clinic.journal, shared, other.id, None, "progress", "front")
    library = PhotoLibrary(clinic.journal)
    by_sha = {}
    for p in library.list_photos(quentin.id):
        library.thumbnail_path(p)  # thumbnails in the cache, to be dropped with the client
        by_sha[p.original_name] = p.sha256
    return quentin.id, other.id, by_sha["own.jpg"], by_sha["shared.jpg"]


def test_erase_leaves_no_trace_outside_the_named_snapshots(
    clinic: Clinic, data_paths: DataPaths, cli_env: dict[str, str], tmp_path: Path
) -> None:
    from needlejournal.db import snapshots

    quentin_id, other_id, own_sha, shared_sha = _setup(clinic, tmp_path)
    olga_before = [asdict(e) for e in clinic.journal.timeline(other_id).entries]
    snap = snapshots.take_daily_snapshot(data_paths.db_file, data_paths.backup_dir)
    assert snap is not None
    # A backup archive in the backups folder holding one of Quentin's photos by content.
    archive = data_paths.backup_dir / "photos-backup.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(f"photos/{own_sha}.jpg", b"...")
    clinic.journal.close()
    root = data_paths.data_dir
    assert _files_holding(root, NAME.encode()) and _files_holding(root, NOTE.encode())

    refused = run_cli(cli_env, "--data-dir", root, "client", "erase", "--client", NAME)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = cli_json(cli_env, "--data-dir", root, "client", "erase", "--client", NAME, "--yes")
    assert done["erased"] == {
        "treatments": 1,
        "observations": 1,
        "photos": 2,
        "files_removed": 1,
        "shared_kept": 1,
    }
    assert done["vacuumed"]
    named = {Path(p) for p in done["still_holding"]}
    assert named == {archive}  # the snapshot was rewritten without Quentin
    assert [Path(p) for p in done["rewritten"]] == [snap]
    for needle in (NAME.encode(), NOTE.encode(), NAME.encode("utf-16-le")):
        assert _files_holding(root, needle) - named == set(), needle
    stored = {p.stem for p in data_paths.photo_dir.rglob("*.jpg")}
    assert own_sha not in stored and shared_sha in stored
    thumbs = {p.name for p in data_paths.thumbnail_dir.rglob("*") if p.is_file()}
    assert not any(own_sha in name or shared_sha in name for name in thumbs)

    j = Journal.open(data_paths)
    try:
        assert [c.name for c in j.list_clients(include_archived=True)] == ["Olga Stays"]
        assert [asdict(e) for e in j.timeline(other_id).entries] == olga_before
        log = j.run(lambda s: settings._value(s, "erasure_log"))
        assert log is not None and [e["client_id"] for e in log["entries"]] == [quentin_id]
        assert NAME not in json.dumps(log)
        assert PhotoLibrary(j).check() == []
    finally:
        j.close()
    gone = run_cli(cli_env, "--data-dir", root, "client", "erase", "--client", NAME, "--yes")
    assert gone.returncode == 2 and len(gone.stderr.strip().splitlines()) == 1


def test_erase_in_process_empties_the_wal_while_the_journal_stays_open(
    clinic: Clinic, data_paths: DataPaths, tmp_path: Path
) -> None:
    """While a journal is open its WAL still holds what was deleted: deleting the rows alone
    leaves the name on disk (the control), erasing checkpoints it away (no close needed)."""
    from needlejournal.journal.client_erase import erase_client

    _setup(clinic, tmp_path)
    quentin = clinic.journal.find_client(NAME)
    control = clinic.client("Control Person-Zebulon")
    clinic.journal.delete_client(control.id)
    assert _files_holding(data_paths.data_dir, b"Control Person-Zebulon")  # the WAL has it
    report = erase_client(clinic.journal, quentin.id)
    assert report.vacuumed and report.still_holding == ()
    for needle in (NAME.encode(), NOTE.encode(), b"Control Person-Zebulon"):
        assert _files_holding(data_paths.data_dir, needle) == set(), needle
    assert [c.name for c in clinic.journal.list_clients()] == ["Olga Stays"]


def test_erase_names_automatic_backups_and_the_photos_they_keep(
    clinic: Clinic, data_paths: DataPaths, tmp_path: Path
) -> None:
    """An automatic backup folder (issue 8): its archive and Quentin's own photo file there
    are named; the photo Olga shares is not (it does not identify Quentin)."""
    from needlejournal.backup.auto import auto_backup
    from needlejournal.backup.schedule import BackupSettings
    from needlejournal.journal import backup_settings
    from needlejournal.journal.client_erase import erase_client

    _, _, own_sha, shared_sha = _setup(clinic, tmp_path)
    folder = tmp_path / "drive"
    folder.mkdir()
    backup_settings.save(clinic.journal, BackupSettings(folder=str(folder)))
    auto_backup(data_paths, folder)
    archives = sorted(folder.glob("needlejournal-*.zip"))
    assert archives
    report = erase_client(clinic.journal, clinic.journal.find_client(NAME).id)
    named = set(report.still_holding)
    assert set(archives) <= named
    own = [p for p in named if p.stem == own_sha]
    assert len(own) == 1 and own[0].is_relative_to(folder)
    assert not any(p.stem == shared_sha for p in named)


def test_erase_rewrites_snapshots_and_deletes_backups_on_request(
    clinic: Clinic, data_paths: DataPaths, cli_env: dict[str, str], tmp_path: Path
) -> None:
    """Issue 11: every file under the data folder is grepped after the erasure; the rewritten
    snapshot is still a journal that opens, with Olga and without Quentin."""
    import sqlite3

    from needlejournal.db import snapshots

    _setup(clinic, tmp_path)
    snap = snapshots.take_daily_snapshot(data_paths.db_file, data_paths.backup_dir)
    assert snap is not None
    clinic.journal.close()
    root = data_paths.data_dir
    backup = data_paths.backup_dir / "before-erasure.zip"
    made = run_cli(cli_env, "--data-dir", root, "backup", backup)
    assert made.returncode == 0, made.stderr
    assert NAME.encode() in backup.read_bytes() or zipfile.is_zipfile(backup)
    assert snap in _files_holding(root, NAME.encode())
    done = cli_json(
        cli_env, "--data-dir", root, "client", "erase", "--client", NAME, "--yes",
        "--delete-archives",
    )  # fmt: skip
    assert [Path(p) for p in done["rewritten"]] == [snap]
    assert Path(backup) in {Path(p) for p in done["deleted"]}
    assert done["still_holding"] == []
    for needle in (NAME.encode(), NOTE.encode(), NAME.encode("utf-16-le")):
        assert _files_holding(root, needle) == set(), needle
    con = sqlite3.connect(snap)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert [r[0] for r in con.execute("SELECT name FROM client")] == ["Olga Stays"]
        assert con.execute("SELECT count(*) FROM treatment").fetchone() == (1,)
    finally:
        con.close()
