"""Every save dialog opens in one remembered folder, with a name that says who and when.

The folder is the one the user last saved into from any dialog (a comparison, a time-lapse, a
report, a backup), kept in the application's settings; the home folder until then.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from needlejournal.dates import local

KEY = "ui/save_folder"
_UNSAFE = re.compile(r"[^\w]+", re.UNICODE)  # letters (any script) and digits survive


def _settings() -> QSettings:
    from needlejournal.ui.main_window import default_settings

    return default_settings()


def save_folder() -> Path:
    value = _settings().value(KEY)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return Path.home()


def remember_folder(folder: Path) -> None:
    settings = _settings()
    settings.setValue(KEY, str(folder))
    settings.sync()


def name_part(text: str) -> str:
    """One piece of a file name, safe on every file system: "Olivia Ito" → "Olivia-Ito"."""
    return _UNSAFE.sub("-", text.replace("_", " ")).strip("-") or "photo"


def day_part(when: datetime) -> str:
    """The local day of a moment, as a file name sorts it: 2026-03-04."""
    return local(when).date().isoformat()


def ask_save_path(parent: QWidget | None, title: str, name: str, file_filter: str) -> str:
    """The user's chosen path ('' if cancelled), starting at ``name`` in the remembered folder."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(save_folder() / name), file_filter)
    if path:
        remember_folder(Path(path).parent)
    return path


def ask_folder(parent: QWidget | None, title: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, title, str(save_folder()))
    if folder:
        remember_folder(Path(folder))
    return folder
