"""The client list keeps name order itself (its proxy no longer sorts: ~0.1 s at each start
with 1,000 clients): on a fresh list, a new client, a rename; the chosen client stays chosen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft, ClientSummary
from needlejournal.ui.client_list import ClientListModel, ClientListPanel


def _names(panel: ClientListPanel) -> list[str]:
    proxy = panel.proxy
    return [str(proxy.data(proxy.index(r, 0))) for r in range(proxy.rowCount())]


def _renamed(journal: Journal, summary: ClientSummary, name: str) -> ClientSummary:
    c = summary.client
    return journal.save_client(replace(ClientDraft(name), id=c.id, version=c.version))


def test_the_list_stays_in_name_order(qtbot: QtBot, journal: Journal) -> None:
    model = ClientListModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel = ClientListPanel(model)
    qtbot.addWidget(panel)
    made = {n: journal.add_client(ClientDraft(n)) for n in ("mia", "Ben", "Émile", "anna")}
    model.set_clients(list(reversed(list(made.values()))))
    assert _names(panel) == ["anna", "Ben", "Émile", "mia"]  # by the language, not code point
    panel.select_client(made["Ben"].id)
    # A new client lands in its place, not at the end.
    model.update_client(journal.add_client(ClientDraft("Carla")))
    assert _names(panel) == ["anna", "Ben", "Carla", "Émile", "mia"]
    # A rename moves the row; the chosen client stays chosen (and is not reloaded).
    chosen: list[object] = []
    panel.client_selected.connect(chosen.append)
    model.update_client(_renamed(journal, made["Ben"], "Zora"))
    assert _names(panel) == ["anna", "Carla", "Émile", "mia", "Zora"]
    current = panel.current_client()
    assert current is not None and current.id == made["Ben"].id and current.name == "Zora"
    assert chosen == []
    # A rename that keeps the place only refreshes the row.
    model.update_client(_renamed(journal, made["mia"], "Mia"))
    assert _names(panel) == ["anna", "Carla", "Émile", "Mia", "Zora"]
