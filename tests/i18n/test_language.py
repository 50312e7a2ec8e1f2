"""Choosing the window's language: the system's or the user's pick, Qt's words and dates.

The command line and ``needlejournal.dates``' defaults stay English in every case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from needlejournal import dates
from needlejournal.ui import language, local_dates

DAY = date(2026, 3, 4)  # a Wednesday
MOMENT = datetime(2026, 3, 4, 9, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("system", "expected"),
    [("de_DE", "de"), ("de_AT", "de"), ("es_MX", "es"), ("en_US", "en"), ("fr_FR", "en")],
)
def test_the_system_locale_picks_a_shipped_language(system: str, expected: str) -> None:
    assert language.language_of("system", QLocale(system)) == expected


def test_a_chosen_language_wins_over_the_system() -> None:
    assert language.language_of("es", QLocale("de_DE")) == "es"
    assert language.language_of("en", QLocale("de_DE")) == "en"


def test_the_locale_keeps_the_users_country_when_it_speaks_the_language() -> None:
    assert language.locale_for("de", QLocale("de_AT")).name() == "de_AT"
    chosen = language.locale_for("es", QLocale("de_DE"))
    assert chosen.language() == QLocale.Language.Spanish


@pytest.mark.parametrize("code", language.SHIPPED)
def test_every_shipped_language_has_a_compiled_catalogue(code: str) -> None:
    assert language.catalogue(code).is_file()


def test_german_loads_the_apps_words_and_qts_own(speak: Callable[[str], str]) -> None:
    assert speak("de") == "de"
    assert QCoreApplication.translate("Dates", "{day} {month} {year}") == "{day}. {month} {year}"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Abbrechen"  # from Qt's qtbase_de.qm


def test_dates_and_numbers_in_the_window_follow_the_language(speak: Callable[[str], str]) -> None:
    speak("de")
    assert local_dates.format_date(DAY) == "4. März 2026"
    assert local_dates.format_day(DAY) == "Mi., 4. März 2026"
    assert local_dates.format_number(0.5, 1) == "0,5"
    speak("es")
    assert local_dates.format_date(DAY) == "4 mar 2026"
    assert local_dates.format_day(DAY).startswith("mié")
    assert local_dates.format_number(1.25, 2) == "1,25"
    speak("en")
    assert local_dates.format_day(DAY) == "Wed 4 Mar 2026"
    assert local_dates.format_number(0.5, 1) == "0.5"


def test_the_command_lines_dates_stay_english_whatever_the_window_speaks(
    speak: Callable[[str], str],
) -> None:
    speak("de")
    assert dates.format_date(DAY) == "4 Mar 2026"
    assert dates.format_day(DAY) == "Wed 4 Mar 2026"
    assert dates.format_moment(MOMENT, UTC) == "4 Mar 2026 09:05"


def test_the_language_menu_remembers_the_choice_for_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    window = QWidget()
    qtbot.addWidget(window)
    menu = language.LanguageMenu(QMenu(window), settings, window)
    assert menu.actions["system"].isChecked()
    with qtbot.waitSignal(menu.chosen) as said:
        menu.actions["de"].trigger()
    assert said.args == ["NeedleJournal ist ab dem nächsten Start auf Deutsch."]
    again = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    assert language.stored_choice(again) == "de"
    assert language.LanguageMenu(QMenu(window), again, window).actions["de"].isChecked()


def test_an_unknown_stored_choice_falls_back_to_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.KEY, "klingon")
    assert language.stored_choice(settings) == "system"
