"""Alignment anchors kept in a photo's ``landmarks`` JSON column: the one place the format lives.

Format (``Photo.landmarks``)::

    {"anchors": [[x1, y1], [x2, y2]], ...other keys kept untouched...}

- Exactly two points, in the ORIGINAL photo's upright pixel coordinates (EXIF orientation
  applied, full resolution, not a thumbnail's), continuous: (0, 0) is the top-left corner of
  the image and pixel (i, j) covers [i, i+1) x [j, j+1) (the convention of
  ``needlejournal.photos.align``).
- The two points of one photo are matched by order with the two points of another photo of
  the same view (e.g. 1 = the subject's right inner eye corner, 2 = the left one), so two
  anchored photos define the similarity transform between them exactly.
- Anchors are a property of one photo, not of a pair: every later comparison of that photo
  with another anchored photo is aligned. Originals are never altered.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

Point = tuple[float, float]
Anchors = tuple[Point, Point]

ANCHORS_KEY = "anchors"


def anchors_of(landmarks: Mapping[str, object] | None) -> Anchors | None:
    """The two anchors stored in ``landmarks``, or None when absent or malformed."""
    if not landmarks:
        return None
    raw = landmarks.get(ANCHORS_KEY)
    if not isinstance(raw, list | tuple) or len(raw) != 2:
        return None
    points: list[Point] = []
    for item in raw:
        if not isinstance(item, list | tuple) or len(item) != 2:
            return None
        x, y = item
        if not isinstance(x, int | float) or not isinstance(y, int | float):
            return None
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
        points.append((float(x), float(y)))
    if points[0] == points[1]:
        return None  # two coincident points fix no rotation or scale
    return points[0], points[1]


def with_anchors(
    landmarks: Mapping[str, object] | None, anchors: Anchors | None
) -> dict[str, object] | None:
    """A copy of ``landmarks`` with the anchors set (or removed when ``anchors`` is None)."""
    out = dict(landmarks or {})
    if anchors is None:
        out.pop(ANCHORS_KEY, None)
    else:
        (x1, y1), (x2, y2) = anchors
        if (x1, y1) == (x2, y2):
            raise ValueError("the two anchor points coincide; place them apart")
        out[ANCHORS_KEY] = [[round(x1, 2), round(y1, 2)], [round(x2, 2), round(y2, 2)]]
    return out or None
