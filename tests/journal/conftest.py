"""Fixtures: a real journal on a temp SQLite file migrated to head (and PostgreSQL when set)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from needlejournal.journal.api import Journal
from needlejournal.journal.records import DeviceDraft, DeviceRecord, ProductDraft, ProductRecord
from needlejournal.paths import DataPaths, resolve

PG_URL = os.environ.get("NEEDLEJOURNAL_TEST_PG_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def paths(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DataPaths]:
    if request.param == "sqlite":
        yield resolve(tmp_path / "data")
        return
    if not PG_URL:
        pytest.skip("NEEDLEJOURNAL_TEST_PG_URL is not set")
    from pg_databases import scratch_database

    with scratch_database(PG_URL) as url:
        yield resolve(tmp_path / "data", database_url=url)


@pytest.fixture
def sqlite_paths(tmp_path: Path) -> DataPaths:
    return resolve(tmp_path / "data")


@pytest.fixture
def journal(paths: DataPaths) -> Iterator[Journal]:
    j = Journal.open(paths)
    yield j
    j.close()


@pytest.fixture
def pen(journal: Journal) -> DeviceRecord:
    return journal.save_device(DeviceDraft("Dermapen 4", "pen", needle_count=16))


@pytest.fixture
def serums(journal: Journal) -> dict[str, ProductRecord]:
    drafts = [
        ProductDraft("Hyaluronic serum", "Lab A", "serum", ("hyaluronic acid", "glycerin")),
        ProductDraft("C-Firma 15%", "Lab B", "serum", ("L-ascorbic acid", "ferulic acid")),
        ProductDraft("Retinol 0.3", "Lab C", "cream", ("retinol",)),
    ]
    return {d.name: journal.save_product(d) for d in drafts}


def _days_ago(n: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=n)


@pytest.fixture
def ago() -> Callable[[float], datetime]:
    """``ago(3)``: an aware UTC datetime three days in the past."""
    return _days_ago
