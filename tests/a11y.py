"""What a screen reader and a keyboard user meet in a window: names, focus order, clipping.

Read through Qt's own accessibility layer (``QAccessible.queryAccessibleInterface``), the same
one Orca and NVDA query, so a name counts only if assistive technology would hear it.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QWidget,
)

# Controls that hold a value: their accessible "name" would otherwise be the value itself
# ("Cheeks", "0.50 mm"), so each needs its own name or a label that points at it (buddy).
# The same kinds the app names (one list: a control added there is checked here too).
from needlejournal.ui.accessibility import CONTROLS, VALUE_CONTROLS


def _inside_another_control(widget: QWidget, root: QWidget) -> bool:
    """A combo's line edit, a spin box's editor, a view's scroll bars: parts of one control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (*CONTROLS, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible, enabled interactive controls of ``root`` (parts of a control excluded)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisibleTo(root) or _inside_another_control(widget, root):
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return "" if face is None else face.text(QAccessible.Text.Name)


def describe(widget: QWidget) -> str:
    bits = [type(widget).__name__]
    if widget.objectName():
        bits.append(repr(widget.objectName()))
    if isinstance(widget, QAbstractButton) and widget.text():
        bits.append(repr(widget.text()))
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        bits.append(f"placeholder {widget.placeholderText()!r}")
    parent = widget.parentWidget()
    if parent is not None:
        bits.append(f"in {type(parent).__name__}")
    return " ".join(bits)


def unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader could not name (a value control needs a name or a buddy)."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in controls(root):
        if isinstance(widget, VALUE_CONTROLS):
            named = bool(widget.accessibleName().strip()) or id(widget) in buddies
        else:
            named = any(ch.isalpha() for ch in spoken_name(widget))
        if not named:
            missing.append(describe(widget))
    return missing


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root`` once round, from the one focused when it opened."""
    chain: list[QWidget] = []
    widget: QWidget | None = root.nextInFocusChain()
    while widget is not None and widget is not root and widget not in chain and len(chain) < 500:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if (
            takes_tab
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and root.isAncestorOf(widget)
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    start: QWidget | None = root.focusWidget()
    while start is not None and start not in chain and start is not root:
        start = start.parentWidget()  # a spin box's editor stands for its spin box
    if start is not None and start in chain:
        at = chain.index(start)
        chain = chain[at:] + chain[:at]
    return chain


def _box(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def out_of_reading_order(root: QWidget) -> list[str]:
    """Tab stops that jump back up the window: a later stop that sits wholly above an
    earlier one (rows read top to bottom; within a row any order is kept)."""
    chain = [w for w in tab_chain(root) if not _inside_another_control(w, root)]
    problems = []
    lowest_top = -1
    for before, after in itertools.pairwise(chain):
        lowest_top = max(lowest_top, _box(before, root).top())
        if _box(after, root).bottom() < lowest_top:
            problems.append(f"{describe(before)} → {describe(after)}")
    return problems


def unreachable(root: QWidget) -> list[str]:
    """Controls that take focus but that Tab never reaches."""
    chain = set(map(id, tab_chain(root)))
    missing = []
    for widget in controls(root):
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, (QCheckBox, QRadioButton)) or id(widget) in chain:
            continue
        missing.append(describe(widget))
    return missing


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons narrower or shorter than their text needs (cut off at a large font)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or _inside_another_control(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(f"{describe(widget)} {widget.text()[:40]!r}: height")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(f"{describe(widget)} {widget.text()[:40]!r}: width")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.minimumSizeHint().width() > widget.width() + 1
        ):
            problems.append(f"{describe(widget)}: width")
    return problems
