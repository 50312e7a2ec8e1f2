"""The Progress tab's "What worked": how the scores and photo measures moved after sessions,
grouped by what the sessions did (``journal.what_worked`` and ``what_worked_photos``), with n
beside every figure and the caveat that this is a correlation in one journal, not proof.

The settings and series are named by the journal in English (like the command line's
``what-worked``); the dialog's own words are translated."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from needlejournal.journal.what_worked import Effect
    from needlejournal.journal.what_worked_photos import PhotoWhatWorked

MIN_SESSIONS = 2  # a setting seen once says nothing: left out, as on the command line


class WhatWorkedDialog(QDialog):
    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What worked — {name}").format(name=client_name))
        self.intro = QLabel(
            self.tr(
                "How the scores and photo measures moved after sessions, by what the sessions "
                "did. Settings seen in fewer than two sessions are left out."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Changes after sessions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sessions"),
                self.tr("Scale or measure"),
                self.tr("n"),
                self.tr("Mean change per session"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.left_out.setObjectName("muted")
        self.caveat = QLabel(
            self.tr(
                "A correlation in this journal, not proof: scores and photos also change with "
                "the season, the rest of the routine, who rated them and the light, and a few "
                "sessions can show a change by chance. Photo measures are compared only between "
                "photos under the same recorded conditions."
            ),
            self,
        )
        self.caveat.setWordWrap(True)
        self.caveat.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.left_out)
        layout.addWidget(self.caveat)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.empty.setText(self.tr("Reading the journal…"))

    def show_effects(self, scales: tuple[Effect, ...], photos: PhotoWhatWorked) -> None:
        shown = [e for e in scales if e.sessions >= MIN_SESSIONS]
        shown += [p.effect for p in photos.effects if p.effect.sessions >= MIN_SESSIONS]
        self.table.setRowCount(len(shown))
        for row, e in enumerate(shown):
            change = f"{e.mean_change:+.{e.decimals}f}" + (f" ({e.hint})" if e.hint else "")
            cells = (e.setting[:1].upper() + e.setting[1:], e.scale, str(e.sessions), change)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(shown))
        self.empty.setText(
            ""
            if shown
            else self.tr(
                "Not enough data yet: a score, or a region measured on comparable photos, before "
                "and after at least two sessions is needed."
            )
        )
        self.empty.setVisible(not shown)
        pairs = sum(photos.left_out.values())
        self.left_out.setText(
            self.tr(
                "%n before/after photo pair(s) left out: taken under other conditions or "
                "balanced differently.",
                "",
                pairs,
            )
            if pairs
            else ""
        )
        self.left_out.setVisible(bool(pairs))
