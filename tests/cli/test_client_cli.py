"""Clients and the journal's mode through real ``python -m needlejournal`` processes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cli_helpers import Run, assert_one_line_error


def _days_ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _home_rule(entries: list[dict[str, Any]]) -> list[str]:
    """The home-use depth warnings (one per fact: the area's home maximum, or the 1 mm limit)."""
    return [
        "home"
        for e in entries
        for w in e.get("warnings", [])
        if w["rule"] == "depth_home" or (w["rule"] == "depth_area" and "at home" in w["message"])
    ]


def test_adding_a_partner_keeps_my_home_session_warned(run: Run, tmp_path: Path) -> None:
    """Bug 6: a second client used to switch the journal to clinic mode, silencing the rule."""
    d = tmp_path / "journal"
    assert run.json("client", "add", "Me", "--data-dir", d)["mode"] == "personal"
    run.json("device", "add", "Roller", "--kind", "roller", "--data-dir", d)
    session = run.json(
        "treatment", "add", "--client", "Me", "--date", _days_ago(2), "--device", "Roller",
        "--area", "cheeks:1.5", "--data-dir", d,
    )  # fmt: skip
    assert _home_rule([session]) == ["home"]

    assert run.json("client", "add", "Partner", "--data-dir", d)["mode"] == "personal"

    timeline = run.json("timeline", "--client", "Me", "--data-dir", d)
    assert _home_rule(timeline) == ["home"]


def test_mode_is_shown_and_changed_only_by_the_user(run: Run, tmp_path: Path) -> None:
    d = tmp_path / "journal"
    fresh = run.json("mode", "--data-dir", d)
    assert fresh == {"mode": "personal", "chosen": False}
    assert run.json("mode", "clinic", "--data-dir", d) == {"mode": "clinic", "chosen": True}
    assert run.json("client", "add", "Me", "--data-dir", d)["mode"] == "clinic"
    shown = run("mode", "--data-dir", d)
    assert shown.returncode == 0 and "clinic mode" in shown.stdout
    refused = run("mode", "home", "--data-dir", d)
    assert refused.returncode == 2
    assert_one_line_error(refused.stderr)
    assert run.json("mode", "--data-dir", d)["mode"] == "clinic"  # unchanged


def test_an_ambiguous_name_lists_the_candidates_with_their_ids(run: Run, tmp_path: Path) -> None:
    """Bug 7: "Several clients are called …" must say which ids to choose from."""
    d = tmp_path / "journal"
    run.json("mode", "clinic", "--data-dir", d)
    first = run.json("client", "add", "Sam Lee", "--data-dir", d)["id"]
    second = run.json("client", "add", "sam lee", "--concerns", "melasma", "--data-dir", d)["id"]
    run.json("device", "add", "Pen", "--kind", "pen", "--data-dir", d)
    run.json(
        "treatment", "add", "--client", str(first), "--date", _days_ago(3), "--device", "Pen",
        "--area", "cheeks:0.5", "--data-dir", d,
    )  # fmt: skip

    done = run("timeline", "--client", "SAM LEE", "--data-dir", d)

    assert done.returncode == 2
    assert_one_line_error(done.stderr)
    message = done.stderr
    assert "Several clients are called" in message
    assert f"#{first} Sam Lee" in message and f"#{second} sam lee" in message
    assert "1 session, last " in message and "no sessions" in message
    assert "added " in message and "use the client's id" in message
    assert run.json("timeline", "--client", str(second), "--data-dir", d) == []
