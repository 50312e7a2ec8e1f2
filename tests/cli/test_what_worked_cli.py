"""``what-worked``: score changes after sessions, grouped by depth per area and product."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import Run


def _session(run: Run, data: Path, when: str, area: str, *extra: str) -> None:
    done = run(
        "treatment", "add", "--client", "Ada", "--date", when, "--device", "Pen",
        "--area", area, *extra, "--data-dir", data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def _check(run: Run, data: Path, when: str, texture: int) -> None:
    done = run(
        "observation", "add", "--client", "Ada", "--date", when, "--texture", texture,
        "--data-dir", data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_changes_are_grouped_by_setting_with_the_caveat(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    for args in (
        ("client", "add", "Ada"),
        ("device", "add", "Pen", "--kind", "pen"),
        ("product", "add", "Peptide serum"),
    ):
        assert run(*args, "--data-dir", data).returncode == 0
    # Deep cheek sessions are each followed by a better texture score (+2, +1); the light
    # forehead-only session by a worse one (−1). Skin checks carry the scores in between.
    _session(run, data, "2026-01-05T10:00:00+00:00", "cheeks:1.2", "--texture", "4",
             "--product", "Peptide serum@post")  # fmt: skip
    _check(run, data, "2026-01-20T10:00:00+00:00", 6)
    _session(run, data, "2026-02-05T10:00:00+00:00", "cheeks:1.2")
    _check(run, data, "2026-02-20T10:00:00+00:00", 7)
    _session(run, data, "2026-03-05T10:00:00+00:00", "forehead:0.25")
    _check(run, data, "2026-03-20T10:00:00+00:00", 6)

    result = run.json("what-worked", "--client", "Ada", "--data-dir", data)
    effects = {(e["setting"], e["scale"]): e for e in result["effects"]}
    deep = effects[("sessions at 1.0–1.4 mm on cheeks", "texture")]
    assert (deep["sessions"], deep["mean_change"]) == (2, 1.5)
    light = effects[("sessions at under 0.5 mm on forehead", "texture")]
    assert (light["sessions"], light["mean_change"]) == (1, -1.0)
    every = effects[("all sessions", "texture")]
    assert (every["sessions"], every["mean_change"]) == (3, round((2 + 1 - 1) / 3, 2))
    serum = effects[("sessions with Peptide serum right after", "texture")]
    assert (serum["sessions"], serum["mean_change"]) == (1, 2.0)
    assert "not proof" in result["caveat"]
    assert not any(scale == "tone" for _, scale in effects)  # no tone score was recorded

    text = run("what-worked", "--client", "Ada", "--data-dir", data)
    assert "Sessions at 1.0–1.4 mm on cheeks: n = 2, mean texture change +1.5" in text.stdout
    assert "forehead" not in text.stdout  # a single session is not shown as a finding
    assert "not proof" in text.stdout


def test_without_scores_it_says_what_is_needed(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("client", "add", "Bo", "--data-dir", data).returncode == 0
    done = run("what-worked", "--client", "Bo", "--data-dir", data)
    assert done.returncode == 0
    assert "not enough scores yet" in done.stdout


def test_photo_measures_are_read_too(run: Run, tmp_path: Path) -> None:
    from measured_photos import build

    from needlejournal.journal.api import Journal
    from needlejournal.paths import resolve

    data = tmp_path / "data"
    journal = Journal.open(resolve(data))
    try:
        build(journal, tmp_path)
    finally:
        journal.close()
    result = run.json("what-worked", "--client", "Me", "--data-dir", data)
    photo = {(e["setting"], e["metric"]): e for e in result["effects"] if e["source"] == "photo"}
    texture = photo[("sessions at 1.0–1.4 mm on cheeks", "texture")]
    assert (texture["region"], texture["view"], texture["sessions"]) == ("left cheek", "front", 2)
    assert texture["mean_change"] < 0
    assert {m for _, m in photo} == {
        "L", "a", "b", "ita", "evenness", "texture", "spot_count", "spot_area_pct"
    }  # fmt: skip
    assert result["photo_pairs_left_out"] == {"light differs": 1}
    assert "same light" in result["photo_caveat"]

    text = run("what-worked", "--client", "Me", "--measure", "texture", "--data-dir", data)
    assert text.returncode == 0, text.stderr
    out = text.stdout
    assert (
        "Sessions at 1.0–1.4 mm on cheeks: n = 2, mean left cheek (Front) texture change -0." in out
    )
    assert "redness" not in out  # only the measure asked for
    assert "not enough scores yet" in out  # no named scale was rated
    assert "1 before/after photo pair left out (light differs: 1)" in out
    assert "not proof" in out and "same light" in out


def test_photo_measures_without_enough_data_say_so(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("client", "add", "Bo", "--data-dir", data).returncode == 0
    out = run("what-worked", "--client", "Bo", "--data-dir", data).stdout
    assert "Photo measures: not enough data yet" in out
    assert "not proof" not in out  # nothing was shown, so there is nothing to caveat
