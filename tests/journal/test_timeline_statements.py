"""A timeline with guidance costs a fixed handful of SQL statements, whatever the history.

``Journal.timeline`` reads the client, the sessions (with areas and products), the skin checks,
the ratings, the screening on file and what the guidance rules need (ingredients, lot expiry,
mode and thresholds): each once. A per-session lazy load or a second read of the same rows
would grow the count with the history or push it past the budget, so both are pinned here,
on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import event

from needlejournal.guidance import GuidanceSettings
from needlejournal.journal.api import Journal
from needlejournal.journal.expiry import set_expiry
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    ObservationDraft,
    ProductDraft,
    ProductUseDraft,
    RatingDraft,
    TreatmentDraft,
)
from needlejournal.journal.screening_records import ScreeningChange, ScreeningDraft

# client, sessions, their areas, their products, skin checks, ratings, screening,
# ingredients with lot expiry, mode and guidance settings.
BUDGET = 9


@contextmanager
def counted(journal: Journal) -> Iterator[list[str]]:
    """Every statement the journal's engine sends while the block runs."""
    sent: list[str] = []

    def note(*args: Any) -> None:
        sent.append(str(args[2]))

    event.listen(journal.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(journal.engine, "before_cursor_execute", note)


def _library(journal: Journal) -> tuple[int, int]:
    """Clinic mode, thresholds of its own, a vitamin C serum and a retinol with an old lot."""
    journal.set_mode("clinic")
    journal.set_guidance_settings(GuidanceSettings(screening_review_days=90))
    serum = journal.save_product(
        ProductDraft("C-Firma", "Lab B", "serum", ("L-ascorbic acid", "ferulic acid"))
    )
    cream = journal.save_product(ProductDraft("Retinol 0.3", "Lab C", "cream", ("retinol",)))
    set_expiry(journal, "Retinol 0.3", date(2020, 1, 1), lot="R-1")
    return serum.id, cream.id


def _history(journal: Journal, sessions: int, products: tuple[int, int]) -> int:
    """A client with everything the timeline and its rules read, ``sessions`` long."""
    serum, cream = products
    cid = journal.save_client(ClientDraft(f"Ada {sessions}")).client.id
    journal.save_screening(
        ScreeningDraft(
            cid,
            (ScreeningChange("keloid", "yes"), ScreeningChange("pregnancy", "no")),
            date(2024, 1, 5),
            "Dr Vega",
        )
    )
    start = datetime(2024, 1, 10, 10, tzinfo=UTC)
    for i in range(sessions):
        saved = journal.save_treatment(
            TreatmentDraft(
                cid,
                start + timedelta(days=10 * i),
                (AreaDraft("cheeks", 1.5 if i % 2 else 0.5), AreaDraft("forehead", 0.5)),
                products=(
                    ProductUseDraft(serum, "during"),
                    ProductUseDraft(cream, "aftercare", lot_number="r-1 ", day_offset=1),
                ),
                texture_score=3,
            )
        ).treatment
        journal.add_rating(cid, RatingDraft("texture", 4, rater="Dr Vega"), treatment_id=saved.id)
        journal.save_observation(
            ObservationDraft(cid, start + timedelta(days=10 * i + 2), redness=2, rater="Dr Vega")
        )
    return cid


def test_a_timeline_with_guidance_reads_each_thing_once(journal: Journal) -> None:
    products = _library(journal)
    short, long = _history(journal, 2, products), _history(journal, 12, products)
    journal.timeline(short)  # warm: the engine's first connection may run its own set-up
    with counted(journal) as sent_short:
        short_timeline = journal.timeline(short)
    with counted(journal) as sent_long:
        long_timeline = journal.timeline(long)
    # The rules ran over the whole history (the warnings the statements feed are there).
    kinds = {w.rule for e in long_timeline.entries for w in getattr(e, "warnings", ())}
    assert {
        "interval",
        "product_phase",
        "screening",
        "screening_review",
        "expired_product",
    } <= kinds
    assert len(long_timeline.ratings) >= 24 and long_timeline.screening is not None
    assert len(short_timeline.entries) == 4 and len(long_timeline.entries) == 24
    assert len(sent_long) == len(sent_short), "the statements grow with the history"
    assert len(sent_long) <= BUDGET, "\n\n".join(sent_long)


def test_the_photo_timeline_adds_one_statement(journal: Journal) -> None:
    cid = _history(journal, 3, _library(journal))
    journal.timeline(cid)
    with counted(journal) as plain:
        journal.timeline(cid)
    with counted(journal) as with_photos:
        journal.timeline(cid, photos=True)
    assert len(with_photos) == len(plain) + 1
