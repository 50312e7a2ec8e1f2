"""The client list sorts names as the window's language does (QCollator), not by code point:
"Émile" sat after "Zora" because "É" comes after every ASCII letter."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]

NAMES = ["Zora", "Émile", "Åsa", "zoë", "adam", "Bea", "emil"]


def _shown(window: MainWindow) -> list[str]:
    model = window.client_model
    return [str(model.index(r).data()) for r in range(model.rowCount())]


@pytest.fixture
def in_locale() -> Iterator[Callable[[str], None]]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_names_sort_as_the_language_sorts_them(
    make_window: MakeWindow, journal: Journal, in_locale: Callable[[str], None]
) -> None:
    for name in NAMES:
        journal.save_client(ClientDraft(name))
    in_locale("en_GB")
    window = make_window("clinic")
    assert _shown(window) == ["adam", "Åsa", "Bea", "emil", "Émile", "zoë", "Zora"]


def test_swedish_puts_a_ring_after_z(
    make_window: MakeWindow, journal: Journal, in_locale: Callable[[str], None]
) -> None:
    for name in NAMES:
        journal.save_client(ClientDraft(name))
    in_locale("sv_SE")
    window = make_window("clinic")
    assert _shown(window)[-1] == "Åsa"


def test_a_c_locale_still_sorts_like_a_reader(
    make_window: MakeWindow, journal: Journal, in_locale: Callable[[str], None]
) -> None:
    for name in NAMES:
        journal.save_client(ClientDraft(name))
    in_locale("C")  # LANG=C: Qt's C collation is by code point
    window = make_window("clinic")
    assert _shown(window) == ["adam", "Åsa", "Bea", "emil", "Émile", "zoë", "Zora"]


def test_a_client_added_or_renamed_takes_its_place(
    make_window: MakeWindow, journal: Journal, in_locale: Callable[[str], None]
) -> None:
    for name in ["adam", "Zora"]:
        journal.save_client(ClientDraft(name))
    in_locale("en_GB")
    window = make_window("clinic")
    emile = journal.save_client(ClientDraft("Émile"))
    window.client_model.update_client(emile)
    assert _shown(window) == ["adam", "Émile", "Zora"]
    renamed = journal.save_client(ClientDraft("Ölga", id=emile.id, version=emile.client.version))
    window.client_model.update_client(renamed)
    assert _shown(window) == ["adam", "Ölga", "Zora"]
