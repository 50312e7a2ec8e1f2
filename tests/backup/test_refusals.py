"""Damaged, truncated and foreign archives are refused with one sentence, before anything live
is touched: the journal's file bytes and the photo store are exactly as they were."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from backup_helpers import stored_photos

from needlejournal.backup import seal
from needlejournal.backup.archive import write_backup
from needlejournal.backup.errors import ArchiveRefused
from needlejournal.backup.manifest import MANIFEST_NAME
from needlejournal.backup.restore import restore_backup
from needlejournal.paths import resolve


def _fingerprint(data_dir: Path) -> dict[str, str]:
    """The bytes of every file in the data dir (journal, -wal, photos), by SHA-256."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.name not in (".restore.lock", ".instance.lock")
    }


@pytest.fixture
def archive(filled: Path, tmp_path: Path) -> Path:
    return write_backup(resolve(filled), tmp_path / "good.zip").path


def _refused(data_dir: Path, bad: Path) -> str:
    before = _fingerprint(data_dir)
    with pytest.raises(ArchiveRefused) as info:
        restore_backup(resolve(data_dir), bad, replace=True)
    assert _fingerprint(data_dir) == before
    message = str(info.value)
    assert "\n" not in message and message.endswith((".", "…)."))
    return message


def _members(archive: Path) -> dict[str, tuple[int, int]]:
    """name → (offset of its data in the file, the size of its bytes that all matter).

    A deflate stream's last bytes may be padding bits or lie past its end-of-stream code
    (inflate never reads them), so for the compressed journal the last two are not counted.
    """
    out = {}
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            with archive.open("rb") as f:
                f.seek(info.header_offset + 26)
                n, m = int.from_bytes(f.read(2), "little"), int.from_bytes(f.read(2), "little")
            stored = info.compress_type == zipfile.ZIP_STORED
            out[info.filename] = (
                info.header_offset + 30 + n + m,
                info.compress_size - 2 * (not stored),
            )
    return out


def _flipped(archive: Path, offset: int, out: Path) -> Path:
    raw = bytearray(archive.read_bytes())
    raw[offset] ^= 0x5A
    out.write_bytes(bytes(raw))
    return out


