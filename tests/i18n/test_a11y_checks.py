"""The accessibility checks themselves catch what they are for (so a pass means something)."""

from __future__ import annotations

from a11y import clipped, out_of_reading_order, unnamed
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from needlejournal.ui.accessibility import follow_reading_order


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_combo_without_a_label_or_name_is_reported(qtbot: QtBot) -> None:
    dialog = QDialog()
    form = QFormLayout(dialog)
    form.addRow("Area", QComboBox(dialog))  # named by its label (buddy)
    bare = QComboBox(dialog)
    bare.addItem("Cheeks")  # a screen reader would say only "Cheeks"
    form.addRow(bare)
    icon_only = QToolButton(dialog)
    icon_only.setText("✕")
    form.addRow(icon_only)
    assert unnamed(_shown(qtbot, dialog)) == [
        "QComboBox in QDialog",
        "QToolButton '✕' in QDialog",
    ]


def _buttons_made_first() -> tuple[QDialog, QLineEdit, QPushButton]:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    save = QPushButton("Save", dialog)  # made first, shown last: a base class's buttons
    first, second = QLineEdit(dialog), QLineEdit(dialog)
    for widget in (first, second, save):
        layout.addWidget(widget)
    return dialog, first, save


def test_a_tab_order_that_starts_at_the_buttons_is_reported(qtbot: QtBot) -> None:
    dialog, _first, save = _buttons_made_first()
    _shown(qtbot, dialog)
    save.setFocus()  # what Qt gives focus to: the first widget made
    assert out_of_reading_order(dialog) != []


def test_reading_order_starts_at_the_first_field(qtbot: QtBot) -> None:
    dialog, first, _save = _buttons_made_first()
    keeper = follow_reading_order(dialog)
    _shown(qtbot, dialog)
    assert keeper.parent() is dialog
    assert dialog.focusWidget() is first
    assert out_of_reading_order(dialog) == []


def test_a_label_too_narrow_for_its_words_is_reported(qtbot: QtBot) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    label = QLabel("Needle depth, at least 0.1 mm", dialog)
    label.setFixedWidth(40)
    layout.addWidget(label)
    assert clipped(_shown(qtbot, dialog)) != []
