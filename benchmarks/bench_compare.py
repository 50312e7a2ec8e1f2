"""Comparison exports of two 12 MP photos from the command line (issue 15), against floors.

    .venv/bin/python -m benchmarks.bench_compare [--quick]

Each figure is a fresh process, as a user runs it: ``needlejournal compare A B --mode
side-by-side --out x.png`` (and ``.jpg``), ``--mode difference --align --out x.png``, and the
other modes aligned (``wipe``, ``overlay``: their peak RSS must stay ≤ 400 MB too). Floors,
each a fresh Python process too: decode both JPEGs with Pillow, paste them side by side (or
``ImageChops.difference``) and save with Pillow's encoder (PNG zlib level 1, JPEG q92) — the
issue's floors: what a plain Pillow script that writes the same kind of file costs, so the
ratio says what the journal, the labels, the alignment and the encoder add or save. Wall time
and the process's own peak RSS (``VmHWM``, via ``benchmarks/peak_rss.py``; ``wait4``'s counted
the benchmark's memory too), rounds interleaved (the order turned each round), median and range,
the load average before and after; goals: ≤ 2 s each, ≤ 400 MB for every mode.

``stages``: one more process per round and mode times the steps of the same path in-process
(imports, journal open and both records read with plain sqlite3 as the command does, decode of
both photos, alignment, warp + compose, encode + write; interpreter start and exit are not in
them), so a missed goal shows where the time went.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from benchmarks import median_range, run_measured

WIDTH, HEIGHT = 4032, 3024

FLOOR = textwrap.dedent(
    """
    import sys
    from PIL import Image, ImageChops
    a, b, how, out = sys.argv[1:5]
    a, b = Image.open(a), Image.open(b)
    a.load(); b.load()
    if how == "side-by-side":
        image = Image.new("RGB", (a.width * 2 + 8, a.height), (24, 24, 24))
        image.paste(a, (0, 0)); image.paste(b, (a.width + 8, 0))
    else:
        image = ImageChops.difference(a, b)
    if out.endswith(".png"):
        image.save(out, "PNG", compress_level=1)
    else:
        image.save(out, "JPEG", quality=92)
    """
)


STAGES = textwrap.dedent(
    """
    import json, sys, time
    start = time.perf_counter()
    from needlejournal.journal.compare import (
        date_label, load_pair, render_decoded, resolve_alignment,
    )
    from needlejournal.journal.plain_read import open_plain
    from needlejournal.paths import resolve
    from needlejournal.photos.compose import save_clean
    marks = [("imports", time.perf_counter())]
    data, mode, align, out = sys.argv[1], sys.argv[2], sys.argv[3] == "align", sys.argv[4]
    reader = open_plain(resolve(data))  # as the command reads an ordinary journal
    a, b = reader.get(1), reader.get(2)
    marks.append(("journal_open", time.perf_counter()))
    img_a, img_b = load_pair(reader, a, b)
    marks.append(("decode_both", time.perf_counter()))
    alignment = resolve_alignment(a, b, img_a, img_b, align=align)
    marks.append(("alignment", time.perf_counter()))
    labels = (date_label(a), date_label(b))
    image = render_decoded((a, img_a), (b, img_b), alignment, mode, labels=labels)
    marks.append(("warp_and_compose", time.perf_counter()))
    save_clean(image, out)
    marks.append(("encode_and_write", time.perf_counter()))
    reader.close()
    seconds, last = {}, start
    for name, at in marks:
        seconds[name], last = at - last, at
    print(json.dumps(seconds))
    """
)


def _photos(folder: Path) -> tuple[Path, Path]:
    """A 12 MP photo and the same scene turned 1.5° and shifted (so --align has work)."""
    from benchmarks.bench_import import jpeg_corpus

    (source,) = jpeg_corpus(1)
    from PIL import Image

    a, b = folder / "a.jpg", folder / "b.jpg"
    with Image.open(source) as im:
        im.load()
        im.save(a, quality=90)
        turned = im.rotate(1.5, Image.Resampling.BICUBIC, translate=(40, -25), fillcolor=(128,) * 3)
        turned.save(b, quality=90)
    return a, b


def _journal(folder: Path, a: Path, b: Path) -> Path:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoDraft
    from needlejournal.paths import resolve

    data = folder / "data"
    journal = Journal.open(resolve(data))
    try:
        me = journal.ensure_self()
        result = PhotoLibrary(journal).import_files([a, b], PhotoDraft(me.id, "progress", "front"))
        assert [p.id for p in result.imported] == [1, 2], result
    finally:
        journal.close()
    return data


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def run(quick: bool = False) -> dict[str, Any]:
    rounds = 3 if quick else 5
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="nj-bench-compare-") as tmp:
        folder = Path(tmp)
        a, b = _photos(folder)
        data = folder / "data"
        _journal(folder, a, b)
        cli = [sys.executable, "-m", "needlejournal", "--data-dir", str(data), "compare", "1", "2"]
        floor = [sys.executable, "-c", FLOOR, str(a), str(b)]
        aligned = ["--align", "--out"]
        cases = {
            "side_by_side_png": [*cli, "--mode", "side-by-side", "--out", str(folder / "s.png")],
            "side_by_side_png_floor": [*floor, "side-by-side", str(folder / "fs.png")],
            "side_by_side_jpg": [*cli, "--mode", "side-by-side", "--out", str(folder / "s.jpg")],
            "side_by_side_jpg_floor": [*floor, "side-by-side", str(folder / "fs.jpg")],
            "difference_align_png": [*cli, "--mode", "difference", *aligned, str(folder / "d.png")],
            "difference_png_floor": [*floor, "difference", str(folder / "fd.png")],
            "wipe_align_png": [*cli, "--mode", "wipe", *aligned, str(folder / "w.png")],
            "overlay_align_png": [*cli, "--mode", "overlay", *aligned, str(folder / "o.png")],
        }
        stage_cases = {
            "side_by_side_png": ["side-by-side", "none", str(folder / "ss.png")],
            "difference_align_png": ["difference", "align", str(folder / "sd.png")],
        }
        seconds: dict[str, list[float]] = {name: [] for name in cases}
        peak_mb: dict[str, list[float]] = {name: [] for name in cases}
        stages: dict[str, list[dict[str, float]]] = {name: [] for name in stage_cases}
        names = list(cases)
        for r in range(rounds):
            shift = (r * 3) % len(names)  # a different case goes first each round
            for name in names[shift:] + names[:shift]:
                wall, rss, _ = run_measured(cases[name])
                seconds[name].append(wall)
                peak_mb[name].append(rss)
            for name, argv in stage_cases.items():
                _, _, output = run_measured([sys.executable, "-c", STAGES, str(data), *argv])
                stages[name].append(json.loads(output))
    figures: dict[str, Any] = {
        "load_average_1min": {"before": load_before, "after": _load()},
        "rounds": rounds,
        "photos": f"two {WIDTH}x{HEIGHT} JPEGs",
        "floors": "Pillow alone in a fresh process: decode both, paste (or ImageChops.difference),"
        " save with Pillow's encoder at the same settings (PNG zlib level 1, JPEG q92)",
    }
    for name in cases:
        figures[name] = {
            "seconds": median_range(seconds[name], 2),
            "peak_mb": median_range(peak_mb[name], 0),
        }
    for figure, floor_name in (
        ("side_by_side_png", "side_by_side_png_floor"),
        ("side_by_side_jpg", "side_by_side_jpg_floor"),
        ("difference_align_png", "difference_png_floor"),
    ):
        ratios = [f / g for f, g in zip(seconds[figure], seconds[floor_name], strict=True)]
        figures[figure]["time_ratio_to_floor"] = median_range(ratios, 2)
    for name, samples in stages.items():
        figures[name]["stages_s"] = {
            stage: median_range([sample[stage] for sample in samples], 3) for stage in samples[0]
        }
    figures["goal"] = "≤ 2 s each; ≤ 400 MB peak RSS in every mode"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    from benchmarks import compile_like_an_install

    compile_like_an_install()  # a user's process reads bytecode (this machine writes none)
    print(json.dumps(run(quick=parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
