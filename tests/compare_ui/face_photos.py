"""Generated "face" photos for the compare window tests and screenshots (no real person).

A soft skin-toned oval with eyes, brows, a mouth, freckles and a fine pore texture: enough
detail for auto-align, calm enough for screenshots. ``journal_with_pair`` imports photo A and a
known rotated/scaled/shifted copy B into a real journal.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft, PhotoEdit
from needlejournal.photos.align import Similarity, warp_to


def face(width: int = 640, height: int = 480, seed: int = 3, redness: float = 0.0) -> Image.Image:
    rng = random.Random(seed)
    yy = np.mgrid[0:height, 0:width][0].astype(np.float64)
    base = np.empty((height, width, 3))
    base[..., 0] = 196 + 20 * (yy / height)  # a soft backdrop gradient
    base[..., 1] = 204 + 12 * (yy / height)
    base[..., 2] = 212
    img = Image.fromarray(base.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(img)
    cx, cy = width / 2, height / 2
    rx, ry = width * 0.27, height * 0.44
    skin = (int(224 + 10 * redness), int(182 - 25 * redness), int(158 - 20 * redness))
    draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=skin)
    u = width / 100
    for side in (-1, 1):
        ex, ey = cx + side * 10 * u, cy - 6 * u
        draw.ellipse((ex - 5 * u, ey - 2 * u, ex + 5 * u, ey + 2 * u), fill=(245, 240, 235))
        draw.ellipse((ex - 1.8 * u, ey - 1.8 * u, ex + 1.8 * u, ey + 1.8 * u), fill=(70, 50, 40))
        draw.line((ex - 6 * u, ey - 5 * u, ex + 5 * u, ey - 6 * u), fill=(110, 80, 60), width=3)
    draw.arc(
        (cx - 8 * u, cy + 8 * u, cx + 8 * u, cy + 18 * u), 20, 160, fill=(170, 90, 90), width=4
    )
    draw.line((cx, cy - 3 * u, cx - 2 * u, cy + 7 * u), fill=(200, 150, 130), width=2)
    for _ in range(60):  # freckles
        angle, r = rng.uniform(0, 2 * math.pi), rng.uniform(0.1, 0.85)
        fx, fy = cx + rx * r * math.cos(angle), cy + ry * r * math.sin(angle)
        s = rng.uniform(0.4, 1.2) * u / 2
        draw.ellipse((fx - s, fy - s, fx + s, fy + s), fill=(180, 120, 95))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    noise = np.random.default_rng(seed).normal(0, 5, (height, width, 1))
    pixels = np.clip(np.asarray(img, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB")


def moved(img: Image.Image, b_to_a: Similarity) -> Image.Image:
    """Photo B such that ``b_to_a`` maps B's points onto ``img``'s (photo A's) points."""
    return warp_to(img.size, img, b_to_a.inverse(), fill=(200, 208, 212))


def known_transform(size: tuple[int, int]) -> Similarity:
    """Rotate 4°, scale 1.05 about the centre, then shift (12, -7): maps B onto A."""
    about = Similarity.about_point(1.05, math.radians(4.0), (size[0] / 2, size[1] / 2))
    return Similarity.translation(12.0, -7.0).compose(about)


@dataclass(frozen=True)
class Pair:
    journal: Journal
    library: PhotoLibrary
    client_id: int
    a_id: int
    b_id: int
    b_to_a: Similarity
    extra_ids: tuple[int, ...]


def journal_with_pair(data_dir: Path, size: tuple[int, int] = (640, 480)) -> Pair:
    """A journal with one client and photos: A, a later moved copy B, and a later third one."""
    journal = Journal.open(_resolve(data_dir / "data"))
    library = PhotoLibrary(journal)
    client = journal.save_client(ClientDraft(name="Ines Moreau", skin_type="III"))
    files = data_dir / "files"
    files.mkdir(parents=True, exist_ok=True)
    transform = known_transform(size)
    a = face(*size)
    images = [a, moved(face(*size, redness=0.6), transform), face(*size, seed=3, redness=0.3)]
    ids: list[int] = []
    start = datetime(2025, 1, 6, 10, 0, tzinfo=UTC)
    for index, image in enumerate(images):
        path = files / f"photo-{index}.png"
        image.save(path)
        draft = PhotoDraft(
            client_id=client.id,
            view="front",
            capture={"skin": "clean", "light": "daylight window", "camera": "Pixel 8"},
        )
        imported = library.import_one(path, draft)
        shown = PhotoEdit.of(library.get(imported.id))
        library.update(replace(shown, taken_at=start + timedelta(days=42 * index)))
        ids.append(imported.id)
    return Pair(journal, library, client.id, ids[0], ids[1], transform, tuple(ids[2:]))


def _resolve(path: Path):  # type: ignore[no-untyped-def]
    from needlejournal.paths import resolve

    return resolve(path)
