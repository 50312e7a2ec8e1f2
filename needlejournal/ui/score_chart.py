"""A small QPainter chart of texture and tone scores over time (QtCharts is not shipped)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from needlejournal.ui import theme
from needlejournal.ui.local_dates import format_date

if TYPE_CHECKING:
    from needlejournal.journal.records import TimelineEntry


@dataclass(frozen=True)
class ScorePoint:
    when: datetime
    texture: int | None
    tone: int | None


def score_points(entries: Sequence[TimelineEntry]) -> list[ScorePoint]:
    """Every entry with a texture or tone score, oldest first."""
    points = [
        ScorePoint(e.when, e.texture_score, e.tone_score)
        for e in entries
        if e.texture_score is not None or e.tone_score is not None
    ]
    return sorted(points, key=lambda p: p.when)


class ScoreChart(QWidget):
    """Texture and tone (0–10) as two lines; higher is better, as the dialogs say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[ScorePoint] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(110)
        self.setAccessibleName(self.tr("Texture and tone scores over time"))

    def sizeHint(self) -> QSize:
        return QSize(360, 118)

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self._points = score_points(entries)
        self.update()

    def points(self) -> list[ScorePoint]:
        return list(self._points)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(theme.card_border(pal), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(frame, 8, 8)
        fm = p.fontMetrics()
        muted = theme.muted(pal)
        legend_y = 8 + fm.ascent()
        x = 14.0
        p.setPen(pal.color(QPalette.ColorRole.Text))
        scores = self.tr("Scores")
        p.drawText(QPointF(x, legend_y), scores)
        x += fm.horizontalAdvance(scores) + 18
        for label, colour in (
            (self.tr("Texture"), theme.texture_color(pal)),
            (self.tr("Tone"), theme.tone_color(pal)),
        ):
            p.setPen(QPen(colour, 2.5))
            p.drawLine(
                QPointF(x, legend_y - fm.ascent() / 3), QPointF(x + 16, legend_y - fm.ascent() / 3)
            )
            p.setPen(muted)
            p.drawText(QPointF(x + 22, legend_y), label)
            x += 22 + fm.horizontalAdvance(label) + 16
        plot = QRectF(frame.left() + 34, legend_y + 10, frame.width() - 50, 0)
        plot.setBottom(frame.bottom() - fm.height() - 8)
        if len(self._points) < 1 or plot.height() < 20:
            p.setPen(muted)
            p.drawText(
                frame.adjusted(12, legend_y + 4, -12, -6),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr(
                    "Texture and tone scores appear here once sessions or skin checks have them."
                ),
            )
            return
        self._draw_axes(p, plot, muted)
        first, last = self._points[0].when, self._points[-1].when
        span = max((last - first).total_seconds(), 1.0)

        def at(point: ScorePoint, score: int) -> QPointF:
            single = len(self._points) == 1
            fx = 0.5 if single else (point.when - first).total_seconds() / span
            return QPointF(
                plot.left() + fx * plot.width(), plot.bottom() - score / 10 * plot.height()
            )

        for attr, colour in (
            ("texture", theme.texture_color(pal)),
            ("tone", theme.tone_color(pal)),
        ):
            coords = [at(pt, s) for pt in self._points if (s := getattr(pt, attr)) is not None]
            p.setPen(QPen(colour, 2.0))
            for a, b in itertools.pairwise(coords):
                p.drawLine(a, b)
            p.setBrush(colour)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1.5))
            for c in coords:
                p.drawEllipse(c, 3.5, 3.5)
        p.setPen(muted)
        for when, align in (
            (first, Qt.AlignmentFlag.AlignLeft),
            (last, Qt.AlignmentFlag.AlignRight),
        ):
            label = format_date(when)
            box = QRectF(plot.left() - 4, plot.bottom() + 4, plot.width() + 8, fm.height())
            p.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)
            if len(self._points) == 1:
                break

    def _draw_axes(self, p: QPainter, plot: QRectF, muted: object) -> None:
        pal = self.palette()
        grid = theme.card_border(pal)
        fm = p.fontMetrics()
        for score in (0, 5, 10):
            y = plot.bottom() - score / 10 * plot.height()
            p.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if score == 5 else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(theme.muted(pal))
            p.drawText(
                QRectF(plot.left() - 30, y - fm.height() / 2, 24, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
