"""The demo journal: valid, realistic, deterministic, refused twice, and fast."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from needlejournal.demo import DemoRefused, fill_demo, plan_demo
from needlejournal.demo.plan import DemoPlan
from needlejournal.guidance import GuidanceSettings
from needlejournal.journal.api import Journal
from needlejournal.journal.records import (
    ObservationDraft,
    ProductUseDraft,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.journal.validation import observation_problems, treatment_problems
from needlejournal.paths import resolve

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal.open(resolve(tmp_path / "journal"))
    yield j
    j.close()


def _plan(clients: int = 12, treatments: int = 8, seed: int = 1) -> DemoPlan:
    return plan_demo(clients=clients, treatments=treatments, seed=seed, today=TODAY)


def test_every_planned_row_passes_the_journals_validation() -> None:
    # The writer bulk-inserts, bypassing the service: the plan must be valid by construction.
    for plan in (_plan(40, 12), _plan(1, 30)):
        for c in plan.clients:
            for t in c.treatments:
                draft = TreatmentDraft(
                    client_id=1,
                    performed_at=t.performed_at,
                    areas=t.areas,
                    products=tuple(ProductUseDraft(1, u.phase, u.lot_number) for u in t.products),
                    pain=t.pain,
                    downtime_days=t.downtime_days,
                    texture_score=t.texture_score,
                    tone_score=t.tone_score,
                )
                assert treatment_problems(draft, now=NOW) == []
            for o in c.observations:
                draft_o = ObservationDraft(
                    1, o.observed_at, o.texture_score, o.tone_score, o.redness, o.texture_note
                )
                assert observation_problems(draft_o, now=NOW) == []


def test_a_clinic_plan_is_realistic() -> None:
    plan = _plan(30, 10)
    assert plan.mode == "clinic"
    assert len({c.name for c in plan.clients}) == 30
    assert len({c.concerns for c in plan.clients}) >= 4
    assert len({c.skin_type for c in plan.clients}) >= 4
    gaps, lots = [], set()
    for c in plan.clients:
        dates = [t.performed_at for t in c.treatments]
        assert dates == sorted(dates) and all(d.tzinfo is UTC for d in dates)
        assert TODAY - timedelta(days=45) <= dates[-1].date() < TODAY
        assert c.consent_on is not None and c.consent_on <= dates[0].date()
        gaps += [(b - a).days for a, b in pairwise(dates)]
        # Depth ramps up and stays within the professional range.
        depths = [max(a.depth_mm for a in t.areas) for t in c.treatments]
        assert depths[0] <= depths[-1] and all(0.25 <= x <= 2.5 for x in depths)
        lots |= {u.lot_number for t in c.treatments for u in t.products}
        # Texture improves slowly over the months (noise allowed, never a jump).
        scores = [t.texture_score for t in c.treatments]
        assert scores[-1] >= scores[0] - 1
        assert c.observations and c.observations[0].note.startswith("Baseline")
    assert 28 <= statistics.median(gaps) <= 60  # sessions weeks apart
    assert sum(g < 28 for g in gaps) >= 1  # a few too soon, so warnings show
    assert len(lots) > 20
    first = statistics.mean(c.treatments[0].texture_score for c in plan.clients)
    last = statistics.mean(c.treatments[-1].texture_score for c in plan.clients)
    assert last - first >= 1.0


def test_the_plan_is_deterministic_for_a_seed() -> None:
    assert _plan(seed=7) == _plan(seed=7)
    assert _plan(seed=7) != _plan(seed=8)
    # A client is the same whatever the number of clients around them (names aside).
    small, big = _plan(5, 6, seed=3).clients[2], _plan(9, 6, seed=3).clients[2]
    assert small.treatments == big.treatments


def test_one_client_is_a_personal_journal_for_me(journal: Journal) -> None:
    summary = fill_demo(journal, clients=1, treatments=12, seed=2, today=TODAY)
    assert summary.mode == "personal" and journal.mode() == "personal"
    (me,) = journal.list_clients()
    assert me.name == "Me" and me.client.is_self and me.treatment_count == 12
    sessions = [e for e in journal.timeline(me.id).entries if isinstance(e, TreatmentRecord)]
    assert all(t.deepest_mm <= 1.0 for t in sessions)  # home use guides: never above 1.0 mm
    assert {t.device.kind for t in sessions if t.device} <= {"roller", "pen"}


def test_fill_demo_writes_a_healthy_clinic_journal_with_warnings(journal: Journal) -> None:
    summary = fill_demo(journal, today=TODAY)
    assert (summary.clients, summary.treatments) == (12, 96)
    assert summary.devices >= 4 and summary.products >= 10
    assert journal.mode() == "clinic" and journal.check() == []
    kinds = {d.kind for d in journal.list_devices()}
    assert kinds == {"roller", "pen", "stamp", "rf"}
    roller = next(d for d in journal.list_devices() if d.kind == "roller")
    assert roller.needle_count == 192
    ingredients = " ".join(i for p in journal.list_products() for i in p.ingredients)
    for needed in ("hyaluronate", "L-ascorbic acid", "retinol", "glycolic", "lidocaine", "zinc"):
        assert needed in ingredients
    rules: Counter[str] = Counter()
    kinds_seen: set[str] = set()
    for client in journal.list_clients():
        timeline = journal.timeline(client.id)
        kinds_seen |= {e.kind for e in timeline.entries}
        rules.update(w.rule for e in timeline.entries if isinstance(e, TreatmentRecord)
                     for w in e.warnings)  # fmt: skip
        assert client.treatment_count == 8
    assert kinds_seen == {"treatment", "observation"}
    assert rules["interval"] >= 2 and rules["product_phase"] >= 1
    # Warnings are the exception, not the rule.
    assert sum(rules.values()) < summary.treatments / 2


def test_the_demo_refuses_a_journal_that_has_data(journal: Journal) -> None:
    fill_demo(journal, clients=2, treatments=2, today=TODAY)
    with pytest.raises(DemoRefused, match="empty"):
        fill_demo(journal, clients=2, treatments=2, today=TODAY)
    assert len(journal.list_clients()) == 2


def test_two_hundred_clients_by_fifty_sessions_span_several_batches(journal: Journal) -> None:
    """10,000 sessions: two of the writer's 5,000-row batches and more. How fast it fills is
    measured in the benchmarks (``demo --clients 10000``), not timed here."""
    summary = fill_demo(journal, clients=200, treatments=50, seed=1)
    assert summary.treatments == 10_000
    clients = journal.list_clients()
    assert len(clients) == 200 and {c.treatment_count for c in clients} == {50}
    assert clients[0].last_treatment_at is not None
    assert clients[0].last_treatment_at <= datetime.now(UTC)
    assert GuidanceSettings()  # the settings the demo follows load with defaults


def _assert_written_as_planned(
    journal: Journal, plan: DemoPlan, client_ids: tuple[int, ...]
) -> None:
    """Ids came back in parameter order: each client got exactly their own sessions."""
    for cid, planned in zip(client_ids, plan.clients, strict=True):
        timeline = journal.timeline(cid)
        assert timeline.client.name == planned.name
        stored = [e for e in timeline.entries if isinstance(e, TreatmentRecord)]
        assert [t.performed_at for t in stored] == [t.performed_at for t in planned.treatments]
        assert [t.areas[0].depth_mm for t in stored] == [
            t.areas[0].depth_mm for t in planned.treatments
        ]
        assert [len(t.products) for t in stored] == [len(t.products) for t in planned.treatments]


def test_rows_land_with_their_own_client(journal: Journal) -> None:
    summary = fill_demo(journal, clients=20, treatments=5, seed=4, today=TODAY)
    _assert_written_as_planned(journal, _plan(20, 5, seed=4), summary.client_ids)


def test_chunk_boundaries_change_nothing(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    # Clients are planned and written a chunk at a time (memory stays flat at 10,000 clients);
    # chunks of 3 over 8 clients must write what one chunk writes.
    from needlejournal.demo import writer

    monkeypatch.setattr(writer, "CLIENTS_PER_CHUNK", 3)
    summary = fill_demo(journal, clients=8, treatments=4, seed=5, today=TODAY)
    plan = _plan(8, 4, seed=5)
    assert summary.treatments == sum(len(c.treatments) for c in plan.clients)
    assert summary.observations == sum(len(c.observations) for c in plan.clients)
    assert summary.first_date == min(c.treatments[0].performed_at.date() for c in plan.clients)
    assert summary.last_date == max(c.treatments[-1].performed_at.date() for c in plan.clients)
    _assert_written_as_planned(journal, plan, summary.client_ids)


def test_planned_clients_are_built_on_demand_and_identical_each_time() -> None:
    plan = _plan(50, 3, seed=2)
    assert not isinstance(plan.clients, tuple)  # nothing kept: built when asked for
    assert plan.clients[7] == plan.clients[7]
    assert plan.clients[-1] == plan.clients[49]
    assert plan.clients[5:8] == (plan.clients[5], plan.clients[6], plan.clients[7])
    with pytest.raises(IndexError):
        plan.clients[50]


@pytest.mark.postgres
def test_fill_demo_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    from pg_databases import scratch_database

    from needlejournal.journal.records import ClientDraft

    with scratch_database(pg_url, "nj_demo_") as url:
        journal = Journal.open(resolve(tmp_path / "data", database_url=url))
        try:
            summary = fill_demo(journal, clients=20, treatments=5, seed=4, today=TODAY)
            _assert_written_as_planned(journal, _plan(20, 5, seed=4), summary.client_ids)
            # Sequences moved past the bulk-inserted ids: a normal save still works.
            assert journal.save_client(ClientDraft(name="After Demo")).id > max(summary.client_ids)
        finally:
            journal.close()
