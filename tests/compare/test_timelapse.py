"""Time-lapse frames registered onto the first photo; GIF and PNG sequence exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
from PIL import Image

from needlejournal.photos.timelapse import build_frames, fitted_size, save_gif, save_sequence

if TYPE_CHECKING:
    from conftest import Synthetic


def test_frames_are_registered_onto_the_first_photo(synth: type[Synthetic]) -> None:
    first = synth.pattern()
    truths = [
        synth.rot_scale_shift(first.size, d, s, sh)
        for d, s, sh in [(4.0, 1.03, (5.0, -3.0)), (-6.0, 0.95, (-8.0, 6.0))]
    ]
    photos = [first, *(synth.warped_copy(first, t) for t in truths)]
    frames = build_frames(photos, [None, *truths], (400, 240))
    assert [f.size for f in frames] == [(320, 240)] * 3
    assert all(f.mode == "RGB" for f in frames)
    inner = (slice(50, 190), slice(60, 260))
    reference = np.asarray(first, dtype=np.float64)[inner]
    assert np.array_equal(np.asarray(frames[0], dtype=np.float64)[inner], reference)
    # Without the transforms the photos do not line up: the checks below can fail.
    unaligned = build_frames(photos, [None, None, None], (400, 240))
    for aligned, raw in zip(frames[1:], unaligned[1:], strict=True):
        aligned_diff = np.abs(np.asarray(aligned, dtype=np.float64)[inner] - reference).mean()
        raw_diff = np.abs(np.asarray(raw, dtype=np.float64)[inner] - reference).mean()
        assert aligned_diff < 7
        assert raw_diff > 4 * aligned_diff


def test_big_photos_are_reduced_before_warping(synth: type[Synthetic]) -> None:
    big = synth.pattern(1600, 1200, seed=5)
    frames = build_frames([big], [None], (200, 200))
    expected = big.resize((200, 150), Image.Resampling.BOX)
    diff = np.abs(np.asarray(frames[0], np.float64) - np.asarray(expected, np.float64))
    assert diff.mean() < 6  # no aliasing from sampling every 8th pixel


def test_fitted_size_keeps_aspect() -> None:
    assert fitted_size((4000, 3000), (800, 800)) == (800, 600)
    assert fitted_size((3000, 4000), (800, 800)) == (600, 800)
    with pytest.raises(ValueError):
        fitted_size((0, 10), (5, 5))


def test_gif_has_every_frame_loops_and_carries_no_metadata(tmp_path: Path) -> None:
    colours = [(200, 40, 40), (40, 200, 40), (40, 40, 200), (220, 220, 220)]
    frames = [Image.new("RGB", (64, 48), c) for c in colours]
    frames[0].info["exif"] = b"Exif\x00\x00leak"
    frames[0].info["comment"] = b"leak"
    out = save_gif(frames, tmp_path / "lapse.gif", ms_per_frame=250, labels=["a", None, "c", None])
    assert out is not None  # None only when cancelled
    with Image.open(out) as gif:
        assert getattr(gif, "n_frames", 1) == 4
        assert gif.info["loop"] == 0
        assert gif.info["duration"] == 250
        assert "comment" not in gif.info
        assert "exif" not in gif.info
        gif.seek(1)
        assert gif.convert("RGB").getpixel((32, 10)) == (40, 200, 40)
    assert b"leak" not in out.read_bytes()


def test_sequence_writes_numbered_pngs(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (8, 8), (i * 40, 0, 0)) for i in range(3)]
    paths = save_sequence(frames, tmp_path / "seq")
    assert [p.name for p in paths] == ["frame_0001.png", "frame_0002.png", "frame_0003.png"]
    with Image.open(paths[2]) as third:
        assert third.getpixel((0, 0)) == (80, 0, 0)
        assert not third.info


def test_export_reports_progress_and_a_cancel_writes_no_gif(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (16, 12), (i * 50, 0, 0)) for i in range(4)]
    seen: list[tuple[int, int]] = []
    out = save_gif(frames, tmp_path / "whole.gif", progress=lambda d, t: seen.append((d, t)))
    assert out is not None and out.exists()
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]  # each frame, then the write
    stop: list[bool] = []
    cut = save_gif(
        frames,
        tmp_path / "cut.gif",
        progress=lambda d, _t: stop.append(d >= 2),
        cancelled=lambda: any(stop),
    )
    assert cut is None and not (tmp_path / "cut.gif").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["whole.gif"]  # no temporary file left


def test_a_cancelled_sequence_keeps_the_whole_files_written(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (8, 8), (i * 40, 0, 0)) for i in range(5)]
    stop: list[bool] = []
    paths = save_sequence(
        frames,
        tmp_path / "seq",
        progress=lambda d, _t: stop.append(d >= 2),
        cancelled=lambda: any(stop),
    )
    assert [p.name for p in paths] == ["frame_0001.png", "frame_0002.png"]
    assert sorted(p.name for p in (tmp_path / "seq").iterdir()) == [p.name for p in paths]
