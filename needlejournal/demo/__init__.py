"""A realistic demo journal: devices, products, clients, sessions weeks apart, skin checks.

``fill_demo(journal, clients=12, treatments=8, seed=1)`` fills an empty journal (one client
means a personal journal with "Me", more a clinic) and returns a ``DemoSummary``. It is
deterministic for a seed and a ``today``, and fast: 1,000 clients × 50 sessions are bulk
inserted in one unit of work.

With ``photos=True`` synthetic close-up skin photos (painted by ``needlejournal.demo.skin``)
are then imported by ``needlejournal.demo.photos`` for the sessions of the first clients
through the photo service, after the rows are written; the default is off so the 1,000-client
benchmark stays a pure database fill.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from .plan import DemoPlan, plan_demo
from .results import DemoRefused, DemoSummary

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal

__all__ = ["DemoPlan", "DemoRefused", "DemoSummary", "fill_demo", "plan_demo"]


def fill_demo(
    journal: Journal,
    *,
    clients: int = 12,
    treatments: int = 8,
    seed: int = 1,
    today: date | None = None,
    photos: bool = False,
) -> DemoSummary:
    """Fill an empty journal; ``treatments`` is per client; dates end a few days before today.

    ``photos`` also imports generated before/after/progress photos (~150, a few seconds).

    Raises ``DemoRefused`` (a ``JournalError``) when the journal already holds data.
    """
    from .writer import write_plan

    plan = plan_demo(
        clients=clients,
        treatments=treatments,
        seed=seed,
        today=today or datetime.now(UTC).date(),
    )
    summary = journal.run(lambda s: write_plan(s, plan))
    if not photos:
        return summary
    from .photos import add_demo_photos

    count = add_demo_photos(journal, plan, summary.client_ids, seed=seed)
    return replace(summary, photos=count)
