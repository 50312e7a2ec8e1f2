"""Clinic mode on PostgreSQL (issue 13): the journal's reads against raw psycopg, and how soon a
second seat shows a change the first seat saved.

Figures (each the median over ``ROUNDS`` rounds of per-round medians, with the range):
- one client's timeline: the journal's read path (``treatments.load_timeline``: SQLAlchemy
  column selects → frozen records) against the floor: the same four statements through a raw
  psycopg connection building the same records; goal ≤ 2×;
- the 1,000-client list with session counts: ``Journal.list_clients`` against the same
  aggregate through psycopg building the same records; goal ≤ 2×;
- NOTIFY-driven refresh: a window (offscreen, real worker threads, its ``SeatSync`` listening)
  shows client A; another seat (its own engine and connections) saves a skin check for A; the
  time from the start of that save until the window's timeline holds it; goal ≤ 300 ms.

Needs a PostgreSQL server: ``NEEDLEJOURNAL_BENCH_PG_URL`` or ``NEEDLEJOURNAL_TEST_PG_URL``
(a ``postgresql+psycopg://`` URL whose user may create databases); a fresh database is made
and dropped. Without one the section says it was skipped.
"""

from __future__ import annotations

import itertools
import os
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from benchmarks import median_ms, ratio

FULL = {"clients": 1000, "treatments": 20, "timeline_repeat": 100, "list_repeat": 15}
QUICK = {"clients": 200, "treatments": 10, "timeline_repeat": 30, "list_repeat": 5}
ROUNDS = 3
REFRESH_SAVES = 7
GOAL_RATIO = 2.0
GOAL_REFRESH_MS = 300.0

RAW_TREATMENTS = """
SELECT t.id, t.client_id, t.performed_at, t.pain, t.numbing, t.downtime_days,
       t.adverse_events, t.notes, t.texture_note, t.texture_score, t.tone_note, t.tone_score,
       t.version, d.id, d.name, d.kind, d.needle_count, d.cartridge, d.notes, d.archived,
       d.version
FROM treatment AS t LEFT JOIN device AS d ON d.id = t.device_id
WHERE t.client_id = %(c)s
ORDER BY t.performed_at, t.id
"""
RAW_AREAS = """
SELECT a.treatment_id, a.area, a.depth_mm, a.passes, a.endpoint
FROM treatment_area AS a JOIN treatment AS t ON t.id = a.treatment_id
WHERE t.client_id = %(c)s ORDER BY a.treatment_id, a.position, a.id
"""
RAW_PRODUCTS = """
SELECT u.treatment_id, u.product_id, p.name, p.brand, u.phase, u.lot_number, u.note
FROM product_use AS u JOIN product AS p ON p.id = u.product_id
JOIN treatment AS t ON t.id = u.treatment_id
WHERE t.client_id = %(c)s ORDER BY u.treatment_id, u.position, u.id
"""
RAW_OBSERVATIONS = """
SELECT id, client_id, observed_at, treatment_id, texture_score, tone_score, redness,
       texture_note, tone_note, note, rater, version
FROM observation WHERE client_id = %(c)s ORDER BY observed_at, id
"""
RAW_CLIENT_LIST = """
SELECT c.id, c.name, c.is_self, c.skin_type, c.concerns, c.contraindications, c.consent_on,
       c.notes, c.archived, c.version, c.created_at, s.n, s.last
FROM client AS c
LEFT OUTER JOIN (
    SELECT client_id AS cid, count(id) AS n, max(performed_at) AS last
    FROM treatment GROUP BY client_id
) AS s ON s.cid = c.id
WHERE NOT c.archived
ORDER BY c.is_self DESC, lower(c.name), c.id
"""


def _pg_url() -> str | None:
    for name in ("NEEDLEJOURNAL_BENCH_PG_URL", "NEEDLEJOURNAL_TEST_PG_URL"):
        url = os.environ.get(name, "").strip()
        if url:
            return url
    return None


