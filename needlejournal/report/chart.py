"""The texture and tone score chart, drawn with PDF lines (vector: sharp at any zoom)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from fpdf import FPDF

from needlejournal.dates import format_date

TEXTURE_RGB = (37, 99, 160)
TONE_RGB = (196, 98, 45)
GRID_RGB = (215, 215, 215)


@dataclass(frozen=True)
class ScorePoint:
    when: datetime
    texture: int | None
    tone: int | None


def _polyline(pdf: FPDF, points: Sequence[tuple[float, float]], rgb: tuple[int, int, int]) -> None:
    pdf.set_draw_color(*rgb)
    pdf.set_fill_color(*rgb)
    pdf.set_line_width(0.5)
    for (x1, y1), (x2, y2) in pairwise(points):
        pdf.line(x1, y1, x2, y2)
    for x, y in points:
        pdf.circle(x=x, y=y, radius=0.8, style="F")


def draw_score_chart(
    pdf: FPDF, points: Sequence[ScorePoint], x: float, y: float, w: float, h: float
) -> None:
    """Scores 0–10 against time in the box (x, y, w, h) in mm; a legend above it."""
    pdf.set_font(size=8)
    pdf.set_text_color(80, 80, 80)
    pad_left, pad_bottom, top = 7.0, 6.0, 6.0
    left, right = x + pad_left, x + w
    plot_top, bottom = y + top, y + h - pad_bottom
    pdf.set_line_width(0.2)
    for score in (0, 2, 4, 6, 8, 10):
        gy = bottom - (bottom - plot_top) * score / 10
        pdf.set_draw_color(*GRID_RGB)
        pdf.line(left, gy, right, gy)
        pdf.set_xy(x, gy - 1.5)
        pdf.cell(pad_left - 1.5, 3, str(score), align="R")
    for label, rgb, lx in (("Texture", TEXTURE_RGB, left), ("Tone", TONE_RGB, left + 28)):
        pdf.set_fill_color(*rgb)
        pdf.rect(lx, y, 4, 2.5, style="F")
        pdf.set_xy(lx + 5, y - 0.5)
        pdf.cell(20, 3.5, label)
    if not points:
        pdf.set_xy(left, (plot_top + bottom) / 2 - 2)
        pdf.cell(right - left, 4, "No scores logged yet.", align="C")
        pdf.set_text_color(0, 0, 0)
        return
    first, last = points[0].when, points[-1].when
    span = (last - first).total_seconds() or 1.0

    def at(when: datetime, score: int) -> tuple[float, float]:
        fx = (when - first).total_seconds() / span if last != first else 0.5
        return left + 3 + fx * (right - left - 6), bottom - (bottom - plot_top) * score / 10

    _polyline(pdf, [at(p.when, p.texture) for p in points if p.texture is not None], TEXTURE_RGB)
    _polyline(pdf, [at(p.when, p.tone) for p in points if p.tone is not None], TONE_RGB)
    pdf.set_xy(left, bottom + 1)
    pdf.cell(40, 3.5, format_date(first))
    if last != first:
        pdf.set_xy(right - 40, bottom + 1)
        pdf.cell(40, 3.5, format_date(last), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
