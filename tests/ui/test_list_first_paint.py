"""The client list's first names paint without PySide's ``Qt`` namespace or ``QStyle`` (issue 15).

The first use of either makes PySide create ~100 Python enum types (~30 ms here, ~50 ms while
the worker reads the first look beside it) that the bare ``QListView`` the list is measured
against never creates: the names waited for them. What needs those enums now runs once the
journal is open (the search box's Escape, the colour scheme) or on a click.
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import resolve
from needlejournal.ui import item_roles
from needlejournal.ui.client_list import ELLIPSIS, ClientListModel, ClientListPanel, elide_right
from needlejournal.ui.empty_state import EmptyState

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LONG_NAME = "Maximiliane Theodora von Hohenzollern-Sigmaringen Wittelsbach"

# A fresh process: the window's shell painted, then the list filled from a first look and
# painted (``show_first_look`` repaints it), as at start-up; then what PySide has built.
FIRST_NAMES = """
import sys
import PySide6.QtCore as core
import PySide6.QtWidgets as widgets
from needlejournal.journal.first_look import first_look
from needlejournal.paths import resolve
from needlejournal.ui.startup import make_application
from needlejournal.ui.main_window import MainWindow
app = make_application(['x'])
w = MainWindow(deferred=True)
w.show()
app.processEvents()
w.build_client_list()
import needlejournal.ui.client_list as client_list
painted = []
real_paint = client_list._ClientDelegate.paint
def paint(self, painter, option, index):
    painted.append(index.data())
    real_paint(self, painter, option, index)
client_list._ClientDelegate.paint = paint
w.show_first_look(first_look(resolve(sys.argv[1])))
print(w.client_model.rowCount(), len(set(painted)))
print('Qt' in core.__dict__, 'QStyle' in widgets.__dict__)
"""


def test_the_first_names_paint_without_the_qt_namespace_or_qstyle(tmp_path: Path) -> None:
    data = tmp_path / "data"
    journal = Journal.open(resolve(data))
    try:
        journal.set_mode("clinic")
        for name in ("Cleo", "ada", LONG_NAME):
            journal.add_client(ClientDraft(name))
    finally:
        journal.close()
    out = subprocess.run(
        [sys.executable, "-c", FIRST_NAMES, str(data)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path)),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    lines = out.stdout.split("\n")
    assert lines[0] == "3 3", out  # three rows, each painted
    assert lines[1] == "False False", out


def test_the_roles_are_qts() -> None:
    ours = (item_roles.DISPLAY_ROLE, item_roles.EDIT_ROLE, item_roles.TOOLTIP_ROLE)
    roles = Qt.ItemDataRole
    assert ours == (roles.DisplayRole.value, roles.EditRole.value, roles.ToolTipRole.value)
    assert roles.UserRole.value == item_roles.USER_ROLE


@pytest.mark.parametrize(
    "text",
    [LONG_NAME, "Rene\u0301e Dupont-Lefe\u0300vre", "Zoë 佐藤 Åsa", "4 sessions · last 3 May"],
)
def test_names_are_cut_to_fit_with_an_ellipsis(qtbot: QtBot, text: str) -> None:
    fm = QFontMetrics(QFont())
    full = fm.horizontalAdvance(text)
    assert elide_right(fm, text, full) == text  # what fits is left alone
    for width in range(fm.horizontalAdvance(ELLIPSIS * 2), full, 3):
        cut = elide_right(fm, text, width)
        assert cut.endswith(ELLIPSIS) and fm.horizontalAdvance(cut) <= width, (width, cut)
        kept = cut[: -len(ELLIPSIS)]
        assert text.startswith(kept) and kept == kept.rstrip()
        # Never a letter without its accent: the next character is not a combining mark.
        assert not unicodedata.combining(text[len(kept)]), (width, cut)
        # As long as Qt's own eliding keeps, give or take a trailing space or accent.
        qt_kept = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)[: -len(ELLIPSIS)]
        assert len(qt_kept.rstrip()) - len(kept) <= 1, (width, cut, qt_kept)


def test_the_empty_states_sentence_is_centred_once_there_is_one(qtbot: QtBot) -> None:
    empty = EmptyState()
    qtbot.addWidget(empty)
    empty.setText("")  # loading: nothing to say yet, nothing built for it
    assert not empty.centred
    empty.say("No clients yet.")
    assert empty.label.alignment() == Qt.AlignmentFlag.AlignCenter


def test_escape_in_the_search_is_wired_once_the_list_is_loaded(qtbot: QtBot) -> None:
    panel = ClientListPanel(ClientListModel())
    qtbot.addWidget(panel)
    before = panel.clear_action
    assert before is None  # the panel is disabled while the journal opens
    panel.finish_loading()
    first = panel.clear_action
    panel.finish_loading()  # the journal's list again (a reload): still one action
    assert first is not None and panel.clear_action is first
    assert panel.search.actions().count(first) == 1
    panel.show()
    panel.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(panel.isActiveWindow, timeout=3000)
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "ada")
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""
