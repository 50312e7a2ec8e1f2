"""The progress report laid out with fpdf2: header, session table, score charts, photo
measures (``measures``), photo pairs, notes. Pure layout: the content comes gathered
(``content``), photos come at print size.

fpdf2 earns its place over Qt's QPdfWriter: the report is a CLI command and runs headless
with no Qt in the process (the layers contract keeps Qt in ui/), it is pure Python, and it
embeds our JPEG bytes as they are (DCTDecode), so what we strip is what ships.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from needlejournal.dates import format_date
from needlejournal.guidance import Area, PhotoView, format_depth
from needlejournal.journal.records import PhotoRecord, TreatmentRecord
from needlejournal.report.chart import ScorePoint, draw_score_chart
from needlejournal.report.content import PhotoPair, ReportContent
from needlejournal.report.images import PrintImage
from needlejournal.report.measures import draw_photo_measures
from needlejournal.report.paper import Paper
from needlejournal.report.scales_chart import draw_scales_chart, report_series

# A Unicode font when the system has one (names like “Zoë Łukasiewicz”); else the PDF core
# font, with characters outside Latin-1 replaced (the report still renders).
UNICODE_FONTS = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
)
MARGIN = 15.0
PAIR_MAX_H = 85.0
GAP = 6.0


class ReportPDF(FPDF):
    def __init__(self, paper: Paper, title: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format=paper)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=MARGIN)
        self.report_title = title
        self.unicode = False
        for regular, bold in UNICODE_FONTS:
            if Path(regular).is_file() and Path(bold).is_file():
                self.add_font("Body", "", regular)
                self.add_font("Body", "B", bold)
                self.unicode = True
                break
        self.family = "Body" if self.unicode else "Helvetica"
        self.set_font(self.family, size=10)

    def text_of(self, value: str) -> str:
        if self.unicode:
            return value
        return value.encode("latin-1", "replace").decode("latin-1")

    def footer(self) -> None:  # fpdf2 hook
        self.set_y(-10)
        self.set_font(self.family, size=7)
        self.set_text_color(120, 120, 120)
        self.cell(
            0, 4, self.text_of(f"{self.report_title} · page {self.page_no()}/{{nb}}"), align="C"
        )
        self.set_text_color(0, 0, 0)


def _heading(pdf: ReportPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font(pdf.family, "B", 12)
    pdf.cell(0, 7, pdf.text_of(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(pdf.family, "", 9)


def _header(pdf: ReportPDF, c: ReportContent) -> None:
    pdf.set_font(pdf.family, "B", 18)
    pdf.cell(0, 10, pdf.text_of(c.client.name), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(pdf.family, "", 10)
    period = c.period
    lines = [
        "Microneedling progress report",
        "Period: "
        + (f"{format_date(period[0])} – {format_date(period[1])}" if period else "no sessions yet"),
        f"Sessions: {len(c.sessions)}"
        + (f" · Skin type {c.client.skin_type}" if c.client.skin_type else ""),
    ]
    if c.client.concerns:
        lines.append(f"Concerns: {c.client.concerns}")
    lines.append(f"Prepared {format_date(c.generated_at)} with NeedleJournal")
    for line in lines:
        pdf.cell(0, 5.5, pdf.text_of(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _areas(t: TreatmentRecord) -> str:
    return (
        "\n".join(
            f"{Area.label_of(a.area)} {format_depth(a.depth_mm)}"
            + (f" × {a.passes}" if a.passes else "")
            for a in t.areas
        )
        or "—"
    )


def _products(t: TreatmentRecord) -> str:
    return (
        "\n".join(
            f"{u.product_name} ({u.phase})" + (f", lot {u.lot_number}" if u.lot_number else "")
            for u in t.products
        )
        or "—"
    )


def _session_table(pdf: ReportPDF, c: ReportContent) -> None:
    _heading(pdf, "Sessions")
    if not c.sessions:
        pdf.cell(0, 6, "No sessions logged.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return
    pdf.set_font(pdf.family, "", 8)
    with pdf.table(
        col_widths=(22, 28, 52, 78),
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
        line_height=4,
        text_align="LEFT",
        padding=1.2,
    ) as table:
        table.row(
            [
                pdf.text_of(h)
                for h in ("Date", "Device", "Depth per area × passes", "Products (lot)")
            ]
        )
        for t in c.sessions:
            device = t.device.name if t.device else "—"
            table.row(
                [
                    pdf.text_of(format_date(t.performed_at)),
                    pdf.text_of(device),
                    pdf.text_of(_areas(t)),
                    pdf.text_of(_products(t)),
                ]
            )
    pdf.set_font(pdf.family, "", 9)


def _score_points(c: ReportContent) -> list[ScorePoint]:
    points = [
        ScorePoint(t.performed_at, t.texture_score, t.tone_score)
        for t in c.sessions
        if t.texture_score is not None or t.tone_score is not None
    ]
    points += [
        ScorePoint(o.observed_at, o.texture_score, o.tone_score)
        for o in c.observations
        if o.texture_score is not None or o.tone_score is not None
    ]
    return sorted(points, key=lambda p: p.when)


def _chart(pdf: ReportPDF, c: ReportContent) -> None:
    _heading(pdf, "Texture and tone scores (0–10)")
    height = 55.0
    if pdf.get_y() + height > pdf.h - MARGIN:
        pdf.add_page()
    top = pdf.get_y() + 1
    draw_score_chart(pdf, _score_points(c), MARGIN, top, pdf.epw, height)
    pdf.set_font(pdf.family, "", 9)
    pdf.set_xy(MARGIN, top + height + 2)


def _scales_chart(pdf: ReportPDF, c: ReportContent) -> None:
    series = report_series(c.chart) if c.chart is not None else []
    if c.chart is None or not series:
        return
    _heading(pdf, "Named scales (each within its own range; dashed: sessions)")
    height = 50.0 + 4 * len(series)
    if pdf.get_y() + height > pdf.h - MARGIN:
        pdf.add_page()
    top = pdf.get_y() + 1
    draw_scales_chart(pdf, c.chart, series, (MARGIN, top, pdf.epw, height), pdf.text_of)
    pdf.set_font(pdf.family, "", 9)
    pdf.set_xy(MARGIN, top + height + 2)


def _fit(width: int, height: int, box_w: float, box_h: float) -> tuple[float, float]:
    scale = min(box_w / max(1, width), box_h / max(1, height))
    return width * scale, height * scale


def _size(photo: PhotoRecord, img: PrintImage | None) -> tuple[int, int]:
    # An unreadable photo keeps its place (the record knows its size): the pages stay the same.
    return (img.width, img.height) if img is not None else (photo.width, photo.height)


def _pair_title(pair: PhotoPair, sessions: dict[int, TreatmentRecord]) -> str:
    view = PhotoView.label_of(pair.view)
    if pair.treatment_id is not None and pair.treatment_id in sessions:
        return f"{view} — session of {format_date(sessions[pair.treatment_id].performed_at)}"
    return f"{view} — first and latest"


def _photos(pdf: ReportPDF, c: ReportContent, images: dict[int, PrintImage | None]) -> None:
    if c.pairs and pdf.get_y() + 70 > pdf.h - MARGIN:
        pdf.add_page()  # never a heading alone at the foot of a page
    _heading(pdf, "Before and after")
    if c.photos_left_out:  # said, then the photos that may be shown (if any)
        pdf.multi_cell(0, 5, pdf.text_of(c.photos_left_out), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if not c.pairs:
            return
    if not c.pairs:
        pdf.cell(0, 6, "No photos yet.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return
    sessions = {t.id: t for t in c.sessions}
    box_w = (pdf.epw - GAP) / 2
    for pair in c.pairs:
        shown = [(p, images.get(p.id)) for p in pair.photos]
        height = max(_fit(*_size(p, img), box_w, PAIR_MAX_H)[1] for p, img in shown)
        if pdf.get_y() + height + 14 > pdf.h - MARGIN:
            pdf.add_page()
        pdf.set_font(pdf.family, "B", 9)
        pdf.cell(
            0, 5, pdf.text_of(_pair_title(pair, sessions)), new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        pdf.set_font(pdf.family, "", 8)
        top = pdf.get_y() + 1
        for i, (photo, img) in enumerate(shown):
            x = MARGIN + i * (box_w + GAP)
            caption = f"{photo.role.capitalize()} · {format_date(photo.taken_at)}"
            if img is None:
                pdf.set_xy(x, top + height / 2 - 2.5)
                pdf.cell(box_w, 5, "(the photo could not be read)", align="C")
            else:
                w, h = _fit(img.width, img.height, box_w, PAIR_MAX_H)
                pdf.image(io.BytesIO(img.jpeg), x=x + (box_w - w) / 2, y=top, w=w, h=h)
            pdf.set_xy(x, top + height + 0.5)
            pdf.cell(box_w, 4, pdf.text_of(caption), align="C")
        pdf.set_xy(MARGIN, top + height + 6)
    pdf.set_font(pdf.family, "", 9)


def _notes(pdf: ReportPDF, c: ReportContent) -> None:
    lines: list[str] = []
    for t in c.sessions:
        said = [
            f"texture: {t.texture_note}" if t.texture_note else "",
            f"tone: {t.tone_note}" if t.tone_note else "",
            "" if c.shareable else t.notes,
            "" if c.shareable or not t.adverse_events else f"adverse events: {t.adverse_events}",
        ]
        text = " · ".join(s for s in said if s)
        if text:
            lines.append(f"{format_date(t.performed_at)}: {text}")
    for o in c.observations:
        said = [
            f"texture: {o.texture_note}" if o.texture_note else "",
            f"tone: {o.tone_note}" if o.tone_note else "",
            "" if c.shareable else o.note,
        ]
        text = " · ".join(s for s in said if s)
        if text:
            lines.append(f"{format_date(o.observed_at)} (skin check): {text}")
    if not lines:
        return
    _heading(pdf, "Notes")
    for line in lines:
        pdf.multi_cell(0, 4.5, pdf.text_of(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def render(
    c: ReportContent,
    images: dict[int, PrintImage | None],
    paper: Paper,
    *,
    step: Callable[[str], None] | None = None,
) -> tuple[bytes, int]:
    """The whole PDF as bytes and its page count (``images``: photo id → print-size JPEG)."""
    title = f"{c.client.name} — progress report"
    pdf = ReportPDF(paper, title)
    pdf.set_title(pdf.text_of(title))
    pdf.set_creator("NeedleJournal")
    pdf.add_page()
    sections: Sequence[tuple[str, Callable[[], None]]] = (
        ("header", lambda: _header(pdf, c)),
        ("sessions", lambda: _session_table(pdf, c)),
        ("chart", lambda: _chart(pdf, c)),
        ("scales", lambda: _scales_chart(pdf, c)),
        ("measures", lambda: draw_photo_measures(pdf, c.measures, c.chart, _heading, MARGIN)),
        ("photos", lambda: _photos(pdf, c, images)),
        ("notes", lambda: _notes(pdf, c)),
    )
    for name, draw in sections:
        draw()
        if step is not None:
            step(name)
    data = bytes(pdf.output())
    return data, pdf.pages_count
