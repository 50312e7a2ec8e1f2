"""Commands run in-process through ``cli.main``: JSON shapes, human text, modes, errors."""

from __future__ import annotations

import argparse
import json
import sys
import types
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from needlejournal.cli import DEBUG_ENV
from needlejournal.commands import _base
from needlejournal.journal.api import Journal
from needlejournal.paths import resolve

Cli = Callable[..., tuple[int, str, str]]


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="minutes")


@pytest.fixture
def d(tmp_path: Path) -> Path:
    return tmp_path / "journal"


def _mode(d: Path) -> str:
    journal = Journal.open(resolve(d))
    try:
        return journal.mode()
    finally:
        journal.close()


def test_first_client_me_chooses_personal_mode_and_others_never_switch_it(
    cli: Cli, d: Path
) -> None:
    code, out, _ = cli("client", "add", "me", "--data-dir", d, "--json")
    assert code == 0
    assert json.loads(out) == {"id": 1, "name": "Me", "skin_type": None, "mode": "personal"}
    assert _mode(d) == "personal"
    code, out, _ = cli("client", "add", "Anna Berg", "--data-dir", d)
    assert code == 0 and "personal mode" in out
    assert _mode(d) == "personal"  # only the user switches it (``needlejournal mode clinic``)
    code, out, _ = cli("client", "list", "--data-dir", d, "--json")
    listed = json.loads(out)
    assert [(c["name"], c["is_self"]) for c in listed] == [("Me", True), ("Anna Berg", False)]


def test_a_first_client_with_another_name_is_clinic_mode(cli: Cli, d: Path) -> None:
    assert cli("client", "add", "Anna Berg", "--data-dir", d)[0] == 0
    assert _mode(d) == "clinic"


def test_libraries_json_and_tables(cli: Cli, d: Path) -> None:
    code, out, _ = cli("device", "list", "--data-dir", d)
    assert code == 0 and "device add" in out  # the empty state says what to do
    cli("device", "add", "Lumera Roller", "--kind", "roller", "--needles", "192", "--data-dir", d)
    cli("product", "add", "Night Renewal", "--brand", "Verdant", "--kind", "night cream",
        "--ingredient", "retinol 0.3%", "--ingredient", "squalane", "--data-dir", d)  # fmt: skip
    devices = json.loads(cli("device", "list", "--json", "--data-dir", d)[1])
    assert devices == [
        {"id": 1, "name": "Lumera Roller", "kind": "roller", "needle_count": 192,
         "cartridge": "", "notes": ""}
    ]  # fmt: skip
    products = json.loads(cli("product", "list", "--json", "--data-dir", d)[1])
    assert products[0]["ingredients"] == ["retinol 0.3%", "squalane"]
    assert products[0].keys() == {"id", "name", "brand", "kind", "ingredients", "notes"}
    table = cli("product", "list", "--data-dir", d)[1]
    assert table.splitlines()[0].split() == ["ID", "Name", "Brand", "Kind", "Ingredients"]
    # A duplicate name is refused input: exit 2, one sentence.
    code, _, err = cli("device", "add", "lumera roller", "--kind", "roller", "--data-dir", d)
    assert code == 2 and "already exists" in err


def test_every_refused_value_gets_its_own_line(cli: Cli, d: Path) -> None:
    cli("client", "add", "Anna", "--data-dir", d)
    cli("device", "add", "Pen", "--kind", "pen", "--data-dir", d)
    code, out, err = cli(
        "treatment", "add", "--client", "Anna", "--device", "Pen", "--date", _ago(-5),
        "--area", "cheeks:3.5", "--data-dir", d,
    )  # fmt: skip
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("needlejournal: ") for line in lines)


def test_aftercare_retinol_and_home_depth_warnings_reach_the_json(cli: Cli, d: Path) -> None:
    cli("client", "add", "Me", "--data-dir", d)
    cli("device", "add", "Home Pen", "--kind", "pen", "--data-dir", d)
    cli("product", "add", "Night Renewal", "--ingredient", "retinol 0.3%", "--data-dir", d)
    code, out, _ = cli(
        "treatment", "add", "--client", "Me", "--device", "Home Pen", "--date", _ago(1),
        "--area", "cheeks:1.5", "--area", "neck:1.5", "--product", "Night Renewal@aftercare",
        "--json", "--data-dir", d,
    )  # fmt: skip
    assert code == 0
    rules = sorted(w["rule"] for w in json.loads(out)["warnings"])
    # Cheeks: its own limit; the neck has none, so the home limit speaks for it (one each).
    assert rules == ["depth_area", "depth_home", "product_phase"]


def test_timeline_human_text_and_empty_state(cli: Cli, d: Path) -> None:
    cli("client", "add", "Anna", "--data-dir", d)
    code, out, _ = cli("timeline", "--client", "Anna", "--data-dir", d)
    assert code == 0 and "treatment add" in out
    code, _, err = cli("timeline", "--client", "Bob", "--data-dir", d)
    assert code == 2 and "Bob" in err


def test_check_human_text(cli: Cli, d: Path) -> None:
    assert cli("check", "--data-dir", d) == (0, "The journal is healthy.\n", "")


def test_no_command_opens_the_window_with_the_path_options(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, d: Path
) -> None:
    seen: list[list[str]] = []
    fake = types.ModuleType("needlejournal.app")

    def main(argv: list[str]) -> int:
        seen.append(argv)
        return 0

    fake.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "needlejournal.app", fake)
    assert cli("--data-dir", d, "--photo-dir", d / "p")[0] == 0
    assert seen == [["--data-dir", str(d), "--photo-dir", str(d / "p")]]


def test_without_the_window_module_the_cli_says_so(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "needlejournal.app", None)  # import fails
    code, _, err = cli()
    assert code == 1 and "not available" in err


def _boom(ctx: _base.Context, args: argparse.Namespace) -> _base.Outcome:
    raise RuntimeError("disk gremlins")


def test_unexpected_errors_are_one_sentence_and_traceback_only_when_debugging(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, d: Path
) -> None:
    monkeypatch.setattr("needlejournal.commands.check.run", _boom)
    monkeypatch.delenv(DEBUG_ENV, raising=False)
    code, out, err = cli("check", "--data-dir", d)
    assert code == 1 and out == ""
    assert "disk gremlins" in err and "report" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv(DEBUG_ENV, "1")
    code, _, err = cli("check", "--data-dir", d)
    assert code == 1 and "Traceback" in err


def test_an_unknown_device_or_product_names_the_library_and_saves_nothing(
    cli: Cli, d: Path
) -> None:
    assert cli("client", "add", "Anna Berg", "--data-dir", d)[0] == 0
    session = ("treatment", "add", "--client", "Anna Berg", "--date", _ago(2))
    code, _, err = cli(*session, "--device", "Pen", "--area", "cheeks:0.5", "--data-dir", d)
    assert code == 2
    assert "no device called “Pen”" in err and "The device library is empty" in err
    assert cli("device", "add", "Vireo Pen", "--kind", "pen", "--data-dir", d)[0] == 0
    code, _, err = cli(
        *session, "--device", "vireo pen", "--area", "cheeks:0.5", "--product", "Glide",
        "--data-dir", d,
    )  # fmt: skip
    assert code == 2
    assert "no product called “Glide”" in err and "product add NAME" in err
    journal = Journal.open(resolve(d))
    try:
        (anna,) = journal.list_clients()
        assert anna.treatment_count == 0  # the device resolved, but nothing was written
    finally:
        journal.close()
