"""The keys of the compare window, shown in an overlay (F1 or ?) and in the tooltips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

# (keys, what they do): both translated where shown (``help_html``), in the "CompareHelp"
# context ("Wheel", "Space", "Shift+click" have names in every language).
HELP_ROWS = (
    (
        "1 · 2 · 3 · 4",
        QT_TRANSLATE_NOOP("CompareHelp", "Side by side · Wipe · Overlay · Difference"),
    ),
    (
        QT_TRANSLATE_NOOP("CompareHelp", "Wheel / drag"),
        QT_TRANSLATE_NOOP("CompareHelp", "Zoom / pan (double-click fits, 0 fits both)"),
    ),
    (
        "S",
        QT_TRANSLATE_NOOP(
            "CompareHelp", "Sync zoom and pan on/off: off moves one side alone; the offset is kept"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("CompareHelp", "F / hold Space"),
        QT_TRANSLATE_NOOP("CompareHelp", "Overlay: flicker between A and B"),
    ),
    (
        "A",
        QT_TRANSLATE_NOOP(
            "CompareHelp", "Anchors: click two matching points on each photo, then Save anchors"
        ),
    ),
    (
        "Ctrl+L",
        QT_TRANSLATE_NOOP("CompareHelp", "Auto-align (then accept, or adjust with anchors)"),
    ),
    (
        "L",
        QT_TRANSLATE_NOOP(
            "CompareHelp", "Match B's lighting to A for display (the visible area when zoomed in)"
        ),
    ),
    (
        "B",
        QT_TRANSLATE_NOOP(
            "CompareHelp", "Jump to baseline: A becomes the first photo of this view"
        ),
    ),
    ("[ · ]", QT_TRANSLATE_NOOP("CompareHelp", "Previous / next photo of this view as B")),
    (
        QT_TRANSLATE_NOOP("CompareHelp", "Shift+click"),
        QT_TRANSLATE_NOOP(
            "CompareHelp", "In the strip: make that photo A (a plain click makes it B)"
        ),
    ),
    (
        "T · Ctrl+E",
        QT_TRANSLATE_NOOP(
            "CompareHelp", "Time-lapse of this view · Export the comparison (no EXIF/GPS)"
        ),
    ),
    ("Ctrl+D", QT_TRANSLATE_NOOP("CompareHelp", "Date labels on exported images on/off")),
    ("Esc", QT_TRANSLATE_NOOP("CompareHelp", "Leave anchors / close help / close the window")),
)


def help_html() -> str:
    """The key table in the window's language (built when the window is, not at import)."""
    rows = "".join(
        f"<tr><td><b>{translate('CompareHelp', k)}</b>&nbsp;&nbsp;</td>"
        f"<td>{translate('CompareHelp', v)}</td></tr>"
        for k, v in HELP_ROWS
    )
    head = translate("CompareHelp", "Compare: keys")
    return (
        f"<h3 style='margin:0 0 8px 0'>{head}</h3><table cellspacing='0' cellpadding='3'>"
        + rows
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
