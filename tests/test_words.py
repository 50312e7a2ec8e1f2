"""Counted nouns agree with their number everywhere: "1 day", never "1 days" nor "day(s)"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from needlejournal.words import count

PACKAGE = Path(__file__).resolve().parents[1] / "needlejournal"
# A number spliced into text right before a plural noun, or a "noun(s)" form.
HAND_PLURAL = re.compile(
    r"^ (days|weeks|months|sessions|photos|skin checks|clients|pages|products|devices|files|"
    r"snapshots|problems|imports)\b|^ [a-z ]+\(s\)"
)


def test_count_agrees_with_its_number() -> None:
    assert count(1, "day") == "1 day"
    assert count(0, "day") == "0 days"
    assert count(2, "session") == "2 sessions"
    assert count(1, "session or skin check", "sessions and skin checks") == (
        "1 session or skin check"
    )
    assert count(3, "session or skin check", "sessions and skin checks") == (
        "3 sessions and skin checks"
    )


def _hand_plurals(source: str) -> list[str]:
    tree = ast.parse(source)
    # A branch of "x if n == 1 else f'{n} photos'" has already chosen its number.
    chosen = {
        id(branch)
        for node in ast.walk(tree)
        if isinstance(node, ast.IfExp)
        for branch in (node.body, node.orelse)
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr) or id(node) in chosen:
            continue
        for number, text in zip(node.values, node.values[1:], strict=False):
            if (
                isinstance(number, ast.FormattedValue)
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
                and HAND_PLURAL.match(text.value)
            ):
                found.append(f"{node.lineno}: {{{ast.unparse(number.value)}}}{text.value[:24]}")
    return found


def test_the_scan_finds_what_it_looks_for() -> None:
    assert _hand_plurals('n = 1\nx = f"{n} days ago"\n') == ["2: {n} days ago"]
    assert _hand_plurals('n = 1\nx = f"{n} photo(s)."\n') == ["2: {n} photo(s)."]
    assert _hand_plurals('n = 2\nx = "one" if n == 1 else f"these {n} photos"\n') == []


def test_no_text_pluralises_a_count_by_hand() -> None:
    found = {
        str(path.relative_to(PACKAGE)): hits
        for path in sorted(PACKAGE.rglob("*.py"))
        if (hits := _hand_plurals(path.read_text(encoding="utf-8")))
    }
    assert found == {}, "use needlejournal.words.count(n, noun)"
