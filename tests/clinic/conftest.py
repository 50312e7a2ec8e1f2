"""Fixtures for the clinic features: a real SQLite journal with hand-made calendars."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from clinic_helpers import Clinic

from needlejournal.journal.api import Journal
from needlejournal.paths import DataPaths, resolve


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return resolve(tmp_path / "data")


@pytest.fixture
def journal(data_paths: DataPaths) -> Iterator[Journal]:
    j = Journal.open(data_paths)
    yield j
    j.close()


@pytest.fixture
def clinic(journal: Journal) -> Clinic:
    return Clinic(journal)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    return env
