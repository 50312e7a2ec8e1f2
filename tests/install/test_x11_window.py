"""The real window on a real X server (Xvfb): the Debian packages the README lists suffice.

Offscreen tests never load Qt's xcb platform plugin, so a missing X11 library (Qt then blames
``xcb-cursor0``, which misleads) would only show on a user's desktop. `.ci/run` installs
exactly the README's list plus Xvfb; this test opens the window on it and checks that the X
server really shows it (``xdotool search`` finds it by name).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from window_probe import window_probe

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    # -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            "1440x900x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_window_opens_on_a_real_x_server(display: str, tmp_path: Path) -> None:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    window = subprocess.Popen(
        [sys.executable, "-c", window_probe(tmp_path / "journal", after_ms=6000)],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    found = ""
    if shutil.which("xdotool"):
        deadline = time.monotonic() + 30
        while not found and time.monotonic() < deadline and window.poll() is None:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "NeedleJournal"],
                env=environ,
                capture_output=True,
                text=True,
            ).stdout.strip()
            time.sleep(0.2)
    out, err = window.communicate(timeout=60)
    assert window.returncode == 0, err
    assert "Could not load the Qt platform plugin" not in err, err
    assert "NeedleJournal" in out, out
    if shutil.which("xdotool"):
        assert found, "the X server never showed a NeedleJournal window"
