"""A region colour-corrected against a ColorChecker marked on its photo (issue 12): the chart
is found on the view's other photos through their alignment and fitted on each."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from colour_chart_scene import SKIN, SKIN_BOX, WARM, scene
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoDraft, PhotoEdit, PhotoRecord
from needlejournal.journal.region_measure import measure_view
from needlejournal.journal.region_records import RegionDraft
from needlejournal.photos.metrics import srgb_to_lab

ANCHORS = [[100, 60], [700, 360]]


def _import(
    library: PhotoLibrary, image: Image.Image, path: Path, days: int, anchors: list[list[int]]
) -> PhotoRecord:
    image.save(path)
    client = library.journal.ensure_self().client
    photo = library.get(library.import_one(path, PhotoDraft(client.id)).id)
    edit = replace(
        PhotoEdit.of(photo),
        taken_at=datetime.now(UTC) - timedelta(days=days),
        landmarks={"anchors": anchors},
    )
    return library.update(edit)


def _turned(image: Image.Image, deg: float) -> tuple[Image.Image, list[list[int]]]:
    """``image`` turned ``deg`` counter-clockwise about its centre, and ANCHORS moved with it."""
    cx, cy = image.width / 2, image.height / 2
    t = np.radians(deg)
    turned = image.rotate(deg, Image.Resampling.BICUBIC, center=(cx, cy), fillcolor=(90, 90, 90))
    moved = [
        [
            round(cx + (x - cx) * np.cos(t) + (y - cy) * np.sin(t)),
            round(cy - (x - cx) * np.sin(t) + (y - cy) * np.cos(t)),
        ]
        for x, y in ANCHORS
    ]
    return turned, moved


def test_each_photo_is_corrected_against_its_own_chart(journal: Journal, tmp_path: Path) -> None:
    library = PhotoLibrary(journal)
    plain, corners = scene(seed=1)
    warm, _ = scene(WARM, seed=2)
    turned, turned_anchors = _turned(scene(WARM, seed=3)[0], 10.0)
    a = _import(library, plain, tmp_path / "a.png", 30, ANCHORS)
    b = _import(library, warm, tmp_path / "b.png", 20, ANCHORS)
    c = _import(library, turned, tmp_path / "c.png", 10, turned_anchors)
    region = journal.save_region(RegionDraft(a.id, "left cheek", SKIN_BOX))
    measure_view(journal, region, [a, b, c])
    truth = srgb_to_lab(SKIN)

    def off(values: dict[str, float]) -> float:
        return float(np.linalg.norm([values[k] - t for k, t in zip("Lab", truth, strict=True)]))

    before = {m.photo_id: m for m in journal.measures(a.client_id)}
    assert off(before[b.id].values) > 10 and off(before[c.id].values) > 10  # the warm light

    region = journal.set_colour_chart(region.id, a.id, corners)
    assert region.colour_chart is not None and len(region.colour_chart) == 4
    run = measure_view(journal, region, [a, b, c])
    assert (run.stored, run.skipped) == (3, ())
    after = {m.photo_id: m for m in journal.measures(a.client_id)}
    for photo in (a, b, c):
        assert off(after[photo.id].values) < 1.0, photo
        assert after[photo.id].white_balance.startswith("colour chart (residual ΔE 0.")

    journal.set_colour_chart(region.id, a.id, None)
    assert journal.regions(a.client_id)[0].colour_chart is None


@pytest.mark.parametrize(
    ("corners", "words"),
    [
        ([(60, 80), (360, 80), (60, 280), (360, 280)], "do not go round the chart"),
        ([(60, 80), (900, 80), (900, 280), (60, 280)], "outside the photo"),
    ],
)
def test_wrong_corners_are_refused_and_nothing_changes(
    journal: Journal, tmp_path: Path, corners: list[tuple[float, float]], words: str
) -> None:
    library = PhotoLibrary(journal)
    a = _import(library, scene()[0], tmp_path / "a.png", 30, ANCHORS)
    b = _import(library, scene(WARM)[0], tmp_path / "b.png", 20, ANCHORS)
    region = journal.save_region(RegionDraft(a.id, "left cheek", SKIN_BOX))
    with pytest.raises(InvalidInput, match=words):
        journal.set_colour_chart(region.id, a.id, corners)
    with pytest.raises(InvalidInput, match="photo the region was drawn on"):
        journal.set_colour_chart(region.id, b.id, scene()[1])
    assert journal.regions(a.client_id)[0].colour_chart is None


def test_a_photo_without_the_chart_is_skipped_with_a_reason(
    journal: Journal, tmp_path: Path
) -> None:
    library = PhotoLibrary(journal)
    plain, corners = scene()
    a = _import(library, plain, tmp_path / "a.png", 30, ANCHORS)
    # The same view without a chart in it (someone forgot it that day).
    bare = plain.copy()
    bare.paste((120, 118, 115), (0, 0, 480, 420))
    b = _import(library, bare, tmp_path / "b.png", 20, ANCHORS)
    region = journal.save_region(RegionDraft(a.id, "left cheek", SKIN_BOX))
    region = journal.set_colour_chart(region.id, a.id, corners)
    run = measure_view(journal, region, [a, b])
    assert run.stored == 1
    (reason,) = run.skipped
    assert reason.startswith(f"Photo #{b.id}: ") and "ColorChecker" in reason
