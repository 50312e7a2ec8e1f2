"""Names a screen reader can say and a Tab order that reads like the window (issue 14).

``follow_reading_order(dialog)`` keeps both true for the life of a dialog, rows added later
included: on every show and every relayout it

- names each value control of a form row: a row's label names its first control (as
  ``QFormLayout.addRow(text, widget)`` does, but also when the field is a layout: a date with
  a note under it, a score with its note beside it); a label inside the row names the control
  after it ("Downtime" → its spin box); any other control without a name takes its
  placeholder or the row's label;
- orders Tab by where things are: top to bottom, then left to right within a row, so the
  buttons made first by a dialog base class come last, and a row added at run time is
  reached where it shows.

A value control needs a name of its own: without one a screen reader says only its value
("Cheeks", "0.50 mm"). tests/i18n/test_accessibility.py checks every dialog through Qt's
accessibility layer.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from needlejournal.ui.overrides import override

VALUE_CONTROLS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
)
CONTROLS = (QAbstractButton, *VALUE_CONTROLS)


def _part_of_a_control(widget: QWidget, root: QWidget) -> bool:
    """A combo's line edit, a spin box's editor, a view's scroll bars."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (*CONTROLS, QTabBar)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def _plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip()


def _widgets_of(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            found.append(widget)
        elif (inner := item.layout()) is not None:
            found.extend(_widgets_of(inner))
    return found


def _name_row(label: QLabel, field: QLayout) -> None:
    first = True
    inner_label: QLabel | None = None
    for widget in _widgets_of(field):
        if isinstance(widget, QLabel):
            inner_label = widget if widget.text().strip() else None
            continue
        if isinstance(widget, VALUE_CONTROLS):
            if inner_label is not None and inner_label.buddy() is None:
                inner_label.setBuddy(widget)
            elif first and label.buddy() is None:
                label.setBuddy(widget)
            elif not widget.accessibleName():
                hint = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
                widget.setAccessibleName(hint or _plain(label.text()))
        if isinstance(widget, CONTROLS):
            first = False
        inner_label = None


def name_form_rows(root: QWidget) -> None:
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.layout() if field_item is not None else None
            if isinstance(label, QLabel) and field is not None:
                _name_row(label, field)


def _box(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def reading_order(root: QWidget) -> list[QWidget]:
    """The Tab stops of ``root`` as they read: rows top to bottom, each left to right."""
    stops = [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(root)
        and not _part_of_a_control(w, root)
        and w.window() is root.window()  # not a dialog this window opened: its own ring
    ]
    # A container that takes focus only to pass it on (a tab widget to its tab bar) is no
    # stop of its own: its box spans everything inside it and would make them all one row.
    containers = [w for w in stops if any(o is not w and w.isAncestorOf(o) for o in stops)]
    stops = [w for w in stops if w not in containers]
    boxes = {id(w): _box(w, root) for w in stops}
    stops.sort(key=lambda w: boxes[id(w)].top())
    heights = sorted(boxes[id(w)].height() for w in stops)
    line = heights[len(heights) // 2] if heights else 0
    rows: list[list[QWidget]] = []
    row_bottom = -1
    for widget in stops:
        box = boxes[id(widget)]
        # A tall control (a photo, a list beside a form) starts its row but does not hold
        # the rows beside it in one: the fields next to a photo still read top to bottom.
        bottom = box.bottom() if box.height() <= 3 * line else box.top() + line
        if rows and box.center().y() <= row_bottom:
            rows[-1].append(widget)
            row_bottom = max(row_bottom, bottom)
        else:
            rows.append([widget])
            row_bottom = bottom
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ordered: list[QWidget] = []
    for row in rows:
        ordered.extend(sorted(row, key=lambda w: boxes[id(w)].left(), reverse=rtl))
    for container in containers:  # just before the first stop inside it
        at = next((i for i, w in enumerate(ordered) if container.isAncestorOf(w)), len(ordered))
        ordered.insert(at, container)
    return ordered


def order_tabs(root: QWidget) -> None:
    ordered = reading_order(root)
    for before, after in itertools.pairwise(ordered):
        QWidget.setTabOrder(before, after)


def fit_wrapped_labels(root: QWidget) -> None:
    """Give each word-wrapped label the height its text needs at its width.

    Qt does not carry a wrapped label's height-for-width up through a form row into a
    window's minimum size, so with a large system font a caption under a field lost its last
    line. Re-run after every relayout: the width, and so the height needed, can change.
    """
    for label in root.findChildren(QLabel):
        if not label.wordWrap() or not label.text() or not label.isVisibleTo(root):
            continue
        need = label.heightForWidth(label.width()) if label.width() > 0 else -1
        if need > 0 and label.minimumHeight() != need:
            label.setMinimumHeight(need)


def dates_left_to_right(root: QWidget) -> None:
    """Date and time fields read left to right in a right-to-left window too, as the dates
    in the window's text do: Qt would mirror their sections, and 16:04 would read "04:16"."""
    if root.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return
    for field in root.findChildren(QDateTimeEdit):
        field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def apply_reading_order(root: QWidget) -> None:
    name_form_rows(root)
    order_tabs(root)
    fit_wrapped_labels(root)
    dates_left_to_right(root)


class ReadingOrder(QObject):
    """Keeps the watched window's form rows named and its Tab order by position.

    Stateless on purpose: it works on the widget the event came from, so a filter outliving
    its Python side (a dialog torn down by deleteLater) never reads a missing attribute.
    """

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.Show:  # the layout has placed everything by now
            apply_reading_order(watched)
            # Tab order is a ring: where it starts is where the focus is when the window
            # opens. Qt would pick the first widget made (a base class's Save button).
            ordered = reading_order(watched)
            if watched.focusWidget() is None and ordered:
                ordered[0].setFocus(Qt.FocusReason.TabFocusReason)
        elif event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
        ) and not watched.property(_PENDING):
            # rows came or went, or the width changed: after the layout has run, once for a
            # burst. Every status line a running job writes relayouts its window (50 in a
            # measuring run) and each reordering of the photo viewer costs ~3 ms of the GUI
            # thread: at most one is pending per window, REORDER_AFTER_MS after the first
            # change, never in the turn that made it. Not while the window is hidden (a closed
            # dialog's teardown relayouts it); showing it again applies the order (above).
            watched.setProperty(_PENDING, True)
            QTimer.singleShot(REORDER_AFTER_MS, watched, lambda: _reapply_if_shown(watched))
        return False


REORDER_AFTER_MS = 100
_PENDING = "needlejournalReorderPending"  # on the widget, not the filter: see the docstring


def _reapply_if_shown(root: QWidget) -> None:
    root.setProperty(_PENDING, False)
    if root.isVisible():
        apply_reading_order(root)


def follow_reading_order(root: QWidget) -> ReadingOrder:
    """Name form rows and order Tab by position now and after every relayout of ``root``.

    Keep the result (``self.reading_order = follow_reading_order(self)``): a filter whose
    Python side is collected would be called without its attributes.
    """
    keeper = ReadingOrder(root)
    root.installEventFilter(keeper)
    name_form_rows(root)
    return keeper
