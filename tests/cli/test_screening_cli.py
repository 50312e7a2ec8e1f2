"""``client screening`` through the real command line, and screening in ``timeline --json``."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import Run, assert_one_line_error

EVERY_OTHER_NO = [
    "--set", "infection=no", "--set", "flare=no", "--set", "keloid=no", "--set", "bleeding=no",
    "--set", "diabetes=no", "--set", "malignancy=no", "--set", "moles=no", "--set", "allergy=no",
    "--set", "filler=no", "--set", "botox=no", "--set", "peel=no",
]  # fmt: skip


def _journal(run: Run, data: Path) -> None:
    for args in (("client", "add", "Ada"), ("device", "add", "Pen", "--kind", "pen")):
        done = run(*args, "--data-dir", data)
        assert done.returncode == 0, done.stderr


def test_screening_is_recorded_listed_versioned_and_on_the_timeline(
    run: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    first = run.json(
        "client", "screening", "--client", "Ada", "--set", "isotretinoin=2026-05-01",
        "--set", "pregnancy=no", *EVERY_OTHER_NO, "--reviewer", "Dr Vega",
        "--reviewed", "2026-06-01", "--data-dir", data,
    )  # fmt: skip
    items = {i["item"]: i for i in first["items"]}
    assert len(items) == 13
    assert items["isotretinoin"]["answer"] == "yes"
    assert items["isotretinoin"]["date"] == "2026-05-01"
    assert items["pregnancy"]["reviewer"] == "Dr Vega"
    assert items["pregnancy"]["reviewed_on"] == "2026-06-01"

    session = run.json(
        "treatment", "add", "--client", "Ada", "--date", "2026-07-01", "--device", "Pen",
        "--area", "cheeks:1.0", "--data-dir", data,
    )  # fmt: skip
    [warning] = session["warnings"]
    assert warning["rule"] == "screening" and "Isotretinoin" in warning["message"]
    assert "3–6 months" in warning["message"] and "screening" in warning["source"].lower()

    run.json(
        "client", "screening", "--client", "Ada", "--set", "pregnancy=yes",
        "--reviewed", "2026-08-01", "--data-dir", data,
    )  # fmt: skip
    listed = run.json("client", "screening", "--client", "Ada", "--history", "--data-dir", data)
    pregnancy = [h["answer"] for h in listed["history"] if h["item"] == "pregnancy"]
    assert pregnancy == ["no", "yes"]  # the previous answer is kept
    assert {i["item"]: i["answer"] for i in listed["items"]}["pregnancy"] == "yes"

    timeline = run.json("timeline", "--client", "Ada", "--data-dir", data)
    kinds = [(e["kind"], e["date"][:10]) for e in timeline]
    assert kinds == [
        ("screening", "2026-06-01"),
        ("treatment", "2026-07-01"),
        ("screening", "2026-08-01"),
    ]
    text = run("timeline", "--client", "Ada", "--data-dir", data).stdout
    assert "Screening reviewed by Dr Vega" in text and "Isotretinoin: yes (2026-05-01)" in text


def test_bad_screening_input_is_one_sentence_and_nothing_is_recorded(
    run: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    for bad, said in (
        ("isotretinion=no", "Did you mean"),
        ("keloid=2026-01-01", "not a date"),
        ("keloid=maybe", "yes, no or unknown"),
        ("keloid", "ITEM=ANSWER"),
    ):
        done = run("client", "screening", "--client", "Ada", "--set", bad, "--data-dir", data)
        assert done.returncode == 2, bad
        assert said in done.stderr, done.stderr
        assert_one_line_error(done.stderr)
    listed = run.json("client", "screening", "--client", "Ada", "--data-dir", data)
    assert listed["on_file"] is False and listed["items"] == []
