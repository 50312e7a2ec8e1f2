"""The action bar under the menus and the Help menu.

The bar holds the window's own menu actions (the same QAction objects, so one handler, one
shortcut and one enabled state each), each with an icon from the icon theme or, where the
theme has none, from the Qt style, and a short text label beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui.accessibility import ReadingOrder, follow_reading_order
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from needlejournal.paths import DataPaths
    from needlejournal.ui.main_window import MainWindow

SP = QStyle.StandardPixmap
# (the action's attribute path on the window, the bar's label, theme icon, style fallback);
# labels are translated when the bar is dressed (``_dress``), in the "ActionBar" context.
BAR: tuple[tuple[str, str, str, QStyle.StandardPixmap], ...] = (
    (
        "new_session_action",
        QT_TRANSLATE_NOOP("ActionBar", "New session"),
        "document-new",
        SP.SP_FileIcon,
    ),
    (
        "new_check_action",
        QT_TRANSLATE_NOOP("ActionBar", "Skin check"),
        "document-edit",
        SP.SP_FileDialogDetailedView,
    ),
    (
        "gallery.import_action",
        QT_TRANSLATE_NOOP("ActionBar", "Add photos"),
        "insert-image",
        SP.SP_DialogOpenButton,
    ),
    (
        "gallery.compare_action",
        QT_TRANSLATE_NOOP("ActionBar", "Compare"),
        "view-dual",
        SP.SP_FileDialogContentsView,
    ),
    (
        "clinic_actions.report_action",
        QT_TRANSLATE_NOOP("ActionBar", "Report"),
        "x-office-document",
        SP.SP_FileDialogInfoView,
    ),
)
BACK_UP = (QT_TRANSLATE_NOOP("ActionBar", "Back up"), "document-save", SP.SP_DialogSaveButton)


def _icon(widget: QWidget, theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme_name, widget.style().standardIcon(fallback))


def _find(window: MainWindow, path: str) -> QAction | None:
    obj: object = window
    for name in path.split("."):
        obj = getattr(obj, name, None)
    return obj if isinstance(obj, QAction) else None


def build_action_bar(window: MainWindow) -> QToolBar:
    """The bar with the actions the window has made so far (Back up arrives later: add_back_up)."""
    bar = QToolBar(translate("ActionBar", "Actions"), window)
    bar.setObjectName("actionBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setIconSize(QSize(20, 20))
    bar.toggleViewAction().setEnabled(False)  # no right-click way to lose the bar for good
    for path, label, theme_name, fallback in BAR:
        action = _find(window, path)
        if action is not None:
            _dress(window, action, label, theme_name, fallback)
            bar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def add_back_up(window: MainWindow, action: QAction) -> None:
    """Journal → Back up… on the bar too (the backup actions are made after the panels)."""
    bar = getattr(window, "action_bar", None)
    if isinstance(bar, QToolBar) and action not in bar.actions():
        _dress(window, action, *BACK_UP)
        bar.addSeparator()
        bar.addAction(action)


def _dress(
    window: QWidget, action: QAction, label: str, theme_name: str, fallback: QStyle.StandardPixmap
) -> None:
    action.setIcon(_icon(window, theme_name, fallback))
    # The bar's label; the menu keeps its longer text.
    action.setIconText(translate("ActionBar", label))
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = action.text().replace("&", "").rstrip("…")
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)


# ---- Help -----------------------------------------------------------------------------------


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every named action of the window that has a shortcut, by its name."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        name = action.text().replace("&", "").rstrip("…").strip()
        if keys.isEmpty() or not name:
            continue
        rows.setdefault(name, keys.toString(QKeySequence.SequenceFormat.NativeText))
    return sorted(rows.items(), key=lambda row: row[0].lower())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        self.rows = shortcut_rows(window)
        for name, keys in self.rows:
            key_label = QLabel(f"<b>{keys}</b>", self)
            form.addRow(QLabel(name, self), key_label)
        form.addRow(
            QLabel(self.tr("Clear the client search"), self), QLabel(self.tr("<b>Esc</b>"), self)
        )
        self.reading_order = _finish_dialog(self, form)


def data_lines(paths: DataPaths | None) -> list[tuple[str, str]]:
    """(label, value) describing where the journal keeps its data."""
    if paths is None:
        return [(translate("HelpMenu", "Journal"), translate("HelpMenu", "Still opening…"))]
    # A server's address is not shown: its URL may carry the seat's password.
    database = (
        translate("HelpMenu", "SQLite file {path}").format(path=paths.db_file)
        if paths.is_sqlite
        else translate("HelpMenu", "PostgreSQL server")
    )
    return [
        (translate("HelpMenu", "Data folder"), str(paths.data_dir)),
        (translate("HelpMenu", "Database"), database),
        (translate("HelpMenu", "Photos"), str(paths.photo_dir)),
        (translate("HelpMenu", "Backups"), str(paths.backup_dir)),
    ]


class DataDialog(QDialog):
    """Help → Where my data lives: the folders, and a button that opens the data folder."""

    def __init__(self, window: QWidget, paths: DataPaths | None) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Where my data lives"))
        self.paths = paths
        form = QFormLayout()
        for label, value in data_lines(paths):
            text = QLabel(value, self)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            form.addRow(label, text)
        self.open_button = QPushButton(self.tr("Open the data folder"), self)
        self.open_button.setEnabled(paths is not None)
        self.open_button.clicked.connect(self.open_folder)
        self.reading_order = _finish_dialog(self, form, self.open_button)

    def open_folder(self) -> bool:
        if self.paths is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))


def about_text(paths: DataPaths | None) -> str:
    from needlejournal import __version__

    lines = [
        f"<h3>NeedleJournal {__version__}</h3>",
        "<p>"
        + translate(
            "HelpMenu", "A private journal for microneedling: sessions, skin checks and photos."
        )
        + "</p>",
        "<p>" + translate("HelpMenu", "Licence: MIT.") + "</p>",
    ]
    for label, value in data_lines(paths)[:2]:
        lines.append(f"<p>{label}: {value}</p>")
    return "".join(lines)


class AboutDialog(QDialog):
    def __init__(self, window: QWidget, paths: DataPaths | None) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("About NeedleJournal"))
        self.text = QLabel(about_text(paths), self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.text)
        self.reading_order = _finish_dialog(self, form)


def _finish_dialog(dialog: QDialog, form: QFormLayout, *extra: QPushButton) -> ReadingOrder:
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    for widget in extra:
        buttons.addButton(widget, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(420)
    return follow_reading_order(dialog)


class HelpMenu(QObject):
    """Help → Keyboard shortcuts, Where my data lives, About NeedleJournal."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.menu = menu
        self.shortcuts_action = menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.data_action = menu.addAction(self.tr("&Where my data lives"), self.show_data)
        menu.addSeparator()
        self.about_action = menu.addAction(self.tr("&About NeedleJournal"), self.show_about)

    def _paths(self) -> DataPaths | None:
        controller = self.window.controller
        if controller is not None:
            return controller.journal.paths
        backups = self.window.backups
        return backups.paths if backups is not None else None

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:  # one Help dialog at a time
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        return self._open(ShortcutsDialog(self.window))

    def show_data(self) -> QDialog:
        return self._open(DataDialog(self.window, self._paths()))

    def show_about(self) -> QDialog:
        return self._open(AboutDialog(self.window, self._paths()))
