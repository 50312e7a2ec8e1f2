"""A realistic demo journal: devices, products, clients, sessions weeks apart, skin checks.

``fill_demo(journal, clients=12, treatments=8, seed=1)`` fills an empty journal (one client
means a personal journal with "Me", more a clinic) and returns a ``DemoSummary``. It is
deterministic for a seed and a ``today``, and fast: 1,000 clients × 50 sessions are bulk
inserted in one unit of work.

Photos are a separate step: a photo module here can take the ``DemoSummary`` (client ids in
plan order, date range) and import generated photos per session through the photo service;
``needlejournal/commands/demo.py`` then calls it after ``fill_demo``.
"""

from __future__ import annotations

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
) -> DemoSummary:
    """Fill an empty journal; ``treatments`` is per client; dates end a few days before today.

    Raises ``DemoRefused`` (a ``JournalError``) when the journal already holds data.
    """
    from .writer import write_plan

    plan = plan_demo(
        clients=clients,
        treatments=treatments,
        seed=seed,
        today=today or datetime.now(UTC).date(),
    )
    return journal.run(lambda s: write_plan(s, plan))
