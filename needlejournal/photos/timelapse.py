"""Time-lapse of one view across sessions: frames registered onto the first photo, GIF or PNGs."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image

from needlejournal.durable import atomic_write
from needlejournal.photos.align import Similarity, reduce_for_scale, warp_to
from needlejournal.photos.compose import NO_DATA_GREY, save_clean, with_label


def fitted_size(reference: tuple[int, int], bound: tuple[int, int]) -> tuple[int, int]:
    """``reference`` scaled (down or up) to fit inside ``bound``, aspect ratio kept."""
    if min(bound) <= 0 or min(reference) <= 0:
        raise ValueError("sizes must be positive")
    factor = min(bound[0] / reference[0], bound[1] / reference[1])
    return max(1, round(reference[0] * factor)), max(1, round(reference[1] * factor))


def build_frames(
    images: Sequence[Image.Image],
    transforms: Sequence[Similarity | None],
    size: tuple[int, int],
) -> list[Image.Image]:
    """Every image registered onto the first one's frame, rendered at one common size.

    ``transforms[i]`` maps image i onto image 0 (None = already aligned; the first is usually
    None or identity). ``size`` bounds the frames: all frames get the first image's aspect ratio
    fitted inside it. Uncovered areas are neutral grey so the frames stay opaque.
    """
    if not images:
        raise ValueError("a time-lapse needs at least one photo")
    if len(transforms) != len(images):
        raise ValueError("give one transform (or None) per photo")
    reference = images[0].size
    out_size = fitted_size(reference, size)
    to_output = Similarity(out_size[0] / reference[0], 0.0, 0.0, 0.0)
    frames = []
    for img, transform in zip(images, transforms, strict=True):
        full = to_output.compose(transform or Similarity.identity())
        # Shrinking a 12 MP photo to a few hundred pixels: box-reduce first, or it aliases.
        source, adjusted = reduce_for_scale(img, full)
        frames.append(warp_to(out_size, source, adjusted, fill=NO_DATA_GREY))
    return frames


def save_gif(
    frames: Sequence[Image.Image],
    path: str | os.PathLike[str],
    *,
    ms_per_frame: int = 600,
    labels: Sequence[str | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """An animated GIF that loops forever, with optional per-frame labels and no metadata.

    ``progress(done, total)`` after each frame is prepared and once written; when
    ``cancelled()`` turns true before the write, nothing is written and None is returned.
    """
    if not frames:
        raise ValueError("a GIF needs at least one frame")
    if ms_per_frame <= 0:
        raise ValueError("ms_per_frame must be positive")
    if labels is not None and len(labels) != len(frames):
        raise ValueError("give one label (or None) per frame")
    texts = labels if labels is not None else [None] * len(frames)
    # Rebuilt from raw pixels so no source metadata (EXIF, ICC, comments) can ride along.
    total = len(frames) + 1
    clean: list[Image.Image] = []
    for f, text in zip(frames, texts, strict=True):
        if cancelled is not None and cancelled():
            return None
        clean.append(Image.frombytes("RGB", f.size, with_label(f, text).tobytes()))
        if progress is not None:
            progress(len(clean), total)
    if cancelled is not None and cancelled():
        return None
    target = Path(path)
    with atomic_write(target, prefix=".export-", suffix=".gif") as handle:
        clean[0].save(
            handle,
            format="GIF",
            save_all=True,
            append_images=clean[1:],
            duration=ms_per_frame,
            loop=0,
            disposal=1,
        )
    if progress is not None:
        progress(total, total)
    return target


def save_sequence(
    frames: Sequence[Image.Image],
    folder: str | os.PathLike[str],
    *,
    prefix: str = "frame",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Numbered PNGs (frame_0001.png, …) in ``folder``, created if needed; no metadata.

    ``progress(done, total)`` after each file; when ``cancelled()`` turns true it stops
    between files and returns those written (each one whole).
    """
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    digits = max(4, len(str(len(frames))))
    saved: list[Path] = []
    for index, frame in enumerate(frames, start=1):
        if cancelled is not None and cancelled():
            break
        saved.append(save_clean(frame, target / f"{prefix}_{index:0{digits}d}.png"))
        if progress is not None:
            progress(index, len(frames))
    return saved
