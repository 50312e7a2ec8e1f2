"""Seats stay in step (issue 13): a change sends a NOTIFY with its client's id, in the same
transaction, that a second connection hears; SQLite has no listener at all."""

from __future__ import annotations

import queue
import time
from datetime import UTC, datetime, timedelta

import pytest

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import AreaDraft, ClientDraft, ObservationDraft, TreatmentDraft
from needlejournal.paths import DataPaths


def _heard(inbox: queue.Queue[int], within_s: float = 5.0) -> set[int]:
    """Every id heard until the line has been quiet for a moment."""
    got: set[int] = set()
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            got.add(inbox.get(timeout=0.4))
        except queue.Empty:
            if got:
                break
    return got


def test_sqlite_has_no_listener(journal: Journal, paths: DataPaths) -> None:
    if not paths.is_sqlite:
        pytest.skip("the SQLite half")
    assert journal.listen(lambda _id: None) is None


@pytest.mark.postgres
def test_a_change_reaches_a_second_connection_with_its_client_id(
    journal: Journal, paths: DataPaths
) -> None:
    if paths.is_sqlite:
        pytest.skip("NOTIFY is PostgreSQL's")
    inbox: queue.Queue[int] = queue.Queue()
    other_seat = Journal.open(paths)
    listener = other_seat.listen(inbox.put)
    assert listener is not None and listener.running
    try:
        ada = journal.save_client(ClientDraft("Ada")).client
        bea = journal.save_client(ClientDraft("Bea")).client
        assert _heard(inbox) == {ada.id, bea.id}
        when = datetime.now(UTC) - timedelta(days=1)
        journal.save_treatment(TreatmentDraft(bea.id, when, (AreaDraft("cheeks", 1.0),)))
        assert _heard(inbox) == {bea.id}
        journal.save_observation(ObservationDraft(ada.id, when, texture_score=4))
        assert _heard(inbox) == {ada.id}
        # A save refused (rolled back) tells nobody anything.
        with pytest.raises(InvalidInput):
            journal.save_treatment(TreatmentDraft(ada.id, when, (AreaDraft("cheeks", 9.0),)))
        assert _heard(inbox, within_s=1.0) == set()
        journal.delete_client(bea.id)
        assert _heard(inbox) == {bea.id}
    finally:
        listener.stop()
        other_seat.close()
    assert not listener.running
