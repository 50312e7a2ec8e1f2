"""Argument types and the global-option merge, in-process (no journal, no subprocess)."""

from __future__ import annotations

import argparse
import pkgutil
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from needlejournal import commands
from needlejournal.cli import build_parser
from needlejournal.commands import COMMAND_MODULES, COMMANDS
from needlejournal.commands import _parsing as parse
from needlejournal.commands._base import UsageError
from needlejournal.journal.records import AreaDraft


def test_area_spec_with_passes_and_endpoint() -> None:
    assert parse.area("cheeks:1.5") == AreaDraft("cheeks", 1.5, None, "none")
    assert parse.area("Cheeks:1.0:3") == AreaDraft("cheeks", 1.0, 3, "none")
    assert parse.area("décolletage:0.75:2:pinpoint bleeding") == AreaDraft(
        "decolletage", 0.75, 2, "pinpoint_bleeding"
    )
    # The range is the journal's rule (checked on save), so 3.5 parses.
    assert parse.area("cheeks:3.5").depth_mm == 3.5


@pytest.mark.parametrize("bad", ["cheeks", "ear:1.0", "cheeks:deep", "cheeks:1:x", "a:1:2:3:4"])
def test_bad_area_specs_are_refused(bad: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        parse.area(bad)


def test_product_spec_phase_defaults_to_during() -> None:
    assert parse.product("Hydra Glide") == parse.ProductSpec("Hydra Glide", "during")
    assert parse.product("Mineral Shield SPF 50@aftercare") == parse.ProductSpec(
        "Mineral Shield SPF 50", "aftercare"
    )
    assert parse.product("Glow@Home Serum").name == "Glow@Home Serum"
    with pytest.raises(argparse.ArgumentTypeError):
        parse.product("Hydra Glide@sometimes")


def test_dates_naive_means_local_and_date_only_means_local_noon() -> None:
    assert parse.when("2025-03-01T14:30:00+02:00") == datetime(2025, 3, 1, 12, 30, tzinfo=UTC)
    assert parse.when("2025-03-01T14:30Z") == datetime(2025, 3, 1, 14, 30, tzinfo=UTC)
    naive = parse.when("2025-03-01T14:30")
    assert naive == datetime(2025, 3, 1, 14, 30).astimezone().astimezone(UTC)
    noon = parse.when("2025-03-01")
    assert noon.tzinfo is UTC
    assert noon.astimezone().replace(tzinfo=None) == datetime(2025, 3, 1, 12, 0)
    with pytest.raises(argparse.ArgumentTypeError):
        parse.when("1 March")


def test_skin_type_accepts_roman_or_digits() -> None:
    assert parse.skin_type("iv") == "IV"
    assert parse.skin_type("6") == "VI"
    with pytest.raises(argparse.ArgumentTypeError):
        parse.skin_type("VII")


def test_global_options_before_and_after_the_command_merge() -> None:
    parser = build_parser()
    before = parser.parse_args(["--data-dir", "A", "--json", "client", "list"])
    after = parser.parse_args(["client", "list", "--data-dir", "A", "--json"])
    mixed = parser.parse_args(["--photo-dir", "P", "client", "--json", "list", "--data-dir", "A"])
    for args in (before, after, mixed):
        assert args.data_dir == "A" and args.json is True
    assert mixed.photo_dir == "P"
    # Given twice, the one written after the command wins.
    assert parser.parse_args(["--data-dir", "A", "check", "--data-dir", "B"]).data_dir == "B"
    # Not given: not set at all, so the environment or platformdirs decide.
    assert not hasattr(parser.parse_args(["check"]), "data_dir")


def test_parser_errors_are_usage_errors_with_one_sentence() -> None:
    with pytest.raises(UsageError, match=r"invalid choice: 'bogus'.*--help"):
        build_parser().parse_args(["bogus"])


def test_every_command_module_is_in_the_ordered_tuple() -> None:
    registered = {register.__module__ for register in COMMANDS}
    public = {
        f"{commands.__name__}.{info.name}"
        for info in pkgutil.iter_modules(commands.__path__)
        if not info.name.startswith("_")
    }
    # photo_metrics joins the photo group: photo.register adds it.
    assert public - registered == {"needlejournal.commands.photo_metrics"}
    assert COMMANDS[0].__module__.endswith(".demo") and COMMANDS[-1].__module__.endswith(".check")


def test_each_command_module_adds_the_commands_it_is_listed_with() -> None:
    """A command line imports only the module of the command it names (issue 15)."""
    for module, names in COMMAND_MODULES:
        parser = build_parser(names[0])
        added = {
            choice
            for action in parser._actions
            if isinstance(action, argparse._SubParsersAction)
            for choice in action.choices
        }
        assert added == set(names), module


def test_a_command_line_builds_only_its_command() -> None:
    from needlejournal.cli import command_word

    assert command_word(["--data-dir", "A", "--json", "client", "list"]) == "client"
    assert command_word(["--data-dir=A", "what-worked", "--all"]) == "what-worked"
    assert command_word(["--photo-dir", "client", "timeline"]) == "timeline"
    assert command_word(["--help"]) is None and command_word(["bogus", "x"]) is None
    only = build_parser("timeline").parse_args(["timeline", "--client", "Me", "--json"])
    assert only.client == "Me" and only.json is True


def test_the_cli_relies_on_no_argparse_internals() -> None:
    package = Path(commands.__file__).parent.parent
    offenders = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if re.search(r"argparse\._|\._actions\b|\._SubParsersAction", path.read_text("utf-8"))
    ]
    assert offenders == []
