"""``needlejournal compare`` and ``photo metrics`` through real processes on a generated pair."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from cli_helpers import Run, assert_one_line_error
from PIL import Image, ImageDraw, ImageFilter, ImageStat

from needlejournal.journal.api import Journal
from needlejournal.journal.compare import CompareService
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve
from needlejournal.photos.align import Similarity, warp_to

SIZE = (480, 360)
# Maps B's pixels onto A's: rotate 3° and scale 1.04 about the centre, then shift (9, -6).
B_TO_A = Similarity.translation(9.0, -6.0).compose(
    Similarity.about_point(1.04, math.radians(3.0), (SIZE[0] / 2, SIZE[1] / 2))
)


def _picture() -> Image.Image:
    img = Image.new("RGB", SIZE, (214, 180, 160))
    draw = ImageDraw.Draw(img)
    for i in range(60):
        x, y, r = (i * 97) % SIZE[0], (i * 53) % SIZE[1], 4 + i % 9
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(120 + i % 100, 80, 60 + i % 50))
    draw.polygon([(20, 20), (90, 30), (30, 80)], fill=(250, 240, 40))
    return img.filter(ImageFilter.GaussianBlur(0.6))


@pytest.fixture
def journal_dir(tmp_path: Path) -> tuple[Path, int, int]:
    data = tmp_path / "data"
    journal = Journal.open(resolve(data))
    try:
        library = PhotoLibrary(journal)
        client = journal.save_client(ClientDraft(name="Lena Park"))
        a = _picture()
        b = warp_to(SIZE, a, B_TO_A.inverse(), fill=(214, 180, 160))
        ids = []
        for name, image in (("a.png", a), ("b.png", b)):
            image.save(tmp_path / name)
            draft = PhotoDraft(client_id=client.id, view="front")
            ids.append(library.import_one(tmp_path / name, draft).id)
    finally:
        journal.close()
    return data, ids[0], ids[1]


def _no_metadata(path: Path) -> Image.Image:
    im = Image.open(path)
    assert not im.getexif()
    assert not {"exif", "icc_profile", "XML:com.adobe.xmp"} & set(im.info)
    return im


@pytest.mark.parametrize(
    ("mode", "size"),
    [
        ("side-by-side", (SIZE[0] * 2 + 8, SIZE[1])),
        ("wipe", SIZE),
        ("overlay", SIZE),
        ("difference", SIZE),
    ],
)
def test_each_mode_writes_a_clean_png(
    run: Run, journal_dir: tuple[Path, int, int], tmp_path: Path, mode: str, size: tuple[int, int]
) -> None:
    data, a, b = journal_dir
    out = tmp_path / f"{mode}.png"
    result = run.json("compare", a, b, "--mode", mode, "--align", "--out", out, "--data-dir", data)
    assert result["out"] == str(out) and result["mode"] == mode
    assert result["aligned"] is True and result["alignment"] == "auto"
    assert 0.0 <= result["confidence"] <= 1.0
    with _no_metadata(out) as im:
        assert im.size == size and im.format == "PNG"


def test_align_uses_saved_anchors_and_without_align_nothing(
    run: Run, journal_dir: tuple[Path, int, int], tmp_path: Path
) -> None:
    data, a, b = journal_dir
    journal = Journal.open(resolve(data))
    try:
        service = CompareService(PhotoLibrary(journal))
        on_a = ((100.0, 120.0), (380.0, 140.0))
        inverse = B_TO_A.inverse()
        on_b = (inverse.apply(*on_a[0]), inverse.apply(*on_a[1]))
        service.save_pair_anchors(service.library.get(a), on_a, service.library.get(b), on_b)
    finally:
        journal.close()
    out = tmp_path / "anchored.png"
    args = ("compare", a, b, "--mode", "difference", "--labels", "--out", out, "--data-dir", data)
    anchored = run.json(*args, "--align")
    assert anchored["alignment"] == "anchors" and anchored["confidence"] is None
    with _no_metadata(out) as im:
        # Registered: the difference is dark away from the uncovered (grey) border.
        centre = im.crop((120, 90, 360, 250)).convert("L")
        assert ImageStat.Stat(centre).mean[0] < 40
    plain = run.json(*args)
    assert plain["aligned"] is False and plain["alignment"] == "none"


def test_photo_metrics_json(run: Run, journal_dir: tuple[Path, int, int]) -> None:
    data, a, _ = journal_dir
    result = run.json("photo", "metrics", a, "--region", "10,10,100,80", "--data-dir", data)
    assert {"photo_id", "region", "L", "a", "b", "ita", "evenness", "texture", "note"} <= set(
        result
    )
    assert result["photo_id"] == a and result["region"] == [10, 10, 100, 80]
    assert 0 < result["L"] < 100
    assert result["note"] == "comparable only under the same light"


def test_usage_errors_exit_2_with_one_sentence(
    run: Run, journal_dir: tuple[Path, int, int], tmp_path: Path
) -> None:
    data, a, _ = journal_dir
    missing = run("compare", a, 999, "--out", tmp_path / "x.png", "--data-dir", data)
    assert missing.returncode == 2
    assert_one_line_error(missing.stderr)
    assert "999" in missing.stderr
    outside = run("photo", "metrics", a, "--region", "400,300,200,200", "--data-dir", data)
    assert outside.returncode == 2
    assert_one_line_error(outside.stderr)
    malformed = run("photo", "metrics", a, "--region", "1,2,3", "--data-dir", data)
    assert malformed.returncode == 2
    assert_one_line_error(malformed.stderr)
    assert not (tmp_path / "x.png").exists()
