"""The right panel: every field of the selected entry, warnings with their sources.

The panel keeps a slot under the details (``extras``) for the photo strip of a later issue.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal, SignalInstance
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui import theme
from needlejournal.ui.formatting import observation_html, treatment_html
from needlejournal.ui.local_dates import format_when
from needlejournal.ui.scales_section import ratings_html

if TYPE_CHECKING:
    from needlejournal.journal.records import RatingRecord, TimelineEntry


class DetailsPanel(QWidget):
    edit_requested = Signal(object)  # TimelineEntry
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: TimelineEntry | None = None
        # Where the entry's ratings on the named scales come from (the window's timeline).
        self.ratings_of: Callable[[str, int], tuple[RatingRecord, ...]] | None = None
        self.heading = QLabel(self)
        self.heading.setFont(theme.heading_font(self, 1.15))
        self.when = QLabel(self)
        self.when.setObjectName("muted")
        self.body = QTextBrowser(self)
        self.body.setOpenExternalLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.viewport().setAutoFillBackground(False)
        self.body.setAccessibleName(self.tr("Details"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.extras = QVBoxLayout()  # photos of the entry go here (a later issue)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.when)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.extras)
        self.show_entry(None)

    def entry(self) -> TimelineEntry | None:
        return self._entry

    def show_entry(self, entry: TimelineEntry | None) -> None:
        self._entry = entry
        has = entry is not None
        self.edit_button.setVisible(has)
        self.delete_button.setVisible(has)
        self.when.setVisible(has)
        if entry is None:
            self.heading.setText(self.tr("Details"))
            self.body.setHtml(
                f'<p style="color:{theme.muted(self.palette()).name()}">'
                + self.tr("Select a session or skin check to see everything recorded for it.")
                + "</p>"
            )
            return
        pal = self.palette()
        self.body.document().addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl("warning-icon"),
            theme.warning_image(pal),
        )
        muted = theme.muted(pal).name()
        if entry.kind == "treatment":
            self.heading.setText(self.tr("Session"))
            self.when.setText(format_when(entry.performed_at))
            html = treatment_html(entry, muted, theme.warning_color(pal).name(), full=True)
            if not entry.warnings:
                html += f'<p style="color:{muted}">' + self.tr("No guidance warnings.") + "</p>"
        else:
            self.heading.setText(self.tr("Skin check"))
            self.when.setText(format_when(entry.observed_at))
            html = observation_html(entry, muted)
            if entry.treatment_id is not None:
                html += f'<p style="color:{muted}">{escape(self.tr("Linked to a session."))}</p>'
        if self.ratings_of is not None:
            rater = entry.rater if entry.kind == "observation" else ""
            html += ratings_html(
                self.ratings_of(entry.kind, entry.id),
                muted,
                own_rater=rater,
                check=entry.kind == "observation",
            )
        self.body.setHtml(html)

    def plain_text(self) -> str:
        return self.body.toPlainText()

    def _emit(self, signal: SignalInstance) -> None:
        if self._entry is not None:
            signal.emit(self._entry)
