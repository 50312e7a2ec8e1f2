"""The action bar under the menus and the Help menu (issue 9: the first five minutes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from needlejournal import __version__
from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.backup_dialogs import BackupActions
from needlejournal.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def _bar(window: MainWindow) -> QToolBar:
    bar = window.findChild(QToolBar, "actionBar")
    assert isinstance(bar, QToolBar)
    return bar


def test_the_bar_holds_the_menus_own_actions_with_icons_and_labels(
    make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window("personal")
    window.backups = BackupActions(window, journal.paths)
    bar = _bar(window)
    labels = [a.iconText() for a in bar.actions() if not a.isSeparator()]
    assert labels == ["New session", "Skin check", "Add photos", "Compare", "Report", "Back up"]
    menu_actions = {a for m in (window.journal_menu, window.photos_menu) for a in m.actions()}
    for action in bar.actions():
        if action.isSeparator():
            continue
        assert action in menu_actions  # the same QAction: one handler, one enabled state
        assert not action.icon().isNull()
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton) and button.text() == action.iconText()
    assert window.new_session_action.text() == "New &session…"  # the menu keeps its words


def test_client_actions_on_the_bar_are_off_without_a_client(
    make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window("clinic")  # clinic mode, nobody yet
    assert window.current_client() is None
    off = ["New session", "Skin check", "Add photos", "Compare", "Report"]
    by_label = {a.iconText(): a for a in _bar(window).actions()}
    assert [label for label in off if by_label[label].isEnabled()] == []
    client = journal.save_client(ClientDraft("Olivia Ito"))
    window.controller.load()  # type: ignore[union-attr]
    window.select_client(client.id)
    assert by_label["New session"].isEnabled() and by_label["Report"].isEnabled()
    assert by_label["Add photos"].isEnabled()


def test_keyboard_shortcuts_lists_every_shortcut_from_the_actions(
    make_window: MakeWindow,
) -> None:
    window = make_window("personal")
    dialog = window.help_menu.show_shortcuts()
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    for name, keys in (("New session", "Ctrl+N"), ("Import photos", "Ctrl+I"), ("Quit", "Ctrl+Q")):
        assert name in shown and f"<b>{keys}</b>" in shown
    assert ("New skin check", "Ctrl+Shift+N") in dict(dialog.rows).items()  # type: ignore[attr-defined]
    assert ("Compare", "Ctrl+Shift+C") in dict(dialog.rows).items()  # type: ignore[attr-defined]


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_where_my_data_lives_names_the_folder_and_opens_it(
    make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window("personal")
    dialog = window.help_menu.show_data()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(journal.paths.data_dir) in shown
    assert f"SQLite file {journal.paths.db_file}" in shown
    opened = _Opened()
    # PySide6's stub wants bytes for the slot name; its runtime accepts only str.
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]
    try:
        dialog.open_button.click()  # type: ignore[attr-defined]
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [journal.paths.data_dir]


def test_about_says_version_licence_and_where_the_data_is(
    make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window("personal")
    assert [a.text() for a in window.help_menu.menu.actions() if not a.isSeparator()] == [
        "&Keyboard shortcuts",
        "&Where my data lives",
        "&About NeedleJournal",
    ]
    dialog = window.help_menu.show_about()
    text = dialog.text.text()  # type: ignore[attr-defined]
    assert __version__ in text and "MIT" in text
    assert str(journal.paths.data_dir) in text and "SQLite" in text


def test_help_works_before_the_journal_opens(qtbot: QtBot, settings_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from needlejournal.ui.ops import InlinePool, Workers

    window = MainWindow(
        QSettings(str(settings_path), QSettings.Format.IniFormat), Workers(InlinePool())
    )
    qtbot.addWidget(window)
    dialog = window.help_menu.show_data()
    assert not dialog.open_button.isEnabled()  # type: ignore[attr-defined]
    assert "Still opening" in " ".join(lb.text() for lb in dialog.findChildren(QLabel))
