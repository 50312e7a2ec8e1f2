"""The audit trail (issue 13) on SQLite and PostgreSQL: written by the unit of work in the
same transaction as the change, naming fields but never values, and a hash chain that
catches an edited, a deleted, a reordered and a removed newest line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import text

from needlejournal.journal.api import Journal
from needlejournal.journal.audit import Action, AuditFilter
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceRecord,
    TreatmentDraft,
)


@pytest.fixture(autouse=True)
def _seat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEEDLEJOURNAL_SEAT", "FRONT-DESK")


def _said(journal: Journal) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(r.action, r.record_kind, r.fields) for r in journal.audit_entries()]


def _session(client_id: int, pen: DeviceRecord, when: datetime, depth: float) -> TreatmentDraft:
    return TreatmentDraft(client_id, when, (AreaDraft("cheeks", depth, 2),), pen.id)


def test_changes_are_recorded_with_field_names_seat_and_user(
    journal: Journal, pen: DeviceRecord, ago: Callable[[float], datetime]
) -> None:
    when = ago(3)
    ana = journal.save_client(ClientDraft("Ana Secret", concerns="scars")).client
    edited = journal.save_client(
        replace(ClientDraft("Ana Secreta", concerns="acne"), id=ana.id, version=ana.version)
    ).client
    saved = journal.save_treatment(_session(ana.id, pen, when, 1.0)).treatment
    again = replace(_session(ana.id, pen, when, 1.5), id=saved.id, version=saved.version)
    saved = journal.save_treatment(again).treatment
    journal.delete_treatment(saved.id)
    lines = journal.audit_entries(AuditFilter(client_id=ana.id))
    assert [(r.action, r.record_kind, r.record_id, r.fields) for r in lines] == [
        ("created", "client", ana.id, ()),
        ("changed", "client", ana.id, ("concerns", "name")),
        ("created", "session", saved.id, ()),
        ("changed", "session", saved.id, ("areas",)),
        ("deleted", "session", saved.id, ()),
    ]
    assert {(r.seat, r.client_id) for r in lines} == {("FRONT-DESK", ana.id)}
    assert all(r.os_user for r in lines)
    assert edited.version > ana.version
    # Field names, never values: the name is nowhere in the trail.
    with journal.engine.connect() as c:
        dump = " ".join(str(v) for row in c.execute(text("SELECT * FROM audit_entry")) for v in row)
    assert "Secret" not in dump and "acne" not in dump and "scars" not in dump
    assert journal.verify_audit().ok


def test_a_save_that_changes_nothing_and_a_refused_save_leave_no_line(
    journal: Journal, pen: DeviceRecord, ago: Callable[[float], datetime]
) -> None:
    when = ago(3)
    ana = journal.save_client(ClientDraft("Ana")).client
    saved = journal.save_treatment(_session(ana.id, pen, when, 1.0)).treatment
    before = len(journal.audit_entries())
    journal.save_treatment(
        replace(_session(ana.id, pen, when, 1.0), id=saved.id, version=saved.version)
    )
    with pytest.raises(InvalidInput):
        journal.save_treatment(_session(ana.id, pen, ago(3), 9.0))  # deeper than any needle
    assert len(journal.audit_entries()) == before


def test_recorded_actions_and_filters(journal: Journal) -> None:
    ana = journal.save_client(ClientDraft("Ana")).client
    ben = journal.save_client(ClientDraft("Ben")).client
    journal.record(Action.PRINTED_REPORT, client_id=ana.id, details={"pages": 3})
    journal.record(Action.BACKED_UP, details={"photos": 0})
    assert [r.action for r in journal.audit_entries(AuditFilter(client_id=ana.id))] == [
        "created",
        "printed report",
    ]
    assert [r.client_id for r in journal.audit_entries(AuditFilter(action="backed up"))] == [None]
    assert [r.id for r in journal.audit_entries(AuditFilter(limit=2))] == [3, 4]
    first = journal.audit_entries()[0]
    assert journal.audit_entries(AuditFilter(since=first.at))[0].id == 1
    assert ben.id != ana.id


def _four_lines(journal: Journal) -> None:
    for name in ("Ana", "Ben", "Cleo", "Dan"):
        journal.save_client(ClientDraft(name))
    assert journal.verify_audit().ok
    assert journal.verify_audit().lines == 4


def _tamper(journal: Journal, *statements: str) -> None:
    with journal.engine.begin() as c:
        for sql in statements:
            c.execute(text(sql))


def test_an_edited_line_is_caught(journal: Journal) -> None:
    _four_lines(journal)
    _tamper(journal, "UPDATE audit_entry SET seat = 'SOMEONE-ELSE' WHERE id = 2")
    check = journal.verify_audit()
    assert not check.ok and check.broken_at == 2
    assert "line 2 was changed" in check.problem


def test_a_deleted_line_is_caught(journal: Journal) -> None:
    _four_lines(journal)
    _tamper(journal, "DELETE FROM audit_entry WHERE id = 2")
    check = journal.verify_audit()
    assert not check.ok and check.broken_at == 3
    assert "missing line 2" in check.problem


def test_reordered_lines_are_caught(journal: Journal) -> None:
    _four_lines(journal)
    _tamper(
        journal,
        "UPDATE audit_entry SET id = 100 WHERE id = 2",
        "UPDATE audit_entry SET id = 2 WHERE id = 3",
        "UPDATE audit_entry SET id = 3 WHERE id = 100",
    )
    check = journal.verify_audit()
    assert not check.ok and check.broken_at == 2
    assert "does not follow" in check.problem


def test_a_removed_newest_line_is_caught(journal: Journal) -> None:
    _four_lines(journal)
    _tamper(journal, "DELETE FROM audit_entry WHERE id = 4")
    check = journal.verify_audit()
    assert not check.ok and "newest audit lines (4–4) were removed" in check.problem


def test_a_rewritten_line_with_a_recomputed_own_hash_is_still_caught(journal: Journal) -> None:
    """Rehashing the edited line alone is not enough: the next line's link breaks."""
    from needlejournal.journal.audit_chain import ENTRY, link

    _four_lines(journal)
    with journal.engine.begin() as c:
        row = dict(c.execute(ENTRY.select().where(ENTRY.c.id == 2)).one()._mapping)
        row["action"] = "deleted"
        c.execute(
            text("UPDATE audit_entry SET action = 'deleted', row_hash = :h WHERE id = 2"),
            {"h": link(row["prev_hash"], row)},
        )
    check = journal.verify_audit()
    assert not check.ok and check.broken_at == 3
