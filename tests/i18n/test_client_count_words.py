"""The status line's client count in German and Spanish ("3 von 6 Kunden")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]

WANT = {
    "de": ("6 Kunden · 1 archiviert (eine Suche findet ihn)", "3 von 7 Kunden (1 archiviert)"),
    "es": ("6 clientes · 1 archivado (una búsqueda lo encuentra)", "3 de 7 clientes (1 archivado)"),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_client_count_speaks_the_language(
    window_in: WindowIn, journal: Journal, language: str
) -> None:
    for name in ["Aisha Chen", "Wei Chen", "Adam Fontaine", "Bea Klein", "Carl Ode", "Dan Eze"]:
        journal.save_client(ClientDraft(name))
    journal.save_client(ClientDraft("Ivo Chen", archived=True))
    window = window_in(language, "clinic")
    listed, searched = WANT[language]
    assert window.status.text() == listed
    window.clients.search.setText("chen")
    assert window.status.text() == searched
