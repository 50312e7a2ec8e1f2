"""Query cost on a demo journal: the ORM paths against raw ``sqlite3`` doing the same work.

Figures (medians, ms):
- one client's timeline: the journal's read path (SQLAlchemy column selects → frozen
  records, ``treatments.load_timeline``) against the floor: the same statements through raw
  ``sqlite3`` building the same records (so the ratio is the ORM's cost alone); the floor's
  bare query time without records; the classic eager-loaded entity query, for contrast; and
  ``Journal.timeline`` whole (+ the guidance rules over the client's history);
- the client list with session counts: ``Journal.list_clients`` against the same aggregate
  in raw SQL (floor).
Both sides use one long-lived connection, as the app does; the clients are cycled so no single
client's pages are hotter than another's. Figures and floors are timed in interleaved rounds
(each a median of many calls); the ratios are per round, printed as median and range.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from datetime import UTC, datetime
from typing import Any

from benchmarks import demo_data_dir, interleaved, ratio_spread, spread

FULL = {"clients": 1000, "treatments": 50, "timeline_repeat": 300, "list_repeat": 40, "rounds": 5}
QUICK = {"clients": 200, "treatments": 20, "timeline_repeat": 60, "list_repeat": 12, "rounds": 3}

TIMELINE_GOAL = 2.0  # ORM path ≤ 2 × raw SQL
SERVICE_GOAL = 2.0  # Journal.timeline ≤ 2 × the read path (issue 15)
LIST_GOAL = 2.0  # Journal.list_clients ≤ 2 × raw SQL (issue 15)

# The same four statements as the journal's read path, so both sides return the same rows.
RAW_TREATMENTS = """
SELECT t.id, t.client_id, t.performed_at, t.pain, t.numbing, t.downtime_days,
       t.adverse_events, t.notes, t.texture_note, t.texture_score, t.tone_note, t.tone_score,
       t.version, d.id, d.name, d.kind, d.needle_count, d.cartridge, d.notes, d.archived,
       d.version
FROM treatment AS t LEFT JOIN device AS d ON d.id = t.device_id
WHERE t.client_id = ?
ORDER BY t.performed_at, t.id
"""
RAW_AREAS = """
SELECT a.treatment_id, a.area, a.depth_mm, a.passes, a.endpoint
FROM treatment_area AS a JOIN treatment AS t ON t.id = a.treatment_id
WHERE t.client_id = ? ORDER BY a.treatment_id, a.position, a.id
"""
RAW_PRODUCTS = """
SELECT u.treatment_id, u.product_id, p.name, p.brand, u.phase, u.lot_number, u.note
FROM product_use AS u JOIN product AS p ON p.id = u.product_id
JOIN treatment AS t ON t.id = u.treatment_id
WHERE t.client_id = ? ORDER BY u.treatment_id, u.position, u.id
"""
RAW_OBSERVATIONS = """
SELECT id, client_id, observed_at, treatment_id, texture_score, tone_score, redness,
       texture_note, tone_note, note, rater, version
FROM observation WHERE client_id = ? ORDER BY observed_at, id
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
    """The same four statements as the journal's read path, rows only."""
    return (
        conn.execute(RAW_TREATMENTS, (client_id,)).fetchall(),
        conn.execute(RAW_AREAS, (client_id,)).fetchall(),
        conn.execute(RAW_PRODUCTS, (client_id,)).fetchall(),
        conn.execute(RAW_OBSERVATIONS, (client_id,)).fetchall(),
    )


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def raw_records(conn: sqlite3.Connection, client_id: int) -> list[Any]:
    """The floor: raw ``sqlite3`` doing what the read path does, records included."""
    from needlejournal.journal.records import (
        AreaRecord,
        DeviceRecord,
        ObservationRecord,
        ProductUseRecord,
        TreatmentRecord,
    )

    treatments, area_rows, use_rows, observation_rows = raw_timeline(conn, client_id)
    areas: dict[int, list[AreaRecord]] = {r[0]: [] for r in treatments}
    for tid, area, depth, passes, endpoint in area_rows:
        areas[tid].append(AreaRecord(area, depth, passes, endpoint))
    uses: dict[int, list[ProductUseRecord]] = {r[0]: [] for r in treatments}
    for tid, pid, name, brand, phase, lot, note in use_rows:
        uses[tid].append(ProductUseRecord(pid, name, brand, phase, lot, note))
    out: list[Any] = [
        TreatmentRecord(
            r[0],
            r[1],
            _utc(r[2]),
            r[3],
            bool(r[4]),
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            None
            if r[13] is None
            else DeviceRecord(r[13], r[14], r[15], r[16], r[17], r[18], bool(r[19]), r[20]),
            tuple(areas[r[0]]),
            tuple(uses[r[0]]),
        )
        for r in treatments
    ]
    out += [ObservationRecord(r[0], r[1], _utc(r[2]), *r[3:]) for r in observation_rows]
    return out


