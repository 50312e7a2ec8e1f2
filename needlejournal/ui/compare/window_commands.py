"""The compare window's commands on anchors, export and the time-lapse (a part of
``CompareWindow``, split out to keep the window's module small).

Strings are translated in the "CompareWindow" context, the one the window has always used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from needlejournal.journal.anchors import anchors_of
from needlejournal.photos.align import Similarity, similarity_from_anchors
from needlejournal.ui.language import translate
from needlejournal.ui.save_folder import ask_save_path, day_part, name_part
from needlejournal.ui.validation_words import said_text

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QSlider

    from needlejournal.photos.comparison import Mode
    from needlejournal.ui.compare.canvas import PhotoCanvas
    from needlejournal.ui.compare.help import HelpOverlay
    from needlejournal.ui.compare.session import CompareSession
    from needlejournal.ui.compare.timelapse_dialog import TimelapseDialog


class CompareCommands(QWidget):
    """What the window's anchor, export and time-lapse tools do; state lives on the window."""

    session: CompareSession
    client_name: str
    mode: Mode
    anchor_mode: bool
    anchor_action: QAction
    labels_on_export: bool
    pins_a: list[QPointF]
    pins_b: list[QPointF]
    left: PhotoCanvas
    right: PhotoCanvas
    help: HelpOverlay
    opacity: QSlider
    busy: QLabel
    last_export: str | None
    last_error: QMessageBox
    timelapse: TimelapseDialog

    def refresh(self) -> None:
        raise NotImplementedError  # the window's

    def _refresh_status(self) -> None:
        raise NotImplementedError  # the window's

    def toggle_anchor_mode(self) -> None:
        self.anchor_mode = not self.anchor_mode
        self.anchor_action.setChecked(self.anchor_mode)
        if self.anchor_mode:
            self._load_pins()
        self.refresh()

    def _load_pins(self) -> None:
        s = self.session
        self.pins_a, self.pins_b = [], []
        if s.a is None or s.b is None:
            return
        saved_a, saved_b = anchors_of(s.a.landmarks), anchors_of(s.b.landmarks)
        if saved_a and saved_b:
            on_a, on_b = saved_a, saved_b
        elif s.alignment is not None and s.alignment.aligned:
            on_a, on_b = s.anchors_for_transform(s.alignment.transform)
        else:
            return
        self.pins_a = [QPointF(*p) for p in on_a]
        self.pins_b = [QPointF(*p) for p in on_b]

    def _pins_changed(self, on_a: list[QPointF] | None, on_b: list[QPointF] | None) -> None:
        if on_a is not None:
            self.pins_a = on_a
        if on_b is not None:
            self.pins_b = on_b
        self._refresh_status()

    def pin_transform(self) -> Similarity | None:
        if len(self.pins_a) != 2 or len(self.pins_b) != 2:
            return None
        try:
            return similarity_from_anchors(
                (
                    (self.pins_b[0].x(), self.pins_b[0].y()),
                    (self.pins_b[1].x(), self.pins_b[1].y()),
                ),
                (
                    (self.pins_a[0].x(), self.pins_a[0].y()),
                    (self.pins_a[1].x(), self.pins_a[1].y()),
                ),
            )
        except ValueError:
            return None

    def save_anchors(self) -> None:
        if len(self.pins_a) != 2 or len(self.pins_b) != 2:
            return
        on_a = ((self.pins_a[0].x(), self.pins_a[0].y()), (self.pins_a[1].x(), self.pins_a[1].y()))
        on_b = ((self.pins_b[0].x(), self.pins_b[0].y()), (self.pins_b[1].x(), self.pins_b[1].y()))
        self.session.save_anchors(on_a, on_b)
        self.anchor_mode = False
        self.anchor_action.setChecked(False)
        self.refresh()

    def fit(self) -> None:
        self.left.fit()
        self.right.fit()

    def escape(self) -> None:
        if self.help.isVisible():
            self.help.hide()
        elif self.anchor_mode:
            self.toggle_anchor_mode()
        else:
            self.close()

    def wipe_fraction(self) -> float:
        """The divider's place as a fraction of A's width (what export uses)."""
        s = self.session
        if s.a is None:
            return 0.5
        x = self.left.to_frame(QPointF(self.left.wipe_position * self.left.width(), 0)).x()
        return min(1.0, max(0.0, x / s.a.width))

    def export(self) -> None:
        s = self.session
        if s.a is None or s.b is None or s.alignment is None:
            return
        path = ask_save_path(
            self,
            translate("CompareWindow", "Export comparison (no location or camera data)"),
            self.export_name(),
            translate(
                "CompareWindow", "PNG image (*.png);;JPEG image (*.jpg);;WebP image (*.webp)"
            ),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".jpg", ".jpeg", ".webp"):
            path += ".png"
        s.export(
            Path(path),
            self.mode,
            labels=self.labels_on_export,
            position=self.wipe_fraction(),
            opacity=self.opacity.value() / 100,
        )

    def export_name(self) -> str:
        """Who and when, not photo ids: Olivia-Ito_front_2026-03-04_vs_2026-05-02_wipe.png."""
        a, b = self.session.a, self.session.b
        if a is None or b is None:
            return "comparison.png"
        view = a.view if a.view == b.view else f"{a.view}-vs-{b.view}"
        parts = (self.client_name, view, day_part(a.taken_at), "vs", day_part(b.taken_at))
        return "_".join([*(name_part(p) for p in parts), self.mode]) + ".png"

    def _exported(self, path: str) -> None:
        self.last_export = path
        self.busy.setText(translate("CompareWindow", "Exported to {path}").format(path=path))

    def open_timelapse(self) -> None:
        from needlejournal.ui.compare.timelapse_dialog import TimelapseDialog

        s = self.session
        if s.b is None:
            return
        dialog = TimelapseDialog(
            s.service,
            s.images,
            s.client_id,
            s.b.view,
            self,
            client_name=self.client_name,
            show_error=self.show_error,
        )
        dialog.show()
        self.timelapse = dialog

    def show_error(self, message: str) -> None:
        self.busy.setText("")
        # A journal's answer (a Said) in the window's language, shown as text, never markup.
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("CompareWindow", "Compare"),
            said_text(message),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
        self.last_error = box
