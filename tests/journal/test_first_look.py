"""The window's first look at the client list (plain sqlite3) reads what the journal lists."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from needlejournal.demo import fill_demo
from needlejournal.journal.api import Journal
from needlejournal.journal.first_look import first_look
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import DataPaths, resolve


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_first_look_reads_the_same_records_as_the_journal(sqlite_paths: DataPaths) -> None:
    journal = Journal.open(sqlite_paths)
    try:
        fill_demo(journal, clients=12, treatments=4, seed=3)
        journal.set_mode("clinic")
        # Every kind of column: dates, an age band, contact details, archived, no sessions.
        journal.add_client(
            ClientDraft(
                "Zoë Ångström",
                skin_type="IV",
                consent_on=date(2026, 3, 1),
                birth_date=date(1990, 2, 28),
                phone="+49 30 1234",
                email="zoe@example.org",
            )
        )
        journal.add_client(ClientDraft("ada lovelace", age_band="25-34", notes="x\ny"))
        gone = journal.add_client(ClientDraft("Archived Person"))
        journal.save_client(
            replace(ClientDraft(gone.name), id=gone.id, version=gone.client.version, archived=True)
        )
        expected = journal.list_clients(include_archived=True)
        mode = journal.chosen_mode()
    finally:
        journal.close()
    before = _digest(sqlite_paths.db_file)
    look = first_look(sqlite_paths)
    assert look is not None
    assert look.mode == mode == "clinic"
    assert look.clients == expected  # the same records, in the same order
    assert any(c.client.archived for c in look.clients)
    assert any(c.treatment_count == 0 for c in look.clients)
    assert _digest(sqlite_paths.db_file) == before  # it only ever reads


def test_a_personal_journal_shows_me_first(sqlite_paths: DataPaths) -> None:
    journal = Journal.open(sqlite_paths)
    try:
        journal.set_mode("personal")
        journal.add_client(ClientDraft("A partner"))
        journal.ensure_self()
        expected = journal.list_clients(include_archived=True)
    finally:
        journal.close()
    look = first_look(sqlite_paths)
    assert look is not None and look.mode == "personal"
    assert look.clients == expected and look.clients[0].client.is_self


def test_nothing_is_shown_early_when_only_the_open_can_say(tmp_path: Path) -> None:
    # No journal yet.
    assert first_look(resolve(tmp_path / "none")) is None
    # A new journal: the window asks who it is for once it is open.
    fresh = resolve(tmp_path / "fresh")
    Journal.open(fresh).close()
    assert first_look(fresh) is None
    # A personal journal without its "Me" yet: the open adds it.
    personal = resolve(tmp_path / "personal")
    journal = Journal.open(personal)
    journal.set_mode("personal")
    journal.close()
    assert first_look(personal) is None
    # Not a database at all, and a database that is not a journal.
    garbage = resolve(tmp_path / "garbage")
    garbage.data_dir.mkdir(parents=True)
    garbage.db_file.write_bytes(b"not a database" * 100)
    assert first_look(garbage) is None
    foreign = resolve(tmp_path / "foreign")
    foreign.data_dir.mkdir(parents=True)
    import sqlite3

    sqlite3.connect(foreign.db_file).execute("CREATE TABLE t (x)").connection.close()
    assert first_look(foreign) is None
    # A server journal: the open reads it.
    assert first_look(resolve(tmp_path / "pg", database_url="postgresql://nowhere/x")) is None


def test_an_odd_mode_setting_leaves_it_to_the_open(sqlite_paths: DataPaths) -> None:
    journal = Journal.open(sqlite_paths)
    try:
        journal.set_mode("clinic")
        journal.add_client(ClientDraft("Ada"))
    finally:
        journal.close()
    import sqlite3

    conn = sqlite3.connect(sqlite_paths.db_file)
    with conn:
        conn.execute("UPDATE setting SET value = '\"clinic\"' WHERE key = 'mode'")
    conn.close()
    assert first_look(sqlite_paths) is None
