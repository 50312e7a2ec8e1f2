"""Fixtures for the backup tests: a filled journal built once per session, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from backup_helpers import fill


@pytest.fixture(scope="session")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("filled")
    fill(root / "data", photos=4)
    return root / "data"


@pytest.fixture
def filled(filled_template: Path, tmp_path: Path) -> Path:
    """A private copy of a closed journal with clients, sessions, skin checks and 4 photos."""
    target = tmp_path / "data"
    shutil.copytree(filled_template, target, ignore=shutil.ignore_patterns(".instance.lock"))
    return target
