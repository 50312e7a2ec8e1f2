"""The report's chart of the named scales beyond texture and tone (vector lines, like
``chart``), drawn from the same ``ChartData`` as the window's Progress tab: each series within
its own scale's range, sessions as dashed lines with their deepest depth."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import pairwise

from fpdf import FPDF

from needlejournal.dates import format_date
from needlejournal.guidance import format_depth
from needlejournal.journal.progress_chart import ChartData, Series
from needlejournal.report.chart import GRID_RGB

# Okabe–Ito colours, distinct for colour-blind readers and in grey print.
SERIES_RGB = ((0, 114, 178), (213, 94, 0), (0, 158, 115), (204, 121, 167), (230, 159, 0))
OWN_SCORES = ("scale:texture||", "scale:tone||")
MAX_SERIES = len(SERIES_RGB)


def report_series(data: ChartData) -> list[Series]:
    """What the report charts here: every scale but the journal's own scores, the first five."""
    return [s for s in data.series if s.key not in OWN_SCORES][:MAX_SERIES]


def draw_scales_chart(
    pdf: FPDF,
    data: ChartData,
    series: Sequence[Series],
    box: tuple[float, float, float, float],
    text_of: Callable[[str], str] = str,
) -> None:
    """The series in the box (x, y, w, h) in mm: a legend line per series, then the plot."""
    x, y, w, h = box
    pdf.set_font(size=8)
    pdf.set_text_color(60, 60, 60)
    legend_y = y
    for i, s in enumerate(series):
        rgb = SERIES_RGB[i % len(SERIES_RGB)]
        pdf.set_fill_color(*rgb)
        pdf.rect(x, legend_y + 0.6, 4, 2.5, style="F")
        pdf.set_xy(x + 5, legend_y)
        pdf.cell(w - 5, 3.8, text_of(f"{s.title} ({s.range_text})"))
        legend_y += 4
    left, right = x + 8, x + w
    top, bottom = legend_y + 2, y + h - 5
    if data.first is None or not series or bottom - top < 10:
        return
    first, last = data.first, data.last or data.first
    span = (last - first).total_seconds() or 1.0

    def at_x(when: datetime) -> float:
        fx = (when - first).total_seconds() / span if last != first else 0.5
        return left + 3 + fx * (right - left - 6)

    pdf.set_line_width(0.2)
    pdf.set_draw_color(*GRID_RGB)
    for f, label in ((0.0, "low"), (1.0, "high")):
        gy = bottom - (bottom - top) * f
        pdf.line(left, gy, right, gy)
        pdf.set_xy(x, gy - 1.5)
        pdf.cell(7, 3, label, align="R")
    pdf.set_draw_color(150, 150, 150)
    for session in data.sessions:
        sx = at_x(session.when)
        pdf.set_dash_pattern(dash=0.8, gap=0.8)
        pdf.line(sx, top, sx, bottom)
        pdf.set_dash_pattern()
        pdf.set_xy(sx + 0.5, top)
        pdf.cell(14, 3, format_depth(session.deepest_mm))
    pdf.set_line_width(0.5)
    for i, s in enumerate(series):
        rgb = SERIES_RGB[i % len(SERIES_RGB)]
        pdf.set_draw_color(*rgb)
        pdf.set_fill_color(*rgb)
        coords = [
            (at_x(p.when), bottom - (bottom - top) * (p.value - s.low) / ((s.high - s.low) or 1))
            for p in s.points
        ]
        for (x1, y1), (x2, y2) in pairwise(coords):
            pdf.line(x1, y1, x2, y2)
        for (cx, cy), point in zip(coords, s.points, strict=True):
            # An open ring: a photo measure taken under other conditions (as in the window).
            pdf.circle(x=cx, y=cy, radius=0.8, style="D" if point.odd else "F")
    pdf.set_xy(left, bottom + 1)
    pdf.cell(40, 3.5, format_date(first))
    if last != first:
        pdf.set_xy(right - 40, bottom + 1)
        pdf.cell(40, 3.5, format_date(last), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
