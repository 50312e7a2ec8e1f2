"""The compare window: two photos side by side, as a wipe, an overlay or a difference.

Thin on purpose: ``CompareSession`` holds the pair, the alignment and the image work; the two
``PhotoCanvas`` widgets paint; this class wires keys, toolbar and canvases together.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from needlejournal.photos.comparison import MODES, Mode
from needlejournal.ui import theme
from needlejournal.ui.compare.canvas import PhotoCanvas
from needlejournal.ui.compare.help import HelpOverlay, help_html
from needlejournal.ui.compare.session import CompareSession
from needlejournal.ui.compare.strip import PhotoStrip, PhotoStripModel, load_thumbnails, shown_label
from needlejournal.ui.compare.tools import CompareTools
from needlejournal.ui.compare.window_commands import CompareCommands
from needlejournal.ui.language import QT_TRANSLATE_NOOP
from needlejournal.ui.local_dates import format_number
from needlejournal.ui.overrides import override

MODE_TITLES = {  # translated where shown, in the "CompareWindow" context
    "side-by-side": QT_TRANSLATE_NOOP("CompareWindow", "Side by side"),
    "wipe": QT_TRANSLATE_NOOP("CompareWindow", "Wipe"),
    "overlay": QT_TRANSLATE_NOOP("CompareWindow", "Overlay"),
    "difference": QT_TRANSLATE_NOOP("CompareWindow", "Difference"),
}


class CompareWindow(CompareCommands):
    def __init__(
        self, session: CompareSession, parent: QWidget | None = None, *, client_name: str
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.client_name = client_name
        self.setWindowTitle(self.tr("Compare photos — {name}").format(name=client_name))
        self.session = session
        self.mode: Mode = "side-by-side"
        self.anchor_mode = False
        self.sync = True
        self.flicker_b = False
        self.labels_on_export = True
        self.pins_a: list[QPointF] = []
        self.pins_b: list[QPointF] = []
        self.last_export: str | None = None
        self.left, self.right = PhotoCanvas(self), PhotoCanvas(self)
        self.strip_model = PhotoStripModel(self)
        self.strip = PhotoStrip(self.strip_model, self)
        self.toolbar = CompareTools(self)
        self.hint = QLabel(self)
        self.status = QLabel(self)
        self.busy = QLabel(self)
        self.accept_button = QPushButton(self.tr("Accept alignment"), self)
        self.adjust_button = QPushButton(self.tr("Adjust with anchors"), self)
        self.save_anchors_button = QPushButton(self.tr("Save anchors"), self)
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity_label = QLabel(self.tr("Opacity of B"), self)
        self.opacity_label.setBuddy(self.opacity)
        self.opacity.setAccessibleName(self.tr("Opacity of B"))
        self.strip.setAccessibleName(self.tr("Photos of this view"))
        self.help = HelpOverlay(help_html(), self)
        self._build()
        self._wire()
        self.refresh()

    # ---- layout --------------------------------------------------------------------------

    def _action(self, text: str, keys: str, slot: object, *, checkable: bool = False) -> QAction:
        """A tool with its key (the key works wherever its button is: on the window)."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{text} ({QKeySequence(keys).toString()})")
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build(self) -> None:
        group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for number, mode in enumerate(MODES, start=1):
            action = self._action(
                f"{number} {self.tr(MODE_TITLES[mode])}",
                str(number),
                lambda _=False, m=mode: self.set_mode(m),
                checkable=True,
            )
            group.addAction(action)
            self.mode_actions[mode] = action
        self.toolbar.add_group(list(self.mode_actions.values()), segmented=True)
        self.sync_action = self._action(self.tr("Sync zoom"), "S", self.toggle_sync, checkable=True)
        self.sync_action.setChecked(True)
        self.flicker_action = self._action(
            self.tr("Flicker A/B"), "F", self.toggle_flicker, checkable=True
        )
        fit = self._action(self.tr("Fit"), "0", self.fit)
        self.toolbar.add_group([self.sync_action, self.flicker_action, fit])
        self.anchor_action = self._action(
            self.tr("Anchors"), "A", self.toggle_anchor_mode, checkable=True
        )
        auto_align = self._action(self.tr("Auto-align"), "Ctrl+L", self.session.request_auto_align)
        self.lighting_action = self._action(
            self.tr("Match lighting"), "L", self.toggle_lighting, checkable=True
        )
        self.toolbar.add_group([self.anchor_action, auto_align, self.lighting_action])
        baseline = self._action(self.tr("Baseline"), "B", self.session.jump_to_baseline)
        timelapse = self._action(self.tr("Time-lapse…"), "T", self.open_timelapse)
        self.labels_action = self._action(
            self.tr("Date labels"), "Ctrl+D", self.toggle_labels, checkable=True
        )
        self.labels_action.setChecked(True)
        self.export_action = self._action(self.tr("Export…"), "Ctrl+E", self.export)
        self.help_action = self._action(self.tr("Help"), "F1", self.help.toggle)
        self.toolbar.add_group([baseline, timelapse, self.export_action, self.help_action])
        # Date labels is the export's option: in the Export button's menu (and Ctrl+D).
        self.toolbar.with_menu(self.export_action, [self.labels_action])
        for text, keys, slot in (
            (self.tr("Previous B"), "[", lambda: self.session.step_b(-1)),
            (self.tr("Next B"), "]", lambda: self.session.step_b(1)),
            (self.tr("Close"), "Esc", self.escape),
            (self.tr("Help"), "?", self.help.toggle),
        ):
            hidden = QAction(text, self)
            hidden.setShortcut(QKeySequence(keys))
            hidden.triggered.connect(slot)
            self.addAction(hidden)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.setFixedWidth(220)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {theme.warning_color(self.palette()).name()};")
        self.busy.setStyleSheet(f"color: {theme.muted(self.palette()).name()};")
        canvases = QHBoxLayout()
        canvases.setSpacing(6)
        canvases.addWidget(self.left)
        canvases.addWidget(self.right)
        status = QHBoxLayout()
        for widget in (
            self.status,
            self.accept_button,
            self.adjust_button,
            self.save_anchors_button,
        ):
            status.addWidget(widget)
        status.addStretch(1)
        status.addWidget(self.opacity_label)
        status.addWidget(self.opacity)
        status.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.hint)
        layout.addLayout(canvases, 1)
        layout.addLayout(status)
        layout.addWidget(self.strip)
        self.mode_actions[self.mode].setChecked(True)

    def _wire(self) -> None:
        s = self.session
        s.photos_loaded.connect(self._photos_loaded)
        for signal in (s.pair_changed, s.layers_changed, s.alignment_changed, s.suggestion_ready):
            signal.connect(self.refresh)
        s.pair_changed.connect(self._pair_changed)
        s.status_changed.connect(self.busy.setText)
        s.failed.connect(self.show_error)
        s.exported.connect(self._exported)
        self.left.zoomed.connect(lambda f, p: self._follow(self.right, "zoom", f, p))
        self.right.zoomed.connect(lambda f, p: self._follow(self.left, "zoom", f, p))
        self.left.panned.connect(lambda dx, dy: self._follow(self.right, "pan", dx, dy))
        self.right.panned.connect(lambda dx, dy: self._follow(self.left, "pan", dx, dy))
        self.left.pins_changed.connect(lambda pins: self._pins_changed(pins, None))
        self.right.pins_changed.connect(lambda pins: self._pins_changed(None, pins))
        self.opacity.valueChanged.connect(lambda v: self.left.set_opacity(v / 100))
        self.strip.picked.connect(lambda p, as_a: s.set_a(p) if as_a else s.set_b(p))
        self.accept_button.clicked.connect(s.accept_suggestion)
        self.adjust_button.clicked.connect(self.toggle_anchor_mode)
        self.save_anchors_button.clicked.connect(self.save_anchors)

    def _follow(self, partner: PhotoCanvas, kind: str, first: object, second: object) -> None:
        """Apply the other canvas's zoom or pan delta here when synced."""
        if not self.sync:
            return
        if kind == "zoom":
            partner.zoom_by(float(first), second)  # type: ignore[arg-type]
        else:
            partner.pan_by(float(first), float(second))  # type: ignore[arg-type]

    # ---- state → widgets -----------------------------------------------------------------

    def refresh(self) -> None:
        s = self.session
        a_pyr = s.pyramids.get(s.a.id) if s.a else None
        b_pyr = s.pyramids.get(s.b.id) if s.b else None
        side_by_side = self.anchor_mode or self.mode == "side-by-side"
        self.right.setVisible(side_by_side)
        self.left.pin_mode = self.right.pin_mode = self.anchor_mode
        caption_a = f"A · {shown_label(s.a)}" if s.a else ""
        caption_b = f"B · {shown_label(s.b)}" if s.b else ""
        self.left.caption, self.right.caption = caption_a, caption_b
        lit = self.tr("Lighting matched for display") if s.lighting and not self.anchor_mode else ""
        self.left.note, self.right.note = "", lit
        self.left.set_pins(self.pins_a if self.anchor_mode else [])
        self.right.set_pins(self.pins_b if self.anchor_mode else [])
        if self.anchor_mode:
            self.left.set_layers(a_pyr)
            self.right.set_layers(b_pyr)
            self.left.set_display("base")
            self.right.set_display("base")
        elif self.mode == "side-by-side":
            self.left.set_layers(a_pyr)
            self.right.placeholder = self.tr("Aligning…")
            self.right.set_layers(s.registered if a_pyr is not None else None)
            self.right.set_display("base")
        elif self.mode == "difference":
            self.left.placeholder = self.tr("Computing the difference…")
            self.left.caption = self.tr("|A − B| ×4 · {a} vs {b}").format(
                a=caption_a[4:], b=caption_b[4:]
            )
            self.left.set_layers(s.difference if a_pyr is not None else None)
            self.left.set_display("base")
        else:
            self.left.set_layers(a_pyr, s.registered)
            if self.mode == "wipe":
                self.left.caption = f"◀ {caption_a}   |   {caption_b} ▶"
                self.left.set_display("wipe")
            else:
                showing = caption_b if self.flicker_b else caption_a
                self.left.caption = showing if self.flicker_b else f"{caption_a} + {caption_b}"
                self.left.note = lit
                self.left.set_display("top" if self.flicker_b else "overlay")
        overlay = self.mode == "overlay" and not self.anchor_mode
        self.opacity.setVisible(overlay)
        self.opacity_label.setVisible(overlay)
        self.flicker_action.setEnabled(overlay)
        self.hint.setText("  ".join(["⚠ " + h for h in s.hints]))
        self.hint.setVisible(bool(s.hints))
        self._refresh_status()

    def _refresh_status(self) -> None:
        s = self.session
        self.accept_button.setVisible(s.suggestion is not None and not self.anchor_mode)
        self.adjust_button.setVisible(s.suggestion is not None and not self.anchor_mode)
        self.save_anchors_button.setVisible(self.anchor_mode)
        ready = len(self.pins_a) == 2 and len(self.pins_b) == 2
        self.save_anchors_button.setEnabled(ready)
        if self.anchor_mode:
            text = self.tr(
                "Click two matching points on each photo (e.g. the inner eye corners); "
                "drag to adjust."
            )
            if ready:
                t = self.pin_transform()
                if t is not None:
                    text = self.tr(
                        "Scale {scale} · rotation {degrees}° · shift ({x}, {y}) px. Save to "
                        "align every comparison."
                    ).format(
                        scale=format_number(t.scale, 3),
                        degrees=format_number(t.rotation_rad * 57.29578, 2),
                        x=format_number(t.tx, 1),
                        y=format_number(t.ty, 1),
                    )
        elif s.alignment is None:
            text = (
                self.tr("Opening…")
                if s.a
                else self.tr("This client has fewer than two photos to compare.")
            )
        elif s.suggestion is not None:
            confidence = s.suggestion.confidence or 0.0
            text = self.tr(
                "Auto-aligned, confidence {percent}. Accept it, or adjust with anchors."
            ).format(percent=QLocale().toString(round(confidence * 100)) + " %")
        elif s.alignment.method == "anchors":
            text = self.tr("Aligned by saved anchors.")
        else:
            text = self.tr("Not aligned: place anchors (A) or try Auto-align (Ctrl+L).")
        self.status.setText(text)

    def _photos_loaded(self) -> None:
        s = self.session
        self.strip_model.set_photos(s.photos)
        thumbnail = s.service.library.thumbnail_path
        photos = list(s.photos)

        def show(found: list[tuple[int, QImage]]) -> None:
            for photo_id, image in found:
                self.strip_model.set_thumbnail(photo_id, image)

        s.images.run(lambda: load_thumbnails(thumbnail, photos), show)

    def _pair_changed(self) -> None:
        s = self.session
        self.strip_model.set_pair(s.a.id if s.a else None, s.b.id if s.b else None)
        if self.anchor_mode:
            self._load_pins()

    # ---- commands ------------------------------------------------------------------------

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.flicker_b = False
        self.flicker_action.setChecked(False)
        self.mode_actions[mode].setChecked(True)
        if self.anchor_mode:
            self.anchor_mode = False
            self.anchor_action.setChecked(False)
        self.refresh()

    def toggle_sync(self) -> None:
        self.sync = not self.sync
        self.sync_action.setChecked(self.sync)

    def toggle_flicker(self) -> None:
        if self.mode != "overlay":
            self.flicker_action.setChecked(False)
            return
        self.flicker_b = not self.flicker_b
        self.flicker_action.setChecked(self.flicker_b)
        self.refresh()

    def toggle_labels(self) -> None:
        self.labels_on_export = not self.labels_on_export
        self.labels_action.setChecked(self.labels_on_export)

    def toggle_lighting(self) -> None:
        on = not self.session.lighting
        self.lighting_action.setChecked(on)
        visible = self.left.visible_frame_rect()
        region = None
        if self.session.a is not None and not self.left._auto_fit:
            region = (
                max(0, round(visible.x())),
                max(0, round(visible.y())),
                max(1, round(visible.width())),
                max(1, round(visible.height())),
            )
        self.session.set_lighting(on, region)
        self.refresh()

    # ---- flicker by holding Space ----------------------------------------------------------

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.mode == "overlay":
            self.flicker_b = not self.flicker_b
            self.refresh()
            return
        super().keyPressEvent(event)

    @override
    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.mode == "overlay":
            self.flicker_b = not self.flicker_b
            self.refresh()
            return
        super().keyReleaseEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.images.wait(5000)  # an export in flight finishes before the window goes
        super().closeEvent(event)
