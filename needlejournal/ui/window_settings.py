"""Where the window keeps its state: per journal, seeded once from the old global settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_ORG = "NeedleJournal"
SETTINGS_APP = "NeedleJournal"


def default_settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


def journal_settings(state_file: Path) -> QSettings:
    """The window's state for one journal (``DataPaths.window_state_file``).

    The first time a journal is opened by this version, it starts from the old global state
    (size, splitters, last tab and client), so nobody's window forgets its size on upgrade.
    """
    fresh = not state_file.exists()
    state_file.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(state_file), QSettings.Format.IniFormat)
    if fresh:
        legacy = default_settings()
        for key in legacy.allKeys():
            if key.startswith("ui/"):
                settings.setValue(key, legacy.value(key))
        settings.sync()
    return settings
