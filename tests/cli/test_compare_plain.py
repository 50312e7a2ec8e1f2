"""``compare`` reads an ordinary SQLite journal with plain sqlite3 (issue 15: SQLAlchemy's
import was a third of a second of the 2 s goal): the same records as the ORM, the same image,
and anything unusual still answered by the journal."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from cli_helpers import Run, assert_one_line_error, probe
from PIL import Image, ImageDraw

from needlejournal.journal.api import Journal
from needlejournal.journal.compare import CompareService
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.plain_read import open_plain
from needlejournal.journal.records import ClientDraft, PhotoDraft, PhotoEdit
from needlejournal.paths import resolve
from needlejournal.photos.comparison import Mode


def _picture(shift: int) -> Image.Image:
    img = Image.new("RGB", (360, 270), (210, 170, 150))
    draw = ImageDraw.Draw(img)
    for i in range(40):
        x, y = (i * 83 + shift) % 360, (i * 47) % 270
        draw.ellipse((x - 6, y - 6, x + 6, y + 6), fill=(110 + i, 70, 60))
    return img


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, list[int]]:
    """Three photos whose records use every kind of field: capture details, anchors, a
    session or none, sharing allowed, refused or unset."""
    data = tmp_path / "data"
    journal = Journal.open(resolve(data))
    try:
        library = PhotoLibrary(journal)
        client = journal.save_client(ClientDraft(name="Lena Park"))
        ids = []
        captures: list[dict[str, object]] = [
            {"skin": "clean", "light": "Ring light", "camera": "Pixel 8"},
            {"skin": "post", "day_after": 3},
            {},
        ]
        for i, capture in enumerate(captures):
            path = tmp_path / f"p{i}.png"
            _picture(7 * i).save(path)
            draft = PhotoDraft(client.id, view="front", capture=capture, note=f"note {i}")
            ids.append(library.import_one(path, draft).id)
        a, b = library.get(ids[0]), library.get(ids[1])
        CompareService(library).save_pair_anchors(
            a, ((40.0, 50.0), (300.0, 210.0)), b, ((47.0, 52.0), (306.0, 214.0))
        )
        library.update(replace(PhotoEdit.of(library.get(ids[0])), share_consent=True))
        library.update(replace(PhotoEdit.of(library.get(ids[2])), share_consent=False))
    finally:
        journal.close()
    return data, ids


def test_the_plain_records_are_the_orms(pair: tuple[Path, list[int]]) -> None:
    data, ids = pair
    paths = resolve(data)
    reader = open_plain(paths)
    assert reader is not None
    try:
        plain = [(reader.get(i), reader.original_path(reader.get(i))) for i in ids]
    finally:
        reader.close()
    journal = Journal.open(paths)
    try:
        library = PhotoLibrary(journal)
        orm = [(library.get(i), library.original_path(library.get(i))) for i in ids]
    finally:
        journal.close()
    assert plain == orm
    assert orm[0][0].landmarks and orm[0][0].capture and orm[0][0].share_consent is True
    assert orm[2][0].landmarks is None and orm[2][0].share_consent is False


@pytest.mark.parametrize("mode", ["side-by-side", "difference"])
def test_compare_reads_without_sqlalchemy_and_draws_what_the_journal_draws(
    run: Run, tmp_path: Path, pair: tuple[Path, list[int]], mode: Mode
) -> None:
    data, ids = pair
    out = tmp_path / f"{mode}.png"
    args: list[str | Path | int] = ["--data-dir", data, "compare", ids[0], ids[1], "--mode", mode]
    done = probe(run, *args, "--align", "--out", out)
    assert (done.code, done.imported["sqlalchemy"]) == (0, False), done.stderr
    assert "aligned by saved anchors" in done.stdout
    journal = Journal.open(resolve(data))
    try:
        expected = CompareService(PhotoLibrary(journal)).render(
            ids[0],
            ids[1],
            mode,
            align=True,
            labels=True,
        )
    finally:
        journal.close()
    with Image.open(out) as written:
        assert np.array_equal(np.asarray(written), np.asarray(expected.image))


def test_a_photo_that_is_not_there_is_answered_by_the_journal(
    run: Run, tmp_path: Path, pair: tuple[Path, list[int]]
) -> None:
    data, ids = pair
    done = run("--data-dir", data, "compare", ids[0], 999, "--out", tmp_path / "x.png")
    assert done.returncode == 2
    assert_one_line_error(done.stderr)
    assert "999" in done.stderr
    assert not (tmp_path / "x.png").exists()
