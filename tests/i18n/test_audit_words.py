"""The audit trail in German and Spanish (issue 14): what each line says happened and to what,
and the action filter, in the window's language; the changed columns stay as stored, and the
command line's and the CSV's English lines are unchanged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft, DeviceDraft
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]

LINES = {
    "de": ("Kunde {id}: angelegt", "Kunde {id}: geändert (name)", "Gerät {dev}: angelegt"),
    "es": ("Cliente {id}: creado", "Cliente {id}: modificado (name)", "Dispositivo {dev}: creado"),
}
FILTER = {
    "de": ("Alle Aktionen", "gelöscht", "Alle Kunden"),
    "es": ("Todas las acciones", "eliminado", "Todos los clientes"),
}


@pytest.fixture(autouse=True)
def _seat_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEEDLEJOURNAL_SEAT", "FRONT-DESK")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_audit_trail_speaks_the_language(
    window_in: WindowIn, journal: Journal, language: str
) -> None:
    ana = journal.save_client(ClientDraft("Ana")).client
    journal.save_client(ClientDraft("Ana B", id=ana.id, version=ana.version))
    pen = journal.save_device(DeviceDraft("Dermapen 4", "pen"))
    window = window_in(language, "clinic")
    window.clinic_actions.audit_action.trigger()
    dialog = window.clinic_actions.audit_dialog
    assert dialog is not None
    model = dialog.model
    said = [str(model.data(model.index(r, 4))) for r in range(model.rowCount())]
    for line in LINES[language]:
        assert line.format(id=ana.id, dev=pen.id) in said, said
    assert not [s for s in said if s.startswith(("created", "changed"))], said
    every, deleted, clients = FILTER[language]
    actions = [dialog.action.itemText(i) for i in range(dialog.action.count())]
    assert actions[0] == every and deleted in actions, actions
    assert dialog.client.itemText(0) == clients
    # The filter still asks the journal in its stored words.
    assert dialog.action.itemData(actions.index(deleted)) == "deleted"
