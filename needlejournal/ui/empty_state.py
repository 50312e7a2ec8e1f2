"""A list or grid that gives way to a calm sentence, and a button, when there is nothing to show.

An empty state says what to do next and offers the button that does it: a shortcut hint alone
is invisible to someone who has never used the app. The button triggers one of the window's
own QActions (one handler) and follows its enabled state.

Building one reads no ``Qt`` enum (the sentence is centred when it is first said, the button by
stretches): the client list's empty state is built before its first paint, which would wait
~25 ms for PySide to build the ``Qt`` namespace (``ui.item_roles``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


class EmptyState(QWidget):
    """A centred sentence (styled by its ``emptyState`` name) and an optional action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("emptyState")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(self._clicked)
        self.button.hide()
        self.action: QAction | None = None
        self.centred = False  # the sentence's alignment, set when there first is one
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)  # full width: a wrapped label given less gets clipped
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # reads like the QLabel it replaces
        """Only words (loading, errors, no match): no button."""
        self.say(text)

    def say(self, text: str, action: QAction | None = None, button_text: str = "") -> None:
        """Show ``text``; with ``action``, a button labelled ``button_text`` that triggers it."""
        if self.action is not None:
            self.action.changed.disconnect(self._follow)
        self.action = action
        if text and not self.centred:
            self._centre()
        self.label.setText(text)
        if action is None:
            self.button.hide()
            return
        self.button.setText(button_text or action.iconText())
        if not action.icon().isNull():
            self.button.setIcon(action.icon())
        action.changed.connect(self._follow)
        self._follow()
        self.button.show()

    def _centre(self) -> None:
        from PySide6.QtCore import Qt

        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.centred = True

    def _follow(self) -> None:
        if self.action is not None:
            self.button.setEnabled(self.action.isEnabled())

    def _clicked(self) -> None:
        if self.action is not None:
            self.action.trigger()


def view_or_empty(parent: QWidget, view: QWidget) -> tuple[EmptyState, QStackedWidget]:
    """A stack holding ``view`` and an empty state.

    Show it with ``stack.setCurrentWidget(empty)``; say what to do next with ``empty.say``.
    """
    empty = EmptyState(parent)
    stack = QStackedWidget(parent)
    stack.addWidget(view)
    stack.addWidget(empty)
    return empty, stack
