"""Records of named photo regions and their stored measures (``journal.regions``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Shape = Literal["rect", "ellipse"]
Box = tuple[int, int, int, int]  # x, y, w, h in a photo's upright pixels
# What is measured, in the order shown: key, label, unit.
METRICS: tuple[tuple[str, str, str], ...] = (
    ("L", "L* (lightness)", ""),
    ("a", "a* (redness)", ""),
    ("b", "b* (yellowness)", ""),
    ("ita", "ITA°", "°"),
    ("evenness", "Evenness (lower is more even)", ""),
    ("texture", "Texture (lower is smoother)", ""),
    ("spot_count", "Spots", ""),
    ("spot_area_pct", "Spot area", "%"),
)


@dataclass(frozen=True)
class RegionDraft:
    """A region drawn on ``photo_id`` (its view is the photo's), in that photo's pixels."""

    photo_id: int
    name: str
    box: Box
    shape: Shape = "rect"
    id: int | None = None  # set when moving or renaming
    version: int | None = None


@dataclass(frozen=True)
class RegionRecord:
    id: int
    client_id: int
    view: str
    name: str
    shape: Shape
    reference_photo_id: int | None
    x: float  # fractions of the reference photo's upright width and height
    y: float
    w: float
    h: float
    grey_card: tuple[float, float, float, float] | None
    version: int
    # A ColorChecker's corners in the reference photo (dark skin, bluish green, black, white),
    # x, y fractions of its size; None: no chart.
    colour_chart: tuple[tuple[float, float], ...] | None = None

    def chart_in(self, width: int, height: int) -> list[tuple[float, float]] | None:
        """The chart's corners in the pixels of a photo of ``width`` × ``height``."""
        if self.colour_chart is None:
            return None
        return [(x * width, y * height) for x, y in self.colour_chart]

    def box_in(self, width: int, height: int) -> Box:
        """The region in the pixels of a photo of ``width`` × ``height`` (its reference)."""
        x, y = round(self.x * width), round(self.y * height)
        w, h = max(1, round(self.w * width)), max(1, round(self.h * height))
        return x, y, min(w, width - x), min(h, height - y)


@dataclass(frozen=True)
class MeasureRecord:
    id: int
    photo_id: int
    region_id: int
    region_name: str
    view: str
    taken_at: datetime
    px: Box
    alignment: str  # "reference" | "anchors" | "auto"
    values: dict[str, float]
    metrics_version: int
    colour_space: str
    white_balance: str  # "" when not balanced, else how ("grey card")
    capture: dict[str, object]  # the photo's capture conditions (light, camera, skin)
