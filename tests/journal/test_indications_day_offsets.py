"""Schema 0008: an indication per treated area and an aftercare start day per product use.

Old journals keep working (their areas read as "general", their products as no start day),
new ones store and return both, and bad values are refused in one sentence each.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceDraft,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.paths import resolve

FIXTURES = Path(__file__).parent.parent / "fixtures" / "databases"
WHEN = datetime(2026, 3, 3, 10, tzinfo=UTC)


def test_a_journal_from_schema_0002_reads_its_areas_as_general(tmp_path: Path) -> None:
    data = tmp_path / "old"
    data.mkdir()
    shutil.copy(FIXTURES / "0002.sqlite3", data / "journal.sqlite3")
    j = Journal.open(resolve(data))
    try:
        ada = next(c for c in j.list_clients() if c.name == "Ada Lovelace")
        sessions = [e for e in j.timeline(ada.id).entries if isinstance(e, TreatmentRecord)]
        assert sessions
        assert {a.indication for t in sessions for a in t.areas} == {"general"}
        assert {u.day_offset for t in sessions for u in t.products} == {None}
        # An old row can be saved again as it is (the new columns' defaults satisfy the CHECKs).
        t = sessions[0]
        j.save_treatment(
            TreatmentDraft(
                ada.id,
                t.performed_at,
                tuple(AreaDraft(a.area, a.depth_mm, a.passes, a.endpoint) for a in t.areas),
                id=t.id,
                version=t.version,
            )
        )
    finally:
        j.close()


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal.open(resolve(tmp_path / "data"))


def _setup(j: Journal) -> tuple[int, int]:
    client = j.save_client(ClientDraft("Grace")).client
    cream = j.save_product(ProductDraft("Night cream", ingredients=("Aqua, Retinol",)))
    j.save_device(DeviceDraft("Pen", "pen"))
    return client.id, cream.id


def test_indications_and_start_days_are_stored_and_read_back(journal: Journal) -> None:
    client, cream = _setup(journal)
    journal.set_mode("clinic")
    saved = journal.save_treatment(
        TreatmentDraft(
            client,
            WHEN,
            (
                AreaDraft("cheeks", 2.0, indication="acne_scars"),
                AreaDraft("cheeks", 1.0, indication="rejuvenation"),
                AreaDraft("abdomen", 1.5, indication="stretch_marks"),
            ),
            products=(ProductUseDraft(cream, "aftercare", day_offset=14),),
        )
    ).treatment
    assert [(a.area, a.indication) for a in saved.areas] == [
        ("cheeks", "acne_scars"),
        ("cheeks", "rejuvenation"),
        ("abdomen", "stretch_marks"),
    ]
    assert saved.products[0].day_offset == 14
    assert saved.warnings == ()  # day 14 meets the 14-day washout; no depth past a maximum
    journal.close()


@pytest.mark.parametrize(
    ("draft_areas", "products", "said"),
    [
        ((AreaDraft("cheeks", 1.0, indication="tattoo"),), (), "Unknown indication"),
        (
            (AreaDraft("cheeks", 1.0, indication="acne_scars"),) * 2,
            (),
            "listed twice",
        ),
        ((AreaDraft("cheeks", 1.0),), (("during", 3),), "only to aftercare"),
        ((AreaDraft("cheeks", 1.0),), (("aftercare", 400),), "start day"),
        ((AreaDraft("cheeks", 1.0),), (("aftercare", -1),), "start day"),
    ],
)
def test_bad_indications_and_start_days_are_refused_and_nothing_is_saved(
    journal: Journal,
    draft_areas: tuple[AreaDraft, ...],
    products: tuple[tuple[str, int], ...],
    said: str,
) -> None:
    client, cream = _setup(journal)
    uses = tuple(ProductUseDraft(cream, phase, day_offset=day) for phase, day in products)
    with pytest.raises(InvalidInput, match=said):
        journal.save_treatment(TreatmentDraft(client, WHEN, draft_areas, products=uses))
    assert journal.timeline(client).entries == ()
    journal.close()
