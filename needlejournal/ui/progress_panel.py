"""The Progress tab: pick the series, read them against the sessions, notes beside the chart.

The picker lists every series the client has (each named scale per rater and area, and the
photo measures); the choice is kept while clients change, so the same scale can be looked at
across clients. The notes of sessions and skin checks sit beside the chart, dated; pointing at
a session on the chart says its deepest depth and serums.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needlejournal.journal.progress_chart import ChartData, default_keys
from needlejournal.ui.local_dates import format_date
from needlejournal.ui.progress_chart import ProgressChart
from needlejournal.ui.series_words import note_text, series_title
from needlejournal.ui.wrapping import WrappingCheckBox, wrap_rows

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ProgressPanel(QWidget):
    saved_png = Signal(str)  # the path a PNG was written to
    message = Signal(str)  # a sentence for the status line
    what_worked_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: ChartData | None = None
        self._chosen: list[str] | None = None  # None: not picked yet, the defaults are shown
        self.picker = QListWidget(self)
        self.picker.setAccessibleName(self.tr("Series to show"))
        wrap_rows(self.picker)  # long series names ("… — rater") wrap in the narrow column
        self.picker.itemChanged.connect(self._picked)
        self.chart = ProgressChart(self)
        self.notes = QListWidget(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        wrap_rows(self.notes)
        # Its words wrap: the column is narrow, and German or a large font makes them long.
        self.hide_odd_row = WrappingCheckBox(
            self.tr("Hide photos taken under other conditions"), self
        )
        self.hide_odd_row.set_tip(
            self.tr(
                "Photo measures whose light, camera or skin state differ from the region's photo"
            )
        )
        self.hide_odd = self.hide_odd_row.box
        self.hide_odd.toggled.connect(self._hide_odd)
        self.save_button = QPushButton(self.tr("Save as PNG…"), self)
        self.save_button.clicked.connect(self._ask_save)
        self.what_worked_button = QPushButton(self.tr("What worked…"), self)
        self.what_worked_button.setToolTip(
            self.tr("How scores and photo measures changed after sessions, by depth and product")
        )
        self.what_worked_button.clicked.connect(self.what_worked_requested)
        self.ask_path: Callable[[], str] = self._file_dialog
        self.caution = QLabel(
            self.tr(
                "Each line keeps its own scale and rater; photo measures compare only between "
                "photos taken under the same light."
            ),
            self,
        )
        self.caution.setObjectName("muted")
        self.caution.setWordWrap(True)

        left = QWidget(self)
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Show"), left))
        side.addWidget(self.picker, 1)
        side.addWidget(self.hide_odd_row)
        # Under the series, not beside Save: two buttons there widened the Progress tab past
        # what a narrow window leaves the middle panel (the client list got squeezed).
        side.addWidget(self.what_worked_button)
        right = QWidget(self)
        notes = QVBoxLayout(right)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addWidget(QLabel(self.tr("Notes"), right))
        notes.addWidget(self.notes, 1)
        middle = QWidget(self)
        centre = QVBoxLayout(middle)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(self.chart, 1)
        # The caution across the chart's width and Save under it: beside each other they left
        # the caution a word per line in a narrow window.
        centre.addWidget(self.caution)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.save_button)
        centre.addLayout(below)
        # Picker and notes keep a readable width; the chart takes what the window gains.
        left.setMaximumWidth(190)
        right.setMaximumWidth(210)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(left, 0)
        layout.addWidget(middle, 1)
        layout.addWidget(right, 0)

    def set_data(self, data: ChartData | None) -> None:
        self._data = data
        blocked = self.picker.blockSignals(True)
        self.picker.clear()
        keys = self.chosen_keys()
        for s in data.series if data is not None else ():
            item = QListWidgetItem(series_title(s.title), self.picker)
            item.setData(KEY_ROLE, s.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.key in keys else Qt.CheckState.Unchecked)
            item.setToolTip(
                self.tr("{n} values, {first} to {last}").format(
                    n=len(s.points),
                    first=format_date(s.points[0].when) if s.points else "—",
                    last=format_date(s.points[-1].when) if s.points else "—",
                )
            )
        self.picker.blockSignals(blocked)
        self.notes.clear()
        for note in data.notes if data is not None else ():
            item = QListWidgetItem(f"{format_date(note.when)} — {note_text(note)}", self.notes)
            item.setData(KEY_ROLE, note.record)
        self.chart.set_data(data, keys)
        self.save_button.setEnabled(bool(self.chart.shown()))

    def chosen_keys(self) -> list[str]:
        if self._data is None:
            return []
        if self._chosen is None:
            return default_keys(self._data)
        return [k for k in self._chosen if self._data.series_named(k) is not None]

    def choose(self, keys: list[str]) -> None:
        """Show these series (the picker's ticks follow)."""
        self._chosen = list(keys)
        self.set_data(self._data)

    def _picked(self, _item: QListWidgetItem) -> None:
        ticked = []
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.append(str(item.data(KEY_ROLE)))
        self._chosen = ticked
        self.chart.set_data(self._data, ticked)
        self.save_button.setEnabled(bool(self.chart.shown()))

    def _hide_odd(self, on: bool) -> None:
        self.chart.hide_odd = on
        self.chart.set_data(self._data, self.chosen_keys())

    def _file_dialog(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), self.tr("progress.png"), self.tr("PNG images (*.png)")
        )
        return path

    def _ask_save(self) -> None:
        path = self.ask_path()
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.chart.render_png(path):
            self.saved_png.emit(path)
            self.message.emit(self.tr("Chart saved to {path}.").format(path=path))
        else:
            self.message.emit(
                self.tr("The chart could not be saved to {path}; choose another folder.").format(
                    path=path
                )
            )
