"""The compare window's tools: groups of buttons that wrap onto a second row in a narrow
window, so every tool stays one click away (a QToolBar hid the ones that did not fit behind
"»" below ~1,100 px).

The view modes are one segmented group; the export's date-label option sits in the Export
button's menu. Buttons take no keyboard focus (as a toolbar's): every tool has its key, and
Space is the window's flicker key, not a button press.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from needlejournal.ui.flow_layout import FlowLayout

GROUP_GAP = 14  # between groups; buttons of a group sit closer


class CompareTools(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTools")
        self.flow = FlowLayout(self, spacing=GROUP_GAP)

    def add_group(self, actions: Sequence[QAction], *, segmented: bool = False) -> QWidget:
        """A row of buttons for ``actions`` that moves as one (a new row when it does not fit)."""
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0 if segmented else 2)
        for action in actions:
            row.addWidget(self.button(action, group))
        self.flow.addWidget(group)
        return group

    def button(self, action: QAction, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def with_menu(self, action: QAction, options: Sequence[QAction]) -> None:
        """``action``'s button gets a menu of ``options`` (its arrow; a click still runs it)."""
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is action:
                menu = QMenu(button)
                menu.addActions(list(options))
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def buttons(self) -> list[QToolButton]:
        return self.findChildren(QToolButton)

    def rows(self) -> int:
        return self.flow.rows()
