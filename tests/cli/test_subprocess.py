"""The command-line contract (DESIGN.md §4) through real ``python -m needlejournal`` processes.

Kept to about 25 processes; data checks that need no process run in-process elsewhere.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cli_helpers import Run, assert_one_line_error

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft, DeviceDraft, ProductDraft
from needlejournal.paths import resolve

CLIENT_KEYS = {"id", "name", "skin_type", "treatments", "last_treatment"}
WARNING_KEYS = {"rule", "message", "source"}


def _days_ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _prepared(data: Path) -> None:
    """A journal with one client, a device and a product, made through the API (no process)."""
    journal = Journal.open(resolve(data))
    try:
        journal.save_client(ClientDraft(name="Nora Quinn", skin_type="II"))
        journal.save_device(DeviceDraft(name="Vireo Pen A7", kind="pen", needle_count=12))
        journal.save_product(ProductDraft(name="Hydra Glide", ingredients=("sodium hyaluronate",)))
    finally:
        journal.close()


def _treatment_count(data: Path) -> int:
    with sqlite3.connect(data / "journal.sqlite3") as db:
        (n,) = db.execute("SELECT count(*) FROM treatment").fetchone()
    return int(n)


def test_help_lists_the_contract_commands(run: Run) -> None:
    done = run("--help")
    assert done.returncode == 0
    for command in ("demo", "client", "treatment", "timeline", "check"):
        assert command in done.stdout


# The order a newcomer meets the commands in: fill, people, tools, sessions, then what is read.
HELP_ORDER = [
    "demo", "client", "consent", "mode", "device", "product", "treatment", "observation",
    "scale",
    "timeline", "due",
    "what-worked", "lot", "report", "photo", "compare", "snapshot", "backup", "restore",
    "audit", "clinic", "check",
]  # fmt: skip


def test_help_lists_the_commands_in_the_registered_order(run: Run) -> None:
    done = run("--help")
    assert done.returncode == 0, done.stderr
    listed = re.findall(r"^    ([\w-]+)\s", done.stdout.split("commands:", 1)[1], re.M)
    assert listed == HELP_ORDER
    photo = run("photo", "--help")
    assert re.findall(r"^    (\w+)\s", photo.stdout, re.M)[:3] == ["import", "list", "metrics"]


def test_a_session_from_client_to_timeline(run: Run, tmp_path: Path) -> None:
    d = tmp_path / "journal"
    # Global options after the command...
    added = run.json("client", "add", "Anna Berg", "--skin-type", "III", "--data-dir", d)
    assert {"id", "name"} <= added.keys()
    assert added["name"] == "Anna Berg"
    assert run.json("device", "add", "Vireo Pen A7", "--kind", "pen", "--data-dir", d)["id"]
    vitamin_c = run.json(
        "product", "add", "C-Bright 15", "--ingredient", "L-ascorbic acid 15%", "--data-dir", d
    )
    assert vitamin_c["ingredients"] == ["L-ascorbic acid 15%"]

    first = run.json(
        "treatment", "add", "--client", "anna berg", "--date", _days_ago(20),
        "--device", "vireo pen a7", "--area", "cheeks:1.5:3:pinpoint_bleeding",
        "--area", "forehead:0.5", "--product", "C-Bright 15@during", "--texture", "4",
        "--tone", "5", "--texture-note", "Rolling scars", "--data-dir", d,
    )  # fmt: skip
    assert set(first) >= {"id", "warnings"}
    assert [w["rule"] for w in first["warnings"]] == ["product_phase"]
    assert set(first["warnings"][0]) == WARNING_KEYS

    # ...and before it.
    done = run(
        "--data-dir", d, "--json", "treatment", "add", "--client", str(added["id"]),
        "--date", _days_ago(10), "--device", "Vireo Pen A7", "--area", "cheeks:1.5",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    second = json.loads(done.stdout)
    assert [w["rule"] for w in second["warnings"]] == ["interval"]
    assert "days" in second["warnings"][0]["message"]

    check_day = (datetime.now() - timedelta(days=15)).strftime("%Y-%m-%d")  # local date
    obs = run.json("--data-dir", d, "observation", "add", "--client", "Anna Berg",
                   "--date", check_day, "--texture", "5", "--note", "Day 5 check")  # fmt: skip
    assert obs["id"]

    listed = run.json("--data-dir", d, "client", "list")
    assert len(listed) == 1 and listed[0].keys() >= CLIENT_KEYS
    assert listed[0]["treatments"] == 2
    assert datetime.fromisoformat(listed[0]["last_treatment"]).tzinfo is not None

    timeline = run.json("timeline", "--client", "Anna Berg", "--data-dir", d)
    assert [e["kind"] for e in timeline] == ["treatment", "observation", "treatment"]
    dates = [datetime.fromisoformat(e["date"]) for e in timeline]
    assert dates == sorted(dates)
    assert timeline[0]["id"] == first["id"]
    assert timeline[0]["areas"][0] == {
        "area": "cheeks", "depth_mm": 1.5, "passes": 3, "endpoint": "pinpoint_bleeding",
        "indication": "general",
    }  # fmt: skip
    assert timeline[0]["products"][0]["phase"] == "during"
    assert timeline[0]["texture_score"] == 4 and timeline[0]["texture_note"] == "Rolling scars"
    # The first session is now also too close to the second one.
    assert {w["rule"] for w in timeline[0]["warnings"]} == {"product_phase", "interval"}

    text = run("timeline", "--client", "1", "--data-dir", d)
    assert text.returncode == 0
    assert "Anna Berg" in text.stdout and "cheeks 1.5 mm" in text.stdout and "!" in text.stdout

    checked = run.json("check", "--data-dir", d)
    assert checked == {"ok": True, "problems": []}


def test_refused_inputs_exit_2_with_one_sentence_and_save_nothing(run: Run, tmp_path: Path) -> None:
    d = tmp_path / "journal"
    _prepared(d)
    base = (
        "--data-dir",
        d,
        "treatment",
        "add",
        "--client",
        "Nora Quinn",
        "--device",
        "Vireo Pen A7",
    )
    cases = {
        "depth": (*base, "--date", _days_ago(3), "--area", "cheeks:3.5"),
        "future": (*base, "--date", _days_ago(-3), "--area", "cheeks:1.0"),
        "client": ("--data-dir", d, "treatment", "add", "--client", "Nobody", "--device", "1",
                   "--date", _days_ago(3), "--area", "cheeks:1.0"),
        "device": ("--data-dir", d, "treatment", "add", "--client", "Nora Quinn", "--device",
                   "Dermaroller", "--date", _days_ago(3), "--area", "cheeks:1.0"),
        "option": (*base, "--date", _days_ago(3), "--area", "cheeks:1.0", "--colour", "red"),
    }  # fmt: skip
    errors = {}
    for name, args in cases.items():
        done = run(*args)
        assert done.returncode == 2, (name, done.stderr)
        assert done.stdout == ""
        assert_one_line_error(done.stderr)
        errors[name] = done.stderr
    assert "3.5 mm" in errors["depth"]
    assert "future" in errors["future"]
    assert "Nobody" in errors["client"]
    assert "Vireo Pen A7" in errors["device"]  # the known devices are listed
    assert "--colour" in errors["option"]
    assert _treatment_count(d) == 0


def test_demo_fills_once_then_refuses(run: Run, tmp_path: Path) -> None:
    d = tmp_path / "journal"
    summary = run.json("demo", "--data-dir", d)
    assert summary["mode"] == "clinic"
    assert summary["clients"] == 12 and summary["treatments"] == 96
    assert {"observations", "devices", "products", "seconds"} <= summary.keys()

    again = run("--data-dir", d, "demo", "--clients", "3")
    assert again.returncode == 2
    assert_one_line_error(again.stderr)
    assert "empty" in again.stderr
    assert _treatment_count(d) == 96

    clients = run.json("client", "list", "--data-dir", d)
    assert len(clients) == 12 and all(c["treatments"] == 8 for c in clients)


def test_demo_with_one_client_is_a_personal_journal(run: Run, tmp_path: Path) -> None:
    d = tmp_path / "me"
    summary = run.json("--data-dir", d, "demo", "--clients", "1", "--treatments", "6")
    assert summary["mode"] == "personal" and summary["treatments"] == 6
    timeline = run.json("--data-dir", d, "timeline", "--client", "Me")
    assert sum(e["kind"] == "treatment" for e in timeline) == 6


def test_check_reports_a_damaged_journal_with_exit_1(run: Run, tmp_path: Path) -> None:
    d = tmp_path / "journal"
    d.mkdir(mode=0o700)
    (d / "journal.sqlite3").write_bytes(b"this is not an SQLite database" * 100)
    done = run("check", "--json", "--data-dir", d)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["ok"] is False
    assert report["problems"] and {"kind", "message"} <= report["problems"][0].keys()


def test_environment_failures_are_one_sentence_exit_1(run: Run, tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    done = run("client", "list", "--data-dir", not_a_dir / "journal")
    assert done.returncode == 1
    assert_one_line_error(done.stderr)


def test_json_without_a_command_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    done = run("--json", "--data-dir", tmp_path)
    assert done.returncode == 2
    assert_one_line_error(done.stderr)


def test_the_cli_imports_neither_qt_nor_sqlalchemy(run: Run) -> None:
    code = (
        "import sys, needlejournal.cli, needlejournal.demo\n"
        "needlejournal.cli.build_parser()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "print(bad)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=run.env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_commands_on_a_current_journal_do_not_import_alembic(run: Run, tmp_path: Path) -> None:
    """Issue 15: Alembic (~150 ms) is imported only when a migration runs."""
    import subprocess
    import sys

    d = tmp_path / "journal"
    run.json("--data-dir", d, "client", "add", "Ada")
    probe = (
        "import sys; from needlejournal.cli import main; "
        f"code = main(['--data-dir', {str(d)!r}, *sys.argv[1:]]); "
        "print('alembic' in sys.modules, 'PIL' in sys.modules, code, file=sys.stderr)"
    )
    for command in (["client", "list", "--json"], ["client", "add", "Bo", "--json"]):
        done = subprocess.run(
            [sys.executable, "-c", probe, *command], capture_output=True, text=True, env=run.env
        )
        assert done.stderr.split()[-3:] == ["False", "False", "0"], (command, done.stderr)
