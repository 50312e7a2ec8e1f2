"""What worked, read from photo measures (issue 12): a region's metrics before and after each
session, grouped by setting, only between comparable photos."""

from __future__ import annotations

from pathlib import Path

import pytest
from measured_photos import build

from needlejournal.journal.api import Journal
from needlejournal.journal.what_worked_photos import photo_what_worked


def test_photo_measures_change_after_sessions_between_comparable_photos(
    journal: Journal, tmp_path: Path
) -> None:
    built = build(journal, tmp_path)
    timeline = journal.timeline(built.client_id, photos=True)
    measures = journal.measures(built.client_id)
    values = {m.photo_id: m.values for m in measures}
    found = photo_what_worked([(timeline, measures)])
    effects = {(p.effect.setting, p.metric): p for p in found.effects}
    deep = effects[("sessions at 1.0–1.4 mm on cheeks", "texture")]
    assert (deep.region, deep.view) == ("left cheek", "front")
    assert deep.effect.scale == "left cheek (Front) texture"
    # Session 1: 62 d → 45 d (the "after" photo at the session is not its result).
    # Session 2: 45 d → 30 d is under other light (left out); session 3: 25 d → 10 d.
    p = built.photos
    expected = [
        values[p[2].id]["texture"] - values[p[0].id]["texture"],
        values[p[5].id]["texture"] - values[p[4].id]["texture"],
    ]
    assert deep.effect.sessions == 2
    assert deep.effect.mean_change == pytest.approx(sum(expected) / 2, abs=0.001)
    assert deep.effect.mean_change < 0  # smoother
    redness = effects[("sessions at 1.0–1.4 mm on cheeks", "a")].effect
    assert redness.sessions == 2 and redness.mean_change < 0
    assert found.left_out == {"light differs": 1}
    sentence = deep.effect.sentence()
    assert sentence.startswith("Sessions at 1.0–1.4 mm on cheeks: n = 2, mean left cheek")
    assert "texture change -0." in sentence and "(lower is smoother)" in sentence
