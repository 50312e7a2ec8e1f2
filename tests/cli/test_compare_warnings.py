"""``compare`` on the command line warns like the compare window and labels like its export."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_helpers import Run
from PIL import Image

from needlejournal.demo.photos import write_photo
from needlejournal.journal.api import Journal
from needlejournal.journal.compare import comparability
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve

SIZE = (320, 240)
SKIN = (200, 160, 140)


@pytest.fixture
def unlike_pair(tmp_path: Path) -> tuple[Path, int, int, list[str]]:
    """Two photos differing in view, light, camera and skin state; the window's hints."""
    data = tmp_path / "data"
    journal = Journal.open(resolve(data))
    try:
        library = PhotoLibrary(journal)
        client = journal.save_client(ClientDraft("Lena Park"))
        ids = []
        pair: tuple[tuple[int, str, dict[str, object]], ...] = (
            (1, "front", {"skin": "clean", "light": "Daylight (window)", "camera": "Pixel 8"}),
            (22, "left45", {"skin": "post", "day_after": 3, "light": "Ring light", "camera": "X"}),
        )
        for day, view, capture in pair:
            path = tmp_path / f"{view}.jpg"
            write_photo(Image.new("RGB", SIZE, SKIN), path, datetime(2026, 3, day, 20, tzinfo=UTC))
            draft = PhotoDraft(client.id, view=view, capture=capture)
            ids.append(library.import_one(path, draft).id)
        a, b = (library.get(i) for i in ids)
        hints = comparability(a, b)  # what the compare window shows above the pair
    finally:
        journal.close()
    return data, ids[0], ids[1], hints


def test_compare_prints_the_windows_comparability_warnings(
    run: Run, tmp_path: Path, unlike_pair: tuple[Path, int, int, list[str]]
) -> None:
    data, a, b, hints = unlike_pair
    assert len(hints) >= 5, hints
    assert any("different views (Front vs Left 45°)" in h for h in hints), hints
    out = tmp_path / "pair.png"
    done = run("--data-dir", data, "compare", a, b, "--out", out)
    assert done.returncode == 0, done.stderr
    for hint in hints:
        assert f"⚠ {hint}" in done.stdout, done.stdout
    doc = json.loads(run("--data-dir", data, "--json", "compare", a, b, "--out", out).stdout)
    assert doc["warnings"] == hints


def test_compare_labels_the_dates_by_default_like_the_window_export(
    run: Run, tmp_path: Path, unlike_pair: tuple[Path, int, int, list[str]]
) -> None:
    data, a, b, _ = unlike_pair
    nz = Run({**run.env, "TZ": "Pacific/Auckland"})
    labelled, bare = tmp_path / "labelled.png", tmp_path / "bare.png"
    doc = nz.json("--data-dir", data, "compare", a, b, "--out", labelled)
    assert doc["labels"] == ["2 Mar 2026 · Front", "23 Mar 2026 · Left 45°"]
    plain = nz.json("--data-dir", data, "compare", a, b, "--no-labels", "--out", bare)
    assert plain["labels"] is None
    # The label band darkens the bottom edge of the labelled image only.
    bottom = (5, SIZE[1] - 3)
    with Image.open(labelled) as im, Image.open(bare) as no:
        dark, plain_pixel = im.convert("RGB").getpixel(bottom), no.convert("RGB").getpixel(bottom)
    assert isinstance(dark, tuple) and isinstance(plain_pixel, tuple)
    assert sum(dark) < sum(plain_pixel) - 60
