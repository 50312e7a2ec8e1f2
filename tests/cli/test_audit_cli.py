"""``needlejournal audit`` and ``check`` on the audit trail (issue 13), through real processes:
lines filtered by client, date and action, CSV out, and a tampered chain reported in one
sentence with exit 1."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from cli_helpers import Run, assert_one_line_error


def _journal(run: Run, data: Path) -> dict[str, int]:
    run.env["NEEDLEJOURNAL_SEAT"] = "ROOM-2"
    ana = run.json("--data-dir", data, "client", "add", "Ana Example")["id"]
    ben = run.json("--data-dir", data, "client", "add", "Ben Example")["id"]
    assert run("--data-dir", data, "client", "erase", ben, "--yes").returncode == 0
    return {"ana": ana, "ben": ben}


def test_audit_lists_filters_and_writes_csv(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    ids = _journal(run, data)
    every = run.json("--data-dir", data, "audit")["entries"]
    about_clients = [e for e in every if e["record_kind"] == "client"]
    assert [(e["action"], e["client_id"]) for e in about_clients] == [
        ("created", ids["ana"]),
        ("created", ids["ben"]),
        ("erased", ids["ben"]),
    ]
    assert {e["seat"] for e in every} == {"ROOM-2"} and all(e["os_user"] for e in every)
    by_name = run.json("--data-dir", data, "audit", "--client", "Ana Example")["entries"]
    assert [e["id"] for e in by_name] == [1]
    # An erased client is found by id alone: the trail keeps no name.
    erased = run.json("--data-dir", data, "audit", "--client", str(ids["ben"]))["entries"]
    assert [e["action"] for e in erased] == ["created", "erased"]
    assert run.json("--data-dir", data, "audit", "--action", "erased")["entries"] == [
        about_clients[-1]
    ]
    assert run.json("--data-dir", data, "audit", "--since", "2000-01-01")["entries"] == every
    out = tmp_path / "trail.csv"
    text = run("--data-dir", data, "audit", "--csv", out)
    assert text.returncode == 0 and f"{len(every)} audit lines." in text.stdout
    with out.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["id"], r["action"]) for r in rows] == [(str(e["id"]), e["action"]) for e in every]
    assert rows[0]["seat"] == "ROOM-2" and rows[0]["client_id"] == str(ids["ana"])
    verified = run("--data-dir", data, "audit", "--verify")
    assert verified.returncode == 0
    assert f"intact ({len(every)} lines verified)" in verified.stdout


def test_bad_options_are_one_sentence_and_exit_2(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    for args in (
        ("--since", "yesterday"),
        ("--since", "2999-01-01"),
        ("--client", "Nobody"),
        ("--action", "danced"),
        ("--csv", tmp_path / "no" / "such" / "x.csv"),
    ):
        done = run("--data-dir", data, "audit", *args)
        assert done.returncode == 2, (args, done.stderr)
        assert_one_line_error(done.stderr)


def test_a_tampered_trail_fails_verify_and_check(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    with sqlite3.connect(data / "journal.sqlite3") as db:
        db.execute("UPDATE audit_entry SET seat = 'ELSEWHERE' WHERE id = 2")
    done = run("--data-dir", data, "audit", "--verify")
    assert done.returncode == 1
    assert_one_line_error(done.stderr)
    assert "audit line 2 was changed" in done.stderr
    checked = run("--data-dir", data, "check", "--json")
    assert checked.returncode == 1
    assert "audit line 2 was changed" in checked.stdout and '"audit_chain"' in checked.stdout
    with sqlite3.connect(data / "journal.sqlite3") as db:
        db.execute("UPDATE audit_entry SET seat = 'ROOM-2' WHERE id = 2")
        db.execute("DELETE FROM audit_entry WHERE id = 1")
    gone = run("--data-dir", data, "check")
    assert gone.returncode == 1 and "missing line 1" in gone.stdout
