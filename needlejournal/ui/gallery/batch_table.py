"""The import dialog's list of files: a thumbnail, the capture time, a role and a view per file.

Role and view are guessed (``needlejournal.journal.batch_import``) as each file's capture time
arrives from a worker, and stay editable in place: a cell the user changed (or set for all with
the dialog's shared choice) is never guessed over again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.ui import terms, theme
from needlejournal.ui.local_dates import format_when

if TYPE_CHECKING:
    from needlejournal.journal.batch_import import Guess

ICON = 64
PHOTO, FILE, ROLE, VIEW, CHECK = range(5)


class BatchTable(QTableWidget):
    changed = Signal()  # a role or view changed (by the user or a guess)

    def __init__(self, files: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(len(files), 5, parent)
        self.setAccessibleName(self.tr("Photos to import"))
        self.files = list(files)
        self.taken: list[datetime | None] = [None] * len(files)
        self.problems: list[str | None] = [None] * len(files)
        self.read = [False] * len(files)  # its preview (and capture time) has arrived
        self.role_set_by_user: set[int] = set()
        self.view_set_by_user: set[int] = set()
        self.far_days: list[int | None] = [None] * len(files)
        self._guessing = False
        self.setHorizontalHeaderLabels(
            [self.tr("Photo"), self.tr("File"), self.tr("Role"), self.tr("View"), self.tr("Check")]
        )
        self.setAccessibleName(self.tr("Photos to import"))
        self.setIconSize(QSize(ICON, ICON))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ICON + 8)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(PHOTO, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(PHOTO, ICON + 12)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        for col in (ROLE, VIEW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.Stretch)
        self.roles: list[QComboBox] = []
        self.views: list[QComboBox] = []
        self.photo_items = [self._item("") for _ in self.files]
        self.file_items = [self._item(p.name) for p in self.files]
        self.check_items = [self._item("") for _ in self.files]
        for row in range(len(self.files)):
            self.setItem(row, PHOTO, self.photo_items[row])
            self.setItem(row, FILE, self.file_items[row])
            self.setItem(row, CHECK, self.check_items[row])
            role = self._combo(terms.labels(PhotoRole))
            view = self._combo(terms.labels(PhotoView))
            name = self.files[row].name
            role.setAccessibleName(self.tr("Role of {file}").format(file=name))
            view.setAccessibleName(self.tr("View of {file}").format(file=name))
            # activated: the user's pick, never ours (setCurrentIndex does not emit it)
            role.activated.connect(lambda _i, r=row: self.role_set_by_user.add(r))
            view.activated.connect(lambda _i, r=row: self.view_set_by_user.add(r))
            self.setCellWidget(row, ROLE, role)
            self.setCellWidget(row, VIEW, view)
            self.roles.append(role)
            self.views.append(view)

    def _item(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _combo(self, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        for key, label in labels.items():
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    # ---- reading and setting ----------------------------------------------------------------

    def role(self, row: int) -> str:
        return str(self.roles[row].currentData())

    def view(self, row: int) -> str:
        return str(self.views[row].currentData())

    def set_role(self, row: int, role: str, *, by_user: bool = False) -> None:
        combo = self.roles[row]
        combo.setCurrentIndex(max(0, combo.findData(role)))
        if by_user:
            self.role_set_by_user.add(row)

    def set_view(self, row: int, view: str, *, by_user: bool = False) -> None:
        combo = self.views[row]
        combo.setCurrentIndex(max(0, combo.findData(view)))
        if by_user:
            self.view_set_by_user.add(row)

    def set_all_roles(self, role: str) -> None:
        """The dialog's shared choice: every file, and no guess over it afterwards."""
        for row in range(self.rowCount()):
            self.set_role(row, role, by_user=True)

    def set_all_views(self, view: str) -> None:
        for row in range(self.rowCount()):
            self.set_view(row, view, by_user=True)

    def set_preview(
        self, row: int, image: QImage | None, taken: datetime | None, problem: str | None
    ) -> None:
        self.read[row] = True
        self.taken[row] = taken
        self.problems[row] = problem
        if image is not None and not image.isNull():
            self.photo_items[row].setIcon(QIcon(QPixmap.fromImage(image)))
        name = self.files[row].name
        when = format_when(taken) if taken is not None else self.tr("no capture time")
        self.file_items[row].setText(f"{name}\n{when}")
        self._show_check(row)

    def apply_guesses(self, guesses: Sequence[Guess]) -> None:
        """Fill what was guessed, except what the user set; record far capture dates."""
        for row, guess in enumerate(guesses):
            if guess.role is not None and row not in self.role_set_by_user:
                self.set_role(row, guess.role)
            if guess.view is not None and row not in self.view_set_by_user:
                self.set_view(row, guess.view)
            self.far_days[row] = guess.days_from_session
            self._show_check(row)

    def _show_check(self, row: int) -> None:
        item = self.check_items[row]
        if self.problems[row]:
            text = self.problems[row] or ""
        elif self.far_days[row] is not None:
            text = self.tr("Taken %n day(s) from the session's date.", "", self.far_days[row] or 0)
        else:
            text = ""
        item.setText(text)
        item.setForeground(theme.warning_color(self.palette()) if text else self.palette().text())

    def far_files(self) -> list[tuple[str, int]]:
        return [
            (self.files[r].name, days) for r, days in enumerate(self.far_days) if days is not None
        ]
