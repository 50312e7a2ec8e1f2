"""Fixtures for the CLI tests: run ``python -m needlejournal`` on a temp journal.

Helpers that test modules import live in ``cli_helpers`` (a uniquely named module: several
test folders have a ``conftest``, so ``from conftest import …`` picks whichever came first).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import Run

from needlejournal.cli import main


@pytest.fixture
def run(tmp_path: Path) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    # The default data dir must never be touched by a test that forgets --data-dir.
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    return Run(env)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """``needlejournal …`` in-process: (exit code, stdout, stderr). Fast, for data checks."""

    def call(*args: str | Path) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call
