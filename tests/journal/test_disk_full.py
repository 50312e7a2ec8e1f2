"""A full disk: a clear sentence, nothing half-saved, every earlier save still there.

Uses a real, tiny tmpfs (root only; skipped elsewhere) so SQLite and the photo store meet a
genuine ENOSPC, not a simulated one.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import JournalError
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import AreaDraft, PhotoDraft, TreatmentDraft
from needlejournal.paths import resolve
from needlejournal.photos.rejections import PhotoRejected

Ago = Callable[[float], datetime]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_full_disk_refuses_the_save_with_a_sentence_and_keeps_earlier_ones(
    small_disk: Path, ago: Ago
) -> None:
    paths = resolve(small_disk / "journal")
    journal = Journal.open(paths)
    me = journal.ensure_self()
    saved = 0
    message = ""
    for i in range(2000):
        try:
            journal.save_treatment(
                TreatmentDraft(
                    me.id, ago(1000 - i), (AreaDraft("cheeks", 0.5),), notes="n" * 20_000
                )
            )
        except JournalError as e:
            message = str(e)
            break
        saved += 1
    journal.close()
    assert 10 < saved < 2000, "the disk never filled"
    assert message.startswith("The disk is full") and "Traceback" not in message
    # Reopen (still full): every save reported as saved is there, and nothing half-saved.
    reopened = Journal.open(resolve(small_disk / "journal"))
    try:
        assert reopened.check() == []
        assert len(reopened.timeline(me.id).entries) == saved
    finally:
        reopened.close()


def test_full_disk_photo_import_is_refused_and_leaves_nothing(small_disk: Path) -> None:
    paths = resolve(small_disk / "journal")
    journal = Journal.open(paths)
    library = PhotoLibrary(journal)
    me = journal.ensure_self()
    big = small_disk.parent / "big.png"
    Image.effect_noise((1400, 1400), 80).convert("RGB").save(big)  # ≈ 5 MB, > the disk
    with pytest.raises(PhotoRejected) as info:
        library.import_one(big, PhotoDraft(me.id))
    assert info.value.code == "disk_full"
    assert library.list_photos(me.id) == []
    assert library.check() == []
    assert [p for p in paths.photo_dir.rglob("*") if p.is_file() and p.name != ".store.lock"] == []
    journal.close()
