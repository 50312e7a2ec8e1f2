"""Named photo regions (issue 12): drawn once, found on the other photos of the view through
their alignment, measured off the database's unit of work, stored per photo and region."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput, JournalError
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.progress_chart import metric_series
from needlejournal.journal.records import PhotoDraft, PhotoEdit, PhotoRecord
from needlejournal.journal.region_measure import RegionMeasurer, carry_box, measure_view
from needlejournal.journal.region_records import RegionDraft
from needlejournal.photos.align import Similarity
from needlejournal.photos.metrics import region_metrics

CARD = (30, 30, 60, 60)  # the grey card in the base scene
CHEEK = (200, 150, 160, 120)  # the region in the base scene


def _scene(cast: tuple[float, float, float] = (1.0, 1.0, 1.0), seed: int = 7) -> Image.Image:
    """Skin with a few spots, a grey card top-left; ``cast`` tints the light, ``seed`` gives
    another photo of the same skin (a photo already in the journal is not imported twice)."""
    rng = np.random.default_rng(seed)
    rgb = np.empty((400, 600, 3))
    rgb[...] = (205.0, 160.0, 140.0)
    rgb += rng.normal(0, 3, rgb.shape)
    ys, xs = np.mgrid[0:400, 0:600]
    for cx, cy in ((250, 190), (300, 230), (330, 180)):
        rgb[np.hypot(xs - cx, ys - cy) < 7] *= 0.7
    x, y, w, h = CARD
    rgb[y : y + h, x : x + w] = 128.0
    linear = (np.clip(rgb, 0, 255) / 255.0) ** 2.2 * np.array(cast)
    return Image.fromarray((np.clip(linear, 0, 1) ** (1 / 2.2) * 255).astype(np.uint8), "RGB")


def _import(
    library: PhotoLibrary,
    image: Image.Image,
    path: Path,
    days_ago: int,
    *,
    anchors: list[list[int]] | None = None,
    light: str = "ring light",
    view: str = "front",
) -> PhotoRecord:
    image.save(path)
    client = library.journal.ensure_self().client
    photo = library.get(library.import_one(path, PhotoDraft(client.id, view=view)).id)
    edit = replace(
        PhotoEdit.of(photo),
        taken_at=datetime.now(UTC) - timedelta(days=days_ago),
        capture={"light": light, "camera": "phone", "skin": "bare"},
        landmarks={"anchors": anchors} if anchors else None,
    )
    return library.update(edit)


@pytest.fixture
def library(journal: Journal) -> PhotoLibrary:
    return PhotoLibrary(journal)


def test_a_region_is_kept_relative_to_its_photo(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    a = _import(library, _scene(), tmp_path / "a.png", 10)
    region = journal.save_region(RegionDraft(a.id, " left cheek ", CHEEK, "ellipse"))
    assert (region.name, region.view, region.shape) == ("left cheek", "front", "ellipse")
    assert (region.x, region.y, region.w, region.h) == (200 / 600, 150 / 400, 160 / 600, 120 / 400)
    assert region.box_in(600, 400) == CHEEK
    assert region.box_in(1200, 800) == (400, 300, 320, 240)
    for draft, words in (
        (RegionDraft(a.id, "left cheek", CHEEK), "already has a region called “left cheek”"),
        (RegionDraft(a.id, "  ", CHEEK), "Give the region a name"),
        (RegionDraft(a.id, "chin", (590, 10, 40, 40)), "reaches outside the photo"),
        (RegionDraft(a.id, "chin", (10, 10, 3, 3)), "Draw a larger region"),
    ):
        with pytest.raises(InvalidInput, match=words):
            journal.save_region(draft)
    assert [r.name for r in journal.regions(a.client_id, "front")] == ["left cheek"]


def test_measured_on_every_photo_of_the_view_through_the_anchors(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    base = _scene()
    a = _import(library, base, tmp_path / "a.png", 20, anchors=[[100, 100], [500, 100]])
    # The same scene photographed at half the size and shifted: its anchors say so.
    half = Image.new("RGB", (600, 400), (90, 90, 90))
    half.paste(base.resize((300, 200), Image.Resampling.LANCZOS), (150, 100))
    b = _import(library, half, tmp_path / "b.png", 10, anchors=[[200, 150], [400, 150]])
    side = _import(library, _scene((1.0, 1.0, 0.9)), tmp_path / "c.png", 5, view="left45")
    region = journal.save_region(RegionDraft(a.id, "left cheek", CHEEK))
    run = measure_view(journal, region, [a, b, side])
    assert (run.stored, run.skipped) == (2, ())
    measures = {m.photo_id: m for m in journal.measures(a.client_id)}
    assert measures[a.id].px == CHEEK and measures[a.id].alignment == "reference"
    assert measures[b.id].px == (250, 175, 80, 60) and measures[b.id].alignment == "anchors"
    direct = region_metrics(base, CHEEK)
    assert measures[a.id].values["L"] == pytest.approx(direct.L)
    assert measures[b.id].values["L"] == pytest.approx(direct.L, abs=1.0)
    assert measures[b.id].values["a"] == pytest.approx(direct.a, abs=1.0)
    assert measures[a.id].values["spot_count"] == 3
    assert measures[a.id].capture["light"] == "ring light"
    # Measuring again replaces, never duplicates.
    measure_view(journal, region, [a])
    assert len(journal.measures(a.client_id)) == 2
    with pytest.raises(JournalError, match="another view"):
        RegionMeasurer(journal).measure(region, side)


def test_a_grey_card_balances_a_colour_cast(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    anchors = [[100, 100], [500, 100]]
    a = _import(library, _scene(), tmp_path / "a.png", 20, anchors=anchors)
    warm = _import(library, _scene((1.25, 1.0, 0.75)), tmp_path / "w.png", 10, anchors=anchors)
    region = journal.save_region(RegionDraft(a.id, "left cheek", CHEEK))
    measure_view(journal, region, [a, warm])
    plain = {m.photo_id: m.values for m in journal.measures(a.client_id)}
    assert abs(plain[warm.id]["b"] - plain[a.id]["b"]) > 5  # the cast shows as a change
    region = journal.set_grey_card(region.id, a.id, CARD)
    measure_view(journal, region, [a, warm])
    balanced = {m.photo_id: m for m in journal.measures(a.client_id)}
    assert balanced[warm.id].white_balance == "grey card"
    assert balanced[warm.id].values["a"] == pytest.approx(balanced[a.id].values["a"], abs=1.0)
    assert balanced[warm.id].values["b"] == pytest.approx(balanced[a.id].values["b"], abs=1.0)
    with pytest.raises(InvalidInput, match="photo the region was drawn on"):
        journal.set_grey_card(region.id, warm.id, CARD)


def test_deleting_a_region_or_a_photo_deletes_its_measures(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    anchors = [[100, 100], [500, 100]]
    a = _import(library, _scene(), tmp_path / "a.png", 20, anchors=anchors)
    b = _import(library, _scene(seed=8), tmp_path / "b.png", 10, anchors=anchors)
    region = journal.save_region(RegionDraft(a.id, "left cheek", CHEEK))
    measure_view(journal, region, [a, b])
    library.delete(b.id)
    assert [m.photo_id for m in journal.measures(a.client_id)] == [a.id]
    journal.delete_region(region.id)
    assert journal.measures(a.client_id) == []


def test_chart_series_mark_photos_under_other_light(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    anchors = [[100, 100], [500, 100]]
    a = _import(library, _scene(), tmp_path / "a.png", 20, anchors=anchors)
    b = _import(library, _scene(seed=8), tmp_path / "b.png", 10, anchors=anchors, light="window")
    region = journal.save_region(RegionDraft(a.id, "left cheek", CHEEK))
    measure_view(journal, region, [a, b])
    series = {s.key: s for s in metric_series(journal.measures(a.client_id))}
    redness = series[f"metric:{region.id}:a"]
    assert redness.title == "left cheek (Front) — a* (redness)"
    assert redness.points[0].odd == ""
    assert "light: window (the region's photo: ring light)" in redness.points[1].odd


def test_carry_box_follows_scale_and_shift() -> None:
    # B at half size, shifted by (150, 100): A = 2 * B - (300, 200).
    to_a = Similarity(2.0, 0.0, -300.0, -200.0)
    assert carry_box((200, 150, 160, 120), to_a, (600, 400)) == (250, 175, 80, 60)
    assert carry_box((200, 150, 160, 120), Similarity(1.0, 0.0, 1000.0, 0.0), (600, 400)) is None


def test_timeline_json_carries_the_stored_measures(
    journal: Journal, library: PhotoLibrary, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not journal.paths.is_sqlite:
        pytest.skip("the command line is given the journal folder")
    import json

    from needlejournal.cli import main

    a = _import(library, _scene(), tmp_path / "a.png", 20)
    region = journal.save_region(RegionDraft(a.id, "left cheek", CHEEK))
    measure_view(journal, region, [a])
    capsys.readouterr()
    assert (
        main(["--data-dir", str(journal.paths.data_dir), "--json", "timeline", "--client", "Me"])
        == 0
    )
    (photo,) = [e for e in json.loads(capsys.readouterr().out) if e["kind"] == "photo"]
    (measured,) = photo["metrics"]
    assert measured["region"] == "left cheek" and measured["px"] == list(CHEEK)
    assert measured["values"]["spot_count"] == 3 and measured["version"] == 3
    assert measured["note"] == "comparable only under the same light"


TURNED_CARD = (450, 320, 50, 50)


def _corner_scene() -> Image.Image:
    """Skin with pores (detail a few pixels wide, which survives resampling), a spot inside
    each corner of CHEEK and a red frame just outside it: a region carried across without its
    rotation loses corners and takes in red."""
    rng = np.random.default_rng(3)
    fine = np.asarray(
        Image.fromarray(rng.normal(128, 40, (100, 150)).clip(0, 255).astype(np.uint8)).resize(
            (600, 400), Image.Resampling.BICUBIC
        ),
        dtype=np.float64,
    )
    rgb = np.empty((400, 600, 3))
    rgb[...] = (205.0, 160.0, 140.0)
    rgb += ((fine - 128) / 8)[..., np.newaxis]
    ys, xs = np.mgrid[0:400, 0:600]
    x, y, w, h = CHEEK
    frame = (xs >= x - 30) & (xs < x + w + 30) & (ys >= y - 30) & (ys < y + h + 30)
    frame &= ~((xs >= x) & (xs < x + w) & (ys >= y) & (ys < y + h))
    rgb[frame] = (220.0, 90.0, 90.0)
    cx, cy, cw, ch = TURNED_CARD
    rgb[cy : cy + ch, cx : cx + cw] = 128.0
    for cx, cy in (
        (x + 16, y + 16),
        (x + w - 16, y + 16),
        (x + 16, y + h - 16),
        (x + w - 16, y + h - 16),
    ):
        rgb[np.hypot(xs - cx, ys - cy) < 7] *= 0.7
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def test_a_region_follows_a_rotated_photo(
    journal: Journal, library: PhotoLibrary, tmp_path: Path
) -> None:
    base = _corner_scene()
    anchors_a = [[120, 80], [480, 330]]
    # The same skin photographed with the camera turned 15°: Image.rotate turns the picture
    # counter-clockwise about the centre, which moves a point (dx, dy) from the centre to
    # (dx cos + dy sin, −dx sin + dy cos).
    turn = np.radians(15.0)
    turned = base.rotate(15.0, Image.Resampling.BICUBIC, center=(300, 200), fillcolor=(60, 60, 60))
    # … and under warmer light (a grey card beside the skin balances it).
    warm = (np.asarray(turned) / 255.0) ** 2.2 * np.array([1.2, 1.0, 0.8])
    turned = Image.fromarray((np.clip(warm, 0, 1) ** (1 / 2.2) * 255).astype(np.uint8), "RGB")
    anchors_b = [
        [
            round(300 + (ax - 300) * np.cos(turn) + (ay - 200) * np.sin(turn)),
            round(200 - (ax - 300) * np.sin(turn) + (ay - 200) * np.cos(turn)),
        ]
        for ax, ay in anchors_a
    ]
    a = _import(library, base, tmp_path / "a.png", 20, anchors=anchors_a)
    b = _import(library, turned, tmp_path / "b.png", 10, anchors=anchors_b)
    region = journal.save_region(RegionDraft(a.id, "left cheek", CHEEK))
    run = measure_view(journal, region, [a, b])
    assert (run.stored, run.skipped) == (2, ())
    found = {m.photo_id: m.values for m in journal.measures(a.client_id)}
    same, rotated = found[a.id], found[b.id]
    assert same["spot_count"] == rotated["spot_count"] == 4
    assert abs(rotated["b"] - same["b"]) > 5  # the warm light shows until balanced
    region = journal.set_grey_card(region.id, a.id, TURNED_CARD)
    measure_view(journal, region, [a, b])
    found = {m.photo_id: m.values for m in journal.measures(a.client_id)}
    same, rotated = found[a.id], found[b.id]
    for key in ("L", "a", "b"):
        assert rotated[key] == pytest.approx(same[key], abs=1.0), key
    assert rotated["texture"] == pytest.approx(same["texture"], rel=0.15)
    assert rotated["evenness"] == pytest.approx(same["evenness"], rel=0.15)
