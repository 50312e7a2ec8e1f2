"""Text that is not UTF-8 in a row (issue 8 defect 9): ``check`` finds it, ``--repair`` fixes
it with replacement characters and says so, and reading it is not called a write failure."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from reliability_helpers import nj


def test_undecodable_text_is_found_repaired_and_reported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    assert nj(data, "device", "add", "Pen", "--kind", "pen").returncode == 0
    added = nj(
        data, "treatment", "add", "--client", "Ada", "--device", "Pen", "--date", "2025-01-10",
        "--area", "cheeks:1.0", "--notes", "fine",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    with sqlite3.connect(data / "journal.sqlite3") as c:
        c.execute("UPDATE treatment SET notes = CAST(X'4FFF4B' AS TEXT)")  # "O\xffK"

    timeline = nj(data, "timeline", "--client", "Ada")
    assert timeline.returncode == 1
    assert "could not be written" not in timeline.stderr
    assert "cannot be read" in timeline.stderr and "check --repair" in timeline.stderr

    found = nj(data, "check", "--json")
    assert found.returncode == 1
    (problem,) = json.loads(found.stdout)["problems"]
    assert (problem["kind"], problem["table"], problem["column"]) == (
        "bad_text",
        "treatment",
        "notes",
    )
    repaired = nj(data, "check", "--repair", "--json")
    assert repaired.returncode == 0, repaired.stdout
    assert any("treatment" in line for line in json.loads(repaired.stdout)["repaired"])
    entries = json.loads(nj(data, "timeline", "--client", "Ada", "--json").stdout)
    assert [e["notes"] for e in entries if e["kind"] == "treatment"] == ["O\ufffdK"]
