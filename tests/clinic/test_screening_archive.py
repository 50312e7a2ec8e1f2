"""A client's screening checklist travels with the client archive: every version, once."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

from needlejournal.journal.api import Journal
from needlejournal.journal.client_archive import export_client
from needlejournal.journal.client_import import import_client
from needlejournal.journal.records import ClientDraft
from needlejournal.journal.screening_records import ScreeningChange, ScreeningDraft
from needlejournal.paths import resolve


def _versions(journal: Journal, client_id: int) -> list[tuple[object, ...]]:
    return [
        (e.item, e.answer, e.item_date, e.reviewed_on, e.reviewer)
        for e in journal.screening(client_id).history
    ]


def test_screening_answers_are_exported_and_imported_once(journal: Journal, tmp_path: Path) -> None:
    ana = journal.save_client(ClientDraft("Ana")).client.id
    journal.save_screening(
        ScreeningDraft(
            ana,
            (
                ScreeningChange("pregnancy", "yes"),
                ScreeningChange("filler", "yes", date(2025, 9, 1)),
            ),
            date(2026, 1, 10),
            "Dr Vega",
        )
    )
    journal.save_screening(
        ScreeningDraft(ana, (ScreeningChange("pregnancy", "no"),), date(2026, 5, 2), "Dr Kim")
    )
    archive = tmp_path / "ana.zip"
    export_client(journal, ana, archive)
    with zipfile.ZipFile(archive) as z:
        assert "csv/screening.csv" in z.namelist()
        doc = json.loads(
            z.read(next(n for n in z.namelist() if n.endswith(".json") and "manifest" not in n))
        )
    assert len(doc["screening"]) == 3
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        report = import_client(other, archive)
        assert _versions(other, report.client_id) == _versions(journal, ana)
        import_client(other, archive)  # twice: nothing is added again
        assert len(other.screening(report.client_id).history) == 3
        current = {e.item: e.answer for e in other.screening(report.client_id).current}
        assert current == {"pregnancy": "no", "filler": "yes"}
    finally:
        other.close()
