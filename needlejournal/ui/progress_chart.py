"""The progress chart: chosen series against time, with sessions, skin checks and photo days.

Drawn with QPainter (QtCharts is not shipped). Each series is placed within its own scale's
range (a Glogau IV at the top like a texture 10), so several fit on one chart; the legend says
each range, and with one series shown the axis carries its own values. Sessions are dashed
lines (hover: the deepest depth and the serums), skin checks ◆ and photo days ■ on the band
under the plot. ``render_png`` paints the same picture into a file.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from needlejournal.journal.progress_chart import ChartData, Series
from needlejournal.ui import theme
from needlejournal.ui.language import QT_TRANSLATE_NOOP
from needlejournal.ui.local_dates import format_date, local_depth
from needlejournal.ui.overrides import override
from needlejournal.ui.series_words import (
    conditions_text,
    point_label,
    series_title,
    session_summary,
)

# Distinct, colour-blind-friendly line colours (Okabe–Ito), after texture and tone's own.
_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
_HIT_PX = 7.0


@dataclass(frozen=True)
class Mark:
    """Something on the chart a pointer can rest on, and what it says then."""

    kind: str  # "point" | "session" | "check" | "photo" | "legend" (a series' full name)
    rect: QRectF
    text: str


MARKER_KEY = QT_TRANSLATE_NOOP("ProgressChart", "┆ session   ◆ skin check   ■ photo day")


def _key_parts(key: str) -> list[str]:
    """The markers' key in its parts ("┆ session", "◆ skin check", "■ photo day")."""
    return [part.strip() for part in key.split("   ") if part.strip()] or [key]


