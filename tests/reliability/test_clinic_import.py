"""Clinic mode: the database server goes away mid-import (issue 8 defect 14).

Before: the claim was released before the purge, whose query then failed, so the placed
original stayed forever with no row and no claim; the error did not say which photos had
been committed. Now the claim is abandoned (not released) when the journal cannot be asked,
the next start rolls it back, and the error names the photos already imported.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_databases import create_database, database_url, drop_database
from PIL import Image
from reliability_helpers import stored_files
from sqlalchemy import Engine, create_engine, text

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import JournalError
from needlejournal.journal.photo_import import BATCH_MAX
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve
from needlejournal.words import count

pytestmark = pytest.mark.postgres


@pytest.fixture
def clinic_db(pg_url: str) -> Iterator[tuple[str, str, Engine]]:
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    name = create_database(admin)
    try:
        yield database_url(pg_url, name), name, admin
    finally:
        with admin.connect() as c:
            c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        drop_database(admin, name)
        admin.dispose()


def _stop_server(admin: Engine, name: str) -> None:
    """As far as the journal can tell, the server stopped: no connection, no new one."""
    with admin.connect() as c:
        c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
        c.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
            {"n": name},
        )


def test_server_stopped_mid_import_leaves_no_orphan_and_names_what_was_saved(
    clinic_db: tuple[str, str, Engine], tmp_path: Path
) -> None:
    url, name, admin = clinic_db
    paths = resolve(tmp_path / "data", database_url=url)
    files = []
    for i in range(2 * BATCH_MAX + 3):  # several batches: the server stops after the first
        f = tmp_path / f"p{i}.jpg"
        Image.new("RGB", (64, 48), (12 * i, 10, 10)).save(f)
        files.append(f)
    journal = Journal.open(paths)
    try:
        client = journal.save_client(ClientDraft(name="Ada"))
        library = PhotoLibrary(journal)
        reported: list[int] = []

        def progress(done: int, _total: int) -> None:
            if not reported:
                _stop_server(admin, name)
            reported.append(done)

        with pytest.raises(JournalError) as info:  # ImportInterrupted
            library.import_files(files, PhotoDraft(client.id), progress=progress)
        saved = [p.id for p in getattr(info.value, "imported", ())]
        assert reported == [len(saved)]  # what was reported saved, and nothing after it
        assert 1 <= len(saved) < len(files)
        ids = ", ".join(str(i) for i in saved)
        assert f"{count(len(saved), 'photo')} imported before it stopped (ids {ids})" in str(
            info.value
        )
    finally:
        journal.close()
    with admin.connect() as c:
        c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
    reopened = Journal.open(paths)  # the server is back: the start rolls the rest back
    try:
        library = PhotoLibrary(reopened)
        assert library.check() == []
        assert len(library.list_photos(client.id)) == len(saved)
        assert len(stored_files(paths.photo_dir)) == len(saved)
    finally:
        reopened.close()
