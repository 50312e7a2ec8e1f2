"""Mouse events sent straight to a widget (QTest's move does not carry a held button)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget


def send_mouse(widget: QWidget, kind: str, at: QPointF, *, shift: bool = False) -> None:
    types = {
        "press": QMouseEvent.Type.MouseButtonPress,
        "move": QMouseEvent.Type.MouseMove,
        "release": QMouseEvent.Type.MouseButtonRelease,
    }
    buttons = Qt.MouseButton.NoButton if kind == "release" else Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    event = QMouseEvent(
        types[kind],
        at,
        widget.mapToGlobal(at),
        Qt.MouseButton.LeftButton,
        buttons,
        modifiers,
    )
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPointF, end: QPointF, steps: int = 4) -> None:
    send_mouse(widget, "press", start)
    for i in range(1, steps + 1):
        send_mouse(widget, "move", start + (end - start) * (i / steps))
    send_mouse(widget, "release", end)


def click(widget: QWidget, at: QPointF) -> None:
    send_mouse(widget, "press", at)
    send_mouse(widget, "release", at)


def wheel(widget: QWidget, at: QPointF, clicks: int) -> None:
    event = QWheelEvent(
        at,
        widget.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, 120 * clicks),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
