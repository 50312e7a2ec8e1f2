"""The window in German and Spanish: menus, the action bar, empty states, a session's card and
details (dates and depths through QLocale), and Qt's own buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]

# What a German or Spanish user sees first; English is the source text.
EXPECTED: dict[str, dict[str, Any]] = {
    "de": {
        "menus": ["&Journal", "&Bibliothek", "&Fotos", "&Ansicht", "&Hilfe"],
        "bar": ["Neue Sitzung", "Hautkontrolle", "Fotos hinzufügen", "Vergleichen"],
        "no_sessions": "Noch keine Sitzungen.",
        "first_session": "Erste Sitzung erfassen",
        "no_clients": "Noch keine Kunden.",
        "tabs": ["Zeitachse", "Fotos"],
        "month": "März",
        "depth": "1,25 mm",
        "area": "Wangen",
        "endpoint": "Erythem",
    },
    "es": {
        "menus": ["&Diario", "&Biblioteca", "&Fotos", "&Ver", "Ay&uda"],
        "bar": ["Nueva sesión", "Control de piel", "Añadir fotos", "Comparar"],
        "no_sessions": "Todavía no hay sesiones.",
        "first_session": "Registrar la primera sesión",
        "no_clients": "Todavía no hay clientes.",
        "tabs": ["Cronología", "Fotos"],
        "month": "mar",
        "depth": "1,25 mm",
        "area": "Mejillas",
        "endpoint": "eritema",
    },
}


def _menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.text()]


@pytest.mark.parametrize("language", ["de", "es"])
def test_menus_action_bar_and_empty_state_speak_the_language(
    window_in: WindowIn, language: str
) -> None:
    want = EXPECTED[language]
    window = window_in(language)
    assert _menus(window)[:5] == want["menus"]
    bar = [a.iconText() for a in window.action_bar.actions() if a.iconText()]
    assert bar[:4] == want["bar"]
    assert [window.middle.tabText(i) for i in range(2)] == want["tabs"]
    empty = window.timeline.empty
    assert empty.text().startswith(want["no_sessions"])
    assert empty.button.text() == want["first_session"]
    assert window.windowTitle() == "NeedleJournal"


@pytest.mark.parametrize("language", ["de", "es"])
def test_clinic_empty_list_speaks_the_language(window_in: WindowIn, language: str) -> None:
    window = window_in(language, "clinic")
    assert window.clients.empty.text() == EXPECTED[language]["no_clients"]


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_sessions_date_depth_and_words_follow_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, language: str
) -> None:
    want = EXPECTED[language]
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    journal.save_treatment(
        TreatmentDraft(
            client_id=client.id,
            performed_at=datetime(2026, 3, 4, 9, 0, tzinfo=UTC),
            areas=(AreaDraft("cheeks", 1.25, 2, "erythema"),),
        )
    )
    window = window_in(language, "clinic")
    window.select_client(client.id)
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 1)
    window.timeline.select_entry("treatment", window.timeline_model.entries()[0].id)
    details = window.details.when.text() + "\n" + window.details.plain_text()
    for word in (want["month"], want["depth"], want["area"], want["endpoint"]):
        assert word in details, (word, details)
    assert "Mar " not in details and "1.25" not in details


def test_english_stays_the_source_text(window_in: WindowIn) -> None:
    window = window_in("en")
    assert _menus(window)[:5] == ["&Journal", "&Library", "&Photos", "&View", "&Help"]
    assert window.timeline.empty.button.text() == "Log the first session"


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("Neue &Sitzung…" → "s"); None without one."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_no_two_tabs_menus_or_shortcut_letters_clash(
    window_in: WindowIn, journal: Journal, language: str
) -> None:
    """A translation must not make two tabs read the same, nor two entries of one menu
    share an Alt letter (the second would never be reachable from the keyboard)."""
    window = window_in(language, "clinic")
    tabs = [window.middle.tabText(i) for i in range(window.middle.count())]
    assert len(set(tabs)) == len(tabs), tabs
    menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    titles = [_mnemonic(a.text()) for a in window.menuBar().actions() if a.isVisible()]
    assert len(set(titles)) == len(titles), titles
    for menu in menus:
        letters = [
            _mnemonic(a.text())
            for a in menu.actions()
            if a.isVisible() and not a.isSeparator() and _mnemonic(a.text())
        ]
        clash = sorted({x for x in letters if letters.count(x) > 1 and x is not None})
        assert not clash, (menu.title(), clash, [a.text() for a in menu.actions()])


def test_the_screening_line_gives_its_dates_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal
) -> None:
    """The timeline's screening line said "2025-06-01" in every language."""
    from datetime import date

    from needlejournal.journal.screening_records import ScreeningChange, ScreeningDraft

    ana = journal.save_client(ClientDraft("Ana Ruiz")).client
    journal.save_screening(
        ScreeningDraft(
            ana.id,
            (ScreeningChange("isotretinoin", "yes", date(2026, 1, 20)),),
            date(2025, 6, 1),
            "Dr Vega",
        )
    )
    window = window_in("de", "clinic")
    window.select_client(ana.id)
    qtbot.waitUntil(lambda: "Dr Vega" in window.timeline.screening.text(), timeout=5000)
    line = window.timeline.screening.text()
    assert "1. Juni 2025" in line and "20. Jan. 2026" in line, line
    assert "2025-06-01" not in line and "2026-01-20" not in line


def test_the_consent_table_gives_its_dates_in_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal
) -> None:
    from datetime import date

    from PySide6.QtCore import Qt

    from needlejournal.journal.consents import ConsentDraft, save_consent

    ana = journal.save_client(ClientDraft("Ana Ruiz")).client
    save_consent(journal, ConsentDraft(ana.id, "treatment", date(2026, 1, 20), "Eva"))
    window = window_in("de", "clinic")
    window.clients.select_client(ana.id)
    actions = window.clinic_actions.client_data
    actions.consents_action.trigger()
    dialog = actions.consents_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    given = dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert given == "20. Jan. 2026"
