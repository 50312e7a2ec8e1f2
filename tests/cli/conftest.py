"""Fixtures for the CLI tests: run ``python -m needlejournal`` on a temp journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from needlejournal.cli import main


class Run:
    """``needlejournal …`` in a subprocess, the data dir passed explicitly by each test."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "needlejournal", *map(str, args)],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
        )

    def json(self, *args: str | Path) -> Any:
        done = self(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


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


def assert_one_line_error(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("needlejournal: ")
    assert "Traceback" not in stderr
