"""ui/ops.py: Op[T] on lanes: off the GUI thread in order, progress, cancel, one error path."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from needlejournal.journal.errors import JournalUnavailable
from needlejournal.ui import ops
from needlejournal.ui.ops import InlinePool, Lane, Op, OpContext, Workers, threads


def test_a_lane_runs_off_the_gui_thread_in_order_and_reports_errors(qtbot: QtBot) -> None:
    lane = Lane(threads())
    gui = threading.get_ident()
    ran_on: list[int] = []
    results: list[int] = []
    delivered_on: list[int] = []
    errors: list[str] = []
    unhandled: list[str] = []
    lane.failed.connect(unhandled.append)

    def work(n: int) -> int:
        time.sleep(0.01)
        ran_on.append(threading.get_ident())
        return n

    def done(n: int) -> None:
        results.append(n)
        delivered_on.append(threading.get_ident())

    for n in range(5):
        lane.run(lambda n=n: work(n), done)  # type: ignore[misc]

    def boom() -> None:
        raise JournalUnavailable("The journal is on a disk that went away.")

    def crash() -> None:
        raise RuntimeError("disk on fire")

    lane.run(boom, None, errors.append)
    lane.run(crash)
    qtbot.waitUntil(lambda: len(results) == 5 and bool(errors) and bool(unhandled), timeout=5000)
    assert results == [0, 1, 2, 3, 4]
    assert all(t != gui for t in ran_on) and len(set(ran_on)) == 1  # one worker thread
    assert delivered_on == [gui] * 5
    assert errors == ["The journal is on a disk that went away."]
    assert unhandled == ["Something went wrong: disk on fire"]  # handled ones are not repeated
    assert lane.wait(2000) and lane.pending == 0


def test_progress_and_cancel_keep_what_was_done(qtbot: QtBot) -> None:
    lane = Lane(threads())
    started = threading.Event()

    def count(context: OpContext) -> list[int]:
        done: list[int] = []
        for i in range(1000):
            if context.cancelled():
                break
            done.append(i)
            context.progress(i + 1, 1000)
            started.set()
            time.sleep(0.002)
        return done

    seen: list[tuple[int, int]] = []
    kept: list[list[int]] = []
    op = Op(count).progress(lambda d, t: seen.append((d, t))).success(kept.append)
    op.run_in(lane)
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert op.cancelled and kept and 0 < len(kept[0]) < 1000
    assert seen and seen[0] == (1, 1000) and all(t == 1000 for _, t in seen)


def test_handlers_added_after_an_op_ran_are_answered_at_once() -> None:
    lane = Lane(InlinePool())
    op = lane.run(lambda: 42)
    assert op.finished
    late: list[int] = []
    op.success(late.append)
    assert late == [42]
    failed = Op.call(lambda: 1 // 0).run_in(lane)
    said: list[str] = []
    failed.failure(said.append)
    assert said and said[0].startswith("Something went wrong")


def test_reporting_failure_handlers_still_reach_the_one_error_path() -> None:
    workers = Workers.inline()
    shown: list[str] = []
    workers.failed.connect(shown.append)
    tidied: list[str] = []

    def fail() -> None:
        raise JournalUnavailable("Gone.")

    Op.call(fail).failure(tidied.append, report=True).run_in(workers.journal)
    Op.call(fail).failure(tidied.append).run_in(workers.lane())
    Op.call(fail).run_in(workers.lane())
    assert tidied == ["Gone.", "Gone."]
    assert shown == ["Gone.", "Gone."]  # the reported one and the unhandled one


def test_busy_is_said_once_per_burst(qtbot: QtBot) -> None:
    lane = Lane(threads())
    busy: list[bool] = []
    lane.busy_changed.connect(busy.append)
    for _ in range(3):
        lane.run(lambda: time.sleep(0.01))
    qtbot.waitUntil(lambda: lane.pending == 0, timeout=5000)
    assert busy == [True, False]


class _Payload:
    """Stands for a result worth freeing promptly (a client's 10,000 photo records)."""


def _freed_without_the_collector(qtbot: QtBot, fails: bool) -> None:
    lane = Lane(threads())
    answers: list[object] = []

    def work() -> list[_Payload]:
        if fails:
            raise JournalUnavailable("the journal is busy")
        return [_Payload() for _ in range(100)]

    gc.disable()  # only reference counting may free them
    try:
        op = lane.run(work, answers.append, answers.append)
        op_ref = weakref.ref(op)
        del op
        qtbot.waitUntil(lambda: bool(answers) and lane.pending == 0)
        first = answers[0]
        payload = None if isinstance(first, str) else weakref.ref(cast(list[_Payload], first)[0])
        del first
        answers.clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the relays go
        assert op_ref() is None, "an answered op lingers until the cyclic collector runs"
        assert payload is None or payload() is None
    finally:
        gc.enable()
        lane.wait()


def test_an_answered_op_and_its_result_are_freed_without_the_cyclic_collector(
    qtbot: QtBot,
) -> None:
    """An op and its relay referred to each other: each answered op, with its result, waited
    for a full collection, which walked and freed them holding the GIL 15-20 ms (a stalled
    frame after opening a client with 10,000 photos; issue 15)."""
    _freed_without_the_collector(qtbot, fails=False)
    _freed_without_the_collector(qtbot, fails=True)


def test_an_op_still_running_when_the_application_goes_ends_quietly(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    """The application's teardown deletes the relays' keeper, and the relays with it, while a
    worker may still be running: its answer goes nowhere, without a traceback."""
    lane = Lane(threads())
    answers: list[int] = []
    started = threading.Event()

    def work() -> int:
        started.set()
        time.sleep(0.3)
        return 42

    lane.run(work, answers.append)
    assert started.wait(5)
    keeper = ops._relay_keeper
    assert keeper is not None
    keeper.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert lane.wait(5000)
    qtbot.wait(20)
    assert answers == []
    assert "Error calling Python override" not in capfd.readouterr().err
    # The next op finds a new keeper.
    lane.run(lambda: 7, answers.append)
    qtbot.waitUntil(lambda: answers == [7])
