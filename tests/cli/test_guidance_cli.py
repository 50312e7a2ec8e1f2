"""Guidance through the real command line: v2 rules reach the user, with their sources."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import Run


def _journal(run: Run, data: Path) -> None:
    for args in (
        ("client", "add", "Ada"),
        ("device", "add", "Pen", "--kind", "pen"),
        ("product", "add", "Night cream", "--ingredient", "Aqua, Retinol, Glycerin"),
    ):
        done = run(*args, "--data-dir", data)
        assert done.returncode == 0, done.stderr


def test_text_output_prints_every_warning_with_its_source(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    first = run(
        "treatment", "add", "--client", "Ada", "--date", "2026-03-03T10:00:00+00:00",
        "--device", "Pen", "--area", "cheeks:1.0", "--data-dir", data,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    done = run(
        "treatment", "add", "--client", "Ada", "--date", "2026-03-10T10:00:00+00:00",
        "--device", "Pen", "--area", "cheeks:1.0", "--product", "Night cream@aftercare",
        "--data-dir", data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    warnings = [i for i, line in enumerate(lines) if line.lstrip().startswith("!")]
    assert len(warnings) == 2  # the interval and the retinoid in aftercare
    for i in warnings:
        assert lines[i + 1].strip().startswith("source: ")
    assert any("Consumer rules of thumb" in line for line in lines)
    assert any("Clinic aftercare handouts" in line for line in lines)

    timeline = run("timeline", "--client", "Ada", "--data-dir", data)
    assert timeline.returncode == 0, timeline.stderr
    assert timeline.stdout.count("source: ") >= 2


def test_per_area_intervals_through_the_cli(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    assert run(
        "treatment", "add", "--client", "Ada", "--date", "2026-03-03T10:00:00+00:00",
        "--device", "Pen", "--area", "neck:1.5", "--data-dir", data,
    ).returncode == 0  # fmt: skip
    forehead = run.json(
        "treatment", "add", "--client", "Ada", "--date", "2026-03-10T10:00:00+00:00",
        "--device", "Pen", "--area", "forehead:0.25", "--data-dir", data,
    )  # fmt: skip
    assert [w["rule"] for w in forehead["warnings"]] == []


# --- issue 10: indications and body areas by name, aftercare start days ----------------------


def _add(run: Run, data: Path, date: str, *more: str) -> dict[str, object]:
    found: dict[str, object] = run.json(
        "treatment", "add", "--client", "Ada", "--date", date, "--device", "Pen", *more,
        "--data-dir", data,
    )  # fmt: skip
    return found


def _rules(found: dict[str, object]) -> list[str]:
    warnings = found["warnings"]
    assert isinstance(warnings, list)
    return [w["rule"] for w in warnings]


def test_areas_by_common_names_and_indications_are_stored_and_listed(
    run: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    _add(
        run, data, "2026-03-03T10:00:00+00:00",
        "--area", "eyelid:0.25", "--area", "upper lip:0.25", "--area", "cheeks/acne scars:1.0",
    )  # fmt: skip
    _add(run, data, "2026-06-03T10:00:00+00:00", "--area", "stretch marks:1.0")
    _add(
        run, data, "2026-09-03T10:00:00+00:00", "--area", "abdomen:1.0", "--area", "thighs:1.0",
        "--indication", "stretch marks",
    )  # fmt: skip
    timeline = run.json("timeline", "--client", "Ada", "--data-dir", data)
    areas = [[(a["area"], a["indication"]) for a in e["areas"]] for e in timeline]
    assert areas == [
        [("periorbital", "general"), ("perioral", "general"), ("cheeks", "acne_scars")],
        [("body", "stretch_marks")],
        [("abdomen", "stretch_marks"), ("thighs", "stretch_marks")],
    ]
    text = run("timeline", "--client", "Ada", "--data-dir", data)
    assert "cheeks (acne scars) 1.0 mm" in text.stdout


def test_an_unknown_area_is_one_sentence_with_a_suggestion_and_nothing_is_saved(
    run: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    done = run(
        "treatment", "add", "--client", "Ada", "--date", "2026-03-03", "--device", "Pen",
        "--area", "cheecks:1.0", "--data-dir", data,
    )  # fmt: skip
    assert done.returncode == 2
    assert "Did you mean “cheeks”" in done.stderr
    assert run.json("timeline", "--client", "Ada", "--data-dir", data) == []


def test_clinic_depth_by_area_and_indication_through_the_cli(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    assert run.json("mode", "clinic", "--data-dir", data)["mode"] == "clinic"
    eye = _add(run, data, "2026-01-05T10:00:00+00:00", "--area", "under-eye:2.5")
    assert _rules(eye) == ["depth_area"]
    scars = _add(run, data, "2026-03-05T10:00:00+00:00", "--area", "acne scars on cheeks:2.0")
    assert _rules(scars) == []


def test_an_aftercare_start_day_against_the_washout_through_the_cli(
    run: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _journal(run, data)
    early = _add(
        run, data, "2026-01-05T10:00:00+00:00", "--area", "cheeks:0.5",
        "--product", "Night cream@aftercare:3",
    )  # fmt: skip
    warnings = early["warnings"]
    assert isinstance(warnings, list) and len(warnings) == 1
    message = warnings[0]["message"]
    assert "from day 3" in message and "14 days" in message
    late = _add(
        run, data, "2026-03-05T10:00:00+00:00", "--area", "cheeks:0.5",
        "--product", "Night cream@aftercare from day 14",
    )  # fmt: skip
    assert late["warnings"] == []
    timeline = run.json("timeline", "--client", "Ada", "--data-dir", data)
    assert [e["products"][0]["day_offset"] for e in timeline] == [3, 14]
    refused = run(
        "treatment", "add", "--client", "Ada", "--date", "2026-05-05", "--device", "Pen",
        "--area", "cheeks:0.5", "--product", "Night cream@during:3", "--data-dir", data,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "only to aftercare" in refused.stderr
