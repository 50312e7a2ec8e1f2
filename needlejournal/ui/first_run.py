"""The first-run question on a new journal: is it just for me, or do I see clients?

A simple question box for now (a later issue builds a first-run wizard). The answer is
stored in the journal as its mode; Library → Settings… changes it later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # records are imported lazily (start-up cost)
    from needlejournal.journal.records import Mode


QUESTION = QT_TRANSLATE_NOOP("FirstRun", "Who is this journal for?")


def ask_who_for(parent: QWidget, chosen: Callable[[Mode], None]) -> QMessageBox:
    """Open the question (window-modal, non-blocking); ``chosen`` gets the answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("FirstRun", "Welcome to NeedleJournal"),
        translate("FirstRun", QUESTION),
        parent=parent,
    )
    box.setInformativeText(
        translate(
            "FirstRun",
            "Just me: one person at home; sessions deeper than home-use guides advise are "
            "flagged.\nI see clients: an esthetician's journal with a client list and search.\n\n"
            "You can change this later in Library → Settings…; adding people never changes it.",
        )
    )
    just_me = box.addButton(translate("FirstRun", "Just me"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("FirstRun", "I see clients"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(just_me)
    # Closable (Esc, the title bar, quitting the app): a box that refuses to close would
    # stop the application from quitting. Closing keeps the default answer, "Just me".
    box.setEscapeButton(just_me)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    answer: list[Mode] = []

    def answered(button: QAbstractButton) -> None:
        if not answer:
            answer.append("personal" if button is just_me else "clinic")
            chosen(answer[0])

    box.buttonClicked.connect(answered)
    box.finished.connect(lambda _result: answered(just_me))  # closed without a click
    box.open()
    return box
