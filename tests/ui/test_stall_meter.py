"""The stall meter tells the app's stalls from a busy machine's (issue 15: the stall tests
failed with 119–305 ms gaps when eight engineers shared two cores)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from stall_meter import FRAME_S, StallMeter, waited_for_cpu_s

HERE = Path(__file__).resolve().parent

# A child: an idle event loop measured by the meter while CPU hogs share its one CPU at a far
# higher priority (it runs as SCHED_IDLE), so the machine stalls it for sure.
CHILD = r"""
import json, os, subprocess, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCoreApplication, QTimer
from stall_meter import StallMeter

os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
hogs = [
    subprocess.Popen([sys.executable, "-c", "while True: pass"])
    for _ in range(2)
]
# SCHED_IDLE: below any nice level, so the hogs win even when the tests already run niced
# (nice 19 against hogs at the parent's nice 10 left gaps of only ~35 ms).
os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
app = QCoreApplication([])
meter = StallMeter()
meter.start()
QTimer.singleShot(1500, app.quit)
app.exec()
meter.stop()
for hog in hogs:
    hog.kill()
print(json.dumps({"app": meter.longest_app_s, "wall": meter.longest_wall_s}))
"""


pytestmark = pytest.mark.timing


def test_work_on_the_gui_thread_is_the_apps_stall(qtbot: QtBot) -> None:
    meter = StallMeter()
    meter.start()

    def busy() -> None:  # 80 ms of work on the GUI thread, however long the machine makes it
        end = time.thread_time() + 0.08
        while time.thread_time() < end:
            pass

    QTimer.singleShot(30, busy)
    qtbot.wait(200)
    meter.stop()
    assert meter.longest_app_s >= 0.06, meter.summary()


def test_blocking_on_the_gui_thread_is_the_apps_stall_too(qtbot: QtBot) -> None:
    meter = StallMeter()
    meter.start()
    QTimer.singleShot(30, lambda: time.sleep(0.08))  # e.g. an fsync or a lock wait
    qtbot.wait(200)
    meter.stop()
    assert meter.longest_app_s >= 0.06, meter.summary()


@pytest.mark.skipif(waited_for_cpu_s() is None, reason="the kernel does not report CPU waits")
@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity (Linux)")
@pytest.mark.skipif(
    os.nice(0) >= 15, reason="run at nice >= 15, the hogs cannot outrank the loop enough"
)
def test_a_busy_machine_is_not_the_apps_stall() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(HERE)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    gaps = json.loads(done.stdout.strip().splitlines()[-1])
    # The meter's own check, at the three frames the stall tests allowed when it was written.
    assert gaps["wall"] > 3 * FRAME_S  # the machine did stall the loop (the old test failed)
    assert gaps["app"] < 3 * FRAME_S, gaps  # …and that is not counted as the app's