def run(quick: bool = False) -> dict[str, Any]:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from needlejournal.db import models as m
    from needlejournal.journal import treatments
    from needlejournal.journal.api import Journal
    from needlejournal.paths import resolve

    size = QUICK if quick else FULL
    data_dir = demo_data_dir(size["clients"], size["treatments"])
    journal = Journal.open(resolve(data_dir))
    raw = sqlite3.connect(f"file:{data_dir / 'journal.sqlite3'}?mode=ro", uri=True)
    try:
        client_ids = [row[0] for row in raw.execute("SELECT id FROM client ORDER BY id")]
        sample = client_ids[:: max(1, len(client_ids) // 50)]

        def entity_timeline(client_id: int) -> int:
            """The classic eager-loaded entity query (what the app did first), for contrast."""
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
                return len(s.scalars(stmt).all())

        def read_path(client_id: int) -> tuple[Any, ...]:
            return journal.run(lambda s: treatments.load_timeline(s, client_id))

        # The same records on both sides, or the comparison means nothing.
        for cid in sample[:5]:
            floor = sorted(raw_records(raw, cid), key=lambda e: (e.when, e.kind, e.id))
            assert list(read_path(cid)) == floor, f"record mismatch, client {cid}"
        assert len(journal.list_clients()) == len(raw.execute(RAW_CLIENT_LIST).fetchall())

        def cycling(fn: Any) -> Any:
            ids = itertools.cycle(sample)
            return lambda: fn(next(ids))

        rounds = size["rounds"]
        n = max(1, size["timeline_repeat"] // rounds)
        timeline = interleaved(
            {
                "rows": cycling(lambda c: raw_timeline(raw, c)),
                "floor": cycling(lambda c: raw_records(raw, c)),
                "read": cycling(read_path),
                "entity": cycling(entity_timeline),
                "service": cycling(journal.timeline),
            },
            rounds,
            n,
        )
        k = max(1, size["list_repeat"] // rounds)
        listing = interleaved(
            {
                "floor": lambda: raw.execute(RAW_CLIENT_LIST).fetchall(),
                "figure": journal.list_clients,
            },
            rounds,
            k,
        )
        sessions = raw.execute("SELECT count(*) FROM treatment").fetchone()[0]
    finally:
        raw.close()
        journal.close()

    read_ratio = ratio_spread(timeline["read"], timeline["floor"])
    service_ratio = ratio_spread(timeline["service"], timeline["read"])
    list_ratio = ratio_spread(listing["figure"], listing["floor"])
    return {
        "journal": {"clients": len(client_ids), "sessions": sessions},
        "rounds": rounds,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "timeline": {
            "floor_raw_sql_records": spread(timeline["floor"]),
            "raw_sql_rows_only": spread(timeline["rows"]),
            "read_path": spread(timeline["read"]),
            **read_ratio,
            "goal": f"read path ≤ {TIMELINE_GOAL}× raw SQL building the same records",
            "met": read_ratio["ratio"] <= TIMELINE_GOAL,
            "entity_query": spread(timeline["entity"]),
            "note": "read path = SQLAlchemy column selects → frozen records",
        },
        "timeline_with_guidance": {
            "floor_read_path": spread(timeline["read"]),
            "service": spread(timeline["service"]),
            **service_ratio,
            "goal": f"Journal.timeline (read path + guidance rules, ratings, screening) ≤ "
            f"{SERVICE_GOAL}× the read path",
            "met": service_ratio["ratio"] <= SERVICE_GOAL,
        },
        "client_list": {
            "floor_raw_sql": spread(listing["floor"]),
            "figure": spread(listing["figure"]),
            **list_ratio,
            "goal": f"Journal.list_clients ≤ {LIST_GOAL}× raw SQL (rows only)",
            "met": list_ratio["ratio"] <= LIST_GOAL,
        },
    }
