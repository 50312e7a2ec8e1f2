"""Words that wrap in a narrow column instead of being cut off: a check box whose label wraps,
and a list whose rows wrap (no horizontal scroll bar).

Qt's QCheckBox draws its text on one line, so a long label in a narrow column (or in German, or
at a large font) is cut off. ``WrappingCheckBox`` pairs a text-less box with a word-wrapped
label that toggles it when clicked; the box carries the text as its accessible name, so a
screen reader says the same words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QWidget,
)

from needlejournal.ui.overrides import override


class _ClickableLabel(QLabel):
    """The box's words: a click on them toggles the box, as a click on a check box's text does."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrappingCheckBox(QWidget):
    """A check box (``box``) with a label (``label``) that wraps to the width it is given."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text.replace("&", ""))
        self.label = _ClickableLabel(text, self.box, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_tip(self, text: str) -> None:
        """The same tooltip on the row, its box and its words."""
        for widget in (self, self.box, self.label):
            widget.setToolTip(text)


def wrap_rows(view: QListView) -> None:
    """A list whose rows wrap their text to the list's width: no horizontal scroll bar, nothing
    elided; rows grow taller instead."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setSpacing(1)
