"""What the audit trail costs a session save (issue 13): the same saves with and without it.

Two journals side by side in one run: one as the app opens it (the unit of work appends an
audit line, hash-chained, in the same transaction), one whose sessionmaker has no audit hook.
Each round saves ``SAVES`` sessions (two areas, one product) into each, alternating which goes
first; the figure is the median time per save and the ratio with/without. On SQLite both
commits fsync (``synchronous=FULL``), so the line rides in the same commit; on PostgreSQL
(``NEEDLEJOURNAL_TEST_PG_URL`` set) it adds the chain head's row lock and two statements.

Run: ``python -m benchmarks --only audit`` or ``python benchmarks/bench_audit.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SAVES = 100
ROUNDS = 5


@contextmanager
def _postgres(base: str) -> Iterator[Callable[[], str]]:
    from sqlalchemy import create_engine, text

    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    made: list[str] = []
    head, _, _ = base.rpartition("/")

    def make() -> str:
        name = "nj_bench_audit_" + uuid.uuid4().hex[:8]
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return f"{head}/{name}"

    try:
        yield make
    finally:
        with admin.connect() as c:
            for name in made:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


Ids = tuple[int, int, int]  # client, device, product (the same in both journals)


def _journals(folder: Path, urls: tuple[str | None, str | None]) -> tuple[Any, Any, Ids]:
    from needlejournal.db.engine import make_sessionmaker
    from needlejournal.journal.api import Journal
    from needlejournal.journal.records import ClientDraft, DeviceDraft, ProductDraft
    from needlejournal.paths import resolve

    made = []
    for name, url in zip(("with", "without"), urls, strict=True):
        j = Journal.open(resolve(folder / name, database_url=url))
        client = j.save_client(ClientDraft("Bench")).client
        pen = j.save_device(DeviceDraft("Pen", "pen", 12))
        serum = j.save_product(ProductDraft("Serum", ingredients=("hyaluronic acid",)))
        made.append((j, client.id, pen.id, serum.id))
    without = made[1][0]
    without._sessions = make_sessionmaker(without.engine)  # the same journal, no audit hook
    (a, *ids), (b, *same) = made
    assert ids == same
    return a, b, (ids[0], ids[1], ids[2])


def _save_many(journal: Any, ids: Ids, start: datetime) -> float:
    from needlejournal.journal.records import AreaDraft, ProductUseDraft, TreatmentDraft

    client, pen, serum = ids
    t0 = time.perf_counter()
    for i in range(SAVES):
        journal.save_treatment(
            TreatmentDraft(
                client,
                start + timedelta(days=i),
                (AreaDraft("cheeks", 1.0, 2), AreaDraft("forehead", 0.5, 2)),
                pen,
                (ProductUseDraft(serum, "post", "LOT-1"),),
                notes="benchmark",
            )
        )
    return (time.perf_counter() - t0) / SAVES * 1000


def _measure(urls: tuple[str | None, str | None]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="nj-bench-audit-") as tmp:
        a, b, ids = _journals(Path(tmp), urls)
        try:
            with_ms: list[float] = []
            without_ms: list[float] = []
            for r in range(ROUNDS):
                start = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(days=r * SAVES)
                order = [(a, with_ms), (b, without_ms)]
                for journal, into in order if r % 2 == 0 else reversed(order):
                    into.append(_save_many(journal, ids, start))
            lines = a.verify_audit().lines
        finally:
            a.close()
            b.close()
    ratios = [w / o for w, o in zip(with_ms, without_ms, strict=True)]
    return {
        "saves_per_round": SAVES,
        "rounds": ROUNDS,
        "save_ms_without_audit": {"median": round(statistics.median(without_ms), 3),
                                  "range": [round(min(without_ms), 3), round(max(without_ms), 3)]},
        "save_ms_with_audit": {"median": round(statistics.median(with_ms), 3),
                               "range": [round(min(with_ms), 3), round(max(with_ms), 3)]},
        "ratio": {"median": round(statistics.median(ratios), 3),
                  "range": [round(min(ratios), 3), round(max(ratios), 3)]},
        "audit_lines_verified": lines,
    }  # fmt: skip


def run(quick: bool = False) -> dict[str, Any]:
    global SAVES, ROUNDS
    if quick:
        SAVES, ROUNDS = 20, 3
    out: dict[str, Any] = {"sqlite": _measure((None, None))}
    pg = os.environ.get("NEEDLEJOURNAL_TEST_PG_URL", "").strip()
    if pg:
        with _postgres(pg) as make:
            out["postgresql"] = _measure((make(), make()))
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
