"""Photo import throughput against a floor measured in the same run, and HEIC thumbnail cost.

Figures (DESIGN.md §5): the floor is what any import must do at least — copy the file while
hashing it (SHA-256) and decode it once at draft scale — run over the same 12 MP JPEGs with the
same two threads. The store's import adds fsyncs, the verifying decode's thumbnail and the
thumbnail file; goal ≥ 0.85 × floor. HEIC: seconds per photo for a 512 px thumbnail via the
embedded thumbnail vs via a full decode; goal ≤ 0.15 s.

Run: ``python benchmarks/bench_import.py`` (prints one JSON object). Test images are generated
once and cached under the system temp dir.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from PIL import Image

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from needlejournal.photos.store import CHUNK, PhotoStore
from needlejournal.photos.thumbnails import ThumbnailCache, make_thumbnail

WIDTH, HEIGHT = 4032, 3024  # 12 MP, a phone's 4:3 frame
THUMB = 512
CACHE = Path(tempfile.gettempdir()) / "needlejournal-bench"


def _photo_like(seed: int, noise_sigma: float) -> Image.Image:
    """Gradients plus texture noise, so the JPEG does not compress to nothing (~3 MB)."""
    half = (WIDTH // 2, HEIGHT // 2)
    noise = Image.merge("RGB", [Image.effect_noise(half, noise_sigma) for _ in range(3)])
    base = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").rotate(seed * 37 % 360).resize(half),
            Image.radial_gradient("L").resize(half),
            Image.new("L", half, 120 + seed % 60),
        ],
    )
    return Image.blend(base, noise, 0.35).resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR)


def jpeg_corpus(n: int) -> list[Path]:
    """``n`` distinct 12 MP JPEGs of about 3 MB, generated once and cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    paths = [CACHE / f"jpeg12mp-{i:02d}.jpg" for i in range(n)]

    def make(i_path: tuple[int, Path]) -> None:
        i, path = i_path
        if not path.exists():
            tmp = path.with_suffix(".tmp")
            _photo_like(i, 40).save(tmp, "JPEG", quality=90)
            tmp.replace(path)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(make, enumerate(paths)))
    return paths


def heic_sample() -> Path:
    """One 12 MP HEIC with a 1024 px embedded thumbnail, as phones write them."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    path = CACHE / "heic12mp.heic"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        _photo_like(1, 12).save(tmp, "HEIF", quality=80, thumbnails=[1024])
        tmp.replace(path)
    return path


def _floor_one(src: Path, out_dir: Path) -> None:
    hasher = hashlib.sha256()
    dest = out_dir / src.name
    with src.open("rb") as f, dest.open("wb") as out:
        while chunk := f.read(CHUNK):
            hasher.update(chunk)
            out.write(chunk)
    with Image.open(dest) as im:
        im.draft("RGB", (THUMB, THUMB))
        im.load()


def _rate(paths: list[Path], threads: int, work: Callable[[Path], object]) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(work, paths))
    return len(paths) / (time.perf_counter() - start)


def _best(rates: Iterable[float]) -> float:
    return round(max(rates), 2)


def _ingest_with_preview(store: PhotoStore, cache: ThumbnailCache, src: Path) -> None:
    """The import path: one verifying decode also yields the 512 px thumbnail."""
    stored = store.ingest(src, preview_size=THUMB)
    assert stored.preview is not None
    cache.put(stored.sha256, THUMB, stored.preview)


def _ingest_then_thumbnail(store: PhotoStore, cache: ThumbnailCache, src: Path) -> None:
    """For comparison: verify on import, then decode again for the thumbnail."""
    stored = store.ingest(src)
    cache.get_or_make(stored.sha256, stored.path, THUMB)


def measure_import(paths: list[Path], threads: int, rounds: int = 5) -> dict[str, float]:
    """Floor and import passes interleaved, in alternating order, into fresh directories.

    The ratio is the median of per-round ratios, so load from other processes that drifts
    during the run affects floor and import alike; rates are the best round of each.
    """
    floor, single, double, ratios = [], [], [], []
    for r in range(rounds):
        with tempfile.TemporaryDirectory(prefix="nj-bench-") as tmp:
            root = Path(tmp)
            (root / "floor").mkdir()
            run_floor = partial(_floor_one, out_dir=root / "floor")
            one = partial(
                _ingest_with_preview, PhotoStore(root / "a"), ThumbnailCache(root / "a-cache")
            )
            if r % 2:
                single.append(_rate(paths, threads, one))
                floor.append(_rate(paths, threads, run_floor))
            else:
                floor.append(_rate(paths, threads, run_floor))
                single.append(_rate(paths, threads, one))
            ratios.append(single[-1] / floor[-1])
            two = partial(
                _ingest_then_thumbnail, PhotoStore(root / "b"), ThumbnailCache(root / "b-cache")
            )
            double.append(_rate(paths, threads, two))
    return {
        "import_floor_photos_per_s": _best(floor),
        "import_photos_per_s": _best(single),
        "import_ratio_to_floor": round(statistics.median(ratios), 3),
        "import_ratio_min": round(min(ratios), 3),
        "import_ratio_max": round(max(ratios), 3),
        "import_then_separate_thumbnail_photos_per_s": _best(double),
    }


def _median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4)


def measure_heic(path: Path) -> dict[str, float]:
    def full_decode() -> None:
        with Image.open(path) as im:
            im.load()
            im.thumbnail((THUMB, THUMB))

    return {
        "heic_thumbnail_via_embedded_s": _median_seconds(lambda: make_thumbnail(path, THUMB), 7),
        "heic_thumbnail_via_full_decode_s": _median_seconds(full_decode, 3),
    }


def measure_jpeg_decode(path: Path) -> dict[str, float]:
    def full() -> None:
        with Image.open(path) as im:
            im.load()

    def draft(size: int) -> Callable[[], None]:
        def run_draft() -> None:
            with Image.open(path) as im:
                im.draft("RGB", (size, size))
                im.load()

        return run_draft

    return {
        "jpeg_full_decode_ms": round(_median_seconds(full, 5) * 1000, 1),
        "jpeg_draft_512_decode_ms": round(_median_seconds(draft(THUMB), 5) * 1000, 1),
        "jpeg_draft_eighth_decode_ms": round(_median_seconds(draft(64), 5) * 1000, 1),
        "jpeg_thumbnail_512_ms": round(
            _median_seconds(lambda: make_thumbnail(path, THUMB), 5) * 1000, 1
        ),
    }


def run(n: int = 24, threads: int = 2, *, quick: bool = False) -> dict[str, float]:
    """Generate (or reuse) the test photos and return every figure of this benchmark.

    ``quick`` (for smoke runs) uses 6 photos and 2 rounds: figures are rougher.
    """
    if quick:
        n = min(n, 6)
    paths = jpeg_corpus(n)
    figures: dict[str, float] = {
        "photos": n,
        "threads": threads,
        "jpeg_mean_mb": round(statistics.mean(p.stat().st_size for p in paths) / 1e6, 2),
    }
    figures |= measure_import(paths, threads, rounds=2 if quick else 5)
    figures |= measure_jpeg_decode(paths[0])
    figures |= measure_heic(heic_sample())
    return figures


def clear_cache() -> None:
    shutil.rmtree(CACHE, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