@contextmanager
def _database(base_url: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text

    name = "nj_bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    head, _, _ = base_url.rpartition("/")
    try:
        yield f"{head}/{name}"
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def raw_records(conn: Any, client_id: int) -> list[Any]:
    """The floor: raw psycopg doing what the read path does, records included."""
    from needlejournal.journal.records import (
        AreaRecord,
        DeviceRecord,
        ObservationRecord,
        ProductUseRecord,
        TreatmentRecord,
    )

    arg = {"c": client_id}
    treatments = conn.execute(RAW_TREATMENTS, arg).fetchall()
    areas: dict[int, list[AreaRecord]] = {r[0]: [] for r in treatments}
    for tid, area, depth, passes, endpoint in conn.execute(RAW_AREAS, arg):
        areas[tid].append(AreaRecord(area, depth, passes, endpoint))
    uses: dict[int, list[ProductUseRecord]] = {r[0]: [] for r in treatments}
    for tid, pid, name, brand, phase, lot, note in conn.execute(RAW_PRODUCTS, arg):
        uses[tid].append(ProductUseRecord(pid, name, brand, phase, lot, note))
    out: list[Any] = [
        TreatmentRecord(
            r[0],
            r[1],
            r[2].astimezone(UTC),
            r[3],
            r[4],
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
            else DeviceRecord(r[13], r[14], r[15], r[16], r[17], r[18], r[19], r[20]),
            tuple(areas[r[0]]),
            tuple(uses[r[0]]),
        )
        for r in treatments
    ]
    out += [
        ObservationRecord(r[0], r[1], r[2].astimezone(UTC), *r[3:])
        for r in conn.execute(RAW_OBSERVATIONS, arg)
    ]
    return out


def raw_client_list(conn: Any) -> list[Any]:
    """The floor: the list's aggregate through psycopg, built into the same records."""
    from needlejournal.journal.records import ClientRecord, ClientSummary

    return [
        ClientSummary(
            ClientRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                         r[10].astimezone(UTC)),
            r[11] or 0,
            None if r[12] is None else r[12].astimezone(UTC),
        )
        for r in conn.execute(RAW_CLIENT_LIST)
    ]  # fmt: skip


def _compared(figure: Callable[[], float], floor: Callable[[], float], goal: str) -> dict[str, Any]:
    """Figure and floor measured alternately, round by round; the ratio of the medians."""
    figures, floors = [], []
    for _ in range(ROUNDS):
        floors.append(floor())
        figures.append(figure())
    fig, flo = statistics.median(figures), statistics.median(floors)
    r = ratio(fig, flo)
    return {
        "floor_raw_psycopg_ms": round(flo, 3),
        "floor_range_ms": [round(min(floors), 3), round(max(floors), 3)],
        "figure_ms": round(fig, 3),
        "figure_range_ms": [round(min(figures), 3), round(max(figures), 3)],
        "ratio": r,
        "ratio_range": [
            ratio(min(figures), max(floors)),
            ratio(max(figures), min(floors)),
        ],
        "goal": goal,
        "met": (r or 1e9) <= GOAL_RATIO,
    }


