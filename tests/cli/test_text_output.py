"""What a person reads on the command line (no ``--json``): the whole record, in local time.

The journal is written through the API (no process), then read through real
``python -m needlejournal`` processes, with ``TZ`` set the way a user in New Zealand has it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_helpers import Run
from PIL import Image

from needlejournal.demo.photos import write_photo
from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceDraft,
    ObservationDraft,
    PhotoDraft,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
)
from needlejournal.paths import resolve

# 20:00 UTC on 3 March is 09:00 on Wednesday 4 March in Auckland (NZDT, UTC+13).
EVENING_UTC = datetime(2026, 3, 3, 20, 0, tzinfo=UTC)
AUCKLAND = "Pacific/Auckland"


@pytest.fixture
def nz(run: Run) -> Run:
    return Run({**run.env, "TZ": AUCKLAND})


def _journal_with_everything(data: Path, photo_file: Path) -> dict[str, int]:
    """Ada: one session with every field filled, a skin check, and a photo of the session."""
    j = Journal.open(resolve(data))
    try:
        ada = j.save_client(ClientDraft("Ada Lovelace"))
        pen = j.save_device(DeviceDraft("Vireo Pen", "pen", 12))
        serum = j.save_product(ProductDraft("HA serum", ingredients=("hyaluronic acid",)))
        saved = j.save_treatment(
            TreatmentDraft(
                ada.id,
                EVENING_UTC,
                (
                    AreaDraft("cheeks", 1.5, 3, "pinpoint_bleeding"),
                    AreaDraft("forehead", 0.5, None, "erythema"),
                ),
                pen.id,
                (ProductUseDraft(serum.id, "during", "LOT-4711"),),
                pain=4,
                numbing=True,
                downtime_days=2,
                adverse_events="Small bruise on the left cheek",
                notes="Client asked for a gentler pass next time",
                texture_score=4,
                texture_note="Rolling scars",
            )
        )
        check = j.save_observation(
            ObservationDraft(
                ada.id,
                datetime(2026, 3, 10, 20, 0, tzinfo=UTC),
                redness=1,
                note="Day 7: healing well",
                rater="Bea",
            )
        )
        write_photo(Image.new("RGB", (320, 240), (190, 140, 120)), photo_file, EVENING_UTC)
        library = PhotoLibrary(j)
        photo = library.import_one(
            photo_file,
            PhotoDraft(ada.id, role="after", view="left45", treatment_id=saved.treatment.id),
        )
    finally:
        j.close()
    return {"client": ada.id, "session": saved.treatment.id, "check": check.id, "photo": photo.id}


def test_text_timeline_says_everything_the_json_has(nz: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    ids = _journal_with_everything(data, tmp_path / "after.jpg")
    done = nz("--data-dir", data, "timeline", "--client", "Ada Lovelace")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    for expected in (
        f"Session #{ids['session']}",
        "Vireo Pen",
        "cheeks 1.5 mm",
        "pinpoint bleeding",  # endpoints
        "forehead 0.5 mm",
        "erythema",
        "HA serum (during, lot LOT-4711)",  # products with phase and lot
        "pain 4/10",
        "numbing",
        "downtime 2 days",
        "texture 4/10: Rolling scars",
        "adverse events: Small bruise on the left cheek",
        "notes: Client asked for a gentler pass next time",
        f"Skin check #{ids['check']}",
        "redness 1/4 (faint)",
        "Day 7: healing well",
        "rated by Bea",
        f"Photo #{ids['photo']}",  # photos are listed, in time order
        "Left 45° · After",
        "after.jpg",
    ):
        assert expected in text, f"{expected!r} missing from:\n{text}"
    # In time order: the session and its photo (same instant) before the skin check a week on.
    assert text.index(f"Session #{ids['session']}") < text.index(f"Photo #{ids['photo']}")
    assert text.index(f"Photo #{ids['photo']}") < text.index(f"Skin check #{ids['check']}")


def test_every_cli_view_says_the_local_day(nz: Run, tmp_path: Path) -> None:
    """Bug 3: at 20:00 UTC on 3 March it is already 4 March in Auckland, in every view."""
    data = tmp_path / "data"
    ids = _journal_with_everything(data, tmp_path / "after.jpg")
    timeline = nz("--data-dir", data, "timeline", "--client", "Ada Lovelace")
    photos = nz("--data-dir", data, "photo", "list", "--client", "Ada Lovelace")
    clients = nz("--data-dir", data, "client", "list")
    for done in (timeline, photos, clients):
        assert done.returncode == 0, done.stderr
        assert "4 Mar 2026" in done.stdout, done.stdout
        assert "3 Mar" not in done.stdout and "2026-03-03" not in done.stdout, done.stdout
    assert "4 Mar 2026 09:00" in timeline.stdout
    # JSON stays ISO 8601 with an explicit offset, whatever the zone.
    listed = nz.json("--data-dir", data, "photo", "list", "--client", "Ada Lovelace")
    assert [p["taken_at"] for p in listed] == ["2026-03-03T20:00:00+00:00"]
    assert listed[0]["id"] == ids["photo"]
    entries = json.loads(nz("--data-dir", data, "--json", "timeline", "--client", "1").stdout)
    assert entries[0]["date"] == "2026-03-03T20:00:00+00:00"
