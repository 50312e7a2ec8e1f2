"""A list or grid that gives way to a calm sentence, and a button, when there is nothing to show.

An empty state says what to do next and offers the button that does it: a shortcut hint alone
is invisible to someone who has never used the app. The button triggers one of the window's
own QActions (one handler) and follows its enabled state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred sentence (styled by its ``emptyState`` name) and an optional action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(self._clicked)
        self.button.hide()
        self.action: QAction | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)  # full width: a wrapped label given less gets clipped
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
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
