"""The progress report charts the named scales (issue 12) from the Progress tab's data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from clinic_helpers import Clinic
from pypdf import PdfReader

from needlejournal.journal.records import RatingDraft
from needlejournal.report import write_report


def test_report_charts_the_named_scales_with_their_raters(clinic: Clinic, tmp_path: Path) -> None:
    j = clinic.journal
    ana = clinic.client("Ana Lima")
    for day, grade, pores in ((date(2026, 3, 2), 3, 3), (date(2026, 4, 6), 2, 2)):
        t = clinic.session(ana, day, {"cheeks": 1.5}, texture=5)
        j.add_rating(
            ana.id, RatingDraft("goodman-baron", grade, rater="Dr Ruiz"), treatment_id=t.id
        )
        j.add_rating(ana.id, RatingDraft("visia-pores", pores, area="cheeks"), treatment_id=t.id)
    out = tmp_path / "ana.pdf"
    write_report(j, ana.id, out, paper="A4")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Named scales" in text
    assert "Goodman & Baron scar grade — Dr Ruiz (1–4)" in text
    assert "Pores (VISIA) · Cheeks (0–4)" in text
    assert "1.5 mm" in text  # the sessions' deepest depth on their lines


def test_report_without_other_scales_has_no_empty_chart(clinic: Clinic, tmp_path: Path) -> None:
    ana = clinic.client("Ana Lima")
    clinic.session(ana, date(2026, 3, 2), {"cheeks": 1.0}, texture=5)
    out = tmp_path / "ana.pdf"
    write_report(clinic.journal, ana.id, out, paper="A4")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Named scales" not in text
