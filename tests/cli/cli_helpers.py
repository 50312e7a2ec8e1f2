"""Helpers the CLI tests import: a subprocess runner and the one-sentence error check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


class Run:
    """``needlejournal …`` in a subprocess, the data dir passed explicitly by each test."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str | Path | int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "needlejournal", *map(str, args)],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
        )

    def json(self, *args: str | Path | int) -> Any:
        done = self(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


def assert_one_line_error(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("needlejournal: ")
    assert "Traceback" not in stderr
