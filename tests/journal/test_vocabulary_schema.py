"""The database's CHECKs on stored words admit exactly the vocabulary enums' values.

``alembic check`` compares columns and indexes but never CHECK text, so a word added to an
enum without a migration (or a migration that drifts from the model) would only show when a
user's save fails. These tests read the CHECKs a freshly migrated journal really has and let
SQLite itself judge every word.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint

from needlejournal.db import models as m
from needlejournal.guidance import (
    AgeBand,
    ConsentKind,
    DeviceKind,
    Endpoint,
    Indication,
    Phase,
    PhotoRole,
    RegionShape,
    ScreeningAnswer,
    ScreeningItem,
    Term,
)
from needlejournal.journal.api import Journal
from needlejournal.paths import resolve

# (table, column, constraint name, the enum its CHECK is built from)
CHECKED: tuple[tuple[str, str, str, type[Term]], ...] = (
    ("device", "kind", "ck_device_kind", DeviceKind),
    ("treatment_area", "endpoint", "ck_treatment_area_endpoint", Endpoint),
    ("treatment_area", "indication", "ck_treatment_area_indication", Indication),
    ("screening_answer", "item", "ck_screening_answer_item", ScreeningItem),
    ("screening_answer", "answer", "ck_screening_answer_answer", ScreeningAnswer),
    ("product_use", "phase", "ck_product_use_phase", Phase),
    ("photo", "role", "ck_photo_role", PhotoRole),
    ("consent", "kind", "ck_consent_kind", ConsentKind),
    ("client", "age_band", "ck_client_age_band", AgeBand),
    ("photo_region", "shape", "ck_photo_region_shape", RegionShape),
)
IDS = [c[2] for c in CHECKED]


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SQLite file of a journal created by the migrations (not by ``create_all``)."""
    paths = resolve(tmp_path_factory.mktemp("vocab") / "data")
    Journal.open(paths).close()
    return paths.db_file


def _check_sql(db_file: Path, table: str, name: str) -> str:
    """The expression of CHECK constraint ``name`` as the migrated schema stores it."""
    con = sqlite3.connect(db_file)
    try:
        (create,) = con.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        con.close()
    found = re.search(rf"CONSTRAINT {name} CHECK \((.*?)\)(?:,|\s*\)\s*$)", create, re.S)
    assert found, f"{table} has no CHECK named {name}:\n{create}"
    return " ".join(found.group(1).split())


def _admits(check: str, column: str, value: str) -> bool:
    """Whether SQLite accepts ``value`` in ``column`` under ``check`` (a real insert)."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute(f"CREATE TABLE probe ({column} TEXT NOT NULL, CHECK ({check}))")
        try:
            con.execute(f"INSERT INTO probe ({column}) VALUES (?)", (value,))
        except sqlite3.IntegrityError:
            return False
        return True
    finally:
        con.close()


@pytest.mark.parametrize(("table", "column", "name", "enum"), CHECKED, ids=IDS)
def test_the_migrated_check_admits_exactly_the_enum_values(
    migrated: Path, table: str, column: str, name: str, enum: type[Term]
) -> None:
    check = _check_sql(migrated, table, name)
    for value in enum.values():
        assert _admits(check, column, value), f"{name} refuses {value!r}: {check}"
    for stranger in ("unknown", "", enum.values()[0].upper(), enum.values()[0] + " "):
        if enum.has(stranger):
            continue  # "unknown" is a screening answer
        assert not _admits(check, column, stranger), f"{name} admits {stranger!r}: {check}"
    # Exactly: every quoted word in the CHECK is one of the enum's values, and vice versa.
    assert tuple(re.findall(r"'([^']*)'", check)) == enum.values()


@pytest.mark.parametrize(("table", "column", "name", "enum"), CHECKED, ids=IDS)
def test_the_model_check_is_the_migrated_check(
    migrated: Path, table: str, column: str, name: str, enum: type[Term]
) -> None:
    model = m.Base.metadata.tables[table]
    checks = {
        c.name: " ".join(str(c.sqltext).split())
        for c in model.constraints
        if isinstance(c, CheckConstraint)
    }
    assert checks[name] == enum.sql_check(column)
    assert checks[name] == _check_sql(migrated, table, name)


def test_every_stored_word_a_journal_can_write_goes_through_a_listed_check() -> None:
    # A new CHECK on a vocabulary column belongs in CHECKED (and in a migration).
    vocabulary_checks = {
        str(c.name)
        for table in m.Base.metadata.tables.values()
        for c in table.constraints
        if isinstance(c, CheckConstraint) and " IN (" in str(c.sqltext)
    }
    assert vocabulary_checks - {"ck_client_skin_type"} == set(IDS)
