"""The conflict dialog: another seat saved the record while it was being edited here.

Generic over a list of fields, each (label, theirs, mine) as text, so every edit dialog that
can conflict (clients, sessions, skin checks, photos, and any later one) plugs in the same way
(``ui.conflicts`` builds the fields from a journal ``Conflict``). Three ways out:

- **Reload**: discard my edit and show the record as stored.
- **Keep mine**: save my edit over theirs, knowingly.
- **Merge**: pick theirs or mine field by field (the fields I did not change start on theirs).

Closing the dialog keeps my edit open and unsaved. ``chosen`` carries the choice and, for a
merge, the indexes of the fields where theirs was picked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class Resolution(Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep_mine"
    MERGE = "merge"


@dataclass(frozen=True)
class ConflictField:
    label: str
    theirs: str
    mine: str
    start_on_mine: bool = True  # the merge's first pick (mine when I changed this field)


class ConflictDialog(QDialog):
    chosen = Signal(object, object)  # Resolution, tuple[int, ...]: fields where theirs was picked

    def __init__(
        self,
        headline: str,
        fields: Sequence[ConflictField | tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed on another seat"))
        self.fields = [f if isinstance(f, ConflictField) else ConflictField(*f) for f in fields]
        layout = QVBoxLayout(self)
        self.headline = QLabel(headline, self)
        self.headline.setWordWrap(True)
        self.headline.setObjectName("conflictHeadline")
        layout.addWidget(self.headline)
        self._theirs: list[QRadioButton] = []
        self._mine: list[QRadioButton] = []
        if self.fields:
            layout.addWidget(self._table(), 1)
        else:
            layout.addWidget(
                QLabel(self.tr("Their version and yours hold the same details."), self)
            )
        self.buttons = QDialogButtonBox(self)
        self.reload_button = self._button(self.tr("Reload"), self.tr("Discard my changes"))
        self.keep_button = self._button(
            self.tr("Keep mine"), self.tr("Save my version over theirs")
        )
        self.merge_button = self._button(
            self.tr("Merge"), self.tr("Save the version picked field by field")
        )
        self.merge_button.setEnabled(bool(self.fields))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.clicked.connect(lambda: self._choose(Resolution.RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(Resolution.KEEP_MINE))
        self.merge_button.clicked.connect(lambda: self._choose(Resolution.MERGE))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, min(520, 200 + 48 * len(self.fields)))

    def _button(self, text: str, tip: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setToolTip(tip)
        return button

    def _table(self) -> QScrollArea:
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for col, title in enumerate((self.tr("Field"), self.tr("Theirs"), self.tr("Mine"))):
            head = QLabel(f"<b>{title}</b>", grid_host)
            grid.addWidget(head, 0, col)
        for row, f in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(f.label, grid_host), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(grid_host)
            theirs = QRadioButton(f.theirs, grid_host)
            mine = QRadioButton(f.mine, grid_host)
            for col, button in ((1, theirs), (2, mine)):
                button.setObjectName("theirs" if col == 1 else "mine")
                group.addButton(button)
                grid.addWidget(button, row, col, Qt.AlignmentFlag.AlignTop)
            (mine if f.start_on_mine else theirs).setChecked(True)
            self._theirs.append(theirs)
            self._mine.append(mine)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        return scroll

    # ---- what the person picked ------------------------------------------------------------

    def pick(self, index: int, *, theirs: bool) -> None:
        (self._theirs if theirs else self._mine)[index].setChecked(True)

    def picked_theirs(self) -> tuple[int, ...]:
        return tuple(i for i, button in enumerate(self._theirs) if button.isChecked())

    def _choose(self, resolution: Resolution) -> None:
        picks = self.picked_theirs() if resolution is Resolution.MERGE else ()
        self.accept()
        self.chosen.emit(resolution, picks)
