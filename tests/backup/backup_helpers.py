"""What the backup tests share: a filled journal, and independent checks of a data dir.

The checks read the files with ``sqlite3`` and ``hashlib`` directly, not through the code
under test: integrity, foreign keys, every photo row's file present with its SHA-256, every
stored file known to a row, and the journal's content table by table.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from PIL import Image

from needlejournal.demo import fill_demo
from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve

PHOTO_SUFFIXES = (".jpg", ".png", ".webp", ".heic", ".heif")


def make_photos(
    folder: Path, n: int, seed: int = 0, size: tuple[int, int] = (160, 120)
) -> list[Path]:
    """``n`` small JPEGs with distinct bytes (the store is content-addressed)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        path = folder / f"photo-{seed}-{i}.jpg"
        Image.effect_noise(size, 20 + (seed * 31 + i) % 60).convert("RGB").save(path, quality=85)
        out.append(path)
    return out


def fill(data_dir: Path, *, photos: int = 4, seed: int = 1) -> None:
    """A journal with demo clients, sessions and skin checks, and ``photos`` imported photos."""
    journal = Journal.open(resolve(data_dir))
    try:
        fill_demo(journal, clients=3, treatments=3, seed=seed)
        client = journal.save_client(ClientDraft(name=f"Photo Owner {seed}"))
        files = make_photos(data_dir.parent / f"src-{seed}", photos, seed)
        PhotoLibrary(journal).import_files(files, PhotoDraft(client.id))
    finally:
        journal.close()


def table_contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted: the journal's content, whatever the file's bytes.

    The audit trail is left out: it records the backups, restores and kills these tests
    make (a restore is the restored trail's one new line); ``audit_trail`` reads it.
    """
    conn = sqlite3.connect(db)  # read-write: a -wal beside it is read (and folded in)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'audit_%'"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def audit_trail(data_dir: Path) -> list[tuple[object, ...]]:
    """The journal's audit lines, oldest first."""
    conn = sqlite3.connect(data_dir / "journal.sqlite3")
    try:
        return conn.execute("SELECT * FROM audit_entry ORDER BY id").fetchall()
    finally:
        conn.close()


def stored_photos(photo_dir: Path) -> dict[str, str]:
    """{file name: SHA-256 of its bytes} for every original in the store."""
    found = {}
    for path in photo_dir.glob("??/*"):
        if path.suffix in PHOTO_SUFFIXES:
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def verify_data_dir(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    """Integrity, foreign keys, rows ↔ files both ways with hashes; returns the content."""
    db = data_dir / "journal.sqlite3"
    assert db.exists() and db.stat().st_size > 0, "there is no journal at the live path"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = {str(r[0]) for r in conn.execute("SELECT sha256 FROM photo")}
    finally:
        conn.close()
    files = stored_photos(data_dir / "photos")
    for name, digest in files.items():
        assert name.split(".")[0] == digest, f"{name} does not hash to its name"
    assert {n.split(".")[0] for n in files} == rows, "photo rows and stored files differ"
    return table_contents(db)


def reopen_and_save(data_dir: Path, name: str = "After the storm") -> None:
    """The app reopens the journal (running its start-up recovery) and saves a new record."""
    journal = Journal.open(resolve(data_dir))
    try:
        saved = journal.save_client(ClientDraft(name=name))
        assert journal.find_client(str(saved.id)).name == name
    finally:
        journal.close()
