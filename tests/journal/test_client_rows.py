"""The client list read three ways gives the same records (issue 15).

``Journal.list_clients`` on SQLite reads plain rows (``client_rows``), a ``client list``
command reads them without SQLAlchemy (``plain_read``), and the ORM statement stays the
reference (and PostgreSQL's path): none may drift from the others.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from needlejournal.journal import client_rows, clients
from needlejournal.journal.api import Journal
from needlejournal.journal.plain_read import open_plain
from needlejournal.journal.records import AreaDraft, ClientDraft, ClientSummary, TreatmentDraft
from needlejournal.paths import DataPaths

SEARCHES = ("", "zoe", "0170 12", "ACNE", "nobody", "   ")


def _fill(journal: Journal) -> None:
    now = datetime.now(UTC)
    drafts = [
        ClientDraft(name="Me", is_self=True),
        ClientDraft(
            name="Zoë Ångström", skin_type="IV", concerns="acne scars", phone="0170-123 45"
        ),
        ClientDraft(name="ada", consent_on=date(2025, 3, 1), birth_date=date(1990, 2, 28)),
        ClientDraft(name="Ada", age_band="35-44", email="ada@example.com", notes="x\ny"),
        ClientDraft(name="Bo", archived=True, concerns="texture"),
        ClientDraft(name="Cy (archived, sessions)", archived=True),
    ]
    saved = [journal.save_client(d) for d in drafts]
    for days, who in ((40, 1), (12, 1), (3, 2), (70, 5)):
        journal.save_treatment(
            TreatmentDraft(
                saved[who].id,
                now - timedelta(days=days, microseconds=days * 1234),
                (AreaDraft("chin", 0.5),),
            )
        )


def _orm(journal: Journal, query: str, include_archived: bool) -> list[ClientSummary]:
    return journal.run(
        lambda s: clients.list_clients_orm(s, query, include_archived=include_archived)
    )


def test_the_journal_lists_what_the_orm_statement_reads(journal: Journal) -> None:
    _fill(journal)
    for query in SEARCHES:
        for archived in (False, True):
            got = journal.list_clients(query, include_archived=archived)
            assert got == _orm(journal, query, archived), (query, archived)
    every = journal.list_clients(include_archived=True)
    assert len(every) == 6 and every[0].name == "Me"
    assert [c.treatment_count for c in every] == [0, 1, 0, 0, 1, 2]  # Me, ada, Ada, Bo, Cy, Zoë
    assert all(c.client.created_at.tzinfo is UTC for c in every)
    assert every[-1].last_treatment_at is not None and every[-1].last_treatment_at.tzinfo is UTC


def test_the_plain_reader_lists_the_same_records(sqlite_paths: DataPaths) -> None:
    journal = Journal.open(sqlite_paths)
    try:
        _fill(journal)
        expected = {(q, a): _orm(journal, q, a) for q in SEARCHES for a in (False, True)}
    finally:
        journal.close()
    reader = open_plain(sqlite_paths)
    assert reader is not None
    try:
        for (query, archived), records in expected.items():
            assert reader.list_clients(query, include_archived=archived) == records
    finally:
        reader.close()


def test_values_written_by_another_tool_read_as_sqlalchemy_reads_them(
    sqlite_paths: DataPaths,
) -> None:
    """A timestamp with its own offset or without microseconds, a date-only timestamp."""
    journal = Journal.open(sqlite_paths)
    try:
        _fill(journal)
        with sqlite3.connect(sqlite_paths.db_file) as db:
            db.execute("UPDATE client SET created_at = '2025-01-02 03:04:05+02:00' WHERE name='Bo'")
            db.execute("UPDATE client SET created_at = '2025-01-02 03:04:05' WHERE name='Ada'")
            db.execute("UPDATE client SET created_at = '2025-01-02' WHERE name='ada'")
        got = journal.list_clients(include_archived=True)
        assert got == _orm(journal, "", True)
        by_name = {c.name: c.client.created_at for c in got}
        assert by_name["Bo"] == datetime(2025, 1, 2, 1, 4, 5, tzinfo=UTC)
        assert by_name["ada"] == datetime(2025, 1, 2, tzinfo=UTC)
    finally:
        journal.close()


def test_a_value_the_plain_mapping_cannot_read_falls_back_to_the_orm(
    sqlite_paths: DataPaths,
) -> None:
    journal = Journal.open(sqlite_paths)
    try:
        _fill(journal)
        with sqlite3.connect(sqlite_paths.db_file) as db:
            db.execute("UPDATE client SET consent_on = 'soon' WHERE name = 'Bo'")
        with sqlite3.connect(sqlite_paths.db_file) as db:
            rows = db.execute(client_rows.LIST_ALL_SQL).fetchall()
        with pytest.raises(ValueError):
            [client_rows.summary_from_raw(row) for row in rows]
        with pytest.raises(ValueError):  # the ORM refuses it too: one error, not two answers
            _orm(journal, "", True)
        with pytest.raises(ValueError):
            journal.list_clients(include_archived=True)
    finally:
        journal.close()