def _key_rows(parts: list[str], fm: QFontMetrics, width: float) -> list[str]:
    """The key's parts joined into as few rows as fit ``width`` (one part per row at least)."""
    rows: list[str] = []
    for part in parts:
        joined = f"{rows[-1]}   {part}" if rows else part
        if rows and fm.horizontalAdvance(joined) <= width:
            rows[-1] = joined
        else:
            rows.append(part)
    return rows


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: ChartData | None = None
        self._keys: list[str] = []
        self._marks: list[Mark] = []
        self.hide_odd = False  # leave out photo measures taken under other conditions
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Progress chart"))

    @override
    def sizeHint(self) -> QSize:
        return QSize(640, 340)

    @override
    def minimumSizeHint(self) -> QSize:
        """Room for its own words: the markers' key, and the axis with the first and last date
        side by side (in the font's size and language), so the columns beside the chart give
        way before its text is cut off or overlaps."""
        fm = self.fontMetrics()
        key = max(fm.horizontalAdvance(part) for part in _key_parts(self.tr(MARKER_KEY))) + 24
        dates = 2 * fm.horizontalAdvance(format_date(datetime(2026, 9, 30))) + 44 + 16 + 24
        return QSize(max(160, key, dates), 100)

    def set_data(self, data: ChartData | None, keys: Sequence[str]) -> None:
        self._data = data
        self._keys = [k for k in keys if data is not None and data.series_named(k) is not None]
        self._relayout()

    def shown(self) -> list[Series]:
        if self._data is None:
            return []
        found = (self._data.series_named(k) for k in self._keys)
        return [s for s in found if s is not None]

    def marks(self) -> list[Mark]:
        """Where the points and markers are (widget pixels) and what hovering each says."""
        return list(self._marks)

    def text_at(self, pos: QPointF) -> str | None:
        """What the chart says at ``pos``: the nearest mark within a few pixels."""
        best: tuple[float, Mark] | None = None
        for m in self._marks:
            grown = m.rect.adjusted(-_HIT_PX, -_HIT_PX, _HIT_PX, _HIT_PX)
            if grown.contains(pos):
                d = (m.rect.center() - pos).manhattanLength()
                if m.kind == "point":
                    d -= 100  # a value is what a pointer on it wants, over the line behind
                if best is None or d < best[0]:
                    best = (d, m)
        return None if best is None else best[1].text

    @override
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            assert isinstance(e, QHelpEvent)
            text = self.text_at(QPointF(e.pos()))
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    @override
    def resizeEvent(self, e: QResizeEvent) -> None:
        self._relayout()

    def _relayout(self) -> None:
        self._marks = []
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            self._marks = self._paint(painter, QRectF(self.rect()), draw=False)
        finally:
            painter.end()
        self.update()

    @override
    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._marks = self._paint(p, QRectF(self.rect()))

    def render_png(self, path: str, size: QSize | None = None) -> bool:
        """The chart as a PNG file (``size`` in pixels, default 1200 × 640); False if it failed."""
        size = size or QSize(1200, 640)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        p = QPainter(image)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setFont(self.font())
            self._paint(p, QRectF(0, 0, size.width(), size.height()))
        finally:
            p.end()
        return image.save(path)  # the format follows the name: callers give ".png"

    # ---- painting --------------------------------------------------------------------------

    def colour_of(self, index: int, series: Series) -> QColor:
        pal = self.palette()
        if series.key == "scale:texture||":
            return theme.texture_color(pal)
        if series.key == "scale:tone||":
            return theme.tone_color(pal)
        return QColor(_PALETTE[index % len(_PALETTE)])

    def _paint(self, p: QPainter, area: QRectF, *, draw: bool = True) -> list[Mark]:
        pal = self.palette()
        muted = theme.muted(pal)
        text = pal.color(QPalette.ColorRole.Text)
        fm = p.fontMetrics()
        frame = area.adjusted(0.5, 0.5, -0.5, -0.5)
        if draw:
            p.setPen(QPen(theme.card_border(pal), 1))
            p.setBrush(pal.color(QPalette.ColorRole.Base))
            p.drawRoundedRect(frame, 8, 8)
        series = self.shown()
        data = self._data
        # Legend: series side by side, a new line when one does not fit; a name longer than
        # the chart is cut short with "…" and said whole on hover (a "legend" mark).
        legend: list[Mark] = []
        y = frame.top() + 8 + fm.ascent()
        x0 = frame.left() + 14
        x = x0
        for i, s in enumerate(series):
            shown = s.range_text or f"{_num(s.low)}–{_num(s.high)}"
            shown = self.tr("photo") if shown == "photo" else shown  # a photo measure's range
            full = f"{series_title(s.title)} ({shown})"
            room = frame.right() - 8 - x0 - 22  # a line of its own (the gap after it aside)
            label = fm.elidedText(full, Qt.TextElideMode.ElideMiddle, max(int(room), 1))
            width = 24 + fm.horizontalAdvance(label) + 18
            if x + 22 + fm.horizontalAdvance(label) > frame.right() - 8 and x > x0:
                x, y = x0, y + fm.height() + 2
            if draw:
                p.setPen(QPen(self.colour_of(i, s), 2.5))
                p.drawLine(QPointF(x, y - fm.ascent() / 3), QPointF(x + 16, y - fm.ascent() / 3))
                p.setPen(text)
                p.drawText(QPointF(x + 22, y), label)
            box = QRectF(x, y - fm.ascent(), 22 + fm.horizontalAdvance(label), fm.height())
            legend.append(Mark("legend", box, full))
            x += width
        # The markers' key, right-aligned at the bottom: its parts wrap onto rows upwards.
        rows = _key_rows(_key_parts(self.tr(MARKER_KEY)), fm, frame.width() - 20)
        if draw:
            p.setPen(muted)
            for n, row in enumerate(reversed(rows)):
                right = QPointF(frame.right() - 10 - fm.horizontalAdvance(row), frame.bottom() - 6)
                p.drawText(right - QPointF(0, n * fm.height()), row)
        band = fm.height() + 4  # the markers' band under the plot
        # The value axis' words ("niedrig" at 1.5x the font) set the gutter left of the plot.
        gutter = max([44] + [fm.horizontalAdvance(t) + 14 for t in self._axis_labels(series)])
        plot = QRectF(frame.left() + gutter, y + 12, 0, 0)
        plot.setRight(frame.right() - 16)
        plot.setBottom(frame.bottom() - (1 + len(rows)) * fm.height() - band - 12)
        if data is None or data.first is None or not series or plot.height() < 30:
            if draw:
                p.setPen(muted)
                message = (
                    self.tr("Pick a series to show: a scale or a photo measure.")
                    if data is not None and data.series
                    else self.tr(
                        "Ratings on the named scales and photo measures appear here once "
                        "sessions or skin checks have them."
                    )
                )
                p.drawText(
                    frame.adjusted(16, 8, -16, -8),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    message,
                )
            return legend
        first, last = data.first, data.last or data.first
        span = max((last - first).total_seconds(), 1.0)

        inner = plot.adjusted(10, 0, -10, 0)  # the first and last points are not cut in half

        def at_x(when: datetime) -> float:
            if last == first:
                return inner.center().x()
            return inner.left() + (when - first).total_seconds() / span * inner.width()

        marks: list[Mark] = list(legend)
        if draw:
            self._axes(p, plot, series)
        band_y = plot.bottom() + 6 + band / 2
        label_end = -1e9  # where the last depth label ended: labels never overlap
        for session in data.sessions:
            sx = at_x(session.when)
            said = self.tr("Session {date}: {what}").format(
                date=format_date(session.when), what=session_summary(session)
            )
            marks.append(Mark("session", QRectF(sx - 1, plot.top(), 2, plot.height()), said))
            if draw:
                p.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(sx, plot.top()), QPointF(sx, plot.bottom()))
                depth = local_depth(session.deepest_mm)
                at = sx + 3
                if at + fm.horizontalAdvance(depth) > frame.right() - 4:  # left of the last line
                    at = sx - 3 - fm.horizontalAdvance(depth)
                if at > label_end:  # the deepest depth, readable without hovering
                    p.setPen(muted)
                    p.drawText(QPointF(at, plot.top() + fm.ascent()), depth)
                    label_end = at + fm.horizontalAdvance(depth) + 4
        for when in data.checks:
            cx = at_x(when)
            marks.append(
                Mark(
                    "check",
                    QRectF(cx - 4, band_y - 4, 8, 8),
                    self.tr("Skin check {date}").format(date=format_date(when)),
                )
            )
            if draw:
                p.setPen(muted)
                p.drawText(
                    QRectF(cx - 8, band_y - fm.height() / 2, 16, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    "◆",
                )
        for day in data.photo_days:
            noon = datetime.combine(day, time(12)).astimezone()
            px = at_x(min(max(noon, first), last))
            rect = QRectF(px - 3, band_y + fm.height() / 2 + 2, 6, 6)
            marks.append(
                Mark("photo", rect, self.tr("Photos {date}").format(date=format_date(noon)))
            )
            if draw:
                p.fillRect(rect, muted)
        by_session = {session.id: session for session in data.sessions}
        for i, s in enumerate(series):
            colour = self.colour_of(i, s)
            coords = []
            hollow = []
            for pt in s.points:
                if pt.odd and self.hide_odd:
                    continue
                fy = (pt.value - s.low) / max(s.high - s.low, 1e-9)
                c = QPointF(at_x(pt.when), plot.bottom() - fy * plot.height())
                coords.append(c)
                value = point_label(pt.label)
                said = f"{series_title(s.title)}: {value} — {format_date(pt.when)}"
                if pt.odd:
                    hollow.append(c)
                    said += "\n⚠ " + self.tr("Taken under other conditions: {why}").format(
                        why=conditions_text(pt.odd)
                    )
                if pt.record[0] == "treatment" and pt.record[1] in by_session:
                    said += "\n" + self.tr("Session: {what}").format(
                        what=session_summary(by_session[pt.record[1]])
                    )
                marks.append(Mark("point", QRectF(c.x() - 3, c.y() - 3, 6, 6), said))
            if draw:
                p.setPen(QPen(colour, 2.0))
                for a, b in itertools.pairwise(coords):
                    p.drawLine(a, b)
                p.setBrush(colour)
                p.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1.5))
                for c in coords:
                    if c in hollow:  # not comparable: an open ring, not a dot
                        p.setBrush(pal.color(QPalette.ColorRole.Base))
                        p.setPen(QPen(colour, 2))
                    else:
                        p.setBrush(colour)
                        p.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1.5))
                    p.drawEllipse(c, 4, 4)
        if draw:
            p.setPen(muted)
            for when, align in (
                (first, Qt.AlignmentFlag.AlignLeft),
                (last, Qt.AlignmentFlag.AlignRight),
            ):
                box = QRectF(
                    plot.left() - 4, plot.bottom() + band + 8, plot.width() + 8, fm.height()
                )
                p.drawText(box, align | Qt.AlignmentFlag.AlignTop, format_date(when))
        return marks

    def _axes(self, p: QPainter, plot: QRectF, series: list[Series]) -> None:
        pal = self.palette()
        fm = p.fontMetrics()
        labels = self._axis_labels(series)
        gutter = max([44] + [fm.horizontalAdvance(t) + 14 for t in labels])
        for f, label in zip((0.0, 0.5, 1.0), labels, strict=True):
            y = plot.bottom() - f * plot.height()
            p.setPen(
                QPen(
                    theme.card_border(pal),
                    1,
                    Qt.PenStyle.DotLine if f == 0.5 else Qt.PenStyle.SolidLine,
                )
            )
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(theme.muted(pal))
            p.drawText(
                QRectF(plot.left() - gutter + 2, y - fm.height() / 2, gutter - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )

    def _axis_labels(self, series: Sequence[Series]) -> tuple[str, str, str]:
        """The value axis' labels, bottom to top: one series' values, else low and high."""
        if len(series) != 1:
            return (self.tr("low"), "", self.tr("high"))
        one = series[0]
        low, middle, high = (_num(one.low + f * (one.high - one.low)) for f in (0.0, 0.5, 1.0))
        return (low, middle, high)


def _num(v: float) -> str:
    """A range's end with the locale's decimal separator ("0,5" in German)."""
    return QLocale().toString(float(v), "g", 6) if abs(v - round(v)) > 1e-9 else str(round(v))
