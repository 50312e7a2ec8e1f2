"""``scale add|list|delete`` and the ratings in ``timeline --json`` (issue 12, named scales)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import Run, assert_one_line_error


def _journal(run: Run, data: Path) -> None:
    for args in (
        ("client", "add", "Ada"),
        ("device", "add", "Pen", "--kind", "pen"),
        ("treatment", "add", "--client", "Ada", "--date", "2026-03-01T10:00:00+00:00",
         "--device", "Pen", "--area", "cheeks:1.0", "--texture", "4"),
    ):  # fmt: skip
        done = run(*args, "--data-dir", data)
        assert done.returncode == 0, done.stderr


def test_scale_add_list_and_timeline_json(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    gb = run.json(
        "scale", "add", "--client", "Ada", "--scale", "goodman-baron", "--value", "3",
        "--session", "1", "--rater", "Dr Ruiz", "--data-dir", data,
    )  # fmt: skip
    assert gb["scale"] == "goodman-baron" and gb["scale_version"] == 1
    assert (gb["value"], gb["label"], gb["rater"], gb["treatment_id"]) == (
        3,
        "3 · moderate",
        "Dr Ruiz",
        1,
    )
    glogau = run.json(
        "scale", "add", "--client", "Ada", "--scale", "glogau", "--value", "III",
        "--date", "2026-03-10T10:00:00+00:00", "--data-dir", data,
    )  # fmt: skip
    assert (glogau["value"], glogau["rater"], glogau["treatment_id"]) == (3, "self", None)
    check = glogau["observation_id"]
    pores = run.json(
        "scale", "add", "--client", "Ada", "--scale", "visia-pores", "--value", "2",
        "--area", "cheeks", "--check", check, "--data-dir", data,
    )  # fmt: skip
    assert (pores["area"], pores["observation_id"]) == ("cheeks", check)

    listed = run.json("scale", "list", "--client", "Ada", "--data-dir", data)
    assert [(r["scale"], r["value"]) for r in listed] == [
        ("texture", 4),
        ("goodman-baron", 3),
        ("glogau", 3),
        ("visia-pores", 2),
    ]
    only = run.json("scale", "list", "--client", "Ada", "--scale", "glogau", "--data-dir", data)
    assert [r["id"] for r in only] == [glogau["id"]]
    text = run("scale", "list", "--client", "Ada", "--data-dir", data).stdout
    assert "Goodman & Baron scar grade 3 · moderate, by Dr Ruiz" in text

    timeline = run.json("timeline", "--client", "Ada", "--data-dir", data)
    session, skin_check = timeline
    assert [s["scale"] for s in session["scales"]] == ["texture", "goodman-baron"]
    assert session["texture_score"] == 4  # the old field is still there
    assert [s["scale"] for s in skin_check["scales"]] == ["glogau", "visia-pores"]

    assert run("scale", "delete", gb["id"], "--data-dir", data).returncode == 0
    assert len(run.json("scale", "list", "--client", "Ada", "--data-dir", data)) == 3


def test_scale_list_without_a_client_explains_the_scales(run: Run, tmp_path: Path) -> None:
    scales = run.json("scale", "list", "--data-dir", tmp_path / "data")
    by_name = {s["scale"]: s for s in scales}
    assert {"fitzpatrick", "goodman-baron", "goodman-baron-score", "glogau", "gais"} <= set(by_name)
    assert {f"visia-{k}" for k in ("spots", "wrinkles", "texture", "pores", "redness")} <= set(
        by_name
    )
    assert "visia-brown-areas" in by_name
    assert "no change" in by_name["gais"]["meaning"]
    assert (by_name["texture"]["low"], by_name["texture"]["high"]) == (0, 10)


def test_bad_scale_input_is_one_sentence_and_saves_nothing(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    for args, words in (
        (("--scale", "goodman", "--value", "3"), "There is no scale called “goodman”"),
        (("--scale", "glogau", "--value", "V"), "runs from I to IV; 5 is outside it"),
        (("--scale", "glogau", "--value", "2.5"), "“2.5” is not a value of Glogau"),
        (("--scale", "gais", "--value", "7"), "runs from 1 to 5; 7 is outside it"),
        (("--scale", "glogau", "--value", "2", "--session", "9"), "There is no session with id 9"),
        (("--scale", "visia-spots", "--value", "1", "--area", "elbow"), "unknown area “elbow”"),
        (("--scale", "glogau", "--value", "2", "--session", "1", "--check", "1"), "not allowed"),
    ):
        done = run("scale", "add", "--client", "Ada", *args, "--data-dir", data)
        assert done.returncode == 2, (args, done.stderr)
        assert_one_line_error(done.stderr)
        assert words in done.stderr, done.stderr
    listed = run.json("scale", "list", "--client", "Ada", "--data-dir", data)
    assert [r["scale"] for r in listed] == ["texture"]
