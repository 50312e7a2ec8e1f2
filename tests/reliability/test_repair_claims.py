"""``check --repair`` never touches an original under a live claim (issue 8 defect 2)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.paths import resolve


def test_repair_leaves_a_claimed_original_in_place(tmp_path: Path) -> None:
    src = tmp_path / "in.jpg"
    Image.effect_noise((120, 90), 50).convert("RGB").save(src)
    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        library = PhotoLibrary(journal)
        # Placed and claimed, its row not committed yet: an import in flight.
        stored = library.store.ingest(src, claim=True)
        assert [p.kind for p in library.check()] == ["orphan_file"]
        assert library.repair() == []
        assert stored.path.is_file()
        library.store.release(stored.claim)
        # Once the claim is gone (and no row came), the orphan is quarantined.
        assert len(library.repair()) == 1
        assert not stored.path.exists()
    finally:
        journal.close()
