"""The window's language: the system's, or one the user picked (View → Language).

At start-up ``install`` loads two catalogues into the application: the app's own
(``needlejournal/i18n/needlejournal_<lang>.qm``, compiled from the ``.ts`` sources by
``scripts/update-translations``) and Qt's (``qtbase_<lang>.qm`` from PySide6's translations
folder: the buttons of standard dialogs, "Cancel", "Yes"…). It also sets QLocale's default,
which the window's dates and numbers follow. The choice is per user, not per journal, and
takes effect at the next start (widgets built in English would otherwise keep their words).
English is the source text; its small catalogue holds only plural forms ("%n session(s)" reads
"1 session" / "2 sessions"), so English too is installed at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

KEY = "ui/language"
SHIPPED = ("de", "es")  # languages with a catalogue; English is the source
CHOICES = ("system", "en", *SHIPPED)
# Each language is named in itself, so someone who cannot read the current one finds theirs.
ENDONYMS = {"en": "English", "de": "Deutsch", "es": "Español"}
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"
_LANGUAGES = {
    QLocale.Language.English: "en",
    QLocale.Language.German: "de",
    QLocale.Language.Spanish: "es",
}

# The one spelling of a translated string outside a QObject method: lupdate finds
# ``translate("Context", "…")`` calls by name, and so does tests/i18n/unmarked.py.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which finds the call by this name) and returns it as it is;
    the caller translates it later with ``translate(context, text)``. PySide6's own is typed
    as returning ``object``."""
    return text


def translate_known(context: str, words: Mapping[str, str], stored: str) -> str:
    """A stored word in the window's language when ``words`` (marked with
    ``QT_TRANSLATE_NOOP(context, …)``) knows it; anything else (a user's own word) as stored."""
    return translate(context, words[stored]) if stored in words else stored


_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def stored_choice(settings: QSettings) -> str:
    value = settings.value(KEY)
    return value if isinstance(value, str) and value in CHOICES else "system"


def language_of(choice: str, system: QLocale | None = None) -> str:
    """The language code a choice means: "system" takes the first of the system's UI
    languages that the app speaks (``LANGUAGE=fr:de`` gives German), else English."""
    if choice in ENDONYMS:
        return choice
    system = system if system is not None else QLocale.system()
    for name in system.uiLanguages():
        code = _LANGUAGES.get(QLocale(name).language())
        if code is not None:
            return code
    return "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks ``language`` (so a user
    in Austria keeps de_AT), else the language in the system's country."""
    system = system if system is not None else QLocale.system()
    if _LANGUAGES.get(system.language()) == language:
        return system
    wanted = {v: k for k, v in _LANGUAGES.items()}[language]
    return QLocale(wanted, system.territory())


def catalogue(language: str) -> Path:
    return CATALOGUE_DIR / f"needlejournal_{language}.qm"


def install(app: QCoreApplication, choice: str) -> str:
    """Load the catalogues for ``choice`` (replacing any installed before); the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language_of(choice)
    QLocale.setDefault(locale_for(language))
    wanted = [(catalogue(language).stem, str(CATALOGUE_DIR))]
    if language != "en":  # Qt's own words are English already
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.insert(0, (f"qtbase_{language}", qt_folder))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


class LanguageMenu(QObject):
    """View → Language: as the system, or one of the shipped languages, from the next start.

    ``settings`` is the per-user store (not a journal's window state): the language is the
    person's, whichever journal they open.
    """

    chosen = Signal(str)  # what to tell the user, in the language chosen

    def __init__(self, parent_menu: QMenu, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        parent_menu.addSeparator()
        self.menu = parent_menu.addMenu(self.tr("Lan&guage"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        current = stored_choice(settings)
        labels = {"system": self.tr("As the &system"), **ENDONYMS}
        for choice in CHOICES:
            action = QAction(labels[choice], parent)
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _on=False, c=choice: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action

    def choose(self, choice: str) -> None:
        self.actions[choice].setChecked(True)
        self.settings.setValue(KEY, choice)
        self.settings.sync()
        self.chosen.emit(NEXT_START[language_of(choice)])


# Said in the language just chosen: someone who cannot read the current one can read it.
NEXT_START = {
    "en": "NeedleJournal will be in English from its next start.",
    "de": "NeedleJournal ist ab dem nächsten Start auf Deutsch.",
    "es": "NeedleJournal estará en español a partir del próximo inicio.",
}
