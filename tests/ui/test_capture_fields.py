"""The photo fields shared by the import dialog and the details form: capture in, capture out."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from needlejournal.ui.gallery.capture_fields import PhotoFields


def make_fields(qtbot: QtBot) -> tuple[QWidget, PhotoFields]:
    host = QWidget()
    qtbot.addWidget(host)
    fields = PhotoFields(host)
    fields.add_rows(QFormLayout(host), day_after_label="Days after")
    return host, fields


def test_capture_round_trips_and_day_after_follows_skin(qtbot: QtBot) -> None:
    _, fields = make_fields(qtbot)
    assert fields.capture() == {} and not fields.day_after.isEnabled()
    wanted = {"skin": "post", "day_after": 4, "light": "Ring light", "camera": "Pixel 8"}
    fields.set_capture(wanted)
    assert fields.capture() == wanted and fields.day_after.isEnabled()
    fields.skin.setCurrentIndex(fields.skin.findData("clean"))
    assert not fields.day_after.isEnabled()
    assert fields.capture() == {"skin": "clean", "light": "Ring light", "camera": "Pixel 8"}


def test_blank_fields_leave_their_keys_out(qtbot: QtBot) -> None:
    _, fields = make_fields(qtbot)
    fields.set_capture({"skin": "post", "day_after": 2, "light": "Flash", "camera": "X"})
    fields.set_capture({"light": "  Window  ", "day_after": "two"})  # odd stored values
    assert fields.skin.currentData() == "" and fields.day_after.value() == 0
    assert fields.capture() == {"light": "Window"}
