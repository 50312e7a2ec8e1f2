"""Bug 6: home vs clinic is an explicit journal setting, never switched by adding a client."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from alembic import command

from needlejournal.db.engine import make_engine
from needlejournal.db.migrate import alembic_config
from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.paths import DataPaths, resolve

Ago = Callable[[float], datetime]
FIXTURES = Path(__file__).parent.parent / "fixtures" / "databases"


def _home_depth_warned(journal: Journal, client_id: int) -> bool:
    (session,) = journal.timeline(client_id).entries
    return any("home" in w.message.lower() for w in session.warnings)  # type: ignore[union-attr]


def test_adding_a_second_client_keeps_personal_mode(journal: Journal, ago: Ago) -> None:
    me = journal.add_client(ClientDraft("Me"))
    assert me.client.is_self and journal.chosen_mode() == "personal"
    journal.save_treatment(TreatmentDraft(me.id, ago(2), (AreaDraft("cheeks", 1.5),)))
    assert _home_depth_warned(journal, me.id)

    partner = journal.add_client(ClientDraft("Partner"))

    assert not partner.client.is_self
    assert journal.mode() == "personal"
    assert _home_depth_warned(journal, me.id)  # still a home session: still warned


def test_the_first_client_chooses_a_mode_nobody_chose_and_later_ones_never_do(
    journal: Journal,
) -> None:
    assert journal.chosen_mode() is None  # a new journal: the window asks on first run
    journal.add_client(ClientDraft("Ada Lovelace"))
    assert journal.chosen_mode() == "clinic"
    journal.add_client(ClientDraft("me"))
    assert journal.chosen_mode() == "clinic"


def test_a_chosen_mode_survives_any_client_added(journal: Journal) -> None:
    journal.set_mode("clinic")
    assert not journal.add_client(ClientDraft("Me")).client.is_self  # a client called Me
    assert journal.mode() == "clinic"
    journal.set_mode("personal")
    journal.add_client(ClientDraft("Grace"))
    journal.add_client(ClientDraft("Ada"))
    assert journal.mode() == "personal"


def test_journals_from_before_keep_the_mode_they_had(tmp_path: Path) -> None:
    # Schema 0001 stored no mode unless clinic was chosen: a journal with clients but no
    # stored mode was read as personal, and the migration writes that down once.
    data = tmp_path / "old"
    data.mkdir()
    shutil.copy(FIXTURES / "0001.sqlite3", data / "journal.sqlite3")
    j = Journal.open(resolve(data))
    try:
        assert j.chosen_mode() == "personal"
        assert [c.name for c in j.list_clients()] == ["Me", "Ada Lovelace"]
    finally:
        j.close()


def test_an_empty_journal_from_before_still_asks(sqlite_paths: DataPaths) -> None:
    sqlite_paths.ensure()
    engine = make_engine(sqlite_paths.sqlite_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    j = Journal.open(sqlite_paths)
    try:
        assert j.migration.from_revision == "0001"
        assert j.chosen_mode() is None
    finally:
        j.close()
