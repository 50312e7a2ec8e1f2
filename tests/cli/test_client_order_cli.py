"""`client list` orders names without regard to accents or case: "Émile" among the E's, not
after "Zora" (SQLite's lower() folds ASCII only). The order is otherwise as before: the
journal's owner first, then by name, ties by id; text and --json agree."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import Run

NAMES = ["Zora", "Émile", "Åsa", "zoë", "adam", "Bea", "emil"]


def test_client_list_sorts_accents_and_case_together(run: Run, tmp_path: Path) -> None:
    d = tmp_path / "journal"
    run.json("mode", "clinic", "--data-dir", d)
    for name in NAMES:
        run.json("client", "add", name, "--data-dir", d)
    listed = [str(r["name"]) for r in run.json("client", "list", "--data-dir", d)]
    assert listed == ["adam", "Åsa", "Bea", "emil", "Émile", "zoë", "Zora"]
    text = run("client", "list", "--data-dir", d).stdout
    assert [text.index(n) for n in listed] == sorted(text.index(n) for n in listed)
    # Same folded name: by id, as before.
    run.json("client", "add", "Zoe", "--data-dir", d)
    again = [str(r["name"]) for r in run.json("client", "list", "--data-dir", d)]
    assert again[-3:] == ["zoë", "Zoe", "Zora"]
