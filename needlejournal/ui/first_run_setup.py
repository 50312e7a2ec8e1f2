"""The first run, after "who is this journal for?": three short steps, each one skippable.

1. Your device: a preset (0.25/0.5/1.0 mm roller, home pen, Dermapen 4, SkinPen, RF
   microneedling, stamp), its name, needles and note editable before it is saved.
2. Your products: a small starter catalogue with INCI lists, all ticked, so guidance can flag
   retinol or L-ascorbic acid right after needling from the first session on.
3. Photos: the protocol in a few lines (same light, same distance, no make-up, three views).

Finish saves what was chosen (one unit of work on the journal lane); "Skip setup" closes the
whole thing, "Skip this step" saves nothing of the step shown. Presets come from
``needlejournal.journal.starter_kit``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import DeviceKind
from needlejournal.ui import terms, theme
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from needlejournal.journal.records import DeviceDraft, Mode, ProductDraft

DEVICE, PRODUCTS, PHOTOS = range(3)
PHOTO_PROTOCOL: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("FirstRunSetup", "Same light each time: face a window, no flash."),
    QT_TRANSLATE_NOOP("FirstRunSetup", "Same distance: an arm's length, the camera at eye height."),
    QT_TRANSLATE_NOOP("FirstRunSetup", "Clean skin: no make-up, hair held back."),
    QT_TRANSLATE_NOOP("FirstRunSetup", "Three views: front, then left 45° and right 45°."),
    QT_TRANSLATE_NOOP(
        "FirstRunSetup", "Before photos at every session; after photos the next morning."
    ),
)
PERSONAL_DEVICE = "Derma roller 0.5 mm"  # the usual first device at home
CLINIC_DEVICE = "Dermapen 4"


class FirstRunSetup(QDialog):
    done_setup = Signal(object, object)  # DeviceDraft | None, list[ProductDraft]

    def __init__(self, mode: Mode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from needlejournal.journal.starter_kit import DEVICE_PRESETS, STARTER_PRODUCTS

        self.setWindowTitle(self.tr("Set up your journal"))
        self.presets = list(DEVICE_PRESETS)
        self.catalogue = list(STARTER_PRODUCTS)
        self.skipped: set[int] = set()
        self.title = QLabel(self)
        self.title.setFont(theme.heading_font(self, 1.2))
        self.step = QLabel(self)
        self.step.setObjectName("muted")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._device_page(mode))
        self.pages.addWidget(self._products_page())
        self.pages.addWidget(self._photos_page())
        self.skip_all = QPushButton(self.tr("Skip setup"), self)
        self.skip_step = QPushButton(self.tr("Skip this step"), self)
        self.back = QPushButton(self.tr("Back"), self)
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setDefault(True)
        self.skip_all.clicked.connect(self.reject)
        self.skip_step.clicked.connect(self._skip_step)
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_all)
        buttons.addStretch(1)
        for b in (self.skip_step, self.back, self.next):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(560, 480)
        self._go(DEVICE)

    # ---- pages ------------------------------------------------------------------------------

    def _device_page(self, mode: Mode) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr("Which device do you use? Pick the nearest, then change what differs."), page
        )
        intro.setWordWrap(True)
        self.device_list = QListWidget(page)
        self.device_list.setAccessibleName(self.tr("Device presets"))
        for preset in self.presets:
            item = QListWidgetItem(
                self.tr("{name} · {kind}").format(
                    name=preset.name, kind=terms.label(DeviceKind, preset.kind)
                )
            )
            self.device_list.addItem(item)
        self.device_name = QLineEdit(page)
        self.device_needles = QSpinBox(page)
        self.device_needles.setRange(0, 2000)
        self.device_needles.setSpecialValueText(self.tr("not recorded"))
        self.device_notes = QLineEdit(page)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.device_name)
        form.addRow(self.tr("Needles"), self.device_needles)
        form.addRow(self.tr("Note"), self.device_notes)
        self.device_list.currentRowChanged.connect(self._preset_chosen)
        wanted = PERSONAL_DEVICE if mode == "personal" else CLINIC_DEVICE
        self.device_list.setCurrentRow(
            next((i for i, p in enumerate(self.presets) if p.name == wanted), 0)
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.device_list, 1)
        layout.addLayout(form)
        return page

    def _preset_chosen(self, row: int) -> None:
        if 0 <= row < len(self.presets):
            preset = self.presets[row]
            self.device_name.setText(preset.name)
            self.device_needles.setValue(preset.needle_count or 0)
            self.device_notes.setText(preset.notes)

    def _products_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Products you use, with their usual ingredients, so the journal can warn about "
                "retinol or vitamin C right after needling. Untick what you do not use; edit "
                "the ingredients to match your bottles later in Library → Products…"
            ),
            page,
        )
        intro.setWordWrap(True)
        self.product_list = QListWidget(page)
        self.product_list.setAccessibleName(self.tr("Starter products"))
        self.product_list.setWordWrap(True)
        for product in self.catalogue:
            item = QListWidgetItem(f"{product.name}\n{', '.join(product.ingredients)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(", ".join(product.ingredients))
            self.product_list.addItem(item)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.product_list, 1)
        return page

    def _photos_page(self) -> QWidget:
        page = QWidget(self)
        lines = [translate("FirstRunSetup", line) for line in PHOTO_PROTOCOL]
        text = QLabel("\n".join(f"•  {line}" for line in lines), page)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.protocol = text
        intro = QLabel(
            self.tr(
                "Progress shows best in photos taken the same way every time. Take your first "
                "“before” photos now, then add them in the Photos tab (Ctrl+I):"
            ),
            page,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    # ---- steps ------------------------------------------------------------------------------

    def _go(self, index: int) -> None:
        index = max(0, min(PHOTOS, index))
        self.pages.setCurrentIndex(index)
        titles = (
            self.tr("Your device"),
            self.tr("Your products"),
            self.tr("Your photos"),
        )
        self.title.setText(titles[index])
        self.step.setText(self.tr("Step {n} of 3 — every step can be skipped").format(n=index + 1))
        self.back.setEnabled(index > 0)
        self.skip_step.setVisible(index != PHOTOS)
        self.next.setText(self.tr("Finish") if index == PHOTOS else self.tr("Next"))

    def _skip_step(self) -> None:
        self.skipped.add(self.pages.currentIndex())
        self._next()

    def _next(self) -> None:
        index = self.pages.currentIndex()
        if index < PHOTOS:
            if self.sender() is self.next:
                self.skipped.discard(index)  # Next after Back: this step counts again
            self._go(index + 1)
            return
        self.done_setup.emit(self.device(), self.products())
        self.accept()

    def device(self) -> DeviceDraft | None:
        row = self.device_list.currentRow()
        name = self.device_name.text().strip()
        if DEVICE in self.skipped or row < 0 or not name:
            return None
        needles = self.device_needles.value() or None
        return replace(
            self.presets[row],
            name=name,
            needle_count=needles,
            notes=self.device_notes.text().strip(),
        )

    def products(self) -> list[ProductDraft]:
        if PRODUCTS in self.skipped:
            return []
        return [
            product
            for i, product in enumerate(self.catalogue)
            if (item := self.product_list.item(i)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]


def offer_setup(
    parent: QWidget, mode: Mode, save: Callable[[DeviceDraft | None, list[ProductDraft]], None]
) -> FirstRunSetup:
    """Open the setup (window-modal, non-blocking); ``save`` gets what was chosen on Finish."""
    dialog = FirstRunSetup(mode, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.done_setup.connect(save)
    dialog.open()
    return dialog
