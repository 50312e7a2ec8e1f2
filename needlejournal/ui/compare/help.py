"""The keys of the compare window, shown in an overlay (F1 or ?) and in the tooltips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

HELP_ROWS = (
    ("1 · 2 · 3 · 4", "Side by side · Wipe · Overlay · Difference"),
    ("Wheel / drag", "Zoom / pan (double-click fits, 0 fits both)"),
    ("S", "Sync zoom and pan on/off: off moves one side alone; the offset is kept"),
    ("F / hold Space", "Overlay: flicker between A and B"),
    ("A", "Anchors: click two matching points on each photo, then Save anchors"),
    ("Ctrl+L", "Auto-align (then accept, or adjust with anchors)"),
    ("L", "Match B's lighting to A for display (the visible area when zoomed in)"),
    ("B", "Jump to baseline: A becomes the first photo of this view"),
    ("[ · ]", "Previous / next photo of this view as B"),
    ("Shift+click", "In the strip: make that photo A (a plain click makes it B)"),
    ("T · Ctrl+E", "Time-lapse of this view · Export the comparison (no EXIF/GPS)"),
    ("Ctrl+D", "Date labels on exported images on/off"),
    ("Esc", "Leave anchors / close help / close the window"),
)

HELP_HTML = (
    "<h3 style='margin:0 0 8px 0'>Compare: keys</h3><table cellspacing='0' cellpadding='3'>"
    + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in HELP_ROWS)
    + "</table>"
)


class HelpOverlay(QLabel):
    """A translucent panel over the parent's centre; any click or key closes it."""

    def __init__(self, html: str, parent: QWidget) -> None:
        super().__init__(html, parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            "QLabel { background: rgba(20, 22, 26, 225); color: #f2f2f2;"
            " border-radius: 10px; padding: 16px; }"
        )
        self.hide()
        parent.installEventFilter(self)

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            return
        self.adjustSize()
        parent = self.parentWidget()
        if parent is None:
            return
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 3)
        self.raise_()
        self.show()

    def mousePressEvent(self, event: object) -> None:
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.hide()
            self.toggle()
        return False
