"""Query cost on a demo journal: the ORM paths against raw ``sqlite3`` returning the same rows.

Figures (medians, ms):
- one client's timeline: ``Journal.timeline`` (the whole service path: ORM + guidance +
  records), the bare ORM query (same eager loads, no guidance), and raw SQL (floor);
- the client list with session counts: ``Journal.list_clients`` against the same aggregate
  in raw SQL (floor).
Both sides use one long-lived connection, as the app does; the clients are cycled so no single
client's pages are hotter than another's.
"""

from __future__ import annotations

import itertools
import sqlite3
from typing import Any

from benchmarks import demo_data_dir, median_ms, ratio

FULL = {"clients": 1000, "treatments": 50, "timeline_repeat": 300, "list_repeat": 40}
QUICK = {"clients": 200, "treatments": 20, "timeline_repeat": 60, "list_repeat": 10}

TIMELINE_GOAL = 2.0  # ORM path ≤ 2 × raw SQL
LIST_GOAL_MS = 30.0

# The same three statements the ORM's selectinload issues, so both sides return the same rows.
RAW_TREATMENTS = """
SELECT t.id, t.client_id, t.performed_at, t.device_id, t.pain, t.numbing, t.downtime_days,
       t.adverse_events, t.notes, t.texture_note, t.texture_score, t.tone_note, t.tone_score,
       t.version, d.id, d.name, d.kind, d.needle_count, d.cartridge
FROM treatment AS t LEFT JOIN device AS d ON d.id = t.device_id
WHERE t.client_id = ?
ORDER BY t.performed_at, t.id
"""
RAW_AREAS = """
SELECT treatment_id, id, position, area, depth_mm, passes, endpoint
FROM treatment_area WHERE treatment_id IN ({marks}) ORDER BY treatment_id, position
"""
RAW_PRODUCTS = """
SELECT u.treatment_id, u.id, u.position, u.phase, u.lot_number, u.note,
       p.id, p.name, p.brand, p.kind, p.ingredients
FROM product_use AS u JOIN product AS p ON p.id = u.product_id
WHERE u.treatment_id IN ({marks}) ORDER BY u.treatment_id, u.position
"""
RAW_CLIENT_LIST = """
SELECT c.*, s.n, s.last
FROM client AS c
LEFT OUTER JOIN (
    SELECT client_id AS cid, count(id) AS n, max(performed_at) AS last
    FROM treatment GROUP BY client_id
) AS s ON s.cid = c.id
WHERE c.archived = 0
ORDER BY c.is_self DESC, lower(c.name), c.id
"""


def raw_timeline(conn: sqlite3.Connection, client_id: int) -> tuple[list[Any], ...]:
    treatments = conn.execute(RAW_TREATMENTS, (client_id,)).fetchall()
    ids = [row[0] for row in treatments]
    if not ids:
        return treatments, [], []
    marks = ",".join("?" * len(ids))
    areas = conn.execute(RAW_AREAS.format(marks=marks), ids).fetchall()
    products = conn.execute(RAW_PRODUCTS.format(marks=marks), ids).fetchall()
    return treatments, areas, products


def run(quick: bool = False) -> dict[str, Any]:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from needlejournal.db import models as m
    from needlejournal.journal.api import Journal
    from needlejournal.paths import resolve

    size = QUICK if quick else FULL
    data_dir = demo_data_dir(size["clients"], size["treatments"])
    journal = Journal.open(resolve(data_dir))
    raw = sqlite3.connect(f"file:{data_dir / 'journal.sqlite3'}?mode=ro", uri=True)
    try:
        client_ids = [row[0] for row in raw.execute("SELECT id FROM client ORDER BY id")]
        sample = client_ids[:: max(1, len(client_ids) // 50)]

        def orm_timeline(client_id: int) -> tuple[int, int, int]:
            stmt = (
                select(m.Treatment)
                .where(m.Treatment.client_id == client_id)
                .order_by(m.Treatment.performed_at, m.Treatment.id)
                .options(
                    selectinload(m.Treatment.areas),
                    selectinload(m.Treatment.products).selectinload(m.ProductUse.product),
                    selectinload(m.Treatment.device),
                )
            )
            with journal.unit() as s:
                rows = list(s.scalars(stmt))
                return (
                    len(rows),
                    sum(len(t.areas) for t in rows),
                    sum(len(t.products) for t in rows),
                )

        # Same rows on both sides, or the comparison means nothing.
        for cid in sample[:5]:
            t, a, p = raw_timeline(raw, cid)
            assert orm_timeline(cid) == (len(t), len(a), len(p)), f"row mismatch, client {cid}"
        assert len(journal.list_clients()) == len(raw.execute(RAW_CLIENT_LIST).fetchall())

        def cycling(fn: Any) -> Any:
            ids = itertools.cycle(sample)
            return lambda: fn(next(ids))

        n = size["timeline_repeat"]
        raw_ms = median_ms(cycling(lambda c: raw_timeline(raw, c)), n)
        bare_ms = median_ms(cycling(orm_timeline), n)
        service_ms = median_ms(cycling(journal.timeline), n)
        k = size["list_repeat"]
        raw_list_ms = median_ms(lambda: raw.execute(RAW_CLIENT_LIST).fetchall(), k)
        list_ms = median_ms(journal.list_clients, k)
        sessions = raw.execute("SELECT count(*) FROM treatment").fetchone()[0]
    finally:
        raw.close()
        journal.close()

    return {
        "journal": {"clients": len(client_ids), "sessions": sessions},
        "timeline": {
            "floor_raw_sql_ms": raw_ms,
            "orm_bare_ms": bare_ms,
            "orm_bare_ratio": ratio(bare_ms, raw_ms),
            "service_ms": service_ms,
            "service_ratio": ratio(service_ms, raw_ms),
            "figure_ms": service_ms,
            "ratio": ratio(service_ms, raw_ms),
            "goal": f"ORM path ≤ {TIMELINE_GOAL}× raw SQL",
            "met": (ratio(service_ms, raw_ms) or 1e9) <= TIMELINE_GOAL,
            "note": "service = Journal.timeline (ORM + guidance warnings + records); "
            "bare = the same eager-loaded ORM query alone",
        },
        "client_list": {
            "floor_raw_sql_ms": raw_list_ms,
            "figure_ms": list_ms,
            "ratio": ratio(list_ms, raw_list_ms),
            "goal": f"Journal.list_clients ≤ {LIST_GOAL_MS:g} ms",
            "met": list_ms <= LIST_GOAL_MS,
        },
    }
