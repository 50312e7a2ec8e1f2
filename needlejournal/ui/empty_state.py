"""A list or grid that gives way to a calm sentence when there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


def view_or_empty(parent: QWidget, view: QWidget) -> tuple[QLabel, QStackedWidget]:
    """A stack holding ``view`` and an empty-state label (styled by its ``emptyState`` name).

    Show the label with ``stack.setCurrentWidget(label)`` and say what to do next in it.
    """
    empty = QLabel(parent)
    empty.setObjectName("emptyState")
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    stack = QStackedWidget(parent)
    stack.addWidget(view)
    stack.addWidget(empty)
    return empty, stack
