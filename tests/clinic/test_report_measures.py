"""The progress report's photo measures (issue 12): per region a chart and a table of first,
latest and change; the shareable report leaves out the measures of photos it may not show."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from clinic_helpers import Clinic
from measured_photos import build
from pypdf import PdfReader

from needlejournal.dates import format_date
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoEdit
from needlejournal.report import write_report


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_report_shows_each_region_measured_with_first_latest_and_change(
    clinic: Clinic, tmp_path: Path
) -> None:
    j = clinic.journal
    ana = clinic.client("Ana Lima")
    built = build(j, tmp_path, client_id=ana.id)
    values = {m.photo_id: m.values for m in j.measures(ana.id)}
    first, latest = built.photos[0], built.photos[-1]
    # The latest photo may not be shared; the others may.
    library = PhotoLibrary(j)
    for p in built.photos:
        library.update(replace(PhotoEdit.of(library.get(p.id)), share_consent=p != latest))

    out = tmp_path / "full.pdf"
    write_report(j, ana.id, out, paper="A4")
    text = _text(out)
    assert "Photo measures" in text
    assert "compare only between photos" in text
    assert "Open rings on the charts are photos whose recorded light" in text  # the window one
    assert "left cheek (Front) — 6 photos measured" in text
    assert "Texture (lower is smoother)" in text and "a* (redness)" in text
    texture = (values[first.id]["texture"], values[latest.id]["texture"])
    assert f"{texture[0]:.2f} ({format_date(first.taken_at)})" in text
    assert f"{texture[1]:.2f} ({format_date(latest.taken_at)})" in text
    assert f"{texture[1] - texture[0]:+.2f}" in text
    # The chart's legend names the charted series.
    assert "left cheek (Front) — ITA°" in text

    shared = tmp_path / "shared.pdf"
    write_report(j, ana.id, shared, paper="A4", shareable=True)
    text = _text(shared)
    assert "left cheek (Front) — 5 photos measured" in text
    assert format_date(latest.taken_at) not in text  # neither its photo nor its measure
    before_latest = built.photos[-2]
    assert (
        f"{values[before_latest.id]['texture']:.2f} ({format_date(before_latest.taken_at)})" in text
    )


def test_report_without_measures_has_no_photo_measures_section(
    clinic: Clinic, tmp_path: Path
) -> None:
    from datetime import date

    ana = clinic.client("Ana Lima")
    clinic.session(ana, date(2026, 3, 2), {"cheeks": 1.0}, texture=5)
    out = tmp_path / "ana.pdf"
    write_report(clinic.journal, ana.id, out, paper="A4")
    assert "Photo measures" not in _text(out)
