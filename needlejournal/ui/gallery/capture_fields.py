"""Where a photo belongs and how it was taken: the fields the import dialog and the details form
share, and the ``capture`` dict (skin, day_after, light, camera) they read and write."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from needlejournal.guidance import PhotoRole, PhotoView, SkinState
from needlejournal.ui import terms
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

# Suggestions of the editable light field (what is typed is kept as it is).
LIGHTS = (
    "",
    QT_TRANSLATE_NOOP("PhotoFields", "Daylight (window)"),
    QT_TRANSLATE_NOOP("PhotoFields", "Ring light"),
    QT_TRANSLATE_NOOP("PhotoFields", "Overhead light"),
    QT_TRANSLATE_NOOP("PhotoFields", "Flash"),
)
CAPTURE_KEYS = ("skin", "day_after", "light", "camera")  # the keys these fields own


def labelled_combo(parent: QWidget, labels: Mapping[str, str]) -> QComboBox:
    """A combo showing the labels and holding their keys as item data."""
    combo = QComboBox(parent)
    for key, label in labels.items():
        combo.addItem(label, key)
    return combo


def select_or_first(combo: QComboBox, value: object) -> None:
    """Show the item holding ``value``, or the first item when none does."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


class PhotoFields:
    """Role, view, skin, days after, light and camera; the owner lays them out with ``add_rows``."""

    def __init__(self, parent: QWidget) -> None:
        self.role = labelled_combo(parent, terms.labels(PhotoRole))
        self.view = labelled_combo(parent, terms.labels(PhotoView))
        not_noted = translate("PhotoFields", "Not noted")
        self.skin = labelled_combo(parent, {"": not_noted, **terms.labels(SkinState)})
        self.day_after = QSpinBox(parent)
        self.day_after.setRange(0, 365)
        self.day_after.setPrefix(translate("PhotoFields", "day "))
        self.light = QComboBox(parent)
        self.light.setEditable(True)
        self.light.addItems([translate("PhotoFields", light) if light else "" for light in LIGHTS])
        self.camera = QLineEdit(parent)
        self.skin.currentIndexChanged.connect(self._sync_day_after)
        self._sync_day_after()

    def add_rows(self, form: QFormLayout, *, day_after_label: str) -> None:
        form.addRow(translate("PhotoFields", "Role"), self.role)
        form.addRow(translate("PhotoFields", "View"), self.view)
        form.addRow(translate("PhotoFields", "Skin"), self.skin)
        form.addRow(day_after_label, self.day_after)
        form.addRow(translate("PhotoFields", "Light"), self.light)
        form.addRow(translate("PhotoFields", "Camera"), self.camera)

    def _sync_day_after(self) -> None:
        """Days after a session mean something only for skin photographed after one."""
        self.day_after.setEnabled(self.skin.currentData() == SkinState.POST)

    def set_capture(self, capture: Mapping[str, object]) -> None:
        select_or_first(self.skin, str(capture.get("skin", "")))
        day = capture.get("day_after")
        self.day_after.setValue(day if isinstance(day, int) else 0)
        self._sync_day_after()  # also when the skin did not change, so no signal came
        self.light.setCurrentText(str(capture.get("light", "")))
        self.camera.setText(str(capture.get("camera", "")))

    def capture(self) -> dict[str, object]:
        """Only what was noted: empty fields leave their key out; day_after only after a session."""
        capture: dict[str, object] = {}
        if skin := self.skin.currentData():
            capture["skin"] = skin
            if skin == SkinState.POST:
                capture["day_after"] = self.day_after.value()
        if light := self.light.currentText().strip():
            capture["light"] = light
        if camera := self.camera.text().strip():
            capture["camera"] = camera
        return capture
