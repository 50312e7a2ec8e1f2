"""View → Colours: follow the system, or light or dark whatever it says; remembered with the
window's state (``ui/color_scheme``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from needlejournal.ui import scheme
from needlejournal.ui.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

KEY = "ui/color_scheme"
SYSTEM_DARK_KEY = "ui/system_scheme_dark"  # what the system asked for when last asked
LABELS = {  # translated where shown, in the "AppearanceMenu" context
    "system": QT_TRANSLATE_NOOP("AppearanceMenu", "Colours as the &system"),
    "light": QT_TRANSLATE_NOOP("AppearanceMenu", "&Light"),
    "dark": QT_TRANSLATE_NOOP("AppearanceMenu", "&Dark"),
}


def stored_scheme(settings: QSettings) -> str:
    value = settings.value(KEY)
    return value if isinstance(value, str) and value in scheme.SCHEMES else "system"


def apply_stored_scheme(settings: QSettings) -> None:
    """Before the window's first paint: the colours the user chose last time; following the
    system, the scheme it asked for at the last start (``settle_scheme`` asks again after the
    paint)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    choice = stored_scheme(settings)
    if choice == "system":
        scheme.apply_remembered(app, settings.value(SYSTEM_DARK_KEY, False, type=bool) is True)
    else:
        scheme.choose_scheme(app, choice)


_settled: list[QSettings] = []  # where the system's answer is remembered (one window's)


def settle_scheme(settings: QSettings) -> None:
    """After the first paint: ask the system for its scheme, follow it and remember it for the
    next start's first paint; then follow its changes (connected once per application)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _settled:
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow(app))
    _settled[:] = [settings]
    _follow(app)


def _follow(app: QApplication) -> None:
    dark = scheme.follow_system_scheme(app)
    settings = _settled[0]
    if dark is not None and settings.value(SYSTEM_DARK_KEY, False, type=bool) != dark:
        settings.setValue(SYSTEM_DARK_KEY, dark)


class AppearanceMenu(QObject):
    def __init__(self, menu: QMenu, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        current = stored_scheme(settings)
        for choice in scheme.SCHEMES:
            action = QAction(self.tr(LABELS[choice]), parent)
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _on=False, c=choice: self.choose(c))
            self.group.addAction(action)
            menu.addAction(action)
            self.actions[choice] = action

    def choose(self, choice: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            scheme.choose_scheme(app, choice)
        self.actions[scheme.chosen_scheme()].setChecked(True)
        self.settings.setValue(KEY, scheme.chosen_scheme())
        self.settings.sync()