def _refresh_ms(journal: Any, url: str, client_id: int, saves: int) -> list[float]:
    """Save on one seat, wait until the other seat's window shows it: ms each time."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from needlejournal.journal.api import Journal
    from needlejournal.journal.records import ObservationDraft
    from needlejournal.paths import resolve
    from needlejournal.ui.main_window import MainWindow
    from needlejournal.ui.ops import Workers

    app = QApplication.instance() or QApplication([])
    settings_file = os.path.join(str(journal.paths.data_dir), "bench-ui.ini")
    window = MainWindow(QSettings(settings_file, QSettings.Format.IniFormat), Workers())
    window.show()
    window.attach_journal(journal)

    def wait_until(done: Callable[[], bool], timeout_s: float = 10.0) -> None:
        end = time.perf_counter() + timeout_s
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError("the second seat never showed the change")
            app.processEvents()
            time.sleep(0.001)

    sync = window.seat_sync
    assert sync is not None
    wait_until(lambda: sync.listening and window.client_model.rowCount() > 0)
    window.clients.select_client(client_id)
    wait_until(lambda: len(window.timeline_model.entries()) > 0)
    first_seat = Journal.open(resolve(str(journal.paths.data_dir) + "-seat1", database_url=url))
    figures: list[float] = []
    try:
        for i in range(saves):
            before = len(window.timeline_model.entries())
            when = datetime.now(UTC) - timedelta(hours=1 + i)
            start = time.perf_counter()
            first_seat.save_observation(ObservationDraft(client_id, when, texture_score=5))
            wait_until(lambda: len(window.timeline_model.entries()) > before)  # noqa: B023
            figures.append((time.perf_counter() - start) * 1000)
            for _ in range(50):  # let the window settle before the next save
                app.processEvents()
                time.sleep(0.002)
    finally:
        first_seat.close()
        window.close()
        window.deleteLater()
        app.processEvents()
    return figures


def run(quick: bool = False) -> dict[str, Any]:
    base = _pg_url()
    if base is None:
        return {"skipped": "no PostgreSQL server (NEEDLEJOURNAL_TEST_PG_URL)"}
    import psycopg

    from needlejournal.demo import fill_demo
    from needlejournal.journal import notify, treatments
    from needlejournal.journal.api import Journal
    from needlejournal.paths import resolve

    size = QUICK if quick else FULL
    with _database(base) as url:
        import tempfile

        data_dir = tempfile.mkdtemp(prefix="nj-bench-clinic-")
        journal = Journal.open(resolve(data_dir, database_url=url))
        try:
            fill_start = time.perf_counter()
            fill_demo(journal, clients=size["clients"], treatments=size["treatments"], seed=7)
            fill_s = time.perf_counter() - fill_start
            raw = psycopg.connect(notify.libpq_url(journal.engine), autocommit=True)
            raw.execute("VACUUM ANALYZE")  # as a clinic's server would be: not mid-autovacuum
            try:
                client_ids = [r[0] for r in raw.execute("SELECT id FROM client ORDER BY id")]
                sample = client_ids[:: max(1, len(client_ids) // 50)]

                def read_path(client_id: int) -> tuple[Any, ...]:
                    return journal.run(lambda s: treatments.load_timeline(s, client_id))

                for cid in sample[:5]:  # the same records on both sides
                    floor = sorted(raw_records(raw, cid), key=lambda e: (e.when, e.kind, e.id))
                    assert list(read_path(cid)) == floor, f"record mismatch, client {cid}"
                assert journal.list_clients() == raw_client_list(raw)

                def cycling(fn: Callable[[int], object]) -> Callable[[], object]:
                    ids = itertools.cycle(sample)
                    return lambda: fn(next(ids))

                n, k = size["timeline_repeat"], size["list_repeat"]
                timeline = _compared(
                    lambda: median_ms(cycling(read_path), n),
                    lambda: median_ms(cycling(lambda c: raw_records(raw, c)), n),
                    f"read path ≤ {GOAL_RATIO}× raw psycopg building the same records",
                )
                client_list = _compared(
                    lambda: median_ms(journal.list_clients, k),
                    lambda: median_ms(lambda: raw_client_list(raw), k),
                    f"Journal.list_clients ≤ {GOAL_RATIO}× psycopg building the same records",
                )
            finally:
                raw.close()
            refresh = _refresh_ms(journal, url, sample[len(sample) // 2], REFRESH_SAVES)
        finally:
            journal.close()
    refresh_median = statistics.median(refresh)
    return {
        "journal": {
            "clients": size["clients"],
            "sessions": size["clients"] * size["treatments"],
            "demo_fill_s": round(fill_s, 1),
        },
        "rounds": ROUNDS,
        "timeline": timeline,
        "client_list": client_list,
        "notify_refresh": {
            "saves": len(refresh),
            "median_ms": round(refresh_median, 1),
            "range_ms": [round(min(refresh), 1), round(max(refresh), 1)],
            "goal": f"visible on the second seat ≤ {GOAL_REFRESH_MS:g} ms after the save starts",
            "met": refresh_median <= GOAL_REFRESH_MS,
            "note": "includes the save itself and the window's 50 ms debounce",
        },
    }
