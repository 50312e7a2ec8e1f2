"""The report's photo-measures section: per region, a chart of its measured series (each
within its own range, sessions dashed, as the named scales' chart) and a table of the first
and latest measure with the change. Photo measures describe the photo as much as the skin, so
the section says they compare only under the same light, and marks the latest photo when its
recorded conditions differ from the region's photo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from needlejournal.dates import format_date
from needlejournal.journal.progress_chart import ChartData, Series, metric_series
from needlejournal.journal.region_records import METRICS, MeasureRecord
from needlejournal.journal.what_worked_photos import METRIC_WORDS
from needlejournal.report.scales_chart import MAX_SERIES, draw_scales_chart

if TYPE_CHECKING:
    from needlejournal.report.pdf import ReportPDF

# Charted (five colours); the table has every measure.
CHARTED = ("L", "a", "ita", "evenness", "texture")
CHART_H = 62.0
SAME_LIGHT = (
    "Photo measures describe the photo as much as the skin: they compare only between photos "
    "taken under the same light with the same camera."
)
OTHER_CONDITIONS = (
    "Open rings on the charts are photos whose recorded light, camera or skin state differ "
    "from the region's photo."
)


def _regions(measures: tuple[MeasureRecord, ...]) -> list[tuple[str, list[Series]]]:
    """(region title, its series) per region, in the order the regions were first measured."""
    out: dict[int, tuple[str, list[Series]]] = {}
    for s in metric_series(measures):
        region_id = int(s.key.split(":")[1])
        title = s.title.split(" — ")[0]
        out.setdefault(region_id, (title, []))[1].append(s)
    return list(out.values())


def _value(metric: str, value: float) -> str:
    decimals = 0 if metric == "spot_count" else METRIC_WORDS[metric][1]
    unit = "%" if metric == "spot_area_pct" else "°" if metric == "ita" else ""
    return f"{value:.{decimals}f}{unit}"


def _table(pdf: ReportPDF, series: list[Series]) -> None:
    labels = {key: label for key, label, _unit in METRICS}
    pdf.set_font(pdf.family, "", 8)
    pdf.set_fill_color(255, 255, 255)  # the chart leaves its last series' colour set
    with pdf.table(
        col_widths=(58, 34, 34, 22, 32),
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
        line_height=4,
        text_align="LEFT",
        padding=1.0,
    ) as table:
        table.row([pdf.text_of(h) for h in ("Measure", "First", "Latest", "Change", "Note")])
        for s in series:
            metric = s.key.split(":")[2]
            first, latest = s.points[0], s.points[-1]
            change = latest.value - first.value
            decimals = 0 if metric == "spot_count" else METRIC_WORDS[metric][1]
            note = "latest under other conditions" if latest.odd else ""
            table.row(
                [
                    pdf.text_of(labels.get(metric, metric)),
                    pdf.text_of(f"{_value(metric, first.value)} ({format_date(first.when)})"),
                    pdf.text_of(f"{_value(metric, latest.value)} ({format_date(latest.when)})"),
                    pdf.text_of(f"{change:+.{decimals}f}" if len(s.points) > 1 else "—"),
                    pdf.text_of(note),
                ]
            )
    pdf.set_font(pdf.family, "", 9)


def draw_photo_measures(
    pdf: ReportPDF,
    measures: tuple[MeasureRecord, ...],
    chart: ChartData | None,
    heading: Callable[[ReportPDF, str], None],
    margin: float,
) -> None:
    """The section, or nothing when no region was measured on the photos shown."""
    regions = _regions(measures)
    if not regions:
        return
    if pdf.get_y() + CHART_H + 30 > pdf.h - margin:
        pdf.add_page()
    heading(pdf, "Photo measures")
    said = SAME_LIGHT
    if any(p.odd for _title, series in regions for s in series for p in s.points):
        said += " " + OTHER_CONDITIONS
    pdf.multi_cell(0, 4.5, pdf.text_of(said), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for title, series in regions:
        photos = len({p.record for s in series for p in s.points})
        if pdf.get_y() + CHART_H + 12 > pdf.h - margin:
            pdf.add_page()
        pdf.set_font(pdf.family, "B", 9)
        said = f"{title} — {photos} photo{'' if photos == 1 else 's'} measured"
        pdf.cell(0, 6, pdf.text_of(said), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(pdf.family, "", 9)
        charted = [s for s in series if s.key.split(":")[2] in CHARTED][:MAX_SERIES]
        moments = [p.when for s in series for p in s.points]
        base = chart or ChartData((), (), (), (), ())
        first = min([*moments, *([base.first] if base.first else [])])
        last = max([*moments, *([base.last] if base.last else [])])
        data = replace(base, series=tuple(charted), first=first, last=last)
        top = pdf.get_y() + 1
        draw_scales_chart(pdf, data, charted, (margin, top, pdf.epw, CHART_H), pdf.text_of)
        pdf.set_font(pdf.family, "", 9)
        pdf.set_xy(margin, top + CHART_H + 2)
        _table(pdf, series)
        pdf.ln(2)
