"""Helpers the CLI tests import: a subprocess runner and the one-sentence error check."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
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


# The command as a user runs it, reporting afterwards which of these modules were imported.
PROBED = ("sqlalchemy", "PIL")
_PROBE = (
    "import sys; from needlejournal.cli import main; "
    "code = main(sys.argv[1:]); "
    f"print(*(m in sys.modules for m in {PROBED!r}), code, file=sys.stderr)"
)


@dataclass(frozen=True)
class Probed:
    stdout: str
    imported: dict[str, bool]  # PROBED → whether the command imported it
    code: int
    stderr: str  # what the command said there, without the probe's line


def probe(run: Run, *args: str | Path | int) -> Probed:
    """``needlejournal …args`` in a subprocess that says which heavy modules it imported
    (the plain sqlite3 paths of issue 15 import neither SQLAlchemy nor, unless drawing, Pillow)."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *map(str, args)],
        capture_output=True,
        text=True,
        env=run.env,
        timeout=120,
    )
    *said, verdict = done.stderr.strip().splitlines()
    *flags, code = verdict.split()
    imported = {m: flag == "True" for m, flag in zip(PROBED, flags, strict=True)}
    return Probed(done.stdout, imported, int(code), "\n".join(said))


def assert_one_line_error(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("needlejournal: ")
    assert "Traceback" not in stderr
