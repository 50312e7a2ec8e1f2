"""``--json`` output (issue 15): one JSON document, written by the C encoder a line per item.

``json.dump(..., indent=2)`` runs Python's pure encoder: at 10,000 clients it was a fifth of
``client list --json``'s second. Lists now come one item per line and objects one key per
line, which reads and diffs as well, and parses to the same document.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import Run

from needlejournal.cli import json_text

DOCUMENTS: list[object] = [
    [],
    {},
    None,
    "Zoë",
    3.5,
    [{"id": 1, "name": "Émile", "tags": ["a", "b"]}, {"id": 2, "name": "Åsa", "tags": []}],
    {"ok": True, "problems": [{"kind": "missing_file", "path": "x"}], "count": 2, "none": []},
    {"nested": {"deep": [1, 2, {"x": None}]}, "list": [[1, 2], [3]]},
    [1, "two", None, [3], {"four": 4}],
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_text_parses_to_the_same_document(document: object) -> None:
    text = json_text(document)
    assert json.loads(text) == document
    assert "\\u" not in text  # not ASCII-escaped: names read as they are written


def test_lists_come_one_item_per_line_and_objects_one_key_per_line() -> None:
    clients = [{"id": i, "name": f"Client {i}", "sessions": [i, i + 1]} for i in range(3)]
    assert json_text(clients).splitlines() == [
        "[",
        *[f"  {json.dumps(c)}," for c in clients[:-1]],
        f"  {json.dumps(clients[-1])}",
        "]",
    ]
    lines = json_text({"ok": False, "problems": clients[:2], "note": "x"}).splitlines()
    assert lines == [
        "{",
        '  "ok": false,',
        '  "problems": [',
        f"    {json.dumps(clients[0])},",
        f"    {json.dumps(clients[1])}",
        "  ],",
        '  "note": "x"',
        "}",
    ]


def test_client_list_json_is_a_client_per_line(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name in ("Émile Roux", "Zora Ng", "Ann Lee"):
        assert run("--data-dir", data, "client", "add", name).returncode == 0
    done = run("--data-dir", data, "client", "list", "--json")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 5
    names = [json.loads(line.strip().rstrip(","))["name"] for line in lines[1:-1]]
    assert names == ["Ann Lee", "Émile Roux", "Zora Ng"]
    assert [c["name"] for c in json.loads(done.stdout)] == names