def test_a_byte_flipped_in_any_member_is_refused(
    filled: Path, archive: Path, tmp_path: Path
) -> None:
    for name, (start, size) in _members(archive).items():
        for where in (start, start + size // 2, start + size - 1):
            bad = _flipped(archive, where, tmp_path / "bad.zip")
            assert _refused(filled, bad), name


def test_byte_flips_across_the_whole_file_are_refused(
    filled: Path, archive: Path, tmp_path: Path
) -> None:
    length = archive.stat().st_size
    for offset in range(0, length, max(1, length // 97)):
        _refused(filled, _flipped(archive, offset, tmp_path / "bad.zip"))


def test_truncated_archives_are_refused(filled: Path, archive: Path, tmp_path: Path) -> None:
    raw = archive.read_bytes()
    for cut in (0, 1, 22, 100, len(raw) // 3, len(raw) // 2, len(raw) - 23, len(raw) - 1):
        bad = tmp_path / "cut.zip"
        bad.write_bytes(raw[:cut])
        _refused(filled, bad)


def test_a_random_zip_and_a_text_file_are_refused(filled: Path, tmp_path: Path) -> None:
    other = tmp_path / "holiday.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("beach.jpg", b"not really")
    assert "not a NeedleJournal backup" in _refused(filled, other)
    text = tmp_path / "notes.zip"
    text.write_text("hello")
    assert "not a NeedleJournal backup" in _refused(filled, text)
    assert "no backup file" in _refused(filled, tmp_path / "absent.zip")


def _resealed(path: Path) -> Path:
    """Seal a hand-made archive as the app would, so the deeper checks are reached."""
    with zipfile.ZipFile(path, "a") as zf:
        zf.comment = seal.placeholder()
    seal.seal(path)
    return path


def _rewritten(archive: Path, out: Path, edit_manifest=None, extra=None) -> Path:  # type: ignore[no-untyped-def]
    _rewrite(archive, out, edit_manifest, extra)
    return _resealed(out)


def _rewrite(archive: Path, out: Path, edit_manifest=None, extra=None) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == MANIFEST_NAME and edit_manifest is not None:
                doc = json.loads(data)
                edit_manifest(doc)
                data = json.dumps(doc).encode()
            dst.writestr(info, data)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)


def test_path_traversal_names_are_refused(filled: Path, archive: Path, tmp_path: Path) -> None:
    for evil in ("../x", "/etc/evil", "photos/../../x.jpg", "photos/ab/../../../x", "a\\..\\b"):
        bad = _rewritten(archive, tmp_path / "evil.zip", extra={evil: b"gotcha"})
        assert "unexpected file" in _refused(filled, bad)

        def add(doc: dict[str, object], name: str = evil) -> None:
            files = doc["files"]
            assert isinstance(files, dict)
            files[name] = {"sha256": "0" * 64, "size": 6}

        bad = _rewritten(archive, tmp_path / "evil2.zip", add, {evil: b"gotcha"})
        _refused(filled, bad)
    assert not (filled.parent / "x").exists()


def test_a_bomb_like_member_is_refused_without_filling_the_disk(
    filled: Path, archive: Path, tmp_path: Path
) -> None:
    # A journal that inflates to 64 MB of zeros, while the manifest claims 4 kB.
    zeros = io.BytesIO()
    with zipfile.ZipFile(zeros, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("journal.sqlite3", b"\0" * (64 << 20))
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            if info.filename != "journal.sqlite3":
                dst.writestr(info, src.read(info))
    with zipfile.ZipFile(bomb, "a") as dst, zipfile.ZipFile(zeros) as z:
        dst.writestr(z.infolist()[0], z.read("journal.sqlite3"))
    _refused(filled, _resealed(bomb))

    def huge(doc: dict[str, dict[str, dict[str, int]]]) -> None:
        doc["files"]["journal.sqlite3"]["size"] = 1 << 50  # a petabyte

    _refused(filled, _rewritten(archive, tmp_path / "huge.zip", huge))


def test_a_newer_backup_format_is_refused(filled: Path, archive: Path, tmp_path: Path) -> None:
    def newer(doc: dict[str, object]) -> None:
        doc["format_version"] = 99

    assert "newer version" in _refused(filled, _rewritten(archive, tmp_path / "n.zip", newer))


def test_a_database_that_is_not_a_journal_is_refused(
    filled: Path, archive: Path, tmp_path: Path
) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    data = other.read_bytes()

    def swap(doc: dict[str, dict[str, dict[str, object]]]) -> None:
        doc["files"]["journal.sqlite3"] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }

    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(tmp_path / "o.zip", "w") as dst:
        for info in src.infolist():
            payload = src.read(info)
            if info.filename == "journal.sqlite3":
                payload = data
            elif info.filename == MANIFEST_NAME:
                doc = json.loads(payload)
                swap(doc)
                payload = json.dumps(doc).encode()
            dst.writestr(info.filename, payload)
    assert "not a NeedleJournal journal" in _refused(filled, _resealed(tmp_path / "o.zip"))


def test_an_unsealed_archive_is_refused(filled: Path, archive: Path, tmp_path: Path) -> None:
    _rewrite(archive, tmp_path / "plain.zip")  # same members, written by another zip tool
    assert "damaged" in _refused(filled, tmp_path / "plain.zip")


def test_refusal_into_an_empty_folder_leaves_no_journal(archive: Path, tmp_path: Path) -> None:
    bad = _flipped(archive, archive.stat().st_size // 2, tmp_path / "bad.zip")
    target = tmp_path / "fresh"
    with pytest.raises(ArchiveRefused):
        restore_backup(resolve(target), bad)
    assert not (target / "journal.sqlite3").exists()
    assert stored_photos(target / "photos") == {}
