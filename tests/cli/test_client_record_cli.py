"""The client record from the command line (issue 11): contact details, date of birth or age
band, notes, archived; ``client list --search`` by name, phone, e-mail or notes, archived
clients found by a search but left off the plain list; bad input refused in one sentence."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import Run, assert_one_line_error


def _names(rows: list[dict[str, object]]) -> list[str]:
    return sorted(str(r["name"]) for r in rows)


def test_search_by_name_phone_email_and_notes_and_archived_clients(
    run: Run, tmp_path: Path
) -> None:
    d = tmp_path / "journal"
    run.json("mode", "clinic", "--data-dir", d)
    ana = run.json(
        "client", "add", "Ana Lima", "--phone", "+351 912 345 678", "--email", "ana@lima.example",
        "--birth-date", "1990-06-01", "--notes", "allergic to lidocaine", "--data-dir", d,
    )  # fmt: skip
    run.json("client", "add", "Bea Klein", "--age-band", "35-44", "--data-dir", d)
    listed = run.json("client", "list", "--data-dir", d)
    a = next(r for r in listed if r["id"] == ana["id"])
    assert (a["phone"], a["email"], a["birth_date"], a["notes"]) == (
        "+351 912 345 678",
        "ana@lima.example",
        "1990-06-01",
        "allergic to lidocaine",
    )
    assert next(r for r in listed if r["name"] == "Bea Klein")["age_band"] == "35-44"
    for query in ("ana", "912345678", "912 345", "lima.example", "LIDOCAINE"):
        assert _names(run.json("client", "list", "--search", query, "--data-dir", d)) == [
            "Ana Lima"
        ], query
    assert run.json("client", "list", "--search", "nobody", "--data-dir", d) == []

    archived = run.json("client", "edit", "Ana Lima", "--archive", "--data-dir", d)
    assert archived["archived"] is True
    assert _names(run.json("client", "list", "--data-dir", d)) == ["Bea Klein"]
    found = run.json("client", "list", "--search", "lidocaine", "--data-dir", d)
    assert _names(found) == ["Ana Lima"] and found[0]["archived"] is True
    shown = run("client", "list", "--search", "ana", "--data-dir", d)
    assert "Ana Lima (archived)" in shown.stdout
    run.json("client", "edit", "Ana Lima", "--unarchive", "--phone", "", "--data-dir", d)
    back = run.json("client", "list", "--data-dir", d)
    assert _names(back) == ["Ana Lima", "Bea Klein"]
    assert next(r for r in back if r["name"] == "Ana Lima")["phone"] == ""


def test_a_bad_phone_email_or_birth_date_is_refused_and_changes_nothing(
    run: Run, tmp_path: Path
) -> None:
    d = tmp_path / "journal"
    run.json("mode", "clinic", "--data-dir", d)
    run.json("client", "add", "Ana Lima", "--phone", "0170 1234567", "--data-dir", d)
    for args, said in (
        (("--phone", "call me"), "not a phone number"),
        (("--email", "ana@"), "not an e-mail address"),
        (("--birth-date", "2999-01-01"), "in the future"),
        (("--age-band", "ancient"), "not an age band"),
    ):
        refused = run("client", "edit", "Ana Lima", *args, "--data-dir", d)
        assert refused.returncode != 0, args
        assert_one_line_error(refused.stderr)
        assert said in refused.stderr, refused.stderr
        added = run("client", "add", "Someone", *args, "--data-dir", d)
        assert added.returncode != 0 and said in added.stderr
    (ana,) = run.json("client", "list", "--data-dir", d)
    assert (ana["phone"], ana["email"], ana["birth_date"]) == ("0170 1234567", "", None)
