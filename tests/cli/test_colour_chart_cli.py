"""``photo metrics --colour-chart``: the colours corrected against a ColorChecker in the photo
(issue 12), through a real process on a real journal."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from cli_helpers import Run, assert_one_line_error
from colour_chart_scene import SKIN, SKIN_BOX, WARM, scene

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve
from needlejournal.photos.metrics import srgb_to_lab


def test_metrics_corrected_against_a_colour_chart(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    warm, corners = scene(WARM)
    warm.save(tmp_path / "warm.png")
    journal = Journal.open(resolve(data))
    try:
        client = journal.save_client(ClientDraft(name="Lena Park"))
        photo = PhotoLibrary(journal).import_one(tmp_path / "warm.png", PhotoDraft(client.id))
    finally:
        journal.close()
    region = ",".join(map(str, SKIN_BOX))
    chart = ",".join(f"{v:.1f}" for corner in corners for v in corner)
    args = ("photo", "metrics", photo.id, "--region", region, "--data-dir", data)
    plain = run.json(*args)
    assert plain["colour_correction"] is None
    fixed = run.json(*args, "--colour-chart", chart)
    truth = srgb_to_lab(SKIN)
    assert np.linalg.norm([fixed[k] - t for k, t in zip("Lab", truth, strict=True)]) < 1.0
    assert np.linalg.norm([plain[k] - t for k, t in zip("Lab", truth, strict=True)]) > 10
    correction = fixed["colour_correction"]
    assert correction["chart"].startswith("ColorChecker")
    assert correction["mean_delta_e"] < 1.0 and correction["patches"] == 23
    assert np.allclose(np.array(correction["matrix"]) @ WARM, np.eye(3), atol=0.03)
    text = run(*args[:-2], "--colorchecker", chart, "--data-dir", data)
    assert "residual ΔE 0." in text.stdout

    wrong = run(*args, "--colour-chart", "1,2,3")
    assert wrong.returncode == 2 and "four corners" in wrong.stderr
    assert_one_line_error(wrong.stderr)
    skin_only = run(*args, "--colour-chart", "520,120,700,120,700,260,520,260")
    assert skin_only.returncode == 2
    assert_one_line_error(skin_only.stderr)
    assert "do not seem to frame a ColorChecker" in skin_only.stderr
