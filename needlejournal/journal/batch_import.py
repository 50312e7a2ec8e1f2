"""Importing a batch the way it was taken: a guess of role and view per file, and dates to check.

- Role: with a session chosen, a photo taken (EXIF capture time) before the session's time is a
  "before", one taken after it an "after"; without a capture time there is no guess.
- View: from the file's name first ("front", "left 45", "right_90", "profile", "closeup"…);
  otherwise from its order: a role's photos, in the order they were taken, follow the usual
  protocol (front, left 45°, right 45°, left 90°, right 90°) when there are two to five of them.
- A warning when a photo was taken more than ``FAR_DAYS`` days from the chosen session's day:
  most often the wrong session, or a camera whose clock was never set.

Pure over names and times, except ``preview_file`` (decodes; call it off the GUI thread).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.dates import local
from needlejournal.guidance import PhotoRole, PhotoView

if TYPE_CHECKING:
    from PIL import Image

FAR_DAYS = 2
PROTOCOL: tuple[str, ...] = (
    PhotoView.FRONT.value,
    PhotoView.LEFT45.value,
    PhotoView.RIGHT45.value,
    PhotoView.LEFT90.value,
    PhotoView.RIGHT90.value,
)


@dataclass(frozen=True)
class FilePreview:
    path: Path
    taken_at: datetime | None  # EXIF DateTimeOriginal (UTC), None when the file has none
    image: Image.Image | None  # upright RGB, fitting the asked size
    problem: str | None = None  # one sentence when the file cannot be read as a photo


@dataclass(frozen=True)
class Guess:
    role: str | None  # None: no guess, the dialog's choice stands
    view: str | None
    days_from_session: int | None = None  # set only when more than FAR_DAYS


def preview_file(path: Path, size: int = 96) -> FilePreview:
    """The capture time and a small upright preview of one file (never raises)."""
    from needlejournal.photos.decode import _facts, load_reduced, open_image
    from needlejournal.photos.rejections import PhotoRejected

    try:
        with open_image(path) as im:
            facts = _facts(im)
            image = load_reduced(im, size, verify=False)
        return FilePreview(path, facts.taken_at, image)
    except PhotoRejected as e:
        return FilePreview(path, None, None, e.message)
    except Exception as e:  # a preview must never stop the dialog: the import says why later
        return FilePreview(path, None, None, str(e))


_SIDES = (("left", "l"), ("right", "r"))


def view_from_name(name: str) -> str | None:
    """The view a file's name says, if it says one: 'front', 'IMG_left45', 'right-90',
    'profile_left', 'closeup', 'macro'…"""
    stem = Path(name).stem.lower()
    words = re.split(r"[^a-z0-9]+", re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", stem))
    has = set(words)
    if has & {"closeup", "close", "macro", "detail", "zoom"}:
        return PhotoView.CLOSEUP.value
    if has & {"front", "frontal", "face", "centre", "center"}:
        return PhotoView.FRONT.value
    side = "left" if "left" in has else "right" if "right" in has else None
    if side is not None:
        if has & {"90", "profile", "lateral", "side"}:
            return f"{side}90"
        return f"{side}45"  # "left", "left 45", "left oblique": the oblique is the usual one
    return None


def days_apart(a: datetime, b: datetime) -> int:
    return abs((local(a).date() - local(b).date()).days)


def guess_batch(
    files: Sequence[tuple[str, datetime | None]], session_at: datetime | None
) -> list[Guess]:
    """One guess per (file name, capture time), in the order given."""
    roles: list[str | None] = []
    for _name, taken in files:
        if session_at is None:
            roles.append(PhotoRole.PROGRESS.value)
        elif taken is None:
            roles.append(None)
        else:
            roles.append(PhotoRole.BEFORE.value if taken < session_at else PhotoRole.AFTER.value)
    views: list[str | None] = [view_from_name(name) for name, _ in files]
    # Files the names say nothing of: their order within their role (by capture time, then
    # as given) follows the protocol, when there are two to five of them.
    # A photo taken days away from the session is from another visit: it takes no place in
    # this visit's order.
    far = [
        session_at is not None and taken is not None and days_apart(taken, session_at) > FAR_DAYS
        for _name, taken in files
    ]
    groups: dict[str | None, list[int]] = {}
    for i, role in enumerate(roles):
        if views[i] is None and not far[i]:
            groups.setdefault(role, []).append(i)
    for members in groups.values():
        if 2 <= len(members) <= len(PROTOCOL):
            ordered = sorted(
                members, key=lambda i: (files[i][1] is None, files[i][1] or session_at, i)
            )
            for view, i in zip(PROTOCOL, ordered, strict=False):
                views[i] = view
    out = []
    for i, (_name, taken) in enumerate(files):
        days = None
        if far[i] and session_at is not None and taken is not None:
            days = days_apart(taken, session_at)
        out.append(Guess(roles[i], views[i], days))
    return out
