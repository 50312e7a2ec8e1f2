"""Inputs that once reached "Unexpected error … please report it" or were silently accepted
(issue 8 defect 10): each is a usage error (exit 2, one sentence) and changes nothing.

The rules live in the journal (``journal.limits``), so every front end gets them; the command
line's own parsing is strict too (plain decimal digits, no ``1_0``, no ``1e-320``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_helpers import clean_env, nj, rows

from needlejournal.journal.errors import InvalidInput, NotFound
from needlejournal.journal.records import ClientDraft, DeviceDraft
from needlejournal.paths import resolve

MAX_ID = 2**63 - 1  # SQLite INTEGER
HUGE = str(2**63)
BAD_UTF8 = b"Ad\xffa"  # a name whose bytes are not UTF-8 (argv decodes them as surrogates)
SESSION = ("treatment", "add", "--client", "Ada", "--device", "Pen", "--date", "2025-01-10")

CASES: list[tuple[str, tuple[str, ...]]] = [
    ("client id 2^63", ("timeline", "--client", HUGE)),
    ("client id 10^30", ("timeline", "--client", "1" + "0" * 30)),
    ("device id 2^63", (*SESSION[:5], HUGE, *SESSION[6:], "--area", "cheeks:1.0")),
    ("session id 2^63", ("photo", "list", "--client", "Ada", "--treatment", HUGE)),
    ("photo id 2^63", ("photo", "metrics", HUGE)),
    ("passes 2^63", (*SESSION, "--area", f"cheeks:1.0:{HUGE}")),
    ("passes 1_0", (*SESSION, "--area", "cheeks:1.0:1_0")),
    ("passes 500", (*SESSION, "--area", "cheeks:1.0:500")),
    ("depth 1e-320", (*SESSION, "--area", "cheeks:1e-320")),
    ("depth 1_0", (*SESSION, "--area", "cheeks:1_0")),
    ("depth 0.01", (*SESSION, "--area", "cheeks:0.01")),
    ("depth nan", (*SESSION, "--area", "cheeks:nan")),
    ("date out of UTC range", (*SESSION[:7], "9999-12-31T23:59:59-12:00", "--area", "cheeks:1")),
    ("date year 1", (*SESSION[:7], "0001-01-01T00:00:00+05:00", "--area", "cheeks:1")),
    ("date year 1200", (*SESSION[:7], "1200-01-01", "--area", "cheeks:1")),
    ("skin check date overflow", ("observation", "add", "--client", "Ada", "--date",
                                  "9999-12-31T23:59:59-12:00", "--texture", "5")),
    ("downtime 1_0", (*SESSION, "--area", "cheeks:1", "--downtime", "1_0")),
    ("redness 2^63", ("observation", "add", "--client", "Ada", "--date", "2025-01-01",
                      "--redness", HUGE)),
    ("needles 2^63", ("device", "add", "Roller X", "--kind", "roller", "--needles", HUGE)),
    ("newline in a name", ("client", "add", "Ada\nLovelace")),
    ("tab in a device name", ("device", "add", "Pen\tTwo", "--kind", "pen")),
    ("100,000-character device name", ("device", "add", "D" * 100_000, "--kind", "pen")),
    ("100,000-character client name", ("client", "add", "C" * 100_000)),
    ("consent in year 9999", ("client", "add", "Grace", "--consent", "9999-01-01")),
    ("consent in year 1066", ("client", "add", "Grace", "--consent", "1066-10-14")),
    ("day after 2^63", ("photo", "import", "--client", "Ada", "--role", "progress",
                        "--day-after", HUGE, "x.jpg")),
]  # fmt: skip


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("limits") / "data"
    assert nj(data, "client", "add", "Ada").returncode == 0
    assert nj(data, "device", "add", "Pen", "--kind", "pen").returncode == 0
    return data


def _snapshot(data: Path) -> list[tuple[object, ...]]:
    db = data / "journal.sqlite3"
    return [
        *rows(db, "SELECT id, name, consent_on FROM client"),
        *rows(db, "SELECT id, name, needle_count FROM device"),
        *rows(db, "SELECT count(*) FROM treatment"),
        *rows(db, "SELECT count(*) FROM observation"),
    ]


@pytest.mark.parametrize(("label", "argv"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_a_usage_error_and_changes_nothing(
    journal_dir: Path, label: str, argv: tuple[str, ...]
) -> None:
    before = _snapshot(journal_dir)
    done = nj(journal_dir, *argv)
    assert done.returncode == 2, (label, done.returncode, done.stderr)
    assert "Unexpected error" not in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.startswith("needlejournal: ")
    assert _snapshot(journal_dir) == before


def test_a_name_whose_bytes_are_not_utf8(journal_dir: Path) -> None:
    before = _snapshot(journal_dir)
    done = subprocess.run(
        [sys.executable, "-m", "needlejournal", "--data-dir", os.fsencode(journal_dir),
         "client", "add", BAD_UTF8],
        capture_output=True, env=clean_env(), timeout=120,
    )  # fmt: skip
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    assert "not valid text (UTF-8)" in stderr and "Unexpected" not in stderr
    assert _snapshot(journal_dir) == before


def test_the_journal_itself_refuses_them_for_every_front_end(tmp_path: Path) -> None:
    from needlejournal.journal.api import Journal

    journal = Journal.open(resolve(tmp_path / "data"))
    try:
        for draft in (
            ClientDraft(name="Ada\x00"),
            ClientDraft(name="Ad\udcffa"),
            ClientDraft(name="x" * 201),
            ClientDraft(name="Ada", notes="ok\nmulti-line notes are fine", id=MAX_ID + 1),
        ):
            with pytest.raises((InvalidInput, NotFound)):
                journal.save_client(draft)
        with pytest.raises(InvalidInput):
            journal.save_device(DeviceDraft(name="Pen", kind="pen", needle_count=2**70))
        journal.save_client(ClientDraft(name="Ada", notes="two\nlines\tand a tab"))
    finally:
        journal.close()
