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
