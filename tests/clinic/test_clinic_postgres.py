"""Clinic mode: who is due, lot recall and export → import on PostgreSQL (the same queries
must hold on a clinic server, not only on SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from clinic_helpers import Clinic, import_photo, photo_with_gps
from pg_databases import scratch_database

from needlejournal.journal.api import Journal
from needlejournal.journal.client_archive import export_client
from needlejournal.journal.client_erase import erase_client
from needlejournal.journal.client_import import import_client
from needlejournal.journal.due import due_in
from needlejournal.journal.lots import recall_in
from needlejournal.paths import resolve

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_journal(pg_url: str, tmp_path: Path) -> Iterator[Journal]:
    with scratch_database(pg_url, "nj_clinic_") as url:
        journal = Journal.open(resolve(tmp_path / "pg", database_url=url))
        try:
            yield journal
        finally:
            journal.close()


def test_due_lot_export_import_erase_on_postgres(pg_journal: Journal, tmp_path: Path) -> None:
    clinic = Clinic(pg_journal)
    today = date(2026, 6, 15)
    ana, ben = clinic.client("Ana"), clinic.client("Ben")
    clinic.session(ana, today - timedelta(days=40), {"cheeks": 1.0}, lot="X-1")
    t = clinic.session(ben, today - timedelta(days=2), {"cheeks": 1.5}, lot="x-1 ")
    import_photo(pg_journal, photo_with_gps(tmp_path / "b.jpg", 2), ben.id, t.id, "before", "front")
    items = [(i.client_name, i.kind, i.overdue) for i in due_in(pg_journal, today)]
    assert items == [
        ("Ana", "session", True),
        ("Ben", "aftercare", False),
        ("Ben", "session", False),
    ]
    assert [u.client_name for u in recall_in(pg_journal, "hyaluronic serum", "X-1").uses] == [
        "Ana",
        "Ben",
    ]
    archive = tmp_path / "ben.zip"
    export_client(pg_journal, ben.id, archive)
    into = Journal.open(resolve(tmp_path / "sqlite"))
    try:
        first = import_client(into, archive)
        assert first.added["photos"] == 1 and first.added["treatments"] == 1
        assert not import_client(into, archive).added_anything
    finally:
        into.close()
    report = erase_client(pg_journal, ben.id)
    assert not report.vacuumed and report.files_removed == 1
    assert [c.name for c in pg_journal.list_clients()] == ["Ana"]
